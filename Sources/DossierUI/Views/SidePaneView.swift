/// Draws the side pane: a border, the tab row (Timeline, Entities, Citations) and the
/// current tab's rows, with the cursor row marked when the pane has the focus.
enum SidePaneView {
    static func render(_ state: ReaderState, theme: Theme, into grid: inout CellGrid) {
        let g = state.geometry
        let x0 = g.sideX, w = g.sideWidth
        let border = theme.style("pane.border")
        grid.fill(x: x0, y: 0, width: w, height: g.contentHeight, style: theme.style("pane.row"))
        if x0 > 0 {
            for y in 0..<g.contentHeight { grid.set(x: x0 - 1, y: y, Cell("│", style: border)) }
        }
        // Tabs.
        var x = x0 + 1
        let tabs = state.pane.tabs
        for (tab, r) in zip(tabs, g.tabRects(state.tabTitles)) {
            let active = tab == state.sideTab
            let style = theme.style(active ? "pane.tab.active" : "pane.tab")
            x = grid.put(" " + state.tabTitle(tab) + " ", x: r.x, y: 0, style: style, maxX: x0 + w)
        }
        let rows = state.rows(state.sideTab)
        let t = state.sideTab
        let focused = state.focus == .sidePane
        // Where the cursor is in the list, when there is room after the tabs.
        if focused, !rows.isEmpty {
            let counter = "\(state.pane.cursor(t) + 1)/\(rows.count)"
            if x + DisplayWidth.of(counter) <= x0 + w - 1 {
                grid.putRight(counter, endX: x0 + w - 1, y: 0, style: theme.style("pane.count"), minX: x)
            }
        }
        // While a big file is still being read, the lists cover only its start: say so below them.
        var listRows = g.contentHeight
        if let note = state.incompleteNote, g.contentHeight > 3 {
            listRows -= 1
            grid.put(TextScalars.fit("lists incomplete: " + note, width: w - 2), x: x0 + 1, y: g.contentHeight - 1,
                     style: theme.style("pane.count"), maxX: x0 + w)
        }
        if rows.isEmpty {
            let empty: String
            switch state.sideTab {
            case .timeline: empty = "No dates found"
            case .entities: empty = "No entities found"
            case .citations: empty = "No citations found"
            case .citedBy: empty = "No library article cites this one"
            }
            grid.put(TextScalars.fit(empty, width: w - 2), x: x0 + 1, y: 1, style: theme.style("notice"), maxX: x0 + w)
            return
        }
        let rowStyle = theme.style("pane.row")
        let titleStyle = theme.style("pane.title")
        let dateStyle = theme.style("pane.date")
        let citedStyle = theme.style("pane.date.cited")
        let countStyle = theme.style("pane.count")
        let selStyle = theme.style("pane.row.selected")
        let right = x0 + w - 1
        // One date column for the whole list, as wide as the widest date (a range included) up
        // to half the pane; a wider one pushes its own label right rather than be cut.
        let cap = max(10, w / 2)
        let dateWidth = state.index.timelineDateWidths.last(where: { $0 <= cap }) ?? cap
        for y in 1..<max(1, listRows) {
            let i = state.pane.top(t) + y - 1
            guard i >= 0, i < rows.count else { break }
            let row = rows[i]
            var cx = x0 + 1 + row.indent
            if row.isHeading {
                grid.put(TextScalars.fit(row.text, width: max(0, right - cx)), x: cx, y: y, style: titleStyle, maxX: right)
                continue
            }
            var textEnd = right
            if !row.detail.isEmpty {
                textEnd = grid.putRight(row.detail, endX: right, y: y, style: countStyle, minX: cx) - 1
            }
            if !row.date.isEmpty {
                let d = TextScalars.fit(row.date, width: max(0, textEnd - cx))
                // Dates of cited sources and dates the text speaks of are told apart.
                var ds = dateStyle
                if case .timeline(let e)? = row.action, e < state.document.timeline.count,
                   state.document.timeline[e].origin == .citation { ds = citedStyle }
                cx = grid.put(d, x: cx, y: y, style: ds, maxX: textEnd)
                cx = max(cx + 1, x0 + 1 + row.indent + dateWidth + 1)
            }
            var room = max(0, textEnd - cx)
            var full = row.text
            var context = ""
            if full.isEmpty, case .timeline(let e)? = row.action, e >= 0, e < state.document.timeline.count {
                (full, context) = PaneRows.label(state.document.timeline[e], date: row.date, index: state.index)
            }
            let text = TextScalars.fit(full, width: room)
            var style = rowStyle
            // The entities tab colours each name by its type, as the article does.
            if case .entity(let e)? = row.action, e >= 0, e < state.document.entities.count {
                style = rowStyle.patch(theme.style("entity." + state.document.entities[e].type.rawValue.lowercased()))
            }
            cx = grid.put(text, x: cx, y: y, style: style, maxX: textEnd)
            room = max(0, textEnd - cx)
            // The rest of the sentence, dimmed, when the label left room for a few words.
            if !context.isEmpty, text == full, room >= 6 {
                grid.put(TextScalars.fit(context, width: room), x: cx, y: y, style: countStyle, maxX: textEnd)
            }
            if focused && i == state.pane.cursor(t) {
                grid.patchStyle(x: x0, y: y, width: w, style: selStyle)
            }
        }
    }
}
