import DossierKit

/// Everything the reader shows, as a value: the document, and one sub-state per mode (the
/// viewport, the search with its prompt, the finder, the side pane). Key presses become
/// ``Command``s applied by pure transitions that return the ``Effect``s for the run loop to
/// perform, so key sequences are testable without a terminal.
public struct ReaderState: Sendable {
    /// Where keys go.
    public enum Focus: Sendable, Equatable {
        case article, sidePane, search, finder, help, detail
    }

    public private(set) var document: Document
    public var config: ReaderConfig
    public private(set) var width: Int
    public private(set) var height: Int
    /// A message for the status line (errors, notices), cleared by the next key.
    public var message: String?
    /// The key bindings in force (defaults plus `config.keys`).
    public private(set) var keymap: Keymap
    /// Problems found in `config.keys` (unknown keys or command names), for the caller to show.
    public private(set) var configErrors: [String]

    private(set) var index: DocumentIndex
    var viewport: Viewport
    public internal(set) var focus: Focus = .article
    var pane: SidePane
    var searchState = SearchState()
    var finder: Finder?
    /// The selected citation (index into `document.citations`).
    public internal(set) var selectedCitation: Int?
    /// The selected link (index into `document.styles`); never set together with `selectedCitation`.
    public internal(set) var selectedLink: Int?
    /// A highlighted span (the sentence of a timeline entry) and what the status line calls it.
    var highlight: Span?
    var highlightLabel = ""
    /// Whether entity searches include the metonyms and nationality words of a state.
    public internal(set) var includeMetonyms = false
    var helpTop = 0
    /// Every jump made, to go back and forth (Ctrl-O, Ctrl-R, '').
    public internal(set) var jumps = JumpList()
    /// Marks set with `m`, as text offsets (kept per file by the caller).
    public var marks: [Character: Int] = [:]
    /// A key sequence in progress (a count, `m`, `'`, `:`).
    var pending: Pending?
    /// Set while only the start of a big file is annotated: the side pane and searches cover
    /// that part, and the status line says so.
    public var incompleteNote: String?
    /// The document shown is an outline (no names, dates or timeline yet) and the annotated one
    /// is on its way: the loop takes it before acting on any key.
    public var holdsKeys = false
    /// A document date set with `D` (the caller remembers it per file), if any.
    public internal(set) var userDate: CalendarDate?
    /// What the library knows of this article (resolved citations, cited by), when it is one.
    public internal(set) var library: LibraryContext?
    /// The article chosen in the detail box's list of a citation's targets.
    var detailChoice = 0
    /// The entities across the library (the finder's library scope), once asked for.
    public internal(set) var libraryEntities: [LibraryEntitySummary]?
    /// The article's identity in jumps: its library id, its path, or the built-in's name.
    public var articleID: String { library.map { LibraryContext.key($0.articleID) } ?? document.source.path ?? "" }

    /// `anchor`: a scalar offset into the text to show at the top (a remembered reading position).
    /// `library`: what the library knows of the article, when it is a library article.
    public init(document: Document, config: ReaderConfig = ReaderConfig(), width: Int, height: Int, anchor: Int = 0,
                library: LibraryContext? = nil) {
        self.document = document
        self.library = library
        self.config = config
        self.width = max(0, width)
        self.height = max(0, height)
        var km = Keymap.standard
        configErrors = km.apply(config.keys)
        keymap = km
        index = DocumentIndex(document)
        pane = SidePane(on: config.showSidePane)
        pane.tabs = SideTab.allCases.filter { $0 != .citedBy || library != nil }
        viewport = Viewport(anchor: min(anchor, index.scalars.count))
        relayout()
        for t in pane.tabs { pane.cursor[t] = firstSelectable(in: rows(t), from: 0, step: 1) ?? 0 }
        var notes = document.notices + configErrors
        if anchorOffset > 0 { notes.append("Resumed at \(positionText) — g for the top") }
        if !notes.isEmpty { message = notes.joined(separator: " · ") }
    }

    /// Terminals at least this wide show the side pane at start.
    public static let sidePaneMinWidth = ScreenLayout.sidePaneMinWidth
    /// Below this size the reader draws a notice instead of the article.
    public static let minimumSize = ScreenLayout.minimumSize

    // MARK: - Sub-state views (what views and tests read)

    var layout: ArticleLayout { viewport.layout }
    var top: Int { viewport.top }
    var viewHeight: Int { viewport.height }
    var search: Search? { searchState.active }
    var prompt: SearchPrompt? { searchState.prompt }
    public var sideTab: SideTab { pane.tab }
    public var sidePaneOn: Bool { pane.on }

    /// The scalar offset of the first text on the top line: saved as the reading position,
    /// and kept across resizes.
    public var anchorOffset: Int { viewport.anchor }

    /// Where things are on screen for the current size and panes (views and the mouse read it).
    var geometry: ScreenLayout {
        ScreenLayout(width: width, height: height, measure: config.measure, sidePaneWidth: config.sidePaneWidth,
                     paneWanted: pane.on, paneExplicit: pane.explicit, paneFocused: focus == .sidePane)
    }

    // MARK: - Events

    /// The terminal changed size: re-wrap, keeping the same text at the top.
    public mutating func resize(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        relayout()
    }

    /// Handles one key through the key map of the focused context; returns what the loop must do.
    @discardableResult
    public mutating func handle(_ key: Key) -> [Effect] {
        message = nil
        if case .mouse(let m) = key {
            let effects = mouse(m)
            relayout()
            dropSelectionOffScreen()
            return effects
        }
        if key == .resize { return [] }
        defer {
            relayout()
            dropSelectionOffScreen()
        }
        var count: Int?
        switch continuePending(key) {
        case .consumed(let effects)?: return effects
        case .command(let n)?: count = n
        case nil: if startCount(key) { return [] }
        }
        let context = keyContext
        if let command = keymap.command(for: key, in: context) {
            return apply(command, count: count)
        }
        if context.isTextInput, case .char(let c) = key, !c.isNewline {
            type(c)
        }
        return []
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

    /// Applies one command in the focused context (a pure transition) and returns its effects.
    /// `count`: a number typed before the command (`5j`, `50%`), if any.
    @discardableResult
    public mutating func apply(_ command: Command, count: Int? = nil) -> [Effect] {
        if command == .redraw { return [.redraw] }
        let effects: [Effect]
        switch focus {
        case .article: effects = articleCommand(command, count: count)
        case .sidePane: effects = paneCommand(command, count: count)
        case .search: effects = promptCommand(command)
        case .finder: effects = finderCommand(command)
        case .help: effects = helpCommand(command)
        case .detail: effects = detailCommand(command, count: count)
        }
        // A focus change can show the article at a new width (a full-screen pane closing).
        relayout()
        return effects
    }

    /// A typed character in a text input (the search prompt or the finder).
    private mutating func type(_ c: Character) {
        if focus == .search, var p = searchState.prompt {
            p.input.insert(c)
            searchState.prompt = p
            updateSearch()
        } else if focus == .finder, var f = finder {
            f.input.insert(c)
            finder = f
            updateFinder()
        }
    }

    /// The article annotated again with document date `d` (the loop performs ``Effect/setDate(_:)``
    /// with the same loader and annotator as `--date`), keeping the place.
    public mutating func applyDocumentDate(_ d: CalendarDate, document annotated: Document) {
        var doc = annotated
        // The loader's notices (invalid UTF-8 …) still hold; the annotator's own are new.
        doc.notices = Array(Set(doc.notices + document.notices)).sorted()
        doc.source = document.source
        replaceDocument(doc)
        userDate = d
        message = "Document date \(d) · re-annotated · remembered for this file"
        // The citations were read again: what they resolved to no longer applies.
        if library?.targets.isEmpty == false {
            library?.targets = [:]
            message! += " · library links off until reopened"
        }
    }

    /// The whole document has arrived (annotated in the background): it replaces the first
    /// part at the same place; a search, a finder query or a prompt carry over.
    public mutating func complete(with doc: Document) {
        let query = finder?.query
        let text: String? = { if case .text(let q)? = search?.kind { return q } else { return nil } }()
        let marks = self.marks
        replaceDocument(doc)
        self.marks = marks
        incompleteNote = nil
        holdsKeys = false
        if let query {
            finder = Finder(input: TextInput(query))
            updateFinder()
        } else if focus == .finder {
            focus = .article
        }
        if focus == .search { updateSearch() }
        else if let text {
            let hits = TextSearch.find(text, in: index.scalars)
            searchState.active = Search(kind: .text(text), hits: hits, current: nil, label: "/" + text)
        }
    }

    /// Shows another version of the same article at the same place.
    mutating func replaceDocument(_ doc: Document) {
        let anchor = anchorOffset
        document = doc
        index = DocumentIndex(doc)
        viewport = Viewport(anchor: min(anchor, index.scalars.count))
        searchState.active = nil
        finder = nil
        selectedCitation = nil
        selectedLink = nil
        highlight = nil
        pane.cursor = [:]
        pane.top = [:]
        relayout()
        for t in pane.tabs { pane.cursor[t] = firstSelectable(in: rows(t), from: 0, step: 1) ?? 0 }
        clampPane()
    }

    // MARK: - Viewport

    /// Re-wraps for the current text width, keeping the anchor; keeps the pane's cursors in range.
    mutating func relayout() {
        let g = geometry
        viewport.height = g.viewHeight
        if g.showsArticle || layout.width == 0 { viewport.rewrap(index, width: g.textWidth) }
        viewport.clamp(updateAnchor: false)
        clampPane()
    }

    mutating func setTop(_ t: Int) { viewport.setTop(t) }

    /// A selection scrolled off screen is let go, so the status line never describes what is
    /// no longer in view (and Tab starts again from the screen, as w3m does).
    mutating func dropSelectionOffScreen() {
        guard focus == .article || focus == .sidePane, geometry.showsArticle else { return }
        if let h = highlight, !viewport.isVisible(h) { highlight = nil }
        if let c = selectedCitation, c < document.citations.count, !viewport.isVisible(document.citations[c].span) {
            selectedCitation = nil
        }
        if let l = selectedLink, l < document.styles.count, !viewport.isVisible(document.styles[l].span) {
            selectedLink = nil
        }
    }

    mutating func reveal(_ span: Span) { viewport.reveal(span) }
}
