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
        let limit = helpX - 1
        // What the line is for, measured first: the prompt with its counter, a message, the
        // selection or the document's notices. The file name gets only what is left.
        let counter = state.searchCounter.map { " " + $0 } ?? ""
        let content: String
        if state.focus == .search, let p = state.prompt {
            content = "/" + p.query + " " + counter
        } else if let p = state.pendingText {
            content = p
        } else if let m = state.message {
            content = m
        } else if let note = state.incompleteNote {
            content = note
        } else if state.selectionText.isEmpty {
            content = state.document.notices.joined(separator: " · ")
        } else {
            content = state.selectionText
        }
        let position = state.positionText
        let fixed = 1 + DisplayWidth.of(position) + 2 + DisplayWidth.of(content)
        let nameRoom = min(24, limit - fixed - 2)
        let name = nameRoom >= 4 ? " " + TextScalars.fit(state.fileName, width: nameRoom) + " " : " "
        var x = grid.put(name, x: 0, y: y, style: status, maxX: limit)
        x = grid.put(position + " ", x: x, y: y, style: status.patch(theme.style("status.position")), maxX: limit)
        x += 1
        let room = max(0, limit - x)
        if state.focus == .search, let p = state.prompt {
            // The end of a long query stays in view: it is where the typing happens.
            let q = TextScalars.fitTail("/" + p.query, width: max(0, room - DisplayWidth.of(counter) - 1))
            let end = grid.put(q, x: x, y: y, style: status, maxX: limit)
            // The cursor.
            grid.patchStyle(x: end, y: y, width: 1, style: Style(attributes: .reverse))
            grid.put(TextScalars.fit(counter, width: max(0, limit - end - 1)), x: end + 1, y: y, style: status, maxX: limit)
            return
        }
        let isNotice = state.pendingText == nil && (state.message != nil || state.selectionText.isEmpty)
        let style = isNotice ? status.patch(theme.style("notice")) : status
        grid.put(TextScalars.fit(content, width: room), x: x, y: y, style: style, maxX: limit)
    }
}

extension ReaderState {
    /// The file name shown in the status line.
    var fileName: String {
        guard let p = document.source.path, !p.isEmpty else { return "[stdin]" }
        return String(p.split(separator: "/").last ?? Substring(p))
    }

    /// `Top`, `Bot`, `All` or a percentage of the way through.
    var positionText: String { viewport.positionText }

    /// `3/14` while a search has a current hit, `0/0` when it found nothing.
    var searchCounter: String? {
        guard let s = search else { return prompt.map { $0.query.isEmpty ? "" : "no match" } }
        return s.counter
    }

    /// What the status line says about the selection: a citation, a timeline sentence or the search.
    public var selectionText: String {
        if let c = selectedCitation { return index.citationSummary(c) }
        if let t = selectedLinkText { return "link " + t + "  Enter opens" }
        if highlight != nil { return highlightLabel }
        if let s = search { return s.label + "  " + (searchCounter ?? "") }
        return ""
    }
}
