import DossierKit
import Foundation
import Testing
@testable import DossierUI

/// The jump list, marks, `''`, counts, percent and line jumps, as key sequences.
@Suite struct JumpListTests {
    func state(_ paragraphs: Int = 60) -> ReaderState {
        ReaderState(document: Fixtures.long(paragraphs: paragraphs), width: 60, height: 12)
    }

    @Test func finderEnterThenCtrlOReturnsToTheSameTopLine() {
        var s = ReaderState(document: Fixtures.long(paragraphs: 60), width: 60, height: 12)
        for _ in 0..<7 { s.handle(.char("j")) }
        let (top, anchor) = (s.top, s.anchorOffset)
        s.handle(.char("G"))
        #expect(s.top > top)
        s.handle(.ctrl("o"))
        #expect(s.top == top && s.anchorOffset == anchor)
        #expect(s.message?.hasPrefix("Back (before G)") == true, "\(s.message ?? "")")
        s.handle(.ctrl("r"))
        #expect(s.top == s.viewport.maxTop, "forward redoes G")
        #expect(s.message?.hasPrefix("Forward (G)") == true, "\(s.message ?? "")")
    }

    @Test func everyKindOfJumpIsRecordedAndBackspaceWalksThemBack() {
        var s = ReaderState(document: Fixtures.articleWithTail(40), width: 60, height: 12)
        let start = s.top
        s.handle(.char("G"))
        let atEnd = s.top
        // The finder: Pashinyan is near the top, so Enter jumps back up.
        s.handle(.char("f"))
        Fixtures.press(&s, "pashin")
        s.handle(.enter)
        let atFinder = s.top
        #expect(atFinder < atEnd)
        s.handle(.backspace)
        #expect(s.top == atEnd, "Backspace undoes the finder jump")
        #expect(s.message?.contains("finder: Nikol Pashinyan") == true, "\(s.message ?? "")")
        s.handle(.backspace)
        #expect(s.top == start, "and then G")
        s.handle(.backspace)
        #expect(s.top == start && s.message?.hasPrefix("No earlier place") == true)
        s.handle(.ctrl("r"))
        s.handle(.ctrl("r"))
        #expect(s.top == atFinder)
    }

    @Test func searchEnterAndPaneEnterAreJumps() {
        var s = state()
        s.handle(.char("/"))
        Fixtures.press(&s, "Paragraph 40 ")
        s.handle(.enter)
        let found = s.top
        #expect(found > 20)
        s.handle(.ctrl("o"))
        #expect(s.top == 0)
        #expect(s.message?.contains("/Paragraph 40") == true)
        s.handle(.ctrl("r"))
        #expect(s.top == found)
        // A citations-pane row jumps too.
        s.handle(.char("g"))
        s.handle(.char("c"))
        s.handle(.char("G"))
        s.handle(.enter)
        s.handle(.escape)
        let cited = s.top
        #expect(cited > 0)
        s.handle(.ctrl("o"))
        #expect(s.top == 0)
        #expect(s.message?.contains("citations") == true, "\(s.message ?? "")")
    }

    @Test func marksSetAndJumpAndQuoteQuoteToggles() {
        var s = state()
        for _ in 0..<9 { s.handle(.char("j")) }
        let marked = s.top
        Fixtures.press(&s, "ma")
        #expect(s.marks["a"] == s.anchorOffset)
        #expect(s.message?.hasPrefix("Mark a set") == true)
        s.handle(.char("G"))
        let end = s.top
        Fixtures.press(&s, "'a")
        #expect(s.top == marked)
        Fixtures.press(&s, "''")
        #expect(s.top == end, "'' returns to where the mark jump left")
        Fixtures.press(&s, "''")
        #expect(s.top == marked, "and toggles")
        Fixtures.press(&s, "'b")
        #expect(s.message == "No mark b: mb sets it")
        #expect(s.top == marked)
        Fixtures.press(&s, "m1")
        #expect(s.message == "Marks are the letters a–z")
    }

    @Test func marksAndTheDateAreKeptPerFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-marks-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = PositionStore(directory: dir)
        #expect(store.save(path: "/x/a.txt", PositionStore.Saved(offset: 42, marks: ["a": 7, "z": 900], date: "2019-10-08")) == nil)
        #expect(store.save(path: "/x/b.txt", offset: 5) == nil)
        let a = try store.loadSaved(path: "/x/a.txt").get()
        #expect(a == PositionStore.Saved(offset: 42, marks: ["a": 7, "z": 900], date: "2019-10-08"))
        let b = try store.loadSaved(path: "/x/b.txt").get()
        #expect(b?.marks.isEmpty == true && b?.offset == 5)
        #expect(store.load(path: "/x/a.txt") == .found(42), "the old reader of the format still works")
    }

    @Test func countsRepeatMotions() {
        var s = state()
        Fixtures.press(&s, "5j")
        #expect(s.top == 5)
        Fixtures.press(&s, "2k")
        #expect(s.top == 3)
        s.handle(.char("1"))
        s.handle(.char("0"))
        #expect(s.pendingText == "10")
        #expect(Fixtures.screen(s).lines[11].contains("10"), "the count shows in the status line")
        s.handle(.char(" "))
        #expect(s.top == 3 + 10 * (s.viewHeight - 2))
        // A count then Esc is forgotten.
        Fixtures.press(&s, "7")
        s.handle(.escape)
        let t = s.top
        s.handle(.char("j"))
        #expect(s.top == t + 1)
    }

    @Test func percentAndLineJumps() {
        var s = state()
        let n = s.layout.lines.count
        Fixtures.press(&s, "50%")
        #expect(s.top == n / 2)
        #expect(s.positionText.hasSuffix("%"))
        Fixtures.press(&s, "0p")
        #expect(s.top == 50 * 0, "0 after nothing is not a count: p alone goes to the top")
        Fixtures.press(&s, "25p")
        #expect(s.top == n / 4)
        s.handle(.ctrl("o"))
        #expect(s.top == 0, "percent jumps are recorded")
        s.handle(.ctrl("o"))
        #expect(s.top == n / 2)
        // :NUMBER goes to a line of the file: paragraph 10 starts on line 21.
        s.handle(.char(":"))
        Fixtures.press(&s, "21")
        #expect(s.pendingText == ":21")
        s.handle(.enter)
        let line21 = Fixtures.spans("Paragraph 10 ", in: s.document.text)[0].start
        #expect(s.anchorOffset == line21)
        Fixtures.press(&s, "41g")
        #expect(s.anchorOffset == Fixtures.spans("Paragraph 20 ", in: s.document.text)[0].start)
        s.handle(.char(":"))
        Fixtures.press(&s, "9999")
        s.handle(.enter)
        #expect(s.message == "The file has 119 lines")
    }

    @Test func nAndNRecordOnlyWhenTheScreenChanges() {
        var s = state()
        s.handle(.char("/"))
        Fixtures.press(&s, "moscow")
        s.handle(.enter)
        let before = s.jumps.entries.count
        s.handle(.char("n"))
        #expect(s.jumps.entries.count == before, "the next hit on the same screen is not a jump")
        Fixtures.press(&s, "30n")
        #expect(s.jumps.entries.count == before + 1)
        #expect(s.searchCounter == "32/60")
    }

    @Test func theJumpListCapsAndDropsForwardHistory() {
        var j = JumpList()
        for i in 0..<150 { j.record(Place(article: "a", offset: i), reason: "x") }
        #expect(j.entries.count == JumpList.capacity)
        _ = j.back(from: Place(article: "a", offset: 999))
        _ = j.back(from: Place(article: "a", offset: 149))
        j.record(Place(article: "a", offset: 1000), reason: "y")
        #expect(j.entries.last?.place.offset == 1000)
        #expect(j.forward(from: Place(article: "a", offset: 5)) == nil, "a new jump forgets what back walked past")
    }

    @Test func aJumpToAnotherArticleIsAnOpenEffect() {
        var s = state()
        s.jumps.record(Place(article: "library:42", offset: 17), reason: "cited by")
        #expect(s.handle(.ctrl("o")) == [.open(article: "library:42", offset: 17)])
    }
}
