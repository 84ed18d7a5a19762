import DossierKit

/// What the library view asks its loop to do.
public enum LibraryEffect: Equatable, Sendable {
    case quit
    /// Open the article, at a scalar offset when given (a sentence of the entity page).
    case open(articleID: Int64, at: Int?)
    /// Open the article at the sentence of a full-text hit (found with ``HitLocator``).
    case openHit(articleID: Int64, hit: LibraryHit)
}

/// The library view's state: the article list (newest first, filtered fuzzily as you type),
/// full-text search (`/`), the entity list (`Tab`) and an entity page. Key handling is a pure
/// transition over a ``LibrarySource``, so it is testable without a terminal.
public struct LibraryState {
    public enum Mode: Equatable, Sendable { case articles, entities, search, entityPage }

    public let source: any LibrarySource
    /// What the header calls this library ("Library", "Sample library (read-only)").
    public var name: String
    public private(set) var width: Int
    public private(set) var height: Int
    public private(set) var mode: Mode = .articles
    public private(set) var articles: [LibraryArticle] = []
    /// Top entity names, filled for the rows that have been shown.
    public private(set) var topEntities: [Int64: [String]] = [:]
    /// What was typed to filter the articles or entities.
    public private(set) var filter = ""
    /// The articles shown (indexes into `articles`) with matched title positions.
    public private(set) var shownArticles: [(index: Int, positions: [Int])] = []
    public private(set) var entities: [LibraryEntitySummary] = []
    public private(set) var shownEntities: [(index: Int, positions: [Int])] = []
    public private(set) var query = ""
    public private(set) var hits: [LibraryHit] = []
    public private(set) var page: LibraryEntityPage?
    /// The mode to return to from the entity page.
    private var pageReturn: Mode = .entities
    public private(set) var selected = 0
    public private(set) var top = 0
    /// A one-line message for the status line (an error from the library, "no hits").
    public var message: String?
    /// Esc on the entity page leaves the view (opened from the reader's finder) rather than
    /// going back to a list.
    public var leavesFromPage = false

    /// Entities listed by `Tab` (most mentioned first).
    public static let entityLimit = 2000
    public static let hitLimit = 50

    public init(source: any LibrarySource, name: String = "Library", width: Int, height: Int) {
        self.source = source
        self.name = name
        self.width = width
        self.height = height
        reload()
    }

    /// Reads the article list again (another process may have added articles).
    public mutating func reload() {
        do {
            articles = try source.articles()
        } catch {
            articles = []
            message = "\(error)"
        }
        applyFilter()
    }

    public mutating func resize(width: Int, height: Int) {
        self.width = width
        self.height = height
        scrollToSelection()
    }

    /// Rows of the list area: the screen less the header, the prompt and the status line.
    public var listHeight: Int { max(0, height - 3) }

    /// Lines one row takes (a search hit shows its snippet under the title).
    public var linesPerRow: Int { mode == .search ? 2 : 1 }

    /// How many rows the current list has.
    public var rowCount: Int {
        switch mode {
        case .articles: return shownArticles.count
        case .entities: return shownEntities.count
        case .search: return hits.count
        case .entityPage: return (page?.articles.count ?? 0) + (page?.timeline.count ?? 0)
        }
    }

    // MARK: keys

    public mutating func handle(_ key: Key) -> LibraryEffect? {
        if key == .ctrl("c") { return .quit }
        if key == .ctrl("r") {
            reload()
            message = "\(articles.count) articles"
            return nil
        }
        switch key {
        case .up, .ctrl("p"): move(-1)
        case .down, .ctrl("n"): move(1)
        case .pageUp: move(-max(1, listHeight / linesPerRow - 1))
        case .pageDown: move(max(1, listHeight / linesPerRow - 1))
        case .home: move(-rowCount)
        case .end: move(rowCount)
        case .mouse(let m) where m.kind == .wheelUp: move(-3)
        case .mouse(let m) where m.kind == .wheelDown: move(3)
        case .enter: return activate()
        default: return edit(key)
        }
        return nil
    }

    private mutating func edit(_ key: Key) -> LibraryEffect? {
        switch (mode, key) {
        case (.entityPage, .escape) where leavesFromPage, (.entityPage, .backspace) where leavesFromPage:
            return .quit
        case (.entityPage, .escape), (.entityPage, .backspace):
            page = nil
            setMode(pageReturn, keepSelection: false)
        case (.entityPage, _):
            break
        case (.search, .escape):
            query = ""
            hits = []
            setMode(.articles, keepSelection: false)
        case (.search, .backspace):
            if !query.isEmpty { query.removeLast(); runSearch() }
        case (.search, .char(let c)):
            query.append(c)
            runSearch()
        case (_, .char("/")):
            message = nil
            setMode(.search, keepSelection: false)
            runSearch()
        case (_, .tab), (_, .backTab):
            setMode(mode == .articles ? .entities : .articles, keepSelection: false)
        case (_, .escape):
            if !filter.isEmpty {
                filter = ""
                applyFilter()
            } else if mode == .entities {
                setMode(.articles, keepSelection: false)
            } else {
                return .quit
            }
        case (_, .backspace):
            if !filter.isEmpty { filter.removeLast(); applyFilter() }
        case (_, .char(let c)):
            filter.append(c)
            applyFilter()
        default:
            break
        }
        return nil
    }

    private mutating func setMode(_ m: Mode, keepSelection: Bool) {
        mode = m
        if m == .entities && entities.isEmpty {
            do { entities = try source.entities(limit: Self.entityLimit) } catch { message = "\(error)" }
        }
        if !keepSelection { selected = 0; top = 0 }
        if m == .articles || m == .entities { applyFilter() }
    }

    private mutating func activate() -> LibraryEffect? {
        switch mode {
        case .articles:
            guard selected < shownArticles.count else { return nil }
            return .open(articleID: articles[shownArticles[selected].index].id, at: nil)
        case .search:
            guard selected < hits.count else { return nil }
            return .openHit(articleID: hits[selected].article.id, hit: hits[selected])
        case .entities:
            guard selected < shownEntities.count else { return nil }
            openPage(entities[shownEntities[selected].index].id, from: .entities)
        case .entityPage:
            guard let page else { return nil }
            if selected < page.articles.count {
                let r = page.articles[selected]
                return .open(articleID: r.article.id, at: r.at)
            }
            let i = selected - page.articles.count
            guard i < page.timeline.count else { return nil }
            return .open(articleID: page.timeline[i].articleID, at: page.timeline[i].at)
        }
        return nil
    }

    /// Shows the entity page of library entity `id`.
    public mutating func openPage(_ id: Int64, from: Mode? = nil) {
        do {
            guard let p = try source.entityPage(id) else { message = "no such entity"; return }
            page = p
            pageReturn = from ?? (mode == .entityPage ? pageReturn : mode)
            mode = .entityPage
            selected = 0
            top = 0
        } catch {
            message = "\(error)"
        }
    }

    private mutating func move(_ delta: Int) {
        guard rowCount > 0 else { return }
        selected = max(0, min(rowCount - 1, selected + delta))
        scrollToSelection()
    }

    private mutating func scrollToSelection() {
        let visible = max(1, listHeight / linesPerRow)
        if selected < top { top = selected }
        if selected >= top + visible { top = selected - visible + 1 }
        top = max(0, min(top, max(0, rowCount - visible)))
        if mode == .articles { loadTopEntities() }
    }

    /// Fetches the top entities of the visible article rows not seen yet.
    private mutating func loadTopEntities() {
        let visible = max(1, listHeight)
        let ids = shownArticles.dropFirst(top).prefix(visible).map { articles[$0.index].id }.filter { topEntities[$0] == nil }
        guard !ids.isEmpty, let got = try? source.topEntities(of: ids) else { return }
        for id in ids { topEntities[id] = got[id] ?? [] }
    }

    private mutating func applyFilter() {
        switch mode {
        case .articles:
            shownArticles = Self.fuzzy(filter, articles.map(\.title))
        case .entities:
            shownEntities = Self.fuzzy(filter, entities.map(\.name))
        default:
            return
        }
        selected = 0
        top = 0
        scrollToSelection()
    }

    /// Candidates matching `pattern` (all of them, in order, when it is empty), best first;
    /// equal scores keep the list's order (newest first).
    static func fuzzy(_ pattern: String, _ names: [String]) -> [(index: Int, positions: [Int])] {
        if pattern.isEmpty { return names.indices.map { ($0, []) } }
        var scored: [(index: Int, score: Int, positions: [Int])] = []
        for (i, n) in names.enumerated() {
            if let m = FuzzyMatcher.match(pattern, in: n) { scored.append((i, m.score, m.positions)) }
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
        return scored.map { ($0.index, $0.positions) }
    }

    private mutating func runSearch() {
        selected = 0
        top = 0
        guard !query.trimmingCharacters(in: .whitespaces).isEmpty else { hits = []; return }
        do {
            hits = try source.search(query, limit: Self.hitLimit)
            message = hits.isEmpty ? "no hits" : nil
        } catch {
            hits = []
            message = "\(error)"
        }
    }
}
