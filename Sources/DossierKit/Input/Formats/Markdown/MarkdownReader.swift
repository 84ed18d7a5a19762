import Foundation

/// Reads Markdown (CommonMark with GitHub's tables) into display text: headings, paragraphs,
/// list items, block quotes, code blocks and table rows as blocks; emphasis, strong, code spans
/// and links as inline styles, with no `*`, `#` or `|` left in the text. A leading YAML front
/// matter's `title:` and `date:` become metadata; otherwise a first-level heading at the top is
/// the title.
enum MarkdownReader {
    static func read(_ source: String) -> FormattedText {
        let (front, body) = FrontMatter.split(source)
        let doc = CMarkDocument(body)
        var out = TextAssembler()
        var metadata = Metadata()
        if let t = front["title"], !t.isEmpty {
            metadata.title = t
            out.begin(.title); out.append(t); out.end()
        }
        if let d = front["date"].flatMap(HTMLMetadata.isoDate) {
            metadata.date = DocumentDate(value: d, inferred: false, basis: "the front matter's date")
        }
        metadata.byline = front["author"]
        var quoteDepth = 0
        var sawBlock = false
        var skipDepth = 0
        var skipHeading = false
        for e in doc.events {
            if skipDepth > 0 {
                if e.type == "image" { skipDepth += e.entering ? 1 : -1 }
                continue
            }
            if skipHeading {
                // The first heading repeats the front matter's title.
                if e.type == "heading" && !e.entering { skipHeading = false }
                continue
            }
            switch e.type {
            case "heading":
                if e.entering, !sawBlock, e.headingLevel == 1, front["title"]?.isEmpty == false {
                    skipHeading = true
                    sawBlock = true
                    continue
                }
                if e.entering {
                    let isTitle = metadata.title == nil && !sawBlock && e.headingLevel == 1
                    out.begin(isTitle ? .title : .heading)
                } else {
                    out.end()
                }
                sawBlock = true
            case "paragraph":
                if e.entering {
                    if out.currentKind != .listItem || !out.isInBlock { out.begin(quoteDepth > 0 ? .quote : .paragraph) }
                } else if out.currentKind != .listItem {
                    out.end()
                } else {
                    out.lineBreak()
                }
                sawBlock = true
            case "item":
                if e.entering { out.begin(.listItem) } else { out.end() }
            case "block_quote":
                out.end()
                quoteDepth += e.entering ? 1 : -1
            case "code_block":
                out.begin(.code)
                out.preserveWhitespace = true
                out.append(e.literal.hasSuffix("\n") ? String(e.literal.dropLast()) : e.literal)
                out.preserveWhitespace = false
                out.end()
                sawBlock = true
            case "table_row", "table_header":
                if e.entering { out.begin(.tableRow) } else { out.end() }
            case "table_cell":
                if e.entering { out.cellBreak() }
            case "thematic_break", "table", "list", "html_block", "document":
                if e.type != "document" { out.end() }
            case "text", "html_inline":
                if e.type == "text" { out.append(e.literal) }
            case "code":
                out.openStyle(.code); out.append(e.literal); out.closeStyle()
            case "softbreak":
                out.append(" ")
            case "linebreak":
                out.lineBreak()
            case "emph", "strikethrough":
                if e.type == "emph" { e.entering ? out.openStyle(.emphasis) : out.closeStyle() }
            case "strong":
                e.entering ? out.openStyle(.strong) : out.closeStyle()
            case "link":
                e.entering ? out.openStyle(.link, target: e.url) : out.closeStyle()
            case "image":
                if e.entering { skipDepth = 1 }
            default:
                continue
            }
        }
        let (text, blocks, styles) = out.finish()
        if metadata.title == nil, let t = blocks.first(where: { $0.kind == .title }) {
            let u = Array(text.unicodeScalars)[t.span.start..<t.span.end]
            var v = String.UnicodeScalarView()
            v.append(contentsOf: u)
            metadata.title = String(v)
        }
        return FormattedText(text: text, blocks: blocks, styles: styles, metadata: metadata, format: .markdown)
    }
}

/// A YAML front matter block (`---` … `---` at the very start): its top-level `key: value`
/// scalars, quotes removed. Anything more complex is ignored, not an error.
enum FrontMatter {
    static func split(_ s: String) -> ([String: String], String) {
        guard s.hasPrefix("---\n") || s.hasPrefix("---\r\n") else { return ([:], s) }
        let lines = s.split(separator: "\n", omittingEmptySubsequences: false)
        guard let close = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" || $0.trimmingCharacters(in: .whitespaces) == "..." }) else {
            return ([:], s)
        }
        var fields: [String: String] = [:]
        for line in lines[1..<close] {
            guard let colon = line.firstIndex(of: ":"), !line.hasPrefix(" ") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
            if value.count >= 2, let f = value.first, f == "\"" || f == "'", value.last == f { value = String(value.dropFirst().dropLast()) }
            if fields[key] == nil { fields[key] = value }
        }
        return (fields, lines[(close + 1)...].joined(separator: "\n"))
    }
}
