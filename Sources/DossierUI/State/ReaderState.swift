import DossierKit

/// Everything the reader shows, as a value: the document, the viewport, selections, overlays.
/// Key presses become ``Command``s applied by pure transitions, so key sequences are testable
/// without a terminal.
public struct ReaderState: Sendable {
    /// Where keys go.
    public enum Focus: Sendable, Equatable {
        case article, sidePane, search, finder, help, detail
    }

    /// The side pane's tabs.
    public enum SideTab: Int, CaseIterable, Sendable {
        case timeline, entities, citations
        var title: String {
            switch self {
            case .timeline: return "Timeline"
            case .entities: return "Entities"
            case .citations: return "Citations"
            }
        }
    }

    /// The current search: typed text, or an entity's mentions (finder, entity list, click).
    struct Search: Sendable, Equatable {
        enum Kind: Sendable, Equatable {
            case text(String)
            case entity(Int, gathered: Bool)
        }
        var kind: Kind
        var hits: [Span]
        var current: Int?
        /// What the status line calls it: `/query` or the entity's name.
        var label: String
    }

    /// The search prompt while typing, with what to restore on Esc.
    struct Prompt: Sendable, Equatable {
        var query = ""
        /// Position in the query history while recalling (history.count = the new query).
        var recall: Int?
        var originTop: Int
        var originAnchor: Int
        var previous: Search?
    }

    /// The entity finder overlay.
    struct Finder: Sendable, Equatable {
        struct Result: Sendable, Equatable {
            var entity: Int
            /// The name or alias that matched best, and where.
            var matched: String
            var positions: [Int]
            var score: Int
        }
        var query = ""
        var results: [Result] = []
        var selected = 0
    }

    public let document: Document
    public var config: ReaderConfig
    public private(set) var width: Int
    public private(set) var height: Int
    /// Set by the quit command; the run loop exits.
    public private(set) var shouldQuit = false
    /// Set by the redraw command: the loop repaints every cell, then clears it.
    public private(set) var redrawRequested = false
    /// A message for the status line (errors, notices), cleared by the next key.
    public var message: String?
    /// The key bindings in force (defaults plus `config.keys`).
    public private(set) var keymap: Keymap
    /// Problems found in `config.keys` (unknown keys or command names), for the caller to show.
    public private(set) var configErrors: [String]

    let index: DocumentIndex
    private(set) var layout: ArticleLayout
    /// Layouts by wrap width, so toggling the side pane or resizing back is instant.
    private var layoutCache: [Int: ArticleLayout] = [:]
    /// The first layout line on screen.
    private(set) var top = 0
    /// The text offset the reading position is anchored at (kept across resizes).
    private(set) var anchor = 0
    public private(set) var focus: Focus = .article
    public private(set) var sideTab: SideTab = .timeline
    /// The user wants the side pane: it shows beside the article on wide terminals (or
    /// whenever `\` asked for it and the article keeps 40 columns), full screen when focused.
    public private(set) var sidePaneOn: Bool
    /// The pane was shown with `\`, so it stays beside the article below the usual width.
    private(set) var sidePaneExplicit = false
    private(set) var paneCursor: [Int] = [0, 0, 0]
    private(set) var paneTop: [Int] = [0, 0, 0]
    private(set) var search: Search?
    private(set) var prompt: Prompt?
    private(set) var finder: Finder?
    /// The selected citation (index into `document.citations`).
    public private(set) var selectedCitation: Int?
    /// A highlighted span (the sentence of a timeline entry) and what the status line calls it.
    private(set) var highlight: Span?
    private(set) var highlightLabel = ""
    /// Whether entity searches include the metonyms and nationality words of a state.
    public private(set) var includeMetonyms = false
    private(set) var helpTop = 0
    /// Accepted search queries, oldest first (the prompt recalls them with Up and Down).
    private(set) var searchHistory: [String] = []

    /// `anchor`: a scalar offset into the text to show at the top (a remembered reading position).
    public init(document: Document, config: ReaderConfig = ReaderConfig(), width: Int, height: Int, anchor: Int = 0) {
        self.document = document
        self.config = config
        self.width = max(0, width)
        self.height = max(0, height)
        var km = Keymap.standard
        configErrors = km.apply(config.keys)
        keymap = km
        index = DocumentIndex(document)
        sidePaneOn = config.showSidePane
        layout = ArticleLayout()
        self.anchor = max(0, min(anchor, index.scalars.count))
        relayout()
        for t in SideTab.allCases { paneCursor[t.rawValue] = firstSelectable(in: rows(t), from: 0, step: 1) ?? 0 }
        let notes = document.notices + configErrors
        if !notes.isEmpty { message = notes.joined(separator: " · ") }
    }

    /// Terminals at least this wide show the side pane at start.
    public static let sidePaneMinWidth = 100
    /// Below this size the reader draws a notice instead of the article.
    public static let minimumSize = (width: 40, height: 10)

    /// The scalar offset of the first text on the top line: saved as the reading position,
    /// and kept across resizes.
    public var anchorOffset: Int { anchor }

    /// The terminal changed size: re-wrap, keeping the same text at the top.
    public mutating func resize(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        relayout()
    }

    /// Whether a full repaint was asked for since the last call (and forgets the request).
    public mutating func takeRedrawRequest() -> Bool {
        defer { redrawRequested = false }
        return redrawRequested
    }

    /// Handles one key through the key map of the focused context.
    public mutating func handle(_ key: Key) {
        message = nil
        if case .mouse(let m) = key {
            mouse(m)
            relayout()
            return
        }
        if key == .resize { return }
        defer { relayout() }
        let context = keyContext
        if let command = keymap.command(for: key, in: context) {
            apply(command)
            return
        }
        if context.isTextInput, case .char(let c) = key, !c.isNewline {
            type(c)
        }
    }

    /// The key-map context for the current focus.
    public var keyContext: KeyContext {
        switch focus {
        case .article: return .article
        case .sidePane: return .sidePane
        case .search: return .search
        case .finder: return .finder
        case .help: return .help
        case .detail: return .detail
        }
    }

    // MARK: - Geometry

    /// Where things are on screen for the current size and panes.
    struct Geometry: Equatable {
        var tooSmall: Bool
        /// Rows above the status line.
        var contentHeight: Int
        var articleX: Int
        var articleWidth: Int
        /// Zero when the side pane is hidden.
        var sideX: Int
        var sideWidth: Int
        var textX: Int
        var textWidth: Int
        var showsArticle: Bool { articleWidth > 0 }
        var showsSide: Bool { sideWidth > 0 }
        /// Rows of the side pane's list (below the tab row).
        var listHeight: Int { max(0, contentHeight - 1) }
    }

    var geometry: Geometry {
        let tooSmall = width < ReaderState.minimumSize.width || height < ReaderState.minimumSize.height
        let contentHeight = max(0, height - 1)
        var g = Geometry(tooSmall: tooSmall, contentHeight: contentHeight, articleX: 0, articleWidth: width,
                         sideX: 0, sideWidth: 0, textX: 0, textWidth: 1)
        if sidePaneOn {
            // Columns the article cannot use (beyond its measure and margins) widen the pane,
            // up to 64, so its labels are not cut on a wide screen.
            let spare = width - (max(10, config.measure) + 2) - 1
            let sideW = max(20, min(max(config.sidePaneWidth, min(64, spare)), width - 41))
            if width - sideW - 1 >= 40 && (width >= ReaderState.sidePaneMinWidth || sidePaneExplicit) {
                g.articleWidth = width - sideW - 1
                g.sideX = width - sideW
                g.sideWidth = sideW
            } else if focus == .sidePane {
                // No room for both: the focused pane takes the screen.
                g.articleWidth = 0
                g.sideX = 0
                g.sideWidth = width
            }
        }
        let measure = max(10, config.measure)
        g.textWidth = max(1, min(measure, g.articleWidth - 2))
        g.textX = g.articleX + max(g.articleWidth > 2 ? 1 : 0, (g.articleWidth - g.textWidth) / 2)
        return g
    }

    /// Article rows on screen.
    var viewHeight: Int { max(1, geometry.contentHeight) }

    /// Re-wraps for the current text width (from the cache when it can), keeping the anchor.
    private mutating func relayout() {
        let g = geometry
        guard g.showsArticle || layout.width == 0 else { return }
        let w = g.textWidth
        if layout.width != w {
            if layout.width > 0 { layoutCache[layout.width] = layout }
            if let cached = layoutCache[w] {
                layout = cached
            } else {
                layout = ArticleLayout(index: index, width: w)
            }
            if layoutCache.count > 4 { layoutCache = [w: layout] }
            top = anchor <= 0 ? 0 : layout.lineIndex(containing: anchor)
        }
        clampTop(updateAnchor: false)
        clampPane()
    }

    private var maxTop: Int { max(0, layout.lines.count - viewHeight) }

    private mutating func clampTop(updateAnchor: Bool) {
        top = max(0, min(top, maxTop))
        if updateAnchor { anchor = layout.anchor(ofLine: top) }
    }

    private mutating func setTop(_ t: Int) {
        top = t
        clampTop(updateAnchor: true)
    }

    /// Scrolls so `span` is on screen, a third down when it was off screen.
    private mutating func reveal(_ span: Span) {
        let line = layout.lineIndex(containing: span.start)
        let last = layout.lineIndex(containing: max(span.start, span.end - 1))
        if line < top || last >= top + viewHeight {
            setTop(line - viewHeight / 3)
        }
    }

    // MARK: - Commands

    /// Applies one command in the focused context (a pure transition).
    public mutating func apply(_ command: Command) {
        if command == .redraw {
            redrawRequested = true
            return
        }
        switch focus {
        case .article: articleCommand(command)
        case .sidePane: paneCommand(command)
        case .search: promptCommand(command)
        case .finder: finderCommand(command)
        case .help: helpCommand(command)
        case .detail: detailCommand(command)
        }
        // A focus change can show the article at a new width (a full-screen pane closing).
        relayout()
    }

    private mutating func articleCommand(_ command: Command) {
        let page = max(1, viewHeight - 2)
        switch command {
        case .lineDown: setTop(top + 1)
        case .lineUp: setTop(top - 1)
        case .pageDown: setTop(top + page)
        case .pageUp: setTop(top - page)
        case .halfPageDown: setTop(top + max(1, viewHeight / 2))
        case .halfPageUp: setTop(top - max(1, viewHeight / 2))
        case .goToTop: setTop(0)
        case .goToBottom: setTop(maxTop)
        case .search:
            prompt = Prompt(originTop: top, originAnchor: anchor, previous: search)
            focus = .search
        case .searchNext: stepSearch(forward: true)
        case .searchPrevious: stepSearch(forward: false)
        case .nextCitation: stepCitation(forward: true)
        case .previousCitation: stepCitation(forward: false)
        case .open:
            if selectedCitation != nil { focus = .detail }
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
        case .nextTab: sideTab = SideTab(rawValue: (sideTab.rawValue + 1) % 3) ?? .timeline
        case .previousTab: sideTab = SideTab(rawValue: (sideTab.rawValue + 2) % 3) ?? .timeline
        case .toggleSidePane:
            // Toggle what is on screen: a pane hidden for lack of room is asked for explicitly.
            if geometry.showsSide {
                sidePaneOn = false
                sidePaneExplicit = false
                if focus == .sidePane { focus = .article }
            } else {
                sidePaneOn = true
                sidePaneExplicit = true
                // Still hidden: too narrow for both panes. Say so rather than do nothing.
                if !geometry.showsSide {
                    message = "No room beside the article at \(width) columns: t e c open the pane full screen"
                }
            }
            relayout()
        case .back:
            if selectedCitation != nil || highlight != nil {
                selectedCitation = nil
                highlight = nil
            } else {
                search = nil
            }
        case .help:
            helpTop = 0
            focus = .help
        case .quit: shouldQuit = true
        case .toggleMetonyms:
            includeMetonyms.toggle()
            message = includeMetonyms ? "Entity searches include metonyms" : "Entity searches: exact entity only"
        case .selectNext, .selectPrevious, .deleteBackward, .clearInput, .redraw: break
        }
    }

    private mutating func showPane(_ tab: SideTab) {
        sideTab = tab
        sidePaneOn = true
        focus = .sidePane
        relayout()
    }

    // MARK: Search

    private mutating func stepSearch(forward: Bool) {
        guard var s = search else {
            message = "No search: press / to search or f to find an entity"
            return
        }
        guard !s.hits.isEmpty else {
            message = "No match for \(s.label)"
            return
        }
        let n = s.hits.count
        var next: Int
        if let c = s.current {
            next = forward ? c + 1 : c - 1
        } else {
            let from = anchor
            next = forward ? firstHit(s.hits, atOrAfter: from) : firstHit(s.hits, atOrAfter: from) - 1
        }
        if next >= n { next = 0; message = "Search wrapped to the top" }
        if next < 0 { next = n - 1; message = "Search wrapped to the bottom" }
        s.current = next
        search = s
        reveal(s.hits[next])
    }

    private func firstHit(_ hits: [Span], atOrAfter offset: Int) -> Int {
        var a = 0
        var b = hits.count
        while a < b {
            let mid = (a + b) / 2
            if hits[mid].start < offset { a = mid + 1 } else { b = mid }
        }
        return a
    }

    private mutating func promptCommand(_ command: Command) {
        guard var p = prompt else { focus = .article; return }
        switch command {
        case .open:
            if p.query.isEmpty {
                search = p.previous
            } else {
                searchHistory.removeAll { $0 == p.query }
                searchHistory.append(p.query)
                if searchHistory.count > 50 { searchHistory.removeFirst() }
            }
            prompt = nil
            focus = .article
        case .back:
            setTop(p.originTop)
            anchor = p.originAnchor
            search = p.previous
            prompt = nil
            focus = .article
        case .deleteBackward:
            if !p.query.isEmpty { p.query.removeLast() }
            prompt = p
            updateSearch()
        case .clearInput:
            p.query = ""
            prompt = p
            updateSearch()
        case .selectPrevious, .selectNext:
            guard !searchHistory.isEmpty else { return }
            let at = p.recall ?? searchHistory.count
            let next = command == .selectPrevious ? max(0, at - 1) : min(searchHistory.count, at + 1)
            p.recall = next
            p.query = next < searchHistory.count ? searchHistory[next] : ""
            prompt = p
            updateSearch()
        default: break
        }
    }

    private mutating func type(_ c: Character) {
        if focus == .search, var p = prompt {
            p.query.append(c)
            prompt = p
            updateSearch()
        } else if focus == .finder, var f = finder {
            f.query.append(c)
            finder = f
            updateFinder()
        }
    }

    /// Incremental search: re-find the query and show the first hit from where the search began.
    private mutating func updateSearch() {
        guard let p = prompt else { return }
        top = p.originTop
        anchor = p.originAnchor
        clampTop(updateAnchor: false)
        guard !p.query.isEmpty else {
            search = nil
            return
        }
        let hits = TextSearch.find(p.query, in: index.scalars)
        var s = Search(kind: .text(p.query), hits: hits, current: nil, label: "/" + p.query)
        if !hits.isEmpty {
            var i = firstHit(hits, atOrAfter: p.originAnchor)
            if i >= hits.count { i = 0 }
            s.current = i
            search = s
            reveal(hits[i])
        } else {
            search = s
        }
    }

    // MARK: Citations

    private mutating func stepCitation(forward: Bool) {
        let spans = index.citationStops.spans
        guard !spans.isEmpty else {
            message = "No citations in this article"
            return
        }
        var pos: Int
        if let sel = selectedCitation, let p = index.citationStops.payloads.firstIndex(of: sel) {
            pos = forward ? p + 1 : p - 1
        } else if forward {
            pos = index.citationStops.firstStarting(atOrAfter: anchor)
        } else {
            let below = top + viewHeight
            let bottom = below >= layout.lines.count ? index.scalars.count + 1 : layout.anchor(ofLine: below)
            pos = index.citationStops.firstStarting(atOrAfter: max(anchor, bottom)) - 1
        }
        if pos >= spans.count { pos = 0 }
        if pos < 0 { pos = spans.count - 1 }
        selectCitation(index.citationStops.payloads[pos])
    }

    private mutating func selectCitation(_ i: Int) {
        guard i >= 0, i < document.citations.count else { return }
        selectedCitation = i
        highlight = nil
        reveal(document.citations[i].span)
    }

    private mutating func detailCommand(_ command: Command) {
        switch command {
        case .back, .open: focus = .article
        case .quit: shouldQuit = true
        case .nextCitation: stepCitation(forward: true)
        case .previousCitation: stepCitation(forward: false)
        default:
            focus = .article
            articleCommand(command)
        }
    }

    // MARK: Entities

    /// Makes entity `e` the current search; `at` picks the mention to make current, else the
    /// next one from the top of the screen.
    mutating func searchEntity(_ e: Int, at offset: Int? = nil) {
        guard e >= 0, e < document.entities.count else { return }
        selectedCitation = nil
        let gather = includeMetonyms && !(index.gathered[document.entities[e].id] ?? []).isEmpty
        let hits = index.mentionSpans(of: e, gather: gather)
        let name = Sanitizer.visible(TextScalars.flatten(document.entities[e].name))
        var s = Search(kind: .entity(e, gathered: gather), hits: hits, current: nil,
                       label: name + (gather ? " +metonyms" : ""))
        guard !hits.isEmpty else {
            search = s
            message = "\(name) has no mentions"
            return
        }
        if let offset, let i = hits.firstIndex(where: { $0.contains(offset) }) {
            s.current = i
            search = s
            return
        }
        var i = firstHit(hits, atOrAfter: anchor)
        if i >= hits.count { i = 0 }
        s.current = i
        search = s
        selectedCitation = nil
        reveal(hits[i])
    }

    private func entityDescription(_ e: Int) -> String {
        guard e >= 0, e < document.entities.count else { return "" }
        let ent = document.entities[e]
        let aliases = ent.aliases.prefix(4).map { Sanitizer.visible($0) }.joined(separator: ", ")
        return "\(Sanitizer.visible(ent.name)) · \(ent.type.rawValue) · \(ent.mentions.count) mentions · \(aliases)"
    }

    private mutating func finderCommand(_ command: Command) {
        guard var f = finder else { focus = .article; return }
        switch command {
        case .open:
            finder = nil
            focus = .article
            if f.selected >= 0, f.selected < f.results.count { searchEntity(f.results[f.selected].entity) }
        case .back:
            finder = nil
            focus = .article
        case .selectNext, .lineDown:
            if !f.results.isEmpty { f.selected = (f.selected + 1) % f.results.count }
            finder = f
        case .selectPrevious, .lineUp:
            if !f.results.isEmpty { f.selected = (f.selected + f.results.count - 1) % f.results.count }
            finder = f
        case .toggleMetonyms:
            includeMetonyms.toggle()
        case .deleteBackward:
            if !f.query.isEmpty { f.query.removeLast() }
            finder = f
            updateFinder()
        case .clearInput:
            f.query = ""
            finder = f
            updateFinder()
        default: break
        }
    }

    /// Scores every entity's name and aliases against the finder query.
    private mutating func updateFinder() {
        guard var f = finder else { return }
        var results: [Finder.Result] = []
        for (i, names) in index.finderNames.enumerated() {
            var best: Finder.Result?
            for (k, clean) in names.enumerated() {
                guard let m = FuzzyMatcher.match(f.query, in: clean) else { continue }
                // The entity's own name wins over an alias that matches about as well.
                let score = m.score + (k == 0 ? 8 : 0)
                if best == nil || score > best?.score ?? Int.min {
                    best = Finder.Result(entity: i, matched: clean, positions: m.positions, score: score)
                }
            }
            if let best { results.append(best) }
        }
        let ents = document.entities
        results.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            let ca = ents[a.entity].mentions.count, cb = ents[b.entity].mentions.count
            if ca != cb { return ca > cb }
            return a.matched.count < b.matched.count
        }
        f.results = results
        f.selected = 0
        finder = f
    }

    // MARK: Side pane

    func rows(_ tab: SideTab) -> [PaneRow] {
        switch tab {
        case .timeline: return index.timelineRows
        case .entities: return index.entityRows
        case .citations: return index.citationRows
        }
    }

    private func firstSelectable(in rows: [PaneRow], from: Int, step: Int) -> Int? {
        var i = from
        while i >= 0 && i < rows.count {
            if !rows[i].isHeading { return i }
            i += step
        }
        return nil
    }

    private mutating func moveCursor(by delta: Int) {
        let r = rows(sideTab)
        guard !r.isEmpty else { return }
        let t = sideTab.rawValue
        let target = max(0, min(r.count - 1, paneCursor[t] + delta))
        let step = delta >= 0 ? 1 : -1
        paneCursor[t] = firstSelectable(in: r, from: target, step: step)
            ?? firstSelectable(in: r, from: target, step: -step) ?? paneCursor[t]
        clampPane()
    }

    /// Keeps each tab's cursor inside its list and its scroll showing the cursor.
    private mutating func clampPane() {
        let h = max(1, geometry.listHeight)
        for tab in SideTab.allCases {
            let t = tab.rawValue
            let n = rows(tab).count
            paneCursor[t] = max(0, min(paneCursor[t], n - 1))
            if paneCursor[t] < paneTop[t] { paneTop[t] = paneCursor[t] }
            if paneCursor[t] >= paneTop[t] + h { paneTop[t] = paneCursor[t] - h + 1 }
            paneTop[t] = max(0, min(paneTop[t], max(0, n - h)))
            // A heading just above the cursor stays visible when scrolling back up.
            if paneTop[t] == paneCursor[t], paneTop[t] > 0, rows(tab)[paneTop[t] - 1].isHeading { paneTop[t] -= 1 }
        }
    }

    private mutating func paneCommand(_ command: Command) {
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
        case .open: activateRow(paneCursor[sideTab.rawValue])
        case .back:
            focus = .article
            relayout()
        case .nextTab: sideTab = SideTab(rawValue: (sideTab.rawValue + 1) % 3) ?? .timeline
        case .previousTab: sideTab = SideTab(rawValue: (sideTab.rawValue + 2) % 3) ?? .timeline
        case .showTimeline: sideTab = .timeline
        case .showEntities: sideTab = .entities
        case .showCitations: sideTab = .citations
        default:
            articleCommand(command)
        }
    }

    /// Enter on a side-pane row: jump to what it stands for.
    private mutating func activateRow(_ i: Int) {
        let r = rows(sideTab)
        guard i >= 0, i < r.count, let action = r[i].action else { return }
        paneCursor[sideTab.rawValue] = i
        clampPane()
        if !geometry.showsArticle {
            // The pane had the whole screen: go back to the article to show where Enter led.
            focus = .article
            relayout()
        }
        switch action {
        case .timeline(let t):
            guard t >= 0, t < document.timeline.count else { return }
            let entry = document.timeline[t]
            let target = entry.sentence ?? entry.at
            selectedCitation = nil
            highlight = target
            // What the row says: `2016-07-19 · EDM`, `1999 (before) · More than 20 years ago`.
            let date = PaneRows.date(entry)
            let own = PaneRows.label(entry, date: date, index: index).text
            highlightLabel = own.isEmpty ? date : date + " · " + own
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
            } else if let p = spans.firstIndex(where: { $0.start >= anchor }) {
                next = list[p]
            }
            selectCitation(next)
        }
    }

    // MARK: Help

    private mutating func helpCommand(_ command: Command) {
        let rowsCount = HelpView.lines(keymap: keymap).count
        let h = HelpView.listHeight(screenHeight: height)
        switch command {
        case .lineDown: helpTop += 1
        case .lineUp: helpTop -= 1
        case .pageDown: helpTop += h
        case .pageUp: helpTop -= h
        case .halfPageDown: helpTop += h / 2
        case .halfPageUp: helpTop -= h / 2
        case .goToTop: helpTop = 0
        case .goToBottom: helpTop = rowsCount
        case .quit: shouldQuit = true
        default: focus = .article
        }
        helpTop = max(0, min(helpTop, rowsCount - h))
    }

    // MARK: Mouse

    private mutating func mouse(_ m: MouseEvent) {
        let g = geometry
        guard !g.tooSmall else { return }
        let inSide = g.showsSide && m.x >= g.sideX && m.y < g.contentHeight
        switch m.kind {
        case .wheelUp, .wheelDown:
            let d = m.kind == .wheelDown ? 3 : -3
            if focus == .help { helpCommand(d > 0 ? .lineDown : .lineUp); helpCommand(d > 0 ? .lineDown : .lineUp); return }
            if inSide { moveCursor(by: d) } else if g.showsArticle { setTop(top + d) }
        case .click:
            if focus == .finder {
                finderClick(m)
                return
            }
            if focus == .help || focus == .detail || focus == .search { return }
            if inSide {
                if m.y == 0 {
                    // Tabs: which title was hit.
                    var x = g.sideX + 1
                    for tab in SideTab.allCases {
                        let w = tab.title.count + 2
                        if m.x >= x && m.x < x + w { sideTab = tab }
                        x += w
                    }
                    focus = .sidePane
                    return
                }
                focus = .sidePane
                activateRow(paneTop[sideTab.rawValue] + m.y - 1)
                return
            }
            guard g.showsArticle, m.x < g.articleX + g.articleWidth, let offset = offsetAt(x: m.x, y: m.y) else { return }
            focus = .article
            if let p = index.mentions.containing(offset) {
                searchEntity(index.mentions.payloads[p], at: offset)
            } else if let p = index.citations.containing(offset) {
                selectedCitation = index.citations.payloads[p]
                highlight = nil
            }
        }
    }

    /// A click in the finder: on a result, choose it; outside the box, close the finder.
    private mutating func finderClick(_ m: MouseEvent) {
        guard let f = finder else { return }
        let box = FinderView.frame(resultCount: f.results.count, width: width, height: height)
        guard let box, m.x >= box.x, m.x < box.x + box.width, m.y >= box.y, m.y < box.y + box.height else {
            finderCommand(.back)
            return
        }
        let row = m.y - box.y - 2
        let i = FinderView.firstVisible(selected: f.selected, listHeight: box.height - 3) + row
        guard row >= 0, row < box.height - 3, i < f.results.count else { return }
        var g = f
        g.selected = i
        finder = g
        finderCommand(.open)
    }

    /// The text offset drawn at a screen cell of the article, if any.
    func offsetAt(x: Int, y: Int) -> Int? {
        let g = geometry
        guard y >= 0, y < g.contentHeight else { return nil }
        let li = top + y
        guard li < layout.lines.count else { return nil }
        let line = layout.lines[li]
        guard !line.isHeader, line.kind != .blank else { return nil }
        var col = g.textX + line.indent
        guard x >= col else { return nil }
        for i in line.start..<max(line.start, min(line.end, index.scalars.count)) {
            let w = TextScalars.width(index.scalars[i])
            if x < col + w { return i }
            col += w
        }
        return nil
    }
}
