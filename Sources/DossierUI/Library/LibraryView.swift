import DossierKit

/// Draws the library view: a header with the library's name and the tabs, the filter or search
/// prompt, the list (articles, entities, search hits with snippets, or an entity page) and a
/// status line with the keys.
public enum LibraryView {
    public static func render(_ state: LibraryState, theme: Theme, into grid: inout CellGrid) {
        let w = grid.width, h = grid.height
        guard w > 0, h > 0 else { return }
        let text = theme.style("text")
        grid.fill(x: 0, y: 0, width: w, height: h, style: text)
        header(state, theme: theme, into: &grid)
        if h >= 2 { prompt(state, theme: theme, into: &grid) }
        if state.mode == .entityPage {
            EntityPageView.render(state, theme: theme, into: &grid)
        } else {
            list(state, theme: theme, into: &grid)
        }
        status(state, theme: theme, into: &grid)
    }

    static func header(_ state: LibraryState, theme: Theme, into grid: inout CellGrid) {
        let style = theme.style("header")
        grid.fill(x: 0, y: 0, width: grid.width, height: 1, style: style)
        let count = state.articles.count
        let x = grid.put(" \(state.name) · \(count) article\(count == 1 ? "" : "s")", x: 0, y: 0, style: style.patch(theme.style("title")))
        var tabs: [(String, Bool)] = [("Articles", state.mode == .articles), ("Entities", state.mode == .entities),
                                      ("Search", state.mode == .search)]
        if state.mode == .entityPage { tabs.append(("Entity", true)) }
        var right = grid.width - 1
        for (label, active) in tabs.reversed() {
            let s = style.patch(theme.style(active ? "pane.tab.active" : "pane.tab"))
            right = grid.putRight(" \(label) ", endX: right, y: 0, style: s, minX: x + 1) - 1
        }
    }

    static func prompt(_ state: LibraryState, theme: Theme, into grid: inout CellGrid) {
        let y = 1
        let muted = theme.style("muted")
        switch state.mode {
        case .search:
            let end = grid.put(" / " + state.query, x: 0, y: y, style: theme.style("text"))
            grid.patchStyle(x: end, y: y, width: 1, style: Style(attributes: .reverse))
            grid.putRight("\(state.hits.count) hit\(state.hits.count == 1 ? "" : "s") ", endX: grid.width, y: y, style: muted, minX: end + 2)
        case .entityPage:
            guard let p = state.page else { return }
            let e = p.entity
            var x = grid.put(" " + TextScalars.flatten(e.name), x: 0, y: y, style: theme.style("entity." + e.type.rawValue.lowercased()).patch(Style(attributes: .bold)))
            x = grid.put("  \(e.type.rawValue) · \(e.articles) article\(e.articles == 1 ? "" : "s") · \(e.mentions) mentions", x: x, y: y, style: muted)
        case .articles, .entities:
            let shown = state.mode == .articles ? state.shownArticles.count : state.shownEntities.count
            let total = state.mode == .articles ? state.articles.count : state.entities.count
            if state.filter.isEmpty {
                grid.put(" type to filter\(state.mode == .articles ? " titles" : " names")", x: 0, y: y, style: muted)
            } else {
                let end = grid.put(" > " + state.filter, x: 0, y: y, style: theme.style("text"))
                grid.patchStyle(x: end, y: y, width: 1, style: Style(attributes: .reverse))
            }
            grid.putRight("\(shown)/\(total) ", endX: grid.width, y: y, style: muted, minX: 20)
        }
    }

    static func list(_ state: LibraryState, theme: Theme, into grid: inout CellGrid) {
        let y0 = 2, rows = state.listHeight
        guard rows > 0 else { return }
        let per = state.linesPerRow
        let selStyle = theme.style("pane.row.selected")
        for r in 0..<(rows / per) {
            let i = state.top + r
            guard i < state.rowCount else { break }
            let y = y0 + r * per
            switch state.mode {
            case .articles:
                let (index, positions) = state.shownArticles[i]
                articleRow(state.articles[index], positions: positions, entities: state.topEntities[state.articles[index].id] ?? [],
                           y: y, theme: theme, into: &grid)
            case .entities:
                let (index, positions) = state.shownEntities[i]
                entityRow(state.entities[index], positions: positions, y: y, theme: theme, into: &grid)
            case .search:
                let hit = state.hits[i]
                articleRow(hit.article, positions: [], entities: [], y: y, theme: theme, into: &grid)
                if per > 1 { snippet(hit, y: y + 1, theme: theme, into: &grid) }
            case .entityPage:
                break
            }
            if i == state.selected {
                for line in 0..<per { grid.patchStyle(x: 0, y: y + line, width: grid.width, style: selStyle) }
            }
        }
        if state.rowCount == 0 {
            let note = state.mode == .search ? (state.query.isEmpty ? "type words to search every article" : "no hits")
                : state.articles.isEmpty ? "the library is empty: add articles with `dossier add PATH…`" : "nothing matches"
            grid.put("  " + note, x: 0, y: y0, style: theme.style("muted"))
        }
    }

    /// `2019-10-03  EDM  Title of the article   Aliyev · Baku · Moscow`
    static func articleRow(_ a: LibraryArticle, positions: [Int], entities: [String], y: Int, theme: Theme, into grid: inout CellGrid) {
        let date = a.date.map { $0.description + (a.dateInferred ? "~" : " ") } ?? "undated    "
        var x = grid.put(" " + date + " ", x: 0, y: y, style: theme.style("pane.date"))
        x = grid.put(TextScalars.fit(abbreviation(a.publication), width: 5).padding(5) + " ", x: x, y: y, style: theme.style("muted"))
        let matched = Set(positions)
        let titleStyle = theme.style("text")
        let limit = grid.width - 1
        for (k, ch) in TextScalars.flatten(a.title).enumerated() {
            let next = grid.put(String(ch), x: x, y: y, style: matched.contains(k) ? titleStyle.patch(theme.style("finder.match")) : titleStyle, maxX: limit)
            if next == x { break }
            x = next
        }
        if !entities.isEmpty, x + 4 < limit {
            grid.put("  " + entities.map(TextScalars.flatten).joined(separator: " · "), x: x, y: y, style: theme.style("muted"), maxX: limit)
        }
    }

    static func entityRow(_ e: LibraryEntitySummary, positions: [Int], y: Int, theme: Theme, into grid: inout CellGrid) {
        let style = theme.style("entity." + e.type.rawValue.lowercased())
        let detail = "\(e.type.rawValue)  \(e.articles) article\(e.articles == 1 ? "" : "s") · \(e.mentions) mentions "
        let dx = grid.putRight(detail, endX: grid.width, y: y, style: theme.style("pane.count"), minX: 10)
        var x = 1
        let matched = Set(positions)
        for (k, ch) in TextScalars.flatten(e.name).enumerated() {
            let next = grid.put(String(ch), x: x, y: y, style: matched.contains(k) ? style.patch(theme.style("finder.match")) : style, maxX: dx - 1)
            if next == x { break }
            x = next
        }
    }

    /// The snippet under a hit, its matches highlighted.
    static func snippet(_ hit: LibraryHit, y: Int, theme: Theme, into grid: inout CellGrid) {
        let base = theme.style("muted")
        let match = theme.style("search.match")
        var x = 4
        for (k, u) in hit.snippet.unicodeScalars.enumerated() {
            let ch = u == "\n" || u == "\r" || u == "\t" ? " " : String(u)
            let inMatch = hit.matches.contains { $0.contains(k) }
            let next = grid.put(ch, x: x, y: y, style: inMatch ? match : base, maxX: grid.width - 1)
            if next == x && DisplayWidth.of(Character(ch)) > 0 { break }
            x = next
        }
    }

    static func status(_ state: LibraryState, theme: Theme, into grid: inout CellGrid) {
        let y = grid.height - 1
        guard y >= 2 else { return }
        let style = theme.style("status")
        grid.fill(x: 0, y: y, width: grid.width, height: 1, style: style)
        let keys: String
        switch state.mode {
        case .articles: keys = "type to filter · / search · Tab entities · Enter open · Esc quit"
        case .entities: keys = "type to filter · Enter entity page · Tab articles · Esc back"
        case .search: keys = "type to search · ↑↓ choose · Enter open · Esc back"
        case .entityPage: keys = "↑↓ choose · Enter open at the sentence · Esc back"
        }
        let x = grid.put(" " + (state.message.map { $0 + " · " } ?? ""), x: 0, y: y, style: style.patch(theme.style("notice")))
        grid.put(keys, x: x, y: y, style: style, maxX: grid.width)
    }

    /// "Eurasia Daily Monitor" → "EDM"; a one-word name stays.
    static func abbreviation(_ publication: String?) -> String {
        guard let p = publication, !p.isEmpty else { return "—" }
        let words = p.split(separator: " ").filter { $0.first?.isLetter ?? false }
        if words.count >= 2 { return String(words.compactMap { $0.first?.isUppercase == true ? $0.first : nil }) }
        return p
    }
}

extension String {
    /// Pads with spaces to `width` columns.
    func padding(_ width: Int) -> String {
        let w = DisplayWidth.of(self)
        return w >= width ? self : self + String(repeating: " ", count: width - w)
    }
}
