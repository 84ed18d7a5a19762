import Testing
@testable import DossierKit

@Suite struct DocumentDateInferenceTests {
    private func infer(_ text: String, metadata: Metadata = Metadata(), citations: [Citation] = [], given: CalendarDate? = nil) -> DocumentDate {
        DocumentDateInference.infer(TextBuffer(text), metadata: metadata, citations: citations, given: given.map { GivenDate($0) },
                                    today: CalendarDate(year: 2030, month: 1, day: 2))
    }

    private func cite(_ dates: [PartialDate]) -> Citation {
        Citation(span: Span(0, 1), text: "(X)", kind: .source, see: false,
                 refs: [Citation.Ref(source: "X", sourceSpan: Span(1, 2), rawDates: dates)])
    }

    @Test func givenDateWins() {
        let d = infer("Volume: 16 Issue: 138", given: CalendarDate(year: 2001, month: 2, day: 3))
        #expect(d.value == CalendarDate(year: 2001, month: 2, day: 3) && !d.inferred)
    }

    @Test func volumeAndLatestCitation() {
        let text = "Title\n\nPublication: Eurasia Daily Monitor Volume: 12 Issue: 100\n\nThe envoy spoke (Tass, June 3). Later (Interfax, June 9)."
        let d = infer(text)
        #expect(d.value == CalendarDate(year: 2015, month: 6, day: 10))
        #expect(d.inferred && d.basis.contains("volume 12"))
    }

    @Test func citationsFromTheStageAreUsed() {
        let d = infer("Publication: EDM Volume: 10", citations: [cite([PartialDate(month: 4, day: 2), PartialDate(month: 4, day: 20)])])
        #expect(d.value == CalendarDate(year: 2013, month: 4, day: 22))  // Sunday the 21st moves to Monday
        #expect(d.basis.contains("Monday"))
    }

    @Test func decemberCitationsInAJanuaryArticle() {
        let c = cite([PartialDate(month: 12, day: 28), PartialDate(month: 12, day: 30), PartialDate(month: 1, day: 3), PartialDate(month: 1, day: 12)])
        let d = infer("Publication: EDM Volume: 5 Issue: 7", citations: [c])
        #expect(d.value == CalendarDate(year: 2008, month: 1, day: 14))  // Sunday the 13th moves to Monday
    }

    @Test func earlyIssueCitingOnlyDecember() {
        let c = cite([PartialDate(month: 12, day: 22), PartialDate(month: 12, day: 29)])
        let d = infer("Publication: EDM Volume: 19 Issue: 2", citations: [c])
        #expect(d.value == CalendarDate(year: 2021, month: 12, day: 30))
    }

    @Test func yearFromTextWithoutVolume() {
        let text = "Publication: Eurasianet\n\nIn 2014 a line opened; by 2030 another will. Output fell in 2022 (Reuters, May 4)."
        let d = infer(text)
        #expect(d.value == CalendarDate(year: 2022, month: 5, day: 5))
    }

    @Test func wireStoryWithoutCitationsUsesItsLatestFullDate() {
        let d = infer("WASHINGTON (AP) — The panel met on Feb. 12, 1998, and again on February 13, 1998. A vote is due by March 30, 1998.")
        #expect(d.value == CalendarDate(year: 1998, month: 2, day: 13))
    }

    @Test func issueNumberPlacesTheDay() {
        let d = infer("Publication: Eurasia Daily Monitor Volume: 19 Issue: 9\n\nNo citations here.")
        #expect(d.value.year == 2022 && d.value.month == 1)
    }

    @Test func yearlessCitationsWithoutYearClueUseTheRecentPast() {
        let d = infer("He said so (Reuters, March 3). She agreed (TASS, December 20).")
        // Read circularly, December 20 comes before March 3 (the biggest gap follows March 3);
        // today is 2030-01-02, so the latest March 3 is 2029's.
        #expect(d.value == CalendarDate(year: 2029, month: 3, day: 5))  // Sunday the 4th moves to Monday
    }

    @Test func randomTextNeverTraps() {
        let pieces = ["Volume:", " 16", " Issue:", " 9", "(", ")", "TASS, ", "December ", "31", ", ", "2019", "–", "see EDM ",
                      "February 30", " by 2025", "\n", "Ş", "’", "99999999999", "Sept.", " 1", "Jan", "May 32, 1999"]
        var seed: UInt64 = 7
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<12 {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(seed >> 33) % pieces.count]
            }
            let d = infer(text)
            #expect(CalendarDate.isValid(year: d.value.year, month: d.value.month, day: d.value.day))
            _ = TimelineBuilder.interval(String(text.prefix(12)))
        }
    }

    @Test func noClueFallsBackToToday() {
        let d = infer("Nothing to see here.")
        #expect(d.value == CalendarDate(year: 2030, month: 1, day: 2) && d.basis.lowercased().contains("today"))
        #expect(d.assumed, "a date with no clue behind it is flagged as assumed")
        #expect(!infer("Publication: Eurasia Daily Monitor Volume: 16 Issue: 138\n\nText.").assumed)
        _ = infer("")
        _ = infer("Volume: 99999999999999999999 Issue: (((")
    }
}

@Suite struct TimelineBuilderTests {
    private func timex(_ v: String, at: Int, mod: Timex.Mod? = nil, type: Timex.TimexType = .date) -> Timex {
        Timex(span: Span(at, at + 4), text: "x", type: type, value: v, mod: mod)
    }

    @Test func intervalsAndLabels() {
        let tl = TimelineBuilder.build(timexes: [
            timex("2019-09", at: 10), timex("2018-SP", at: 20), timex("1999", at: 30, mod: .before),
            timex("2019-09-30/2019-10-03", at: 40), timex("2021-W10", at: 50), timex("199X", at: 60),
            timex("2023-Q1", at: 70), timex("2021-H2", at: 80), timex("P20Y", at: 90, type: .duration),
            timex("PAST_REF", at: 100), timex("XXXX-WXX-4", at: 110, type: .set), timex("1990-08-15T19:15", at: 120, type: .time),
        ], citations: [], sentences: [Span(0, 45), Span(45, 200)])
        let byLabel = Dictionary(tl.map { ($0.label, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(tl.count == 9)
        #expect(byLabel["2019-09"]?.start == CalendarDate(year: 2019, month: 9, day: 1))
        #expect(byLabel["2019-09"]?.end == CalendarDate(year: 2019, month: 9, day: 30))
        #expect(byLabel["2018 spring"]?.end == CalendarDate(year: 2018, month: 5, day: 31))
        #expect(byLabel["1999 (before)"] != nil)
        #expect(byLabel["2019-09-30 → 2019-10-03"]?.end == CalendarDate(year: 2019, month: 10, day: 3))
        #expect(byLabel["2021-W10"]?.start == CalendarDate(year: 2021, month: 3, day: 8))
        #expect(byLabel["2021-W10"]?.end == CalendarDate(year: 2021, month: 3, day: 14))
        #expect(byLabel["1990s"]?.end == CalendarDate(year: 1999, month: 12, day: 31))
        #expect(byLabel["2023 Q1"]?.end == CalendarDate(year: 2023, month: 3, day: 31))
        #expect(byLabel["2021 H2"]?.start == CalendarDate(year: 2021, month: 7, day: 1))
        #expect(byLabel["2019-09"]?.sentence == Span(0, 45))
        #expect(byLabel["2021-W10"]?.sentence == Span(45, 200))
        // Sorted by start.
        #expect(zip(tl, tl.dropFirst()).allSatisfy { $0.start <= $1.start })
    }

    @Test func citationDatesCarryTheSource() {
        let c = Citation(span: Span(5, 30), text: "(see EDM, July 19, 2016)", kind: .crossref, see: true,
                         refs: [Citation.Ref(source: "EDM", sourceSpan: Span(10, 13), rawDates: [PartialDate(year: 2016, month: 7, day: 19)],
                                             dates: [CalendarDate(year: 2016, month: 7, day: 19)])])
        let tl = TimelineBuilder.build(timexes: [timex("2016-07-19", at: 1)], citations: [c], sentences: [Span(0, 40)])
        #expect(tl.map(\.label) == ["2016-07-19", "2016-07-19 EDM"])
        #expect(tl.last?.origin == .citation && tl.last?.at == Span(5, 30))
    }

    @Test func malformedValuesAreSkipped() {
        let tl = TimelineBuilder.build(timexes: ["", "20", "2019-13", "2019-02-30", "2019-W99", "abcd", "2019/2018", "/", "2019-Q9"].enumerated().map { timex($1, at: $0 * 5) },
                                       citations: [], sentences: [])
        #expect(tl.map(\.label) == ["21st century"])
    }
}
