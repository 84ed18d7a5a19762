/// The side pane's tabs. The pane shows a list of them (`SidePane.tabs`), so a new tab (a
/// library's "cited by") is one more case and one more entry in the list.
public enum SideTab: Int, CaseIterable, Sendable {
    case timeline, entities, citations
    /// The library articles citing the open one (library articles only).
    case citedBy
    var title: String {
        switch self {
        case .timeline: return "Timeline"
        case .entities: return "Entities"
        case .citations: return "Citations"
        case .citedBy: return "Citing"
        }
    }
}

/// Which timeline entries the timeline tab lists: dates the text speaks of, dates of the
/// sources it cites, or both.
public enum TimelineFilter: Sendable, Equatable, CaseIterable {
    case both, events, cited

    var next: TimelineFilter {
        switch self {
        case .both: return .events
        case .events: return .cited
        case .cited: return .both
        }
    }
}

/// The side pane's state: which tabs it has, which is shown, whether it is wanted, and each
/// tab's cursor and scroll.
struct SidePane: Sendable, Equatable {
    /// The tabs in the order the tab row shows them.
    var tabs: [SideTab] = SideTab.allCases
    var tab: SideTab = .timeline
    var timelineFilter: TimelineFilter = .both
    /// The user wants the pane: beside the article on wide terminals (or whenever `\` asked
    /// for it and the article keeps 40 columns), full screen when focused.
    var on: Bool
    /// The pane was shown with `\`, so it stays beside the article below the usual width.
    var explicit = false
    /// Whether the pane was wanted before `t`/`e`/`c` showed a hidden one: leaving the pane
    /// (Esc) puts that back.
    var wantedBeforeFocus: Bool?
    var cursor: [SideTab: Int] = [:]
    var top: [SideTab: Int] = [:]

    init(on: Bool) { self.on = on }

    /// The next (`delta` 1) or previous (-1) tab, wrapping.
    mutating func cycleTab(_ delta: Int) {
        guard let i = tabs.firstIndex(of: tab), !tabs.isEmpty else { return }
        tab = tabs[((i + delta) % tabs.count + tabs.count) % tabs.count]
    }

    func cursor(_ t: SideTab) -> Int { cursor[t] ?? 0 }
    func top(_ t: SideTab) -> Int { top[t] ?? 0 }

    /// Keeps a tab's cursor inside its `rows` and its scroll showing the cursor, in a list
    /// `height` rows high.
    mutating func clamp(_ t: SideTab, rows: [PaneRow], height h: Int) {
        let n = rows.count
        var c = max(0, min(cursor(t), n - 1))
        var tp = top(t)
        if c < tp { tp = c }
        if c >= tp + h { tp = c - h + 1 }
        tp = max(0, min(tp, max(0, n - h)))
        // A heading just above the cursor stays visible when scrolling back up.
        if tp == c, tp > 0, rows[tp - 1].isHeading { tp -= 1 }
        c = max(0, c)
        cursor[t] = c
        top[t] = tp
    }
}
