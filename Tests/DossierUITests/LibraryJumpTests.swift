import DossierKit
import Testing
@testable import DossierUI

/// A library of three invented articles for the reader's cross-article jumps: article 1 cites
/// "EDM, July 19, 2016", which is article 2 (stated date) — and, when `twoMatches`, also article
/// 3 (date inferred, two days off); article 1 cites article 2 from a sentence far down.
struct CitingLibrary: LibrarySource {
    var twoMatches = false
    static let citingOffset = Fixtures.articleWithTail(40).text.unicodeScalars.count / 2

    static let a1 = LibraryArticle(id: 1, title: "Talks in Baku", publication: "Daily Monitor", date: CalendarDate(iso: "2019-10-08"), dateInferred: false)
    static let a2 = LibraryArticle(id: 2, title: "Moscow Plans Ahead", publication: "Daily Monitor", date: CalendarDate(iso: "2016-07-19"), dateInferred: false)
    static let a3 = LibraryArticle(id: 3, title: "A Plan in Parts", publication: "Daily Monitor", date: CalendarDate(iso: "2016-07-21"), dateInferred: true)

    static let documents: [Int64: Document] = [
        1: Fixtures.articleWithTail(40), 2: Fixtures.long(paragraphs: 30), 3: Fixtures.long(paragraphs: 5),
    ]

    func articles() throws -> [LibraryArticle] { [Self.a1, Self.a2, Self.a3] }
    func topEntities(of ids: [Int64]) throws -> [Int64: [String]] { [:] }
    func search(_ query: String, limit: Int) throws -> [LibraryHit] { [] }
    func entities(limit: Int) throws -> [LibraryEntitySummary] {
        [LibraryEntitySummary(id: 7, name: "Ilsa Brandt", type: .person, articles: 2, mentions: 5),
         LibraryEntitySummary(id: 8, name: "Tarvia", type: .place, articles: 3, mentions: 9),
         LibraryEntitySummary(id: 9, name: "Brandt Holdings", type: .org, articles: 1, mentions: 1)]
    }
    func entityPage(_ id: Int64) throws -> LibraryEntityPage? {
        guard let e = try entities(limit: 10).first(where: { $0.id == id }) else { return nil }
        return LibraryEntityPage(entity: e, articles: [.init(article: Self.a2, mentions: 2, at: 40)], timeline: [])
    }
    func resolve(source: String, dates: [CalendarDate], excluding: Int64?) throws -> [LibraryCitationTarget] {
        guard source == "EDM" || source == "Daily Monitor", dates.contains(CalendarDate(year: 2016, month: 7, day: 19)) else { return [] }
        var out = [LibraryCitationTarget(article: Self.a2, distance: 0, approximate: false)]
        if twoMatches { out.append(LibraryCitationTarget(article: Self.a3, distance: 2, approximate: true)) }
        return out.filter { $0.article.id != excluding }
    }
    func citedBy(_ id: Int64) throws -> [LibraryCitingRow] {
        id == 2 ? [LibraryCitingRow(article: Self.a1, at: Self.citingOffset, citation: "(see EDM, July 19, 2016)")] : []
    }

    /// A reader on article `id`, as the library's loop makes it.
    func reader(_ id: Int64, width: Int = 60, height: Int = 12) -> ReaderState {
        let doc = Self.documents[id]!
        return ReaderState(document: doc, width: width, height: height,
                           library: LibraryContext.make(source: self, articleID: id, document: doc))
    }

    /// Presses `key` and performs its `open` effects as ReaderLoop does.
    func press(_ s: inout ReaderState, _ key: Key) {
        for e in s.handle(key) {
            guard case .open(let article, let offset) = e, let id = LibraryContext.id(in: article),
                  let doc = Self.documents[id] else { continue }
            s.show(doc, library: LibraryContext.make(source: self, articleID: id, document: doc), offset: offset)
        }
    }
}

@Suite("Jumps between library articles")
struct LibraryJumpTests {
    @Test func resolvedCitationsAreKnownAndDrawnApart() throws {
        let s = CitingLibrary().reader(1)
        #expect(s.isResolved(0))
        #expect(!s.isResolved(1), "Aze.az is not in the library")
        let g = Fixtures.screen(s)
        let y = try #require(g.lines.firstIndex { $0.contains("(see EDM") })
        let x = try #require(Array(g.line(y)).firstIndex(of: "(")).advanced(by: 0)
        #expect(g[x + 1, y].style.fg == Fixtures.fg("citation.resolved"))
        let y2 = try #require(g.lines.firstIndex { $0.contains("(Aze.az") })
        let x2 = try #require(g.line(y2).range(of: "(Aze.az")).lowerBound.utf16Offset(in: g.line(y2))
        #expect(g[x2 + 1, y2].style.fg == Fixtures.fg("citation"))
        // A file outside the library: no resolved style, no "Cited by" tab.
        let plain = ReaderState(document: Fixtures.articleWithTail(40), width: 60, height: 12)
        #expect(!plain.isResolved(0))
        #expect(!plain.pane.tabs.contains(.citedBy))
        #expect(s.pane.tabs.contains(.citedBy))
    }

    @Test func enterOpensTheCitedArticleAndBackspaceReturnsToTheSameTopLine() throws {
        let lib = CitingLibrary()
        var s = lib.reader(1)
        for _ in 0..<3 { lib.press(&s, .char("j")) }
        lib.press(&s, .tab)
        #expect(s.selectedCitation == 0)
        let (top, anchor) = (s.top, s.anchorOffset)
        #expect(top == 3 && anchor > 0)
        lib.press(&s, .enter)
        #expect(s.focus == .detail)
        let box = CitationDetailView.lines(s, width: 56).lines
        #expect(box.contains("In the library (Enter opens it):"))
        #expect(box.contains("  2016-07-19  Moscow Plans Ahead"))
        lib.press(&s, .enter)
        #expect(s.articleID == "library:2")
        #expect(s.document.text.hasPrefix("Paragraph 0"))
        #expect(s.anchorOffset == 0 && s.focus == .article)
        lib.press(&s, .char("G"))
        lib.press(&s, .backspace)
        #expect(s.articleID == "library:2" && s.top == 0, "the first Backspace undoes G")
        lib.press(&s, .backspace)
        #expect(s.articleID == "library:1")
        #expect(s.top == top && s.anchorOffset == anchor)
        #expect(s.message?.hasPrefix("Back (before cited 2016-07-19)") == true, "the status line says which jump was undone")
        #expect(s.isResolved(0), "the article comes back with its library context")
        lib.press(&s, .ctrl("r"))
        #expect(s.articleID == "library:2" && s.top == 0)
        lib.press(&s, .ctrl("o"))
        #expect(s.articleID == "library:1" && s.anchorOffset == anchor)
    }

    @Test func severalMatchesMakeAChooserThatSaysWhichDateIsInferred() {
        let lib = CitingLibrary(twoMatches: true)
        var s = lib.reader(1)
        lib.press(&s, .tab)
        lib.press(&s, .enter)
        var box = CitationDetailView.lines(s, width: 56).lines
        #expect(box.contains("In the library (j/k choose, Enter opens):"))
        #expect(box.contains("> 2016-07-19  Moscow Plans Ahead"))
        #expect(box.contains { $0.hasPrefix("  ≈ 2016-07-21 (inferred date, 2 days off)  A Plan") })
        lib.press(&s, .char("j"))
        box = CitationDetailView.lines(s, width: 56).lines
        #expect(box.contains { $0.hasPrefix("> ≈ 2016-07-21 (inferred date, 2 days off)  A Plan") })
        lib.press(&s, .enter)
        #expect(s.articleID == "library:3")
        lib.press(&s, .backspace)
        #expect(s.articleID == "library:1" && s.selectedCitation == nil)
    }

    @Test func anUnresolvedCitationsBoxSaysSoAndEnterCloses() {
        let lib = CitingLibrary()
        var s = lib.reader(1)
        lib.press(&s, .tab)
        lib.press(&s, .tab)
        #expect(s.selectedCitation == 1)
        lib.press(&s, .enter)
        #expect(CitationDetailView.lines(s, width: 56).lines.contains("Not in the library"))
        lib.press(&s, .enter)
        #expect(s.focus == .article && s.articleID == "library:1")
    }

    @Test func citedByListsTheCitingArticlesAndOpensAtTheCitingSentence() throws {
        let lib = CitingLibrary()
        var s = lib.reader(2, width: 120, height: 12)
        lib.press(&s, .char("c"))
        lib.press(&s, .tab)
        #expect(s.sideTab == .citedBy)
        let g = Fixtures.screen(s)
        #expect(g.line(0).contains("Citations  Citing "), "the library articles citing this one")
        let row = try #require(g.lines.firstIndex { $0.contains("Talks in Baku") })
        #expect(g.line(row).contains("2019-10-08"))
        lib.press(&s, .enter)
        #expect(s.articleID == "library:1")
        #expect(s.layout.lines[s.top].start <= CitingLibrary.citingOffset)
        #expect(s.layout.lines[s.top].end > CitingLibrary.citingOffset)
        lib.press(&s, .backspace)
        #expect(s.articleID == "library:2")
        // Article 1 is cited by nothing: its tab says so.
        var one = lib.reader(1, width: 120)
        lib.press(&one, .char("c"))
        lib.press(&one, .tab)
        #expect(Fixtures.screen(one).lines.contains { $0.contains("No library article cites this one") })
    }

    @Test func theFinderHasALibraryScopeWithArticleCountsAndEnterAsksForTheEntityPage() {
        let lib = CitingLibrary()
        var s = lib.reader(1, width: 80, height: 20)
        lib.press(&s, .char("f"))
        #expect(Fixtures.screen(s).lines.contains { $0.contains("library ^G") }, "the footer shows the key")
        #expect(s.handle(.ctrl("g")) == [.libraryEntities])
        s.setLibraryEntities(try! lib.entities(limit: 100))
        for c in "brandt" { s.handle(.char(c)) }
        #expect(s.finder?.libraryResults.map(\.entity.name) == ["Brandt Holdings", "Ilsa Brandt"], "a name starting with the query first")
        let g = Fixtures.screen(s)
        #expect(g.lines.contains { $0.contains("Find entity in the library") })
        let row = g.lines.first { $0.contains("Ilsa Brandt") } ?? ""
        #expect(row.contains("PERSON 2 articles"))
        #expect(g.lines.contains { $0.contains("Brandt Holdings") && $0.contains("ORG 1 article ") })
        s.handle(.down)
        #expect(s.handle(.enter) == [.entityPage(7)])
        #expect(s.focus == .article)
        // Back in this article's scope, the entities are asked for no more.
        lib.press(&s, .char("f"))
        #expect(s.handle(.ctrl("g")) == [])
        #expect(s.finder?.libraryScope == true && s.finder?.libraryResults.count == 3)
        s.handle(.ctrl("g"))
        #expect(s.finder?.libraryScope == false && s.finder?.results.isEmpty == false)
        // A file outside the library has no library scope.
        var plain = ReaderState(document: Fixtures.article, width: 80, height: 20)
        plain.handle(.char("f"))
        #expect(plain.handle(.ctrl("g")) == [])
        #expect(plain.message?.contains("library") == true)
    }

    @Test func anEntityPageOpenedFromTheReaderLeavesOnEscape() {
        var page = LibraryState(source: CitingLibrary(), width: 60, height: 10)
        page.leavesFromPage = true
        page.openPage(8)
        #expect(page.mode == .entityPage)
        #expect(page.handle(.enter) == .open(articleID: 2, at: 40))
        #expect(page.handle(.escape) == .quit)
    }

    @Test func aFileTheLibraryHoldsIsAttachedInPlaceAndReannotatingDropsStaleLinks() {
        let doc = CitingLibrary.documents[1]!
        var s = ReaderState(document: doc, width: 60, height: 12, anchor: 300)
        s.marks["a"] = 5
        let anchor = s.anchorOffset
        #expect(anchor > 0 && !s.isResolved(0))
        s.attach(library: LibraryContext.make(source: CitingLibrary(), articleID: 1, document: doc))
        #expect(s.isResolved(0) && s.anchorOffset == anchor && s.marks["a"] == 5)
        #expect(s.pane.tabs.contains(.citedBy) && s.articleID == "library:1")
        s.applyDocumentDate(CalendarDate(year: 2019, month: 1, day: 2), document: doc)
        #expect(!s.isResolved(0), "re-annotated citations are not the ones that were resolved")
        #expect(s.message?.contains("library links off") == true)
    }

    @Test func theHelpShowsTheLibraryScopeKey() {
        let lines = HelpText.lines(keymap: .standard)
        #expect(lines.contains { $0.keys == "ctrl-g" && $0.text.contains("across the library") })
    }

    @Test func aClickOnACitingRowOpensIt() throws {
        let lib = CitingLibrary()
        var s = lib.reader(2, width: 120, height: 12)
        lib.press(&s, .char("c"))
        lib.press(&s, .tab)
        let g = Fixtures.screen(s)
        let y = try #require(g.lines.firstIndex { $0.contains("Talks in Baku") })
        let x = try #require(g.line(y).range(of: "Talks in Baku")).lowerBound.utf16Offset(in: g.line(y))
        lib.press(&s, .mouse(MouseEvent(kind: .click, x: x, y: y)))
        #expect(s.articleID == "library:1")
        #expect(s.layout.lines[s.top].start <= CitingLibrary.citingOffset && s.layout.lines[s.top].end > CitingLibrary.citingOffset)
    }
}
