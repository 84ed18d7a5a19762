import Foundation

/// Turns the extracted part of a page into display text: headings, paragraphs, list items,
/// quotes, table rows (cells separated by a tab), code and captions as blocks; emphasis,
/// strong, code and links as inline styles over the text they cover.
struct HTMLBlockWriter {
    let doc: HTMLDocument
    let dead: [Bool]
    /// Resolves relative link targets.
    let base: URL?
    var out = TextAssembler()
    private var quoteDepth = 0
    private var lastWasBreak = false

    init(doc: HTMLDocument, dead: [Bool], base: URL?) {
        self.doc = doc
        self.dead = dead
        self.base = base
    }

    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    static let paragraphs: Set<String> = ["p", "address", "dt", "dd", "summary", "center"]
    static let containers: Set<String> = [
        "div", "section", "article", "main", "header", "figure", "ul", "ol", "dl", "table", "thead", "tbody", "tfoot",
        "body", "html", "details", "hgroup", "#root", "font", "span-block",
    ]

    mutating func begin(_ kind: Block.Kind) {
        out.begin(kind == .paragraph && quoteDepth > 0 ? .quote : kind)
        lastWasBreak = false
    }

    mutating func write(_ i: Int) {
        guard !dead[i] else { return }
        let n = doc.nodes[i]
        if n.isText {
            out.append(n.text)
            if !n.text.allSatisfy({ $0.isWhitespace }) { lastWasBreak = false }
            return
        }
        let tag = n.tag
        if Self.headings.contains(tag) {
            begin(.heading); children(i); out.end(); return
        }
        if Self.paragraphs.contains(tag) {
            begin(.paragraph); children(i); out.end(); return
        }
        switch tag {
        case "li":
            begin(.listItem); children(i); out.end()
        case "blockquote":
            out.end(); quoteDepth += 1; children(i); out.end(); quoteDepth -= 1
        case "pre":
            begin(.code)
            out.preserveWhitespace = true
            children(i)
            out.preserveWhitespace = false
            out.end()
        case "figcaption", "caption":
            begin(.caption); children(i); out.end()
        case "tr":
            row(i)
        case "br":
            if lastWasBreak || !out.isInBlock {
                // Two line breaks in a row separate paragraphs.
                if let k = out.currentKind { out.end(); begin(k == .quote ? .paragraph : k) }
            } else {
                out.lineBreak()
            }
            lastWasBreak = true
        case "hr":
            out.end()
        case "img", "picture", "wbr":
            return
        case "em", "i", "cite", "dfn", "var":
            styled(i, .emphasis, nil)
        case "strong", "b":
            styled(i, .strong, nil)
        case "code", "kbd", "samp", "tt":
            styled(i, .code, nil)
        case "a":
            styled(i, .link, target(n.attribute("href")))
        default:
            if Self.containers.contains(tag) || HTMLClassHints.blockTags.contains(tag) {
                out.end(); children(i); out.end()
            } else {
                children(i)
            }
        }
    }

    mutating func children(_ i: Int) {
        for c in doc.nodes[i].children { write(Int(c)) }
    }

    mutating func styled(_ i: Int, _ kind: InlineStyle.Kind, _ target: String?) {
        if kind == .link && target == nil { children(i); return }
        out.openStyle(kind, target: target)
        children(i)
        out.closeStyle()
    }

    /// A table row: a data row becomes one block, cells separated by tabs; a layout row
    /// (cells holding paragraphs or tables) is read cell by cell as containers.
    mutating func row(_ i: Int) {
        let cells = doc.nodes[i].children.map(Int.init).filter { !dead[$0] && (doc.nodes[$0].tag == "td" || doc.nodes[$0].tag == "th") }
        let layout = cells.contains { c in
            let end = doc.subtreeEnd(c)
            return (c + 1..<end).contains { j in
                let t = doc.nodes[j].tag
                return t == "p" || t == "div" || t == "table" || t == "ul" || t == "ol" || t == "blockquote" || t == "pre" || Self.headings.contains(t)
            }
        }
        if layout {
            for c in cells { out.end(); children(c); out.end() }
            return
        }
        begin(.tableRow)
        for c in cells {
            out.cellBreak()
            children(c)
        }
        out.end()
    }

    func target(_ href: String?) -> String? {
        guard let h = href?.trimmingCharacters(in: .whitespacesAndNewlines), !h.isEmpty, !h.hasPrefix("javascript:") else { return nil }
        if h.hasPrefix("#") { return h }
        if let base, let u = URL(string: h, relativeTo: base) { return u.absoluteString }
        return h
    }
}
