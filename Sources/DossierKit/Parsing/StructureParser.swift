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

    /// `parallel`: split the paragraphs into sentences on two threads.
    public static func parse(_ text: TextBuffer, parallel: Bool = false) -> Result {
        let b = text.bytes
        var raw = paragraphs(b)
        var metadata = Metadata()
        classify(&raw, bytes: b, metadata: &metadata)

        var blocks: [Block] = []
        blocks.reserveCapacity(raw.count)
        for r in raw { blocks.append(Block(kind: r.kind, span: text.span(bytes: r.range))) }
        let sentences = SliceMap.joined(raw, ways: parallel ? SliceMap.ways : 1) { part in
            var sentences: [Span] = []
            sentences.reserveCapacity(part.count * 4)
            for r in part {
                switch r.kind {
                case .title, .meta, .caption, .heading:
                    sentences.append(text.span(bytes: r.range))
                case .paragraph, .quote, .list, .listItem, .tableRow, .code:
                    for s in SentenceSplitter.split(b, r.range) { sentences.append(text.span(bytes: s)) }
                }
            }
            return sentences
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
        // Title: the first paragraph when it reads as a headline (or the publication line follows
        // it), or the first line of a hard-wrapped first paragraph when that reads as one.
        let first = raw[0]
        // A publication line right after the first paragraph marks the reference layout.
        let headered = raw.count > 1 && raw[1].kind == .paragraph && parsePublication(b, raw[1].range) != nil
        if first.kind == .heading || first.kind == .paragraph {
            if first.kind == .heading || (first.range.count <= maxTitleBytes && (headered || first.lineCount == 1 && looksLikeTitleLine(b, first.range))) {
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
            metadata.title = collapsingWhitespace(b, t)
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
            metadata.caption = collapsingWhitespace(b, raw[next].range)
        }
    }

    /// The text of `range` with each run of whitespace (hard wraps, CRLF) as one space, for
    /// metadata strings; spans keep pointing at the text as read.
    static func collapsingWhitespace(_ b: [UInt8], _ range: Range<Int>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var pendingSpace = false
        for i in range {
            if Bytes.isSpace(b[i]) { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(b[i])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The range of the first line inside `range`, trimmed.
    static func firstLineRange(_ b: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var r = Reader(b, from: range.lowerBound, to: range.upperBound)
        return Bytes.trimmed(b, r.readLine())
    }

    /// A line that can stand as a title: not too long, not ending like a sentence or its part
    /// (wire stories open with a lead sentence, not a headline).
    static func looksLikeTitleLine(_ b: [UInt8], _ line: Range<Int>) -> Bool {
        guard !line.isEmpty, line.count <= maxTitleBytes else { return false }
        // The last character before any closing quotes.
        var e = line.upperBound
        while e > line.lowerBound {
            if b[e - 1] == UInt8(ascii: "\"") || b[e - 1] == UInt8(ascii: "'") { e -= 1; continue }
            if e - 3 >= line.lowerBound, Bytes.has(b, at: e - 3, end: e, Bytes.rightDoubleQuote) { e -= 3; continue }
            break
        }
        guard e > line.lowerBound else { return false }
        let last = b[e - 1]
        guard last != UInt8(ascii: ".") && last != UInt8(ascii: ",") && last != UInt8(ascii: ";")
            && last != UInt8(ascii: ":") && last != UInt8(ascii: "-") else { return false }
        // Short lines pass; longer ones must be in title case ("Moscow Rehearses a Wider War").
        var words = 0, longWords = 0, capitalized = 0
        var i = line.lowerBound
        while i < line.upperBound {
            while i < line.upperBound, Bytes.isSpace(b[i]) { i += 1 }
            let s = i
            while i < line.upperBound, !Bytes.isSpace(b[i]) { i += 1 }
            guard s < i else { continue }
            words += 1
            if i - s >= 4 {
                longWords += 1
                if !Bytes.isLower(b[s]) { capitalized += 1 }
            }
        }
        return words <= 10 || capitalized * 2 >= longWords
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

    /// Parses `Publication: Eurasia Daily Monitor Volume: 16 Issue: 138` (volume and issue optional;
    /// "Volume 16", "Vol. 16", "Issue 138", "No. 138" and commas between the parts are accepted).
    static func parsePublication(_ b: [UInt8], _ range: Range<Int>) -> Publication? {
        var r = Reader(b, from: range.lowerBound, to: range.upperBound)
        guard r.skip("Publication:", caseInsensitive: true) else { return nil }
        r.skipInlineSpace()
        let nameStart = r.position
        var nameEnd = range.upperBound
        var volume: Int?
        var issue: Int?
        while !r.isAtEnd {
            // Keywords only at a word start.
            let atWordStart = r.position == nameStart || Bytes.isSpace(b[r.position - 1]) || b[r.position - 1] == UInt8(ascii: ",")
            let keywordStart = r.position
            if atWordStart, let (isVolume, number) = readNumbered(&r) {
                if nameEnd == range.upperBound { nameEnd = keywordStart }
                if isVolume { volume = number } else { issue = number }
                continue
            }
            r.advance()
        }
        var name = Bytes.trimmed(b, nameStart..<nameEnd)
        // A trailing comma before "Volume:" is punctuation, not part of the name.
        while !name.isEmpty, b[name.upperBound - 1] == UInt8(ascii: ",") {
            name = Bytes.trimmed(b, name.lowerBound..<(name.upperBound - 1))
        }
        return Publication(publication: String(decoding: b[name], as: UTF8.self), volume: volume, issue: issue)
    }

    /// Reads "Volume: 16" / "Vol. 16" / "Issue: 138" / "No. 138" at the cursor: whether it is the
    /// volume, and the number. On success the reader is past the number; otherwise unchanged.
    private static func readNumbered(_ reader: inout Reader) -> (Bool, Int)? {
        var r = reader
        let isVolume: Bool
        if r.skip("Volume", caseInsensitive: true) || r.skip("Vol.", caseInsensitive: true) { isVolume = true }
        else if r.skip("Issue", caseInsensitive: true) || r.skip("No.", caseInsensitive: true) { isVolume = false }
        else { return nil }
        _ = r.skip(":")
        r.skipWhitespace()
        guard let n = r.readNumber() else { return nil }
        reader = r
        return (isVolume, n)
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
