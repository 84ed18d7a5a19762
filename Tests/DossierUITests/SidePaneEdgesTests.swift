import DossierKit
import Testing
@testable import DossierUI

/// The finder's ranking, the side pane's edges and one width model for ZWJ sequences.
@Suite struct SidePaneEdgesTests {
    /// Entities whose names a careless fuzzy matcher confuses with "putin".
    static let namesake: Document = {
        let text = """
        Putin visited Kapustin Yar. The China National Petroleum Corporation signed. Putin left. \
        Moscow waited. The Putinist camp cheered 👩‍💻 Ada.
        """
        let ents = [
            Fixtures.entity("vladimir-putin", "Vladimir Putin", .person, names: ["Putin"], in: text),
            Fixtures.entity("kapustin-yar", "Kapustin Yar", .place, in: text),
            Fixtures.entity("cnpc", "China National Petroleum Corporation", .org, in: text),
            Fixtures.entity("moscow", "Moscow", .place, in: text),
            Fixtures.entity("putinist", "Putinist", .norp, in: text),
            Fixtures.entity("ada", "👩‍💻 Ada", .person, in: text),
        ]
        return Document(text: text, blocks: [Block(kind: .paragraph, span: Span(0, text.unicodeScalars.count))], entities: ents)
    }()

    func found(_ query: String) -> [String] {
        var s = ReaderState(document: Self.namesake, width: 80, height: 20)
        s.handle(.char("f"))
        Fixtures.press(&s, query)
        return s.finder?.results.map { s.document.entities[$0.entity].id } ?? []
    }

    @Test func theFinderDropsScatteredMatchesAndRanksWordStartsFirst() {
        #expect(found("putin") == ["vladimir-putin", "putinist"], "\(found("putin"))")
        #expect(!found("putin").contains("kapustin-yar") && !found("putin").contains("cnpc"))
        #expect(found("vp") == ["vladimir-putin"], "initials are word starts")
        #expect(found("cnpc") == ["cnpc"])
        #expect(found("msc") == ["moscow"], "letters of one word from its start")
        #expect(found("stin") == ["kapustin-yar"], "inside a word still counts when contiguous")
        #expect(found("yar").first == "kapustin-yar")
        // A word-start match outranks a contiguous one inside a word.
        let m = Finder.match("pu", in: "Kapustin Pu")
        #expect(m?.kind == .prefix && m?.positions == [9, 10])
        #expect(Finder.match("putin", in: "Kapustin Yar") == nil)
        #expect(Finder.match("putin", in: "China National Petroleum Corporation") == nil)
    }

    @Test func theFinderBoxKeepsItsSizeAsResultsShrink() {
        var s = ReaderState(document: Self.namesake, width: 80, height: 20)
        s.handle(.char("f"))
        func box() -> [Int] {
            let g = Fixtures.screen(s)
            return (0..<20).filter { g.lines[$0].contains("┌") || g.lines[$0].contains("└") }
        }
        let all = box()
        Fixtures.press(&s, "putin")
        #expect(box() == all, "same top and bottom rows with 6 results and with 2")
        Fixtures.press(&s, "zzz")
        #expect(box() == all)
    }

    @Test func tThenEscRestoresAHiddenPane() {
        var s = ReaderState(document: Fixtures.article, width: 120, height: 12)
        s.handle(.char("\\"))
        #expect(!s.geometry.showsSide)
        s.handle(.char("t"))
        #expect(s.geometry.showsSide && s.focus == .sidePane)
        s.handle(.escape)
        #expect(!s.geometry.showsSide, "hidden again, as before t")
        s.handle(.char("\\"))
        s.handle(.char("e"))
        s.handle(.escape)
        #expect(s.geometry.showsSide, "shown before e: still shown")
    }

    @Test func aDateRangeFitsTheDateColumn() {
        var d = Fixtures.article
        let sp = Fixtures.span("the spring of 2018", in: d.text)
        d.timeline.append(TimelineEntry(start: CalendarDate(year: 2019, month: 9, day: 30), end: CalendarDate(year: 2019, month: 10, day: 3),
                                        label: "2019-09-30 → 2019-10-03", origin: .timex, at: sp, sentence: nil))
        let s = ReaderState(document: d, width: 100, height: 12)
        #expect(s.geometry.sideWidth == 40)
        let g = Fixtures.screen(s)
        let rows = g.lines.map { String($0.dropFirst(s.geometry.sideX)) }
        let range = rows.first { $0.contains("2019-09-30 → 10-03") } ?? ""
        let single = rows.first { $0.contains("2019-09-16") } ?? ""
        // Labels start in the same column: the range did not push its own label right.
        func labelColumn(_ r: String) -> Int {
            let chars = Array(r)
            var i = 1
            while i < chars.count, chars[i] != " " || chars[i + 1] == " " || chars[i - 1] == "→" || chars[i + 1] == "→" { i += 1 }
            while i < chars.count, chars[i] == " " { i += 1 }
            return i
        }
        #expect(labelColumn(range) == labelColumn(single), "\n\(range)\n\(single)")
    }

    @Test func aZWJSequenceHasOneWidthEverywhere() {
        // 👩‍💻 is 👩 (2) + ZWJ (0) + 💻 (2): four columns, per scalar, as ncurses draws it.
        #expect(DisplayWidth.of("👩‍💻") == 4)
        var g = CellGrid(width: 12, height: 1)
        let end = g.put("👩‍💻|", x: 0, y: 0)
        #expect(end == 5)
        #expect(g.line(0).hasPrefix("👩‍💻|"))
        #expect(g[4, 0].text == "|", "the bar where the terminal puts it")
        // In the article, the side pane and the finder alike, the name after it lines up.
        var s = ReaderState(document: Self.namesake, width: 120, height: 20)
        s.handle(.char("e"))
        let screen = Fixtures.screen(s)
        let pane = screen.lines.first { $0.contains("Ada") && $0.contains("👩") } ?? ""
        #expect(pane.contains("👩‍💻 Ada"), "\(screen)")
        s.handle(.escape)
        s.handle(.char("f"))
        Fixtures.press(&s, "ada")
        let f = Fixtures.screen(s)
        let row = (0..<20).first { f.lines[$0].contains("Ada") } ?? -1
        #expect(f.lines[row].contains("👩‍💻 Ada"))
        // Cells: the emoji's cells and the box's right border stay in their columns.
        let right = (0..<120).last { f[$0, row].text == "│" } ?? -1
        let top = (0..<120).last { f[$0, row - 1].text == "│" || f[$0, row - 1].text == "┐" } ?? -2
        #expect(right == top, "the box's right edge is straight")
    }
}
