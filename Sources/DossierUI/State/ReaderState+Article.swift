import DossierKit

/// Article-mode transitions: scrolling, citations, the detail box and help.
extension ReaderState {
    /// `count`: typed before the command; motions repeat, `g`/`G` go to that line of the file,
    /// `%`/`p` to that percentage.
    mutating func articleCommand(_ command: Command, count: Int? = nil) -> [Effect] {
        let page = max(1, viewHeight - 2)
        let n = max(1, count ?? 1)
        switch command {
        case .lineDown: setTop(top + n)
        case .lineUp: setTop(top - n)
        case .pageDown: setTop(top + page * n)
        case .pageUp: setTop(top - page * n)
        case .halfPageDown: setTop(top + max(1, viewHeight / 2) * n)
        case .halfPageUp: setTop(top - max(1, viewHeight / 2) * n)
        case .goToTop, .goToBottom:
            if let count { goToFileLine(count) }
            else if command == .goToTop { recordingJump("g") { $0.setTop(0) } }
            else { recordingJump("G") { $0.setTop($0.viewport.maxTop) } }
        case .goToPercent: goToPercent(count ?? 0)
        case .goToLine:
            if let count { goToFileLine(count) } else { pending = .line(TextInput()) }
        case .setMark: pending = .mark
        case .goToMark: pending = .goToMark
        case .jumpBack: return jumpBack()
        case .jumpForward: return jumpForward()
        case .copy: return copySelection()
        case .cycleHighlight: cycleHighlight()
        case .cycleTimeline: cycleTimeline()
        case .setDate: pending = .date(TextInput())
        case .search:
            searchState.prompt = SearchPrompt(originTop: top, originAnchor: anchorOffset, previous: search)
            focus = .search
        case .searchNext, .searchPrevious:
            let label = search?.label ?? ""
            recordingJump(label) { s in for _ in 0..<min(n, 1000) { s.stepSearch(forward: command == .searchNext) } }
        case .nextCitation, .previousCitation:
            for _ in 0..<min(n, 1000) { stepCitation(forward: command == .nextCitation) }
        case .open:
            if selectedCitation != nil { focus = .detail }
            else if let l = selectedLink { return followLink(l) }
            else if search?.current != nil, case .entity(let e, _)? = search?.kind {
                message = entityDescription(e)
            }
        case .findEntity:
            finder = Finder()
            updateFinder()
            focus = .finder
        case .showTimeline: showPane(.timeline)
        case .showEntities: showPane(.entities)
        case .showCitations: showPane(.citations)
        case .nextTab: pane.cycleTab(1)
        case .previousTab: pane.cycleTab(-1)
        case .toggleSidePane: toggleSidePane()
        case .back:
            if selectedCitation != nil || selectedLink != nil || highlight != nil {
                selectedCitation = nil
                selectedLink = nil
                highlight = nil
            } else {
                searchState.active = nil
            }
        case .help:
            helpTop = 0
            focus = .help
        case .quit: return [.quit]
        case .addToLibrary: return addToLibrary()
        case .toggleMetonyms:
            includeMetonyms.toggle()
            message = includeMetonyms ? "Entity searches include metonyms" : "Entity searches: exact entity only"
        case .selectNext, .selectPrevious, .deleteBackward, .clearInput, .redraw, .libraryScope: break
        }
        return []
    }

    /// `H`: all entity types coloured, then each type present alone, then none.
    private mutating func cycleHighlight() {
        let present = EntityType.allCases.filter { t in document.entities.contains { $0.type == t && !$0.mentions.isEmpty } }
        config.highlight = config.highlight.next(among: present)
        switch config.highlight {
        case .all: message = "Highlighting every entity type"
        case .none: message = "Highlighting no entities (citations still show)"
        case .only(let t): message = "Highlighting \(t.rawValue) only · H for the next"
        }
    }

    /// Toggles what is on screen: a pane hidden for lack of room is asked for explicitly.
    private mutating func toggleSidePane() {
        pane.wantedBeforeFocus = nil
        if geometry.showsSide {
            pane.on = false
            pane.explicit = false
            if focus == .sidePane { focus = .article }
        } else {
            pane.on = true
            pane.explicit = true
            // Still hidden: too narrow for both panes. Say so rather than do nothing.
            if !geometry.showsSide {
                message = "No room beside the article at \(width) columns: t e c open the pane full screen"
            }
        }
        relayout()
    }

    private mutating func showPane(_ tab: SideTab) {
        pane.tab = tab
        if !geometry.showsSide, pane.wantedBeforeFocus == nil { pane.wantedBeforeFocus = pane.on }
        pane.on = true
        focus = .sidePane
        relayout()
    }

    // MARK: Citations

    /// Tab, Shift-Tab: the next (previous) citation or link; with none selected, the first one
    /// starting on screen (w3m's rule), and around at the ends.
    mutating func stepCitation(forward: Bool) {
        let spans = index.tabStopSpans
        guard !spans.isEmpty else {
            message = "No citations or links in this article"
            return
        }
        var pos: Int
        if let sel = selectedStop, let p = index.tabStops.firstIndex(of: sel) {
            pos = forward ? p + 1 : p - 1
        } else if forward {
            pos = BinarySearch.firstStarting(atOrAfter: anchorOffset, in: spans)
        } else {
            let bottom = viewport.offsetBelow(textCount: index.scalars.count)
            pos = BinarySearch.firstStarting(atOrAfter: max(anchorOffset, bottom), in: spans) - 1
        }
        if pos >= spans.count { pos = 0 }
        if pos < 0 { pos = spans.count - 1 }
        switch index.tabStops[pos] {
        case .citation(let c): selectCitation(c)
        case .link(let l): selectLink(l)
        }
    }

    mutating func selectCitation(_ i: Int) {
        guard i >= 0, i < document.citations.count else { return }
        selectedCitation = i
        selectedLink = nil
        detailChoice = 0
        highlight = nil
        reveal(document.citations[i].span)
    }

    mutating func detailCommand(_ command: Command, count: Int? = nil) -> [Effect] {
        let choices = citationChoices.count
        switch command {
        case .open: return openChoice()
        case .back: focus = .article
        case .quit: return [.quit]
        case .lineDown where choices > 1, .selectNext where choices > 1: detailChoice = (detailChoice + 1) % choices
        case .lineUp where choices > 1, .selectPrevious where choices > 1: detailChoice = (detailChoice + choices - 1) % choices
        case .nextCitation: stepCitation(forward: true)
        case .previousCitation: stepCitation(forward: false)
        default:
            focus = .article
            return articleCommand(command, count: count)
        }
        return []
    }

    // MARK: Help

    mutating func helpCommand(_ command: Command) -> [Effect] {
        let rowsCount = HelpText.lines(keymap: keymap).count
        let h = geometry.helpListHeight
        switch command {
        case .lineDown: helpTop += 1
        case .lineUp: helpTop -= 1
        case .pageDown: helpTop += h
        case .pageUp: helpTop -= h
        case .halfPageDown: helpTop += h / 2
        case .halfPageUp: helpTop -= h / 2
        case .goToTop: helpTop = 0
        case .goToBottom: helpTop = rowsCount
        case .quit: return [.quit]
        default: focus = .article
        }
        helpTop = max(0, min(helpTop, rowsCount - h))
        return []
    }
}
