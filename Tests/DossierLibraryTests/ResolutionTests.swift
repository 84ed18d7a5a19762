import DossierKit
import Foundation
import Testing
@testable import DossierLibrary

@Suite("Cross-reference resolution")
struct ResolutionTests {
    typealias F = LibraryFixtures

    /// A library of four monitor articles (two on one day) and one from another outlet.
    static func library() throws -> (Library, [String: Int64]) {
        let lib = try Library.inMemory(knowledge: testAnnotator.knowledge)
        var ids: [String: Int64] = [:]
        ids["jul19"] = try F.add(lib, "/jul19.txt", F.text(title: "Tarvia Turns West", body: "Oskar Velmar said Tarvia would turn west."), date: "2016-07-19")
        ids["may30"] = try F.add(lib, "/may30.txt", F.text(title: "Velmar Takes Power", body: "Oskar Velmar took power in Tarvia."), date: "2018-05-30")
        ids["may30b"] = try F.add(lib, "/may30b.txt", F.text(title: "A Second Piece on May 30", body: "Ilsa Brandt wrote again."), date: "2018-05-30")
        ids["jun5"] = try F.add(lib, "/jun5.txt", F.text(title: "Brandt in Zorvania", body: "Ilsa Brandt met Oskar Velmar."), date: "2019-06-05")
        ids["other"] = try F.add(lib, "/other.txt", F.text(title: "Another Outlet", publication: "Tarvian Weekly Review", body: "Nothing here."), date: "2016-07-19")
        return (lib, ids)
    }

    @Test("the citation's short name and the article's full publication name meet")
    func alias() throws {
        let (lib, ids) = try Self.library()
        let m = try lib.resolve(source: "EDM", dates: [F.day("2016-07-19")])
        #expect(m.map(\.article.id) == [ids["jul19"]!])
        #expect(m.first?.approximate == false)
        let full = try lib.resolve(source: "Eurasia Daily Monitor", dates: [F.day("2016-07-19")])
        #expect(full.map(\.article.id) == [ids["jul19"]!])
    }

    @Test("several dates in one citation each resolve; two articles on one day both come back")
    func severalDates() throws {
        let (lib, ids) = try Self.library()
        let text = F.text(title: "Looking Back", body: "Relations were rocky (see EDM, May 30, 2018 and June 5, 2019).")
        let doc = F.doc(text, date: "2019-10-08")
        let c = try #require(doc.citations.first { $0.see })
        let refs = try lib.resolve(c)
        #expect(refs.count == 1)
        let got = Set(refs[0].map(\.article.id))
        #expect(got == [ids["may30"]!, ids["may30b"]!, ids["jun5"]!])
        #expect(refs[0].filter { $0.cited == F.day("2018-05-30") }.count == 2)
    }

    @Test("a date with no article resolves to nothing")
    func noArticle() throws {
        let (lib, _) = try Self.library()
        #expect(try lib.resolve(source: "EDM", dates: [F.day("2017-01-10")]).isEmpty)
        #expect(try lib.resolve(source: "Unknown Gazette", dates: [F.day("2016-07-19")]).isEmpty)
    }

    @Test("an inferred date matches within a few days, nearest first, flagged approximate")
    func inferred() throws {
        let lib = try Library.inMemory(knowledge: testAnnotator.knowledge)
        // Dated by its latest citation (May 10, a Tuesday): inferred as May 11.
        let near = try F.add(lib, "/near.txt", F.text(title: "Near", body: "Velmar spoke (Zorvan Daily, May 10, 2016)."))
        let exact = try F.add(lib, "/exact.txt", F.text(title: "Exact", body: "Brandt spoke."), date: "2016-05-14")
        let summary = try #require(try lib.article(id: near))
        #expect(summary.dateInferred)
        #expect(summary.date == F.day("2016-05-11"))
        let m = try lib.resolve(source: "EDM", dates: [F.day("2016-05-13")])
        #expect(m.map(\.article.id) == [near])
        #expect(m.first?.distance == 2)
        #expect(m.first?.approximate == true)
        let m2 = try lib.resolve(source: "EDM", dates: [F.day("2016-05-14")])
        #expect(m2.map(\.article.id) == [exact, near])
        #expect(m2.map(\.approximate) == [false, true])
        #expect(try lib.resolve(source: "EDM", dates: [F.day("2016-05-30")]).isEmpty)
    }

    @Test("cited-by lists the citing articles at their citation")
    func citedBy() throws {
        let (lib, ids) = try Self.library()
        let text = F.text(title: "Looking Back", body: "Tarvia turned (see EDM, July 19, 2016). Velmar rose (see EDM, May 30, 2018).")
        let citing = try F.add(lib, "/citing.txt", text, date: "2019-10-08")
        let by = try lib.citedBy(ids["jul19"]!)
        #expect(by.map(\.article.id) == [citing])
        let scalars = Array(text.unicodeScalars)
        let c = try #require(by.first)
        #expect(String(String.UnicodeScalarView(scalars[c.citation.start..<c.citation.end])) == "(see EDM, July 19, 2016)")
        #expect(try lib.citedBy(ids["other"]!).isEmpty)
        #expect(try lib.citedBy(ids["may30b"]!).map(\.article.id) == [citing])
    }

    @Test("the entity page lists the articles and the dated sentences in date order")
    func entityPage() throws {
        let lib = try Library.inMemory(knowledge: testAnnotator.knowledge)
        try F.add(lib, "/b.txt", F.text(title: "Later", body: "On May 5, 2018, Oskar Velmar met Ilsa Brandt."), date: "2018-05-09")
        try F.add(lib, "/a.txt", F.text(title: "Earlier", body: "On March 2, 2016, Oskar Velmar spoke in Tarvia. Brandt said nothing in 2015."), date: "2016-03-04")
        let e = try #require(try lib.entity(named: "Oskar Velmar"))
        let page = try #require(try lib.entityPage(e.id))
        #expect(page.articles.map(\.article.title) == ["Later", "Earlier"])
        #expect(page.timeline.map(\.start) == [F.day("2016-03-02"), F.day("2018-05-05")])
        #expect(page.timeline.first?.sentenceText == "On March 2, 2016, Oskar Velmar spoke in Tarvia.")
        #expect(page.timelineHasMore == false)
        let first = try #require(try lib.entityPage(e.id, timelineLimit: 1))
        #expect(first.timeline.count == 1)
        #expect(first.timelineHasMore)
    }
}
