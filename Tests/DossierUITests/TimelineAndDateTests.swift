import DossierKit
import Testing
@testable import DossierUI

/// The timeline filter (T) and setting the document date (D), from issue 9.
@Suite struct TimelineAndDateTests {
    @Test func tCyclesEventsAndCitedSourcesAndColoursThemApart() {
        var s = ReaderState(document: Fixtures.article, width: 120, height: 12)
        s.handle(.char("t"))
        #expect(s.rows(.timeline).count == 3)
        var g = Fixtures.screen(s)
        let cited = g.lines.firstIndex { $0.contains("2016-07-19") } ?? -1
        let event = g.lines.firstIndex { $0.contains("2018 spring") } ?? -1
        let cx = g.line(cited).distance(from: g.line(cited).startIndex, to: g.line(cited).range(of: "2016-07-19")!.lowerBound)
        let ex = g.line(event).distance(from: g.line(event).startIndex, to: g.line(event).range(of: "2018 spring")!.lowerBound)
        #expect(g[cx, cited].style.fg == Fixtures.fg("pane.date.cited") || g[cx, cited].style == Fixtures.theme.style("pane.row.selected"))
        #expect(g[ex, event].style.fg == Fixtures.fg("pane.date"))
        #expect(Fixtures.fg("pane.date") != Fixtures.fg("pane.date.cited"))
        s.handle(.char("T"))
        #expect(s.message == "Timeline: events the text speaks of only")
        #expect(s.rows(.timeline).count == 1)
        g = Fixtures.screen(s)
        #expect(g.lines[0].contains("Events"), "the tab names the filter: \(g.lines[0])")
        #expect(!g.lines.contains { $0.contains("2016-07-19") })
        s.handle(.char("T"))
        #expect(s.rows(.timeline).count == 2)
        #expect(Fixtures.screen(s).lines[0].contains("Cited"))
        s.handle(.enter)
        #expect(s.highlight == s.document.timeline[1].sentence, "Enter still acts on the filtered row")
        s.handle(.char("T"))
        #expect(s.rows(.timeline).count == 3)
    }

    @Test func dSetsTheDocumentDateAndReannotates() {
        let text = "Talks in Baku\n\nLast year Moscow and Baku met. The talks went on (Wire, May 3)."
        let doc = testAnnotator.annotate(text, path: "/tmp/x.txt", date: CalendarDate(year: 2019, month: 10, day: 8))
        var s = ReaderState(document: doc, width: 80, height: 12)
        let before = s.document.metadata.date?.value
        s.handle(.char("D"))
        #expect(s.pendingText?.hasPrefix("Document date") == true)
        Fixtures.press(&s, "2015-02-3x0")
        s.handle(.enter)
        #expect(s.message == "Not a date: 2015-02-30 (write YYYY-MM-DD)", "\(s.message ?? "")")
        #expect(s.document.metadata.date?.value == before)
        s.handle(.char("D"))
        Fixtures.press(&s, "2015-02-20")
        let effects = s.handle(.enter)
        let d = CalendarDate(year: 2015, month: 2, day: 20)
        #expect(effects == [.setDate(d)])
        // The loop performs the effect with the command line's loader and annotator.
        s.applyDocumentDate(d, document: testAnnotator.annotate(text, path: "/tmp/x.txt", date: d))
        #expect(s.userDate == CalendarDate(year: 2015, month: 2, day: 20))
        #expect(s.document.metadata.date?.value == CalendarDate(year: 2015, month: 2, day: 20))
        #expect(s.document.metadata.date?.inferred == false)
        #expect(s.message?.hasPrefix("Document date 2015-02-20") == true)
        // "Last year" now means 2014, and the citation's May 3 is the latest before the date: 2014's.
        #expect(s.document.timeline.contains { $0.start.year == 2014 })
        #expect(!s.document.timeline.contains { $0.start.year == 2019 })
        #expect(s.document.citations.first?.refs.first?.dates.first?.year == 2014)
        #expect(HelpText.lines(keymap: s.keymap).contains { $0.name == "set-date" && $0.keys == "D" })
    }
}
