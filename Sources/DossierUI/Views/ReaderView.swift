import DossierKit

/// Draws the whole reader screen for a state: article pane, side pane, status line and the
/// overlay in focus (finder, help, citation details). A pure function of the state.
///
/// Theme scopes drawn (the theme files define them; dotted scopes fall back to their parent,
/// then to `text`):
/// `text`, `title`, `header`, `caption`, `heading`, `quote`,
/// `entity.person`, `entity.place`, `entity.org`, `entity.media`, `entity.event`, `entity.norp`,
/// `citation`, `citation.selected`, `search.match`, `search.current`, `selection`,
/// `status`, `status.key`, `status.position`, `pane.border`, `pane.title`, `pane.tab`, `pane.tab.active`,
/// `pane.row`, `pane.row.selected`, `pane.date`, `pane.date.cited`, `pane.count`, `finder`, `finder.match`, `finder.selected`,
/// `help`, `help.key`, `notice`.
public enum ReaderView {
    public static func render(_ state: ReaderState, theme: Theme, into grid: inout CellGrid) {
        if state.geometry.tooSmall {
            grid.fill(x: 0, y: 0, width: grid.width, height: grid.height, style: theme.style("text"))
            tooSmall(state, theme: theme, into: &grid)
            return
        }
        renderViews(state, theme: theme, into: &grid)
    }

    /// Draws the panes, the status line and the overlay at any size, without the too-small
    /// notice (what `render` draws from the minimum size up; view tests use it on tiny grids).
    static func renderViews(_ state: ReaderState, theme: Theme, into grid: inout CellGrid) {
        let g = state.geometry
        grid.fill(x: 0, y: 0, width: grid.width, height: grid.height, style: theme.style("text"))
        if g.showsArticle { ArticleView.render(state, theme: theme, into: &grid) }
        if g.showsSide { SidePaneView.render(state, theme: theme, into: &grid) }
        StatusLineView.render(state, theme: theme, into: &grid)
        switch state.focus {
        case .finder: FinderView.render(state, theme: theme, into: &grid)
        case .help: HelpView.render(state, theme: theme, into: &grid)
        case .detail: CitationDetailView.render(state, theme: theme, into: &grid)
        default: break
        }
    }

    /// The notice drawn instead of the reader when the terminal is too small for it.
    static func tooSmall(_ state: ReaderState, theme: Theme, into grid: inout CellGrid) {
        guard grid.width > 0, grid.height > 0 else { return }
        let need = "\(ReaderState.minimumSize.width)×\(ReaderState.minimumSize.height)"
        let lines = grid.width >= 24
            ? ["Terminal too small", "\(grid.width)×\(grid.height), need \(need)", "q quits"]
            : ["Too small", need]
        let y0 = max(0, (grid.height - lines.count) / 2)
        for (i, l) in lines.enumerated() {
            let text = TextScalars.fit(l, width: grid.width)
            let x = max(0, (grid.width - DisplayWidth.of(text)) / 2)
            grid.put(text, x: x, y: y0 + i, style: theme.style("notice"))
        }
    }
}

/// The article as plain wrapped text, for when stdout is not a terminal (like `less` and `bat`):
/// the header, then the paragraphs one blank line apart, sanitized, wrapped at the measure.
public enum PlainRenderer {
    /// Wraps at `width` columns (the caller picks the measure; 80 when it is not positive,
    /// and never narrower than 10).
    public static func render(_ document: Document, width: Int) -> String {
        let w = max(10, width > 0 ? width : 80)
        let index = DocumentIndex(document)
        let layout = ArticleLayout(index: index, width: w)
        var out = ""
        out.reserveCapacity(index.scalars.count + layout.lines.count * 2)
        for line in layout.lines {
            if line.kind != .blank {
                let src = line.isHeader ? layout.headerScalars : index.scalars
                var v = String.UnicodeScalarView()
                for _ in 0..<line.indent { v.append(" ") }
                for i in max(0, line.start)..<max(max(0, line.start), min(line.end, src.count)) {
                    let s = src[i]
                    if TextScalars.isSpace(s) { v.append(" ") }
                    else if Sanitizer.isSafe(s) { v.append(s) }
                    else { v.append(contentsOf: Sanitizer.placeholder(s).unicodeScalars) }
                }
                out += String(v)
            }
            out += "\n"
        }
        return out
    }
}
