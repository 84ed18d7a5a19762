import DossierKit

/// Draws the entity finder: a box with the query line and the ranked entities, matched
/// characters marked, each with its type and mention count.
enum FinderView {
    /// Where the finder box goes on a screen, or nil when it does not fit.
    static func frame(resultCount: Int, width: Int, height: Int) -> (x: Int, y: Int, width: Int, height: Int)? {
        let w = min(64, width - 4)
        let h = min(height - 3, max(6, resultCount + 4))
        guard w >= 10, h >= 4 else { return nil }
        return ((width - w) / 2, max(0, (height - 1 - h) / 2), w, h)
    }

    /// The first result shown, so that the selected one is in the list.
    static func firstVisible(selected: Int, listHeight: Int) -> Int { max(0, selected - max(1, listHeight) + 1) }

    static func render(_ state: ReaderState, theme: Theme, into grid: inout CellGrid) {
        guard let f = state.finder,
              let box = frame(resultCount: f.results.count, width: grid.width, height: grid.height) else { return }
        let w = box.width, h = box.height, x0 = box.x, y0 = box.y
        let fill = theme.style("finder")
        let footer = "metonyms " + (state.includeMetonyms ? "on" : "off") + " · tab"
        grid.box(x: x0, y: y0, width: w, height: h, title: "Find entity", footer: footer,
                 border: fill.patch(theme.style("pane.border")), titleStyle: fill.patch(theme.style("pane.title")), fill: fill)
        let inner = x0 + w - 1
        let end = grid.put("> " + TextScalars.fit(f.query, width: w - 6), x: x0 + 2, y: y0 + 1, style: fill, maxX: inner)
        grid.patchStyle(x: end, y: y0 + 1, width: 1, style: Style(attributes: .reverse))
        grid.putRight("\(f.results.count)/\(state.document.entities.count)", endX: inner - 1, y: y0 + 1,
                      style: fill.patch(theme.style("pane.count")), minX: end + 2)
        let listH = h - 3
        guard listH > 0 else { return }
        let top = firstVisible(selected: f.selected, listHeight: listH)
        let matchStyle = theme.style("finder.match")
        let selStyle = theme.style("finder.selected")
        let ents = state.document.entities
        for row in 0..<listH {
            let i = top + row
            guard i < f.results.count else { break }
            let r = f.results[i]
            guard r.entity < ents.count else { continue }
            let y = y0 + 2 + row
            let e = ents[r.entity]
            var detail = "\(e.type.rawValue) \(e.mentions.count)"
            if state.includeMetonyms, let g = state.index.gathered[e.id], !g.isEmpty {
                detail += "+" + String(g.reduce(0) { $0 + ents[$1].mentions.count })
            }
            let dx = grid.putRight(detail, endX: inner - 1, y: y, style: fill.patch(theme.style("pane.count")), minX: x0 + 2)
            let nameStyle = fill.patch(theme.style("entity." + e.type.rawValue.lowercased()))
            var x = x0 + 2
            let positions = Set(r.positions)
            let limit = dx - 1
            // A name too long for the row ends in "…" one column early.
            let cut = x + DisplayWidth.of(r.matched) > limit
            for (k, ch) in r.matched.enumerated() {
                let cw = DisplayWidth.of(ch)
                if x + cw > limit - (cut ? 1 : 0) {
                    x = grid.put("…", x: x, y: y, style: nameStyle, maxX: limit)
                    break
                }
                x = grid.put(String(ch), x: x, y: y, style: positions.contains(k) ? nameStyle.patch(matchStyle) : nameStyle, maxX: limit)
            }
            if r.matched != Sanitizer.visible(e.name) {
                grid.put(" → " + TextScalars.fit(Sanitizer.visible(TextScalars.flatten(e.name)), width: max(0, limit - x - 3)),
                         x: x, y: y, style: fill, maxX: limit)
            }
            if i == f.selected { grid.patchStyle(x: x0 + 1, y: y, width: w - 2, style: selStyle) }
        }
    }
}
