import DossierKit

/// The entity page under the library header: the articles that mention the entity (date, title,
/// mentions), then its cross-article timeline, every dated sentence in date order.
enum EntityPageView {
    static func render(_ state: LibraryState, theme: Theme, into grid: inout CellGrid) {
        guard let page = state.page else { return }
        let rows = state.listHeight
        guard rows > 0 else { return }
        let muted = theme.style("muted")
        let selStyle = theme.style("pane.row.selected")
        for r in 0..<rows {
            let i = state.top + r
            guard i < state.rowCount else { break }
            let y = 2 + r
            if i < page.articles.count {
                let a = page.articles[i]
                let x = grid.put(" " + (a.article.date?.description ?? "undated   ") + "  ", x: 0, y: y, style: theme.style("pane.date"))
                let count = "\(a.mentions)×"
                let end = grid.putRight(count + " ", endX: grid.width, y: y, style: theme.style("pane.count"), minX: x + 1)
                grid.put(TextScalars.flatten(a.article.title), x: x, y: y, style: theme.style("text"), maxX: end - 1)
            } else {
                let t = page.timeline[i - page.articles.count]
                let label = t.start.description
                let x = grid.put(" " + label + "  ", x: 0, y: y, style: theme.style("pane.date"))
                grid.put(TextScalars.flatten(t.sentence), x: x, y: y, style: muted.patch(theme.style("text")), maxX: grid.width - 1)
            }
            if i == state.selected { grid.patchStyle(x: 0, y: y, width: grid.width, style: selStyle) }
        }
    }
}
