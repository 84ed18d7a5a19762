import DossierKit
import Testing
@testable import DossierUI

/// A library in memory for the view tests: invented articles, a search that matches words
/// case-insensitively, one entity page.
struct FakeLibrary: LibrarySource {
    var list: [LibraryArticle] = [
        LibraryArticle(id: 3, title: "Velmar’s 漢字 Gambit in Tarvia", publication: "Tarvian Daily Monitor", date: CalendarDate(iso: "2019-10-03"), dateInferred: false),
        LibraryArticle(id: 2, title: "Brandt Looks West 😀", publication: "Tarvian Daily Monitor", date: CalendarDate(iso: "2018-05-30"), dateInferred: true),
        LibraryArticle(id: 1, title: "Café Talks — “Quiet” Progress", publication: nil, date: nil, dateInferred: false),
    ]
    var bodies: [Int64: String] = [
        3: "Oskar Velmar met Ilsa Brandt in Tarvia.",
        2: "Ilsa Brandt looked west from Zorvan.",
        1: "The talks in the café went quietly.",
    ]

    func articles() throws -> [LibraryArticle] { list }
    func topEntities(of ids: [Int64]) throws -> [Int64: [String]] {
        var out: [Int64: [String]] = [:]
        for id in ids { out[id] = id == 3 ? ["Velmar", "Tarvia"] : [] }
        return out
    }
    func search(_ query: String, limit: Int) throws -> [LibraryHit] {
        let q = query.lowercased()
        return list.compactMap { a in
            let body = bodies[a.id] ?? ""
            guard let r = body.lowercased().range(of: q) else { return nil }
            let start = body.unicodeScalars.distance(from: body.startIndex, to: r.lowerBound)
            return LibraryHit(article: a, snippet: body, matches: [start..<(start + q.unicodeScalars.count)])
        }
    }
    func entities(limit: Int) throws -> [LibraryEntitySummary] {
        [LibraryEntitySummary(id: 7, name: "Ilsa Brandt", type: .person, articles: 2, mentions: 5),
         LibraryEntitySummary(id: 8, name: "Tarvia", type: .place, articles: 1, mentions: 2)]
    }
    func entityPage(_ id: Int64) throws -> LibraryEntityPage? {
        guard id == 7 else { return nil }
        let e = try entities(limit: 1)[0]
        return LibraryEntityPage(
            entity: e,
            articles: [.init(article: list[0], mentions: 3, at: 17), .init(article: list[1], mentions: 2, at: 0)],
            timeline: [.init(articleID: 2, start: CalendarDate(iso: "2018-05-29")!, label: "2018-05-29", sentence: "Ilsa Brandt looked west.", at: 0)])
    }
    func resolve(source: String, dates: [CalendarDate], excluding: Int64?) throws -> [LibraryCitationTarget] { [] }
    func citedBy(_ id: Int64) throws -> [LibraryCitingRow] { [] }
}

@Suite("Library view")
struct LibraryViewTests {
    func state(_ w: Int = 60, _ h: Int = 8) -> LibraryState {
        LibraryState(source: FakeLibrary(), name: "Library", width: w, height: h)
    }

    func draw(_ s: LibraryState) -> CellGrid {
        var g = CellGrid(width: s.width, height: s.height)
        LibraryView.render(s, theme: Fixtures.theme, into: &g)
        return g
    }

    @Test("the list: newest first with date, publication, title and top entities")
    func list() {
        let g = draw(state())
        #expect(g.lines == [
            " Library · 3 articles         Articles   Entities   Search",
            " type to filter titles                                  3/3",
            " 2019-10-03  TDM   Velmar’s 漢字 Gambit in Tarvia  Velmar ·",
            " 2018-05-30~ TDM   Brandt Looks West 😀",
            " undated     —     Café Talks — “Quiet” Progress",
            "",
            "",
            " type to filter · / search · Tab entities · Enter open · Esc",
        ])
        #expect(g[1, 2].style == Fixtures.theme.style("pane.date").patch(Fixtures.theme.style("pane.row.selected")))
    }

    @Test("typing filters titles fuzzily and marks the matched letters; Enter opens")
    func filter() throws {
        var s = state()
        for c in "brlk" { #expect(s.handle(.char(c)) == nil) }
        var g = draw(s)
        #expect(g.line(1).hasPrefix(" > brlk"))
        #expect(g.line(2).contains("Brandt Looks West"))
        #expect(!g.lines.joined().contains("Velmar"))
        #expect(s.handle(.enter) == .open(articleID: 2, at: nil))
        for _ in 0..<4 { _ = s.handle(.backspace) }
        for c in "ks" { _ = s.handle(.char(c)) }
        g = draw(s)
        // Two titles have "k…s"; in the unselected one the matched letters are marked.
        let row = try #require((2...3).first { g.line($0).contains("Café") })
        #expect(s.shownArticles.count == 2)
        let kx = Array(g.line(row)).firstIndex(of: "T")! + 3
        #expect(g[kx, row].text == "k")
        #expect(g[kx, row].style.fg == Fixtures.theme.style("finder.match").fg)
        #expect(g[kx - 1, row].style.fg == Fixtures.theme.style("text").fg)
        _ = s.handle(.backspace)
        _ = s.handle(.escape)
        #expect(s.filter.isEmpty)
        #expect(s.handle(.escape) == .quit)
    }

    @Test("/ searches the full text: each hit with its snippet, the match highlighted")
    func search() {
        var s = state()
        _ = s.handle(.char("/"))
        for c in "brandt" { _ = s.handle(.char(c)) }
        #expect(s.mode == .search)
        #expect(s.hits.map(\.article.id) == [3, 2])
        let g = draw(s)
        #expect(g.line(1).hasPrefix(" / brandt"))
        #expect(g.line(3).hasPrefix("    Oskar Velmar met Ilsa Brandt in Tarvia."))
        #expect(g.line(5).hasPrefix("    Ilsa Brandt looked west from Zorvan."))
        let bx = 4 + "Ilsa ".count
        #expect(g[bx, 5].style == Fixtures.theme.style("search.match"))
        #expect(g[bx - 1, 5].style == Fixtures.theme.style("muted"))
        _ = s.handle(.down)
        #expect(s.handle(.enter) == .openHit(articleID: 2, hit: s.hits[1]), "a hit opens at its sentence")
        _ = s.handle(.escape)
        #expect(s.mode == .articles)
    }

    @Test("Tab lists entities; Enter opens the entity page; rows open articles at the sentence")
    func entityPage() {
        var s = state()
        _ = s.handle(.tab)
        #expect(s.mode == .entities)
        #expect(draw(s).line(2).hasPrefix(" Ilsa Brandt"))
        _ = s.handle(.enter)
        #expect(s.mode == .entityPage)
        let g = draw(s)
        #expect(g.line(1).hasPrefix(" Ilsa Brandt  PERSON · 2 articles · 5 mentions"))
        #expect(g.line(2).hasPrefix(" 2019-10-03  Velmar’s 漢字 Gambit in Tarvia"))
        #expect(g.line(2).hasSuffix("3× "))
        #expect(g.line(4).hasPrefix(" 2018-05-29  Ilsa Brandt looked west."))
        #expect(s.handle(.enter) == .open(articleID: 3, at: 17))
        _ = s.handle(.down)
        _ = s.handle(.down)
        #expect(s.handle(.enter) == .open(articleID: 2, at: 0))
        _ = s.handle(.escape)
        #expect(s.mode == .entities)
    }

    @Test("a tiny screen draws without trapping")
    func tiny() {
        for (w, h) in [(1, 1), (5, 2), (12, 3), (20, 4)] {
            var s = state(w, h)
            _ = s.handle(.char("/"))
            _ = s.handle(.char("a"))
            _ = draw(s)
            _ = s.handle(.escape)
            _ = s.handle(.tab)
            _ = s.handle(.enter)
            _ = draw(s)
        }
    }
}
