import DossierKit

/// Draws the box opened by Enter on a selected citation: its kind, its text, and each source
/// with its resolved dates (for a "see EDM" cross-reference, the dates of the earlier articles).
enum CitationDetailView {
    static func lines(_ state: ReaderState, width: Int) -> (title: String, lines: [String]) {
        guard let c = state.selectedCitation, c < state.document.citations.count else { return ("Citation", []) }
        let cit = state.document.citations[c]
        let title: String
        switch cit.kind {
        case .source: title = "Citation"
        case .crossref: title = "Cross-reference"
        case .credit: title = "Image credit"
        }
        var out = wrapPlain(state.index.snippet(cit.span), width: width)
        out.append("")
        if cit.refs.isEmpty { out.append("No source recognized") }
        for r in cit.refs {
            let name = Sanitizer.visible(TextScalars.flatten(r.source))
            let dates = r.dates.map(\.description)
            let label = cit.kind == .crossref || cit.see ? "\(name) articles of" : name
            let text = dates.isEmpty ? "\(name): no date" : "\(label): " + dates.joined(separator: ", ")
            out += wrapPlain(text, width: width)
        }
        if let lib = state.library {
            let choices = lib.choices(c)
            out.append("")
            if choices.isEmpty {
                out.append("Not in the library")
            } else {
                out.append(choices.count == 1 ? "In the library (Enter opens it):" : "In the library (j/k choose, Enter opens):")
                for (i, t) in choices.enumerated() {
                    let mark = choices.count > 1 && i == state.detailChoice ? "> " : "  "
                    out.append(TextScalars.fit(mark + ReaderState.choiceText(t), width: width))
                }
            }
        }
        return (title, out)
    }

    static func render(_ state: ReaderState, theme: Theme, into grid: inout CellGrid) {
        let w = min(64, grid.width - 4)
        guard w >= 12 else { return }
        let (title, body) = lines(state, width: w - 4)
        let h = min(grid.height - 2, body.count + 2)
        guard h >= 3 else { return }
        let x0 = (grid.width - w) / 2
        let y0 = top(state, boxHeight: h, screenHeight: grid.height)
        let fill = theme.style("help")
        grid.box(x: x0, y: y0, width: w, height: h, title: title, footer: state.citationChoices.isEmpty ? "Enter close · Tab next" : "Enter open · Esc close · Tab next",
                 border: fill.patch(theme.style("pane.border")), titleStyle: fill.patch(theme.style("pane.title")), fill: fill)
        for (i, l) in body.prefix(h - 2).enumerated() {
            grid.put(l, x: x0 + 2, y: y0 + 1 + i, style: fill, maxX: x0 + w - 2)
        }
    }

    /// The box's first row: just below the citation's last line when it fits there, else just
    /// above its first line, else centred, so the citation stays in view beside its details.
    static func top(_ state: ReaderState, boxHeight h: Int, screenHeight: Int) -> Int {
        let centred = max(0, (screenHeight - 1 - h) / 2)
        let content = screenHeight - 1
        guard let c = state.selectedCitation, c < state.document.citations.count,
              state.geometry.showsArticle else { return centred }
        let span = state.document.citations[c].span
        let first = state.layout.lineIndex(containing: span.start) - state.top
        let last = state.layout.lineIndex(containing: max(span.start, span.end - 1)) - state.top
        guard first >= 0, last < content else { return centred }
        if last + 1 + h <= content { return last + 1 }
        if first - h >= 0 { return first - h }
        return centred
    }

    /// Word-wraps one line of plain text at `width` columns.
    static func wrapPlain(_ text: String, width: Int) -> [String] {
        let w = max(1, width)
        var out: [String] = []
        var line = ""
        var lw = 0
        for word in text.split(separator: " ") {
            let ww = DisplayWidth.of(String(word))
            if lw > 0 && lw + 1 + ww > w {
                out.append(line)
                line = ""
                lw = 0
            }
            if lw > 0 { line += " "; lw += 1 }
            line += word
            lw += ww
        }
        if !line.isEmpty || out.isEmpty { out.append(line) }
        return out.map { TextScalars.fit($0, width: w) }
    }
}
