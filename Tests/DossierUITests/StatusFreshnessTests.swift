import DossierKit
import Testing
@testable import DossierUI

/// The status line tells the truth about what is on screen, and Tab starts from the screen.
@Suite struct StatusFreshnessTests {
    @Test func tabStartsFromTheScreenWhenTheSelectedCitationScrolledAway() {
        var s = ReaderState(document: Fixtures.long(paragraphs: 80), width: 60, height: 12)
        s.handle(.tab)
        #expect(s.selectedCitation == 0)
        // Scroll far away: the selection lets go, and Tab takes the first citation from the top.
        Fixtures.press(&s, "60j")
        #expect(s.selectedCitation == nil)
        #expect(s.selectionText.isEmpty)
        s.handle(.tab)
        let c = s.selectedCitation ?? -1
        #expect(c > 10, "not citation 1, after the one scrolled away from")
        #expect(s.document.citations[c].span.start >= s.anchorOffset)
        #expect(c == s.index.citationStops.firstStarting(atOrAfter: s.anchorOffset))
        // Shift-Tab from a fresh screen takes the last citation before its bottom.
        Fixtures.press(&s, "30j")
        s.handle(.backTab)
        let b = s.selectedCitation ?? -1
        #expect(b > c)
        #expect(s.viewport.isVisible(s.document.citations[b].span))
        #expect(!s.viewport.isVisible(s.document.citations[b + 1].span))
    }

    @Test func aTimelineLabelGoesOnceTheSentenceIsOffScreen() {
        let d = Fixtures.articleWithTail(40)
        var s = ReaderState(document: d, width: 120, height: 12)
        s.handle(.char("t"))
        s.handle(.char("j"))
        s.handle(.enter)
        s.handle(.escape)
        #expect(s.selectionText.hasPrefix("timeline 2018 spring"))
        #expect(Fixtures.screen(s).lines[11].contains("timeline 2018 spring"))
        s.handle(.char("j"))
        #expect(s.selectionText.hasPrefix("timeline 2018 spring"), "still on screen")
        Fixtures.press(&s, "20j")
        #expect(s.highlight == nil)
        #expect(!Fixtures.screen(s).lines[11].contains("timeline"), "\(Fixtures.screen(s))")
    }

    @Test func nAndNKeepTheCounterWhenTheyWrapAndForAnEntity() {
        var s = ReaderState(document: Fixtures.article, width: 60, height: 12)
        s.handle(.char("f"))
        Fixtures.press(&s, "moscow")
        s.handle(.enter)
        s.handle(.char("n"))
        s.handle(.char("n"))
        let line = Fixtures.screen(s).lines[11]
        #expect(line.contains("Search wrapped to the top · Moscow 1/2"), "\(line)")
        s.handle(.char("n"))
        #expect(Fixtures.screen(s).lines[11].contains("Moscow  2/2"))
    }

    @Test func aClickOnANameSaysWhichEntityAndWhichMention() {
        var s = ReaderState(document: Fixtures.article, width: 120, height: 12)
        // "Putin met Aliyev in Moscow" on row 3: Moscow starts at column 21.
        s.handle(.mouse(MouseEvent(kind: .click, x: 22, y: 3)))
        #expect(s.message == "Moscow · PLACE · mention 1/2")
        #expect(Fixtures.screen(s).lines[11].contains("Moscow · PLACE · mention 1/2"))
    }

    @Test func aRestoredPositionSaysSoOnce() {
        let d = Fixtures.long(paragraphs: 60)
        let at = Fixtures.spans("Paragraph 30 ", in: d.text)[0].start
        var s = ReaderState(document: d, width: 60, height: 12, anchor: at)
        #expect(s.message?.hasPrefix("Resumed at ") == true)
        #expect(s.message?.hasSuffix("% — g for the top") == true, "\(s.message ?? "")")
        s.handle(.char("j"))
        #expect(s.message == nil)
        let fresh = ReaderState(document: d, width: 60, height: 12)
        #expect(fresh.message == nil)
    }
}

/// Pictures of the status line while a key sequence is typed.
@Suite struct PendingKeyPictureTests {
    @Test func theStatusLineShowsACountAMarkAndALineNumberBeingTyped() {
        var s = ReaderState(document: Fixtures.article, width: 40, height: 8)
        s.handle(.char("1"))
        s.handle(.char("2"))
        #expect(Fixtures.screen(s).lines[7] == " talks.txt Top  12               ? help")
        s.handle(.escape)
        s.handle(.char("m"))
        // The question takes the room; the file name gives way, as it does for messages.
        #expect(Fixtures.screen(s).lines[7] == " Top  m — mark which letter?     ? help", "\(Fixtures.screen(s))")
        s.handle(.char("a"))
        s.handle(.char(":"))
        Fixtures.press(&s, "3")
        let g = Fixtures.screen(s)
        #expect(g.lines[7] == " talks.txt Top  :3               ? help", "\(g)")
        #expect(g[16, 7].style.fg == Fixtures.fg("status"), "a prompt, not a notice")
    }
}
