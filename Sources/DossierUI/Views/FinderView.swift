import DossierKit

/// Draws the entity finder: a box with the query line and the ranked entities, matched
/// characters marked, each with its type and mention count.
enum FinderView {
    static func render(_ state: ReaderState, theme: Theme, into grid: inout CellGrid) {
        guard let f = state.finder, let box = state.geometry.finderBox() else { return }
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
        let listH = ScreenLayout.finderListHeight(box)
        guard listH > 0 else { return }
        let top = ScreenLayout.finderFirstVisible(selected: f.selected, listHeight: listH)
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
