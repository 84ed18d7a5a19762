import DossierKit

/// Draws the entity finder: a box with the query line and the ranked entities, matched
/// characters marked, each with its type and mention count.
enum FinderView {
    static func render(_ state: ReaderState, theme: Theme, into grid: inout CellGrid) {
        guard let f = state.finder, let box = state.geometry.finderBox() else { return }
        let w = box.width, h = box.height, x0 = box.x, y0 = box.y
        let fill = theme.style("finder")
        var footer = "metonyms " + (state.includeMetonyms ? "on" : "off") + " · tab"
        if state.library != nil { footer = f.libraryScope ? "this article · ^G" : footer + " · library ^G" }
        grid.box(x: x0, y: y0, width: w, height: h, title: f.libraryScope ? "Find entity in the library" : "Find entity", footer: footer,
                 border: fill.patch(theme.style("pane.border")), titleStyle: fill.patch(theme.style("pane.title")), fill: fill)
        let inner = x0 + w - 1
        let end = grid.put("> " + TextScalars.fit(f.query, width: w - 6), x: x0 + 2, y: y0 + 1, style: fill, maxX: inner)
        grid.patchStyle(x: end, y: y0 + 1, width: 1, style: Style(attributes: .reverse))
        let total = f.libraryScope ? (state.libraryEntities?.count ?? 0) : state.document.entities.count
        grid.putRight("\(f.count)/\(total)", endX: inner - 1, y: y0 + 1,
                      style: fill.patch(theme.style("pane.count")), minX: end + 2)
        let listH = ScreenLayout.finderListHeight(box)
        guard listH > 0 else { return }
        let top = ScreenLayout.finderFirstVisible(selected: f.selected, listHeight: listH)
        let matchStyle = theme.style("finder.match")
        let selStyle = theme.style("finder.selected")
        if f.libraryScope {
            for row in 0..<listH {
                let i = top + row
                guard i < f.libraryResults.count else { break }
                let r = f.libraryResults[i], y = y0 + 2 + row
                let detail = "\(r.entity.type.rawValue) \(r.entity.articles) article\(r.entity.articles == 1 ? "" : "s")"
                let dx = grid.putRight(detail, endX: inner - 1, y: y, style: fill.patch(theme.style("pane.count")), minX: x0 + 2)
                let nameStyle = fill.patch(theme.style("entity." + r.entity.type.rawValue.lowercased()))
                let name = TextScalars.fit(r.entity.name, width: max(0, dx - 1 - (x0 + 2)))
                var x = x0 + 2
                let positions = Set(r.positions)
                for (k, ch) in name.enumerated() {
                    x = grid.put(String(ch), x: x, y: y, style: positions.contains(k) ? nameStyle.patch(matchStyle) : nameStyle, maxX: dx - 1)
                }
                if i == f.selected { grid.patchStyle(x: x0 + 1, y: y, width: w - 2, style: selStyle) }
            }
            return
        }
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
