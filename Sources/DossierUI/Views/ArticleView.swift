import DossierKit

/// Draws the visible lines of the article: text styled by line kind, entity mentions by type,
/// citations, the highlighted sentence, search hits, the current hit and the selected citation.
enum ArticleView {
    static func render(_ state: ReaderState, theme: Theme, into grid: inout CellGrid) {
        let g = state.geometry
        let layout = state.layout
        let index = state.index
        let entityStyles = EntityType.allCases.map { theme.style("entity." + $0.rawValue.lowercased()) }
        let citationStyle = theme.style("citation")
        let resolvedStyle = theme.style("citation.resolved")
        let selectedStyle = theme.style("citation.selected")
        let matchStyle = theme.style("search.match")
        let currentStyle = theme.style("search.current")
        let selectionStyle = theme.style("selection")
        let maxX = min(grid.width, g.articleX + g.articleWidth)
        var cols: [Int] = []
        for y in 0..<g.contentHeight {
            let li = state.top + y
            guard li < layout.lines.count else { break }
            let line = layout.lines[li]
            if line.kind == .blank { continue }
            let base = theme.style(scope(line.kind))
            let src = line.isHeader ? layout.headerScalars : index.scalars
            let x0 = g.textX + line.indent
            draw(src, line.start, min(line.end, src.count), x: x0, y: y, maxX: maxX, style: base, cols: &cols, into: &grid)
            guard !cols.isEmpty else { continue }
            // Header lines have no text offsets, except a title copied verbatim from the text.
            var shift = 0
            if line.isHeader {
                guard line.kind == .title, let tb = layout.titleBase else { continue }
                shift = tb
            }
            let lo = line.start + shift, hi = line.start + shift + cols.count - 1
            func patch(_ span: Span, _ style: Style) {
                let a = max(span.start, lo), b = min(span.end, hi)
                guard a < b else { return }
                let x = cols[a - lo]
                grid.patchStyle(x: x, y: y, width: cols[b - lo] - x, style: style)
            }
            // Emphasis italic, strong bold, links underlined: attributes only, so entity and
            // theme colours still show through.
            for p in index.styles.overlapping(lo, hi) {
                let st = state.document.styles[index.styles.payloads[p]]
                switch st.kind {
                case .emphasis: patch(st.span, Style(attributes: .italic))
                case .strong: patch(st.span, Style(attributes: .bold))
                case .link: patch(st.span, Style(attributes: .underline))
                case .code: continue
                }
            }
            if state.config.highlight != .none {
                for p in index.mentions.overlapping(lo, hi) {
                    let e = index.mentions.payloads[p]
                    guard e < state.document.entities.count else { continue }
                    let type = state.document.entities[e].type
                    guard state.config.highlight.shows(type), let t = EntityType.allCases.firstIndex(of: type) else { continue }
                    patch(index.mentions.spans[p], entityStyles[t])
                }
            }
            for p in index.citations.overlapping(lo, hi) {
                patch(index.citations.spans[p], state.isResolved(index.citations.payloads[p]) ? resolvedStyle : citationStyle)
            }
            if let h = state.highlight { patch(h, selectionStyle) }
            if let s = state.search, !s.hits.isEmpty {
                var i = BinarySearch.firstEnding(after: lo, in: s.hits)
                while i < s.hits.count, s.hits[i].start < hi {
                    patch(s.hits[i], i == s.current ? currentStyle : matchStyle)
                    i += 1
                }
            }
            if let c = state.selectedCitation, c < state.document.citations.count {
                patch(state.document.citations[c].span, selectedStyle)
            }
            if let l = state.selectedLink, l < state.document.styles.count {
                patch(state.document.styles[l].span, selectedStyle)
            }
        }
    }

    static func scope(_ kind: LayoutLine.Kind) -> String {
        switch kind {
        case .title: return "title"
        case .header: return "header"
        case .caption: return "caption"
        case .heading: return "heading"
        case .quote: return "quote"
        case .paragraph, .list, .blank: return "text"
        }
    }

    /// Draws `src[a..<b]` from column `x`, sanitizing: blanks for whitespace, placeholders for
    /// control characters, combining marks joined to their base cell. `cols` gets the column of
    /// each scalar plus one past the end, so spans can be mapped to cells.
    static func draw(_ src: [Unicode.Scalar], _ a: Int, _ b: Int, x: Int, y: Int, maxX: Int, style: Style,
                     cols: inout [Int], into grid: inout CellGrid) {
        cols.removeAll(keepingCapacity: true)
        var col = x
        var i = max(0, a)
        while i < b {
            let s = src[i]
            cols.append(col)
            i += 1
            if TextScalars.isSpace(s) {
                if col < maxX { grid.set(x: col, y: y, Cell(" ", width: 1, style: style)) }
                col += 1
                continue
            }
            if !Sanitizer.isSafe(s) {
                for ph in Sanitizer.placeholder(s).unicodeScalars {
                    let w = DisplayWidth.of(ph)
                    if col + w <= maxX { grid.set(x: col, y: y, Cell(String(ph), width: UInt8(w), style: style)) }
                    col += w
                }
                continue
            }
            let w = DisplayWidth.of(s)
            if w == 0 {
                // Combining mark or joiner: part of the previous cell's grapheme.
                var px = col - 1
                if px >= x, grid.contains(x: px, y: y), grid[px, y].width == 0, px > x { px -= 1 }
                if px >= x, px < maxX, grid.contains(x: px, y: y) { grid[px, y].text.unicodeScalars.append(s) }
                continue
            }
            if col + w <= maxX {
                grid.set(x: col, y: y, Cell(String(s), width: UInt8(w), style: style))
                if w == 2 { grid.set(x: col + 1, y: y, Cell("", width: 0, style: style)) }
            }
            col += w
        }
        cols.append(col)
    }
}
