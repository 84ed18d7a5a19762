/// Draws the status line: file and position on the left, then the prompt, the message, or what
/// is selected (a citation's sources and dates, the search with its hit counter), `? help` on the right.
enum StatusLineView {
    static func render(_ state: ReaderState, theme: Theme, into grid: inout CellGrid) {
        let y = grid.height - 1
        guard y >= 0 else { return }
        let status = theme.style("status")
        grid.fill(x: 0, y: y, width: grid.width, height: 1, style: status)
        let helpHint = "? help"
        let helpX = grid.width - DisplayWidth.of(helpHint) - 1
        grid.put("?", x: helpX, y: y, style: status.patch(theme.style("status.key")))
        grid.put(" help", x: helpX + 1, y: y, style: status)
        // The file name gives way when the selection needs the room.
        let wanted = state.message ?? (state.focus == .search ? "/" + (state.prompt?.query ?? "") + "   0/0" : state.selectionText)
        let nameRoom = helpX - 1 - DisplayWidth.of(wanted) - 8
        let name = nameRoom >= 4 ? " " + TextScalars.fit(state.fileName, width: min(24, nameRoom)) + " " : " "
        var x = grid.put(name, x: 0, y: y, style: status, maxX: helpX - 1)
        x = grid.put(state.positionText + " ", x: x, y: y, style: status.patch(theme.style("status.position")), maxX: helpX - 1)
        x += 1
        let room = max(0, helpX - 1 - x)
        if state.focus == .search, let p = state.prompt {
            let counter = state.searchCounter.map { " " + $0 } ?? ""
            let q = TextScalars.fit("/" + p.query, width: max(0, room - DisplayWidth.of(counter) - 1))
            let end = grid.put(q, x: x, y: y, style: status, maxX: helpX - 1)
            // The cursor.
            grid.patchStyle(x: end, y: y, width: 1, style: Style(attributes: .reverse))
            grid.put(counter, x: end + 1, y: y, style: status, maxX: helpX - 1)
            return
        }
        if let m = state.message {
            grid.put(TextScalars.fit(m, width: room), x: x, y: y, style: status.patch(theme.style("notice")), maxX: helpX - 1)
            return
        }
        let selection = state.selectionText
        if selection.isEmpty, !state.document.notices.isEmpty {
            // The document's notices stay in view while nothing else needs the line.
            let notes = state.document.notices.joined(separator: " · ")
            grid.put(TextScalars.fit(notes, width: room), x: x, y: y, style: status.patch(theme.style("notice")), maxX: helpX - 1)
            return
        }
        grid.put(TextScalars.fit(selection, width: room), x: x, y: y, style: status, maxX: helpX - 1)
    }
}

extension ReaderState {
    /// The file name shown in the status line.
    var fileName: String {
        guard let p = document.source.path, !p.isEmpty else { return "[stdin]" }
        return String(p.split(separator: "/").last ?? Substring(p))
    }

    /// `Top`, `Bot`, `All` or a percentage of the way through.
    var positionText: String {
        let n = layout.lines.count
        if n <= viewHeight { return "All" }
        if top <= 0 { return "Top" }
        if top >= n - viewHeight { return "Bot" }
        return "\(min(99, (top + viewHeight) * 100 / n))%"
    }

    /// `3/14` while a search has a current hit, `0/0` when it found nothing.
    var searchCounter: String? {
        guard let s = search else { return prompt.map { $0.query.isEmpty ? "" : "no match" } }
        if s.hits.isEmpty { return "no match" }
        return "\(s.current.map { $0 + 1 } ?? 0)/\(s.hits.count)"
    }

    /// What the status line says about the selection: a citation, a timeline sentence or the search.
    public var selectionText: String {
        if let c = selectedCitation { return index.citationSummary(c) }
        if highlight != nil { return "timeline " + highlightLabel }
        if let s = search { return s.label + "  " + (searchCounter ?? "") }
        return ""
    }
}
