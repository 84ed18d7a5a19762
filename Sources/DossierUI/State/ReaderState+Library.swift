import DossierKit

/// What the library knows of the article the reader shows, asked once through a
/// ``LibrarySource`` when the article opens (so the state stays a value, free of the database):
/// what each citation resolves to and which library articles cite this one.
public struct LibraryContext: Sendable, Equatable {
    /// The open article's id in the library.
    public var articleID: Int64
    /// For each citation (an index into `document.citations`) with a target, each ref's targets.
    public var targets: [Int: [[LibraryCitationTarget]]]
    /// The library articles citing this one.
    public var citedBy: [LibraryCitingRow]

    public init(articleID: Int64, targets: [Int: [[LibraryCitationTarget]]] = [:], citedBy: [LibraryCitingRow] = []) {
        self.articleID = articleID
        self.targets = targets
        self.citedBy = citedBy
    }

    /// Asks `source` what `document`'s citations resolve to and what cites it. A failing
    /// question leaves that part empty: the article still reads.
    public static func make(source: any LibrarySource, articleID: Int64, document: Document) -> LibraryContext {
        var targets: [Int: [[LibraryCitationTarget]]] = [:]
        for (i, c) in document.citations.enumerated() where !c.refs.isEmpty {
            let perRef = c.refs.map { r -> [LibraryCitationTarget] in
                guard !r.dates.isEmpty else { return [] }
                let name = TextScalars.flatten(r.source)
                return (try? source.resolve(source: name, dates: r.dates, excluding: articleID)) ?? []
            }
            if perRef.contains(where: { !$0.isEmpty }) { targets[i] = perRef }
        }
        let citing = (try? source.citedBy(articleID)) ?? []
        return LibraryContext(articleID: articleID, targets: targets, citedBy: citing)
    }

    /// The article identity a library article has in jumps (``Place/article``).
    public static func key(_ id: Int64) -> String { "library:\(id)" }

    /// The library id in a jump's article identity, if it names a library article.
    public static func id(in article: String) -> Int64? {
        guard article.hasPrefix("library:") else { return nil }
        return Int64(article.dropFirst("library:".count))
    }

    /// The distinct articles citation `c` resolves to, in ref order, nearest first within a ref.
    public func choices(_ c: Int) -> [LibraryCitationTarget] {
        var seen = Set<Int64>()
        var out: [LibraryCitationTarget] = []
        for ref in targets[c] ?? [] {
            for t in ref.sorted(by: { $0.distance < $1.distance }) where seen.insert(t.article.id).inserted { out.append(t) }
        }
        return out
    }
}

/// Jumps between library articles: a resolved citation's chooser, and showing another article.
extension ReaderState {
    /// The articles the selected citation resolves to (the detail box's chooser).
    var citationChoices: [LibraryCitationTarget] {
        guard let c = selectedCitation, let lib = library else { return [] }
        return lib.choices(c)
    }

    /// Whether citation `c` resolves to a library article (drawn as `citation.resolved`).
    func isResolved(_ c: Int) -> Bool { library?.targets[c] != nil }

    /// One chooser line: `2016-07-19  Title`, `≈ 2016-07-21 (inferred, 2 days off)  Title`.
    static func choiceText(_ t: LibraryCitationTarget) -> String {
        let date = t.article.date?.description ?? "undated"
        var s = t.approximate ? "≈ \(date) (inferred date, \(t.distance) day\(t.distance == 1 ? "" : "s") off)" : date
        s += "  " + Sanitizer.visible(t.article.title)
        return s
    }

    /// Enter in the detail box: the chosen article, the place left recorded on the jump list.
    mutating func openChoice() -> [Effect] {
        let choices = citationChoices
        guard !choices.isEmpty else {
            focus = .article
            return []
        }
        let t = choices[max(0, min(detailChoice, choices.count - 1))]
        jumps.record(place, reason: "cited " + (t.article.date?.description ?? Sanitizer.visible(t.article.title)))
        focus = .article
        message = "Opening \(Self.choiceText(t)) · Backspace returns"
        return [.open(article: LibraryContext.key(t.article.id), offset: 0)]
    }

    /// Enter on a "Cited by" row: the citing article at the citing sentence.
    mutating func openCiting(id: Int64, at: Int) -> [Effect] {
        jumps.record(place, reason: "cited by")
        if !geometry.showsArticle { leavePane() }
        focus = .article
        return [.open(article: LibraryContext.key(id), offset: at)]
    }

    /// Shows another article at text offset `offset` (the loop performs ``Effect/open(article:offset:)``
    /// with this), keeping the jump list so that Backspace comes back; `context` is what the
    /// library knows of it.
    public mutating func show(_ doc: Document, library context: LibraryContext?, offset: Int) {
        let keep = jumps
        let note = message
        library = context
        pane.tabs = SideTab.allCases.filter { $0 != .citedBy || context != nil }
        if !pane.tabs.contains(pane.tab) { pane.tab = .timeline }
        replaceDocument(doc)
        marks = [:]
        userDate = nil
        focus = .article
        viewport.show(offset: clampOffset(offset))
        relayout()
        jumps = keep
        message = note
    }

    /// Makes the open article a library article (a file the library holds), at the same place.
    public mutating func attach(library context: LibraryContext) {
        library = context
        pane.tabs = SideTab.allCases
        clampPane()
    }

    /// The entities across the library, asked for by the finder's library scope (``Effect/libraryEntities``).
    public mutating func setLibraryEntities(_ list: [LibraryEntitySummary]) {
        libraryEntities = list
        updateFinder()
    }

    /// Records the place shown now as one a jump leaves (the loop, before it shows an article
    /// chosen outside the reader: an entity page's row).
    public mutating func recordJump(reason: String) {
        jumps.record(place, reason: reason)
    }

    /// The "Cited by" tab's rows: each citing article, dated, opening at the citing sentence.
    var citedByRows: [PaneRow] {
        guard let lib = library else { return [] }
        return lib.citedBy.map { r in
            PaneRow(date: r.article.date?.description ?? "undated", text: Sanitizer.visible(r.article.title),
                    action: .article(id: r.article.id, at: r.at))
        }
    }
}
