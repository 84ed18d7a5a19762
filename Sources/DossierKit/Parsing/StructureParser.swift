/// Finds the title, the publication line, the caption, paragraphs and sentences.
///
/// The reference layout is: title line, blank line, `Publication: … Volume: N Issue: M`, blank
/// line, an optional image caption ending in a `(Source: …)` credit, then paragraphs separated by
/// blank lines. Any other plain text still opens: paragraphs are split by blank lines (a single
/// newline inside a paragraph is a hard wrap), the first short paragraph is the title, and simple
/// Markdown (`# heading`, `> quote`, `- list`) gives heading, quote and list blocks.
/// One linear pass over the bytes; block spans exclude surrounding whitespace.
public enum StructureParser {
    public struct Result: Sendable {
        public var metadata: Metadata
        public var blocks: [Block]
        public var sentences: [Span]
    }

    /// A paragraph as byte ranges, before it gets a kind.
    struct RawBlock {
        var range: Range<Int>
        var firstLine: Range<Int>
        var lineCount: Int
        var kind: Block.Kind = .paragraph
    }

    /// Longest first paragraph taken whole as a title.
    static let maxTitleBytes = 300

    public static func parse(_ text: TextBuffer) -> Result {
        let b = text.bytes
        var raw = paragraphs(b)
        var metadata = Metadata()
        classify(&raw, bytes: b, metadata: &metadata)

        var blocks: [Block] = []
        blocks.reserveCapacity(raw.count)
        var sentences: [Span] = []
        sentences.reserveCapacity(raw.count * 4)
        for r in raw {
            blocks.append(Block(kind: r.kind, span: text.span(bytes: r.range)))
            switch r.kind {
            case .title, .meta, .caption, .heading:
                sentences.append(text.span(bytes: r.range))
            case .paragraph, .quote, .list:
                for s in SentenceSplitter.split(b, r.range) { sentences.append(text.span(bytes: s)) }
            }
        }
        return Result(metadata: metadata, blocks: blocks, sentences: sentences)
    }

    /// Splits the text into paragraphs at blank lines (lines of only spaces, tabs or `\r`).
    /// A Markdown heading line is a paragraph of its own even without blank lines around it.
    static func paragraphs(_ b: [UInt8]) -> [RawBlock] {
        var out: [RawBlock] = []
        var reader = Reader(b)
        var current: RawBlock?
        while !reader.isAtEnd {
            let line = Bytes.trimmed(b, reader.readLine())
            if line.isEmpty {
                if let c = current { out.append(c); current = nil }
                continue
            }
            let heading = isMarkdownHeading(b, line)
            if heading, let c = current { out.append(c); current = nil }
            if var c = current {
                c.range = c.range.lowerBound..<line.upperBound
                c.lineCount += 1
                current = c
            } else {
                current = RawBlock(range: line, firstLine: line, lineCount: 1)
            }
            if heading, let c = current { out.append(c); current = nil }
        }
        if let c = current { out.append(c) }
        return out
    }

    /// Gives each paragraph its kind and fills the metadata from the header blocks.
    static func classify(_ raw: inout [RawBlock], bytes b: [UInt8], metadata: inout Metadata) {
        guard !raw.isEmpty else { return }
        // Markdown kinds first; the header logic below may still turn the first into the title.
        for i in raw.indices {
            let first = raw[i].firstLine
            if isMarkdownHeading(b, first) { raw[i].kind = .heading }
            else if first.count >= 1, b[first.lowerBound] == UInt8(ascii: ">") { raw[i].kind = .quote }
            else if isListItem(b, first) { raw[i].kind = .list }
        }

        var next = 0
        // Title: the first paragraph when short, or its first line when that reads as a heading.
        let first = raw[0]
        if first.kind == .heading || first.kind == .paragraph {
            if first.kind == .heading || first.range.count <= maxTitleBytes {
                raw[0].kind = .title
                next = 1
            } else if first.lineCount > 1, looksLikeTitleLine(b, first.firstLine) {
                let rest = Bytes.trimmed(b, first.firstLine.upperBound..<first.range.upperBound)
                var tail = RawBlock(range: rest, firstLine: rest, lineCount: first.lineCount - 1)
                tail.firstLine = firstLineRange(b, rest)
                raw[0] = RawBlock(range: first.firstLine, firstLine: first.firstLine, lineCount: 1, kind: .title)
                raw.insert(tail, at: 1)
                next = 1
            }
        }
        if next == 1 {
            var t = raw[0].range
            // Drop Markdown heading marks from the title text (the block keeps its span).
            while t.lowerBound < t.upperBound, b[t.lowerBound] == UInt8(ascii: "#") { t = (t.lowerBound + 1)..<t.upperBound }
            t = Bytes.trimmed(b, t)
            metadata.title = String(decoding: b[t], as: UTF8.self)
        }

        // Publication line: right after the title (or first, when there is no title).
        if next < raw.count, raw[next].kind == .paragraph, let pub = parsePublication(b, raw[next].range) {
            raw[next].kind = .meta
            metadata.publication = pub.publication
            metadata.volume = pub.volume
            metadata.issue = pub.issue
            next += 1
        }

        // Caption: the block after the header when it ends in an image credit.
        if next > 0, next < raw.count, raw[next].kind == .paragraph, endsWithCredit(b, raw[next].range) {
            raw[next].kind = .caption
            metadata.caption = String(decoding: b[raw[next].range], as: UTF8.self)
        }
    }

    /// The range of the first line inside `range`, trimmed.
    static func firstLineRange(_ b: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var r = Reader(b, from: range.lowerBound, to: range.upperBound)
        return Bytes.trimmed(b, r.readLine())
    }

    /// A line that can stand as a title: not too long, not ending like a sentence part.
    static func looksLikeTitleLine(_ b: [UInt8], _ line: Range<Int>) -> Bool {
        guard !line.isEmpty, line.count <= 200 else { return false }
        let last = b[line.upperBound - 1]
        return last != UInt8(ascii: ".") && last != UInt8(ascii: ",") && last != UInt8(ascii: ";")
            && last != UInt8(ascii: ":") && last != UInt8(ascii: "-")
    }

    /// `# Heading` … `###### Heading`.
    static func isMarkdownHeading(_ b: [UInt8], _ line: Range<Int>) -> Bool {
        var i = line.lowerBound
        while i < line.upperBound, i - line.lowerBound < 6, b[i] == UInt8(ascii: "#") { i += 1 }
        return i > line.lowerBound && i < line.upperBound && (b[i] == 0x20 || b[i] == 0x09)
    }

    /// `- item`, `* item`, `+ item` or `1. item`.
    static func isListItem(_ b: [UInt8], _ line: Range<Int>) -> Bool {
        let i = line.lowerBound
        guard line.count >= 2 else { return false }
        let c = b[i]
        if (c == UInt8(ascii: "-") || c == UInt8(ascii: "*") || c == UInt8(ascii: "+")) && (b[i + 1] == 0x20 || b[i + 1] == 0x09) {
            return true
        }
        var j = i
        while j < line.upperBound, j - i < 3, Bytes.isDigit(b[j]) { j += 1 }
        return j > i && j + 1 < line.upperBound && b[j] == UInt8(ascii: ".") && b[j + 1] == 0x20
    }

    struct Publication {
        var publication: String
        var volume: Int?
        var issue: Int?
    }

    /// Parses `Publication: Eurasia Daily Monitor Volume: 16 Issue: 138` (volume and issue optional).
    static func parsePublication(_ b: [UInt8], _ range: Range<Int>) -> Publication? {
        var r = Reader(b, from: range.lowerBound, to: range.upperBound)
        guard r.skip("Publication:", caseInsensitive: true) else { return nil }
        r.skipInlineSpace()
        let nameStart = r.position
        var nameEnd = range.upperBound
        var volume: Int?
        var issue: Int?
        while !r.isAtEnd {
            if r.matches("Volume:", caseInsensitive: true) || r.matches("Issue:", caseInsensitive: true) {
                let isVolume = r.matches("Volume:", caseInsensitive: true)
                if nameEnd == range.upperBound { nameEnd = r.position }
                r.advance(by: isVolume ? 7 : 6)
                r.skipWhitespace()
                let n = r.readNumber()
                if isVolume { volume = n } else { issue = n }
                continue
            }
            r.advance()
        }
        let name = Bytes.trimmed(b, nameStart..<nameEnd)
        var trimmedName = name
        // A trailing comma before "Volume:" is punctuation, not part of the name.
        while !trimmedName.isEmpty, b[trimmedName.upperBound - 1] == UInt8(ascii: ",") {
            trimmedName = Bytes.trimmed(b, trimmedName.lowerBound..<(trimmedName.upperBound - 1))
        }
        return Publication(publication: String(decoding: b[trimmedName], as: UTF8.self), volume: volume, issue: issue)
    }

    /// True when the block ends with a credit parenthetical: `… (Source: kremlin.ru)`.
    static func endsWithCredit(_ b: [UInt8], _ range: Range<Int>) -> Bool {
        var hi = range.upperBound
        if hi > range.lowerBound, b[hi - 1] == UInt8(ascii: ".") { hi -= 1 }
        guard hi > range.lowerBound, b[hi - 1] == UInt8(ascii: ")") else { return false }
        // The matching "(" is the last one; look back a bounded distance.
        var i = hi - 2
        let limit = max(range.lowerBound, hi - 400)
        while i >= limit {
            if b[i] == UInt8(ascii: ")") { return false }
            if b[i] == UInt8(ascii: "(") {
                return CitationParser.creditPrefixLength(b, at: i + 1, end: hi - 1) != nil
            }
            i -= 1
        }
        return false
    }
}
