import DossierKit

/// One wrapped screen line of the article: a range of scalar offsets (into the document text,
/// or into the generated header) and what kind of block it belongs to.
struct LayoutLine: Sendable, Equatable {
    enum Kind: UInt8, Sendable {
        case title, header, paragraph, caption, heading, quote, list, blank
    }
    /// First scalar offset (inclusive).
    var start: Int
    /// End scalar offset (exclusive, trailing blanks left out).
    var end: Int
    var kind: Kind
    /// True for the generated header (title, publication line, date): offsets index `headerScalars`.
    var isHeader: Bool
    /// Columns indented from the text's left edge (quotes).
    var indent: Int
}

/// The article wrapped at one width: header lines, then each block's lines, blocks one blank
/// line apart. Computed once per width (the state caches it); a frame only reads visible lines.
struct ArticleLayout: Sendable {
    let width: Int
    private(set) var lines: [LayoutLine] = []
    /// The generated header's text, as scalars.
    let headerScalars: [Unicode.Scalar]
    /// Index of the first body line (lines before it are the header).
    private(set) var firstBodyLine = 0
    /// When the header's title is the text of the title block verbatim, the block's start: title
    /// offset `k` is text offset `titleBase + k`, so mentions in the title are styled too.
    private(set) var titleBase: Int?

    /// A layout with no lines (before the first real one is computed).
    init() {
        width = 0
        headerScalars = []
        titleBase = nil
    }

    /// Wraps `index`'s document at `width` columns (at least 1).
    init(index: DocumentIndex, width rawWidth: Int) {
        let width = max(1, rawWidth)
        self.width = width
        let header = ArticleLayout.headerText(index.document.metadata, width: width)
        var hs: [Unicode.Scalar] = []
        var headerRanges: [(Int, Int, LayoutLine.Kind)] = []
        for (text, kind) in header {
            let a = hs.count
            hs.append(contentsOf: text.unicodeScalars)
            headerRanges.append((a, hs.count, kind))
        }
        headerScalars = hs
        if let t = headerRanges.first, t.2 == .title,
           let block = index.document.blocks.first(where: { $0.kind == .title }),
           block.span.start >= 0, block.span.end <= index.scalars.count, block.span.length == t.1 - t.0,
           index.scalars[block.span.start..<block.span.end].elementsEqual(hs[t.0..<t.1]) {
            titleBase = block.span.start - t.0
        }
        var out: [LayoutLine] = []
        out.reserveCapacity(index.scalars.count / max(8, width / 2) + 16)
        for (a, b, kind) in headerRanges {
            hs.withUnsafeBufferPointer { buf in
                ArticleLayout.wrap(buf, a, b, width: width, kind: kind, isHeader: true, indent: 0, hardBreaks: false, into: &out)
            }
        }
        if !out.isEmpty { out.append(LayoutLine(start: 0, end: 0, kind: .blank, isHeader: true, indent: 0)) }
        firstBodyLine = out.count
        index.scalars.withUnsafeBufferPointer { buf in
            var first = true
            var previousEnd = 0
            for block in index.bodyBlocks {
                let a = max(0, min(block.span.start, buf.count))
                let b = max(a, min(block.span.end, buf.count))
                // The separator stands for the gap after the previous block, so a saved place
                // on it comes back to it, not to the line below.
                let gap = min(a, max(previousEnd, 0))
                if !first { out.append(LayoutLine(start: gap, end: gap, kind: .blank, isHeader: false, indent: 0)) }
                first = false
                previousEnd = b
                let kind: LayoutLine.Kind
                var indent = 0
                switch block.kind {
                case .caption: kind = .caption
                case .heading: kind = .heading
                case .quote: kind = .quote; indent = width >= 20 ? 2 : 0
                case .list, .listItem, .tableRow: kind = .list
                case .title: kind = .title
                case .meta: kind = .header
                case .paragraph, .code: kind = .paragraph
                }
                let before = out.count
                let hard = block.kind == .list || block.kind == .code || block.kind == .tableRow
                ArticleLayout.wrap(buf, a, b, width: width - indent, kind: kind, isHeader: false, indent: indent,
                                   hardBreaks: hard, into: &out)
                if out.count == before { out.append(LayoutLine(start: a, end: a, kind: .blank, isHeader: false, indent: 0)) }
            }
        }
        lines = out
    }

    /// The header: title, then publication · volume · issue · date (marked when inferred). The
    /// dateline breaks only between its parts, so a part is never split while it fits a line.
    static func headerText(_ m: Metadata, width: Int = .max) -> [(String, LayoutLine.Kind)] {
        var out: [(String, LayoutLine.Kind)] = []
        if let t = m.title.map(TextScalars.flatten), !t.isEmpty { out.append((t, .title)) }
        var parts: [String] = []
        if let p = m.publication.map(TextScalars.flatten), !p.isEmpty { parts.append(p) }
        var vi: [String] = []
        if let v = m.volume { vi.append("Vol. \(v)") }
        if let i = m.issue { vi.append("No. \(i)") }
        if !vi.isEmpty { parts.append(vi.joined(separator: ", ")) }
        if let d = m.date {
            parts.append(d.assumed ? "date unknown" : d.value.description + (d.inferred ? " (inferred)" : ""))
        }
        var line = ""
        var lineWidth = 0
        for p in parts {
            let w = DisplayWidth.of(p)
            if lineWidth > 0 && lineWidth + 3 + w > width {
                out.append((line, .header))
                line = ""
                lineWidth = 0
            }
            if lineWidth > 0 { line += " · "; lineWidth += 3 }
            line += p
            lineWidth += w
        }
        if !line.isEmpty { out.append((line, .header)) }
        return out
    }

    /// Greedy wrap of `buf[a..<b]` at `width` columns, breaking at whitespace, after dashes and
    /// wide characters, and inside a word only when the word alone is wider than the line.
    static func wrap(_ buf: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int, width: Int, kind: LayoutLine.Kind,
                     isHeader: Bool, indent: Int, hardBreaks: Bool, into out: inout [LayoutLine]) {
        let width = max(1, width)
        var i = a
        // Skip leading blanks.
        while i < b, TextScalars.isSpace(buf[i]) { i += 1 }
        var lineStart = i
        var col = 0
        var contentEnd = i
        var breakEnd = -1, breakNext = -1, breakCol = 0
        var prevSpace = false
        func emit(_ s: Int, _ e: Int) {
            out.append(LayoutLine(start: s, end: e, kind: kind, isHeader: isHeader, indent: indent))
        }
        while i < b {
            let s = buf[i]
            if TextScalars.isSpace(s) {
                if hardBreaks && s.value == 0x0A {
                    emit(lineStart, contentEnd)
                    i += 1
                    while i < b, TextScalars.isSpace(buf[i]), buf[i].value != 0x0A { i += 1 }
                    lineStart = i; contentEnd = i; col = 0; breakEnd = -1; prevSpace = false
                    continue
                }
                if !prevSpace { breakEnd = i }
                prevSpace = true
                col += 1
                i += 1
                continue
            }
            let w = TextScalars.width(s)
            if prevSpace {
                breakNext = i
                breakCol = col
                prevSpace = false
            }
            while col + w > width && col > 0 {
                if breakEnd > lineStart && breakNext > breakEnd - 1 && breakNext <= i {
                    emit(lineStart, breakEnd)
                    lineStart = breakNext
                    col -= breakCol
                    breakEnd = -1
                } else {
                    emit(lineStart, i)
                    lineStart = i
                    col = 0
                    breakEnd = -1
                }
            }
            col += w
            i += 1
            contentEnd = i
            if TextScalars.breaksAfter(s, width: w), i < b, !TextScalars.isSpace(buf[i]) {
                breakEnd = i
                breakNext = i
                breakCol = col
            }
        }
        if contentEnd > lineStart { emit(lineStart, contentEnd) }
    }

    /// The line showing `offset` of the body text (the last body line starting at or before it).
    func lineIndex(containing offset: Int) -> Int {
        let first = firstBodyLine
        let lines = self.lines
        // Text before the first body line (the title and publication blocks) is in the header.
        guard first < lines.count, offset >= lines[first].start else { return 0 }
        let after = first + BinarySearch.partition(lines.count - first) { lines[first + $0].start > offset }
        var idx = max(firstBodyLine, after - 1)
        // Prefer a text line to the blank separator that starts at the same offset.
        while idx + 1 < lines.count, lines[idx].kind == .blank, lines[idx + 1].start <= offset { idx += 1 }
        return idx
    }

    /// The body offset a line stands for (what the reading position saves); 0 for the header.
    func anchor(ofLine i: Int) -> Int {
        guard i >= firstBodyLine, i < lines.count else { return 0 }
        return lines[i].start
    }
}
