import DossierKit

/// Side-pane transitions: moving the cursor in a tab's list and acting on a row.
extension ReaderState {
    func rows(_ tab: SideTab) -> [PaneRow] {
        switch tab {
        case .timeline:
            switch pane.timelineFilter {
            case .both: return index.timelineRows
            case .events: return index.timelineEventRows
            case .cited: return index.timelineCitedRows
            }
        case .entities: return index.entityRows
        case .citations: return index.citationRows
        case .citedBy: return citedByRows
        }
    }

    /// A tab's title as the tab row shows it (the timeline names its filter).
    func tabTitle(_ t: SideTab) -> String {
        guard t == .timeline else { return t.title }
        switch pane.timelineFilter {
        case .both: return t.title
        case .events: return "Events"
        case .cited: return "Cited"
        }
    }

    var tabTitles: [String] { pane.tabs.map(tabTitle) }

    func firstSelectable(in rows: [PaneRow], from: Int, step: Int) -> Int? {
        var i = from
        while i >= 0 && i < rows.count {
            if !rows[i].isHeading { return i }
            i += step
        }
        return nil
    }

    mutating func moveCursor(by delta: Int) {
        let r = rows(sideTab)
        guard !r.isEmpty else { return }
        let cur = pane.cursor(sideTab)
        let target = max(0, min(r.count - 1, cur + delta))
        let step = delta >= 0 ? 1 : -1
        pane.cursor[sideTab] = firstSelectable(in: r, from: target, step: step)
            ?? firstSelectable(in: r, from: target, step: -step) ?? cur
        clampPane()
    }

    /// Keeps each tab's cursor inside its list and its scroll showing the cursor.
    mutating func clampPane() {
        let h = max(1, geometry.listHeight)
        for tab in pane.tabs { pane.clamp(tab, rows: rows(tab), height: h) }
    }

    mutating func paneCommand(_ command: Command, count: Int? = nil) -> [Effect] {
        let h = max(1, geometry.listHeight)
        switch command {
        case .lineDown, .selectNext: moveCursor(by: 1)
        case .lineUp, .selectPrevious: moveCursor(by: -1)
        case .pageDown: moveCursor(by: max(1, h - 1))
        case .pageUp: moveCursor(by: -max(1, h - 1))
        case .halfPageDown: moveCursor(by: max(1, h / 2))
        case .halfPageUp: moveCursor(by: -max(1, h / 2))
        case .goToTop: moveCursor(by: -rows(sideTab).count)
        case .goToBottom: moveCursor(by: rows(sideTab).count)
        case .open: return activateRow(pane.cursor(sideTab))
        case .back:
            leavePane()
        case .nextTab: pane.cycleTab(1)
        case .previousTab: pane.cycleTab(-1)
        case .showTimeline: pane.tab = .timeline
        case .showEntities: pane.tab = .entities
        case .showCitations: pane.tab = .citations
        default:
            return articleCommand(command, count: count)
        }
        return []
    }

    /// `T`: the timeline lists events and cited sources, events only, cited sources only.
    mutating func cycleTimeline() {
        pane.timelineFilter = pane.timelineFilter.next
        pane.cursor[.timeline] = 0
        pane.top[.timeline] = 0
        clampPane()
        switch pane.timelineFilter {
        case .both: message = "Timeline: events and cited sources"
        case .events: message = "Timeline: events the text speaks of only"
        case .cited: message = "Timeline: dates of cited sources only"
        }
    }

    /// Back to the article, the pane shown or hidden as it was before t, e or c.
    mutating func leavePane() {
        focus = .article
        if let was = pane.wantedBeforeFocus { pane.on = was }
        pane.wantedBeforeFocus = nil
        relayout()
    }

    /// Enter on a side-pane row: jump to what it stands for, recording the place it leaves.
    @discardableResult
    mutating func activateRow(_ i: Int) -> [Effect] {
        let r = rows(sideTab)
        if i >= 0, i < r.count, case .article(let id, let at)? = r[i].action {
            pane.cursor[sideTab] = i
            return openCiting(id: id, at: at)
        }
        let what = i >= 0 && i < r.count ? (r[i].date.isEmpty ? r[i].text : r[i].date) : ""
        recordingJump(sideTab.title.lowercased() + (what.isEmpty ? "" : ": " + what)) { $0.actOnRow(i) }
        return []
    }

    private mutating func actOnRow(_ i: Int) {
        let r = rows(sideTab)
        guard i >= 0, i < r.count, let action = r[i].action else { return }
        pane.cursor[sideTab] = i
        clampPane()
        if !geometry.showsArticle {
            // The pane had the whole screen: go back to the article to show where Enter led.
            leavePane()
        }
        switch action {
        case .timeline(let t):
            guard t >= 0, t < document.timeline.count else { return }
            let entry = document.timeline[t]
            let target = entry.sentence ?? entry.at
            selectedCitation = nil
            selectedLink = nil
            highlight = target
            // What the row says: `2016-07-19 · EDM`, `1999 (before) · More than 20 years ago`.
            let date = PaneRows.date(entry)
            let own = PaneRows.label(entry, date: date, index: index).text
            highlightLabel = "timeline " + (own.isEmpty ? date : date + " · " + own)
            reveal(target)
        case .entity(let e):
            searchEntity(e)
        case .citation(let c):
            selectCitation(c)
        case .source(let list):
            guard !list.isEmpty else { return }
            let spans = list.compactMap { $0 < document.citations.count ? document.citations[$0].span : nil }
            var next = list[0]
            if let sel = selectedCitation, let p = list.firstIndex(of: sel) {
                next = list[(p + 1) % list.count]
            } else if let p = spans.firstIndex(where: { $0.start >= anchorOffset }) {
                next = list[p]
            }
            selectCitation(next)
        case .article: break
        }
    }
}
