import Testing
@testable import DossierKit

/// DCT from the head of a text: datelines, labelled lines, date lines; news-style year inference.
@Suite struct TimeHeaderDateTests {
    private let today = CalendarDate(year: 2030, month: 6, day: 15)

    private func infer(_ text: String, metadata: Metadata = Metadata()) -> DocumentDate {
        DocumentDateInference.infer(TextBuffer(text), metadata: metadata, citations: [], given: nil, today: today)
    }

    @Test func datelineWithFullDate() {
        let d = infer("Pipeline deal signed\n\nMOSCOW, March 3, 2021 /TASS/. The two sides signed a deal on Wednesday.")
        #expect(d.value == CalendarDate(year: 2021, month: 3, day: 3))
        #expect(d.basis.contains("dateline"))
    }

    @Test func datelineDayBeforeMonthWithYear() {
        let d = infer("Talks resume\n\nBaku, 12 May 2022 (APA) — Ministers met in the capital.")
        #expect(d.value == CalendarDate(year: 2022, month: 5, day: 12))
    }

    @Test func datelineWithoutYearTakesTheTextYear() {
        let d = infer("Port reopens\n\nODESA, Aug. 9 (Reuters) - The port, shut in 2019, reopened on Tuesday.")
        #expect(d.value == CalendarDate(year: 2019, month: 8, day: 9))
        #expect(d.basis.contains("dateline"))
    }

    @Test func datelineWithoutAnyYearIsTheLatestSuchDayUpToToday() {
        let d = infer("Truce holds\n\nTBILISI, Sept 20 (Reuters) - The truce held overnight, officials said.")
        #expect(d.value == CalendarDate(year: 2029, month: 9, day: 20))
        let e = infer("Truce holds\n\nTBILISI, Jan 20 (Reuters) - The truce held overnight, officials said.")
        #expect(e.value == CalendarDate(year: 2030, month: 1, day: 20))
    }

    @Test func publishedLineBeatsUpdatedLine() {
        let text = "A headline\nUpdated: 5 April 2024 10:12 GMT\nPublished: Monday, April 1, 2024\n\nBody text from 2019."
        let d = infer(text)
        #expect(d.value == CalendarDate(year: 2024, month: 4, day: 1))
        #expect(d.basis.contains("publication line"))
    }

    @Test func postedOnAndIsoDates() {
        #expect(infer("Headline\nPosted on 2023-11-07\n\nText.").value == CalendarDate(year: 2023, month: 11, day: 7))
        #expect(infer("Headline\nUpdated Oct. 2, 2020\n\nText.").value == CalendarDate(year: 2020, month: 10, day: 2))
    }

    @Test func dateLineUnderTheTitle() {
        let d = infer("Steppe politics in flux\nThursday, 14 November 2019, 09:30\n\nThe governor resigned in 2017.")
        #expect(d.value == CalendarDate(year: 2019, month: 11, day: 14))
        #expect(d.basis.contains("date line"))
    }

    @Test func sentencesAndCaptionsAreNotHeaders() {
        // A sentence that starts with a place and a date is not a dateline without a credit or dash.
        let text = "Headline\n\nIn Riga, May 4 is a holiday. Nothing else happened in 2015."
        #expect(DocumentDateInference.headerDate(TextBuffer(text)) == nil)
        // A range on its own line is not a date line; a dateline needs its comma.
        #expect(DocumentDateInference.headerDate(TextBuffer("Title\nSeptember 30–October 3\n")) == nil)
        #expect(DocumentDateInference.headerDate(TextBuffer("Title\nKYIV (AP) — Ships sailed on June 4.\n")) == nil)
        // Beyond the first lines nothing counts.
        let late = String(repeating: "Some line here.\n", count: 12) + "Published: May 3, 2001\n"
        #expect(DocumentDateInference.headerDate(TextBuffer(late)) == nil)
    }

    @Test func malformedHeadersDoNotTrap() {
        for s in ["Published:", "Published: February 30", "ROME, Feb 31 (AP) -", "Date: 2021-13-45", "X, Jan", ",", "Posted on 31"] {
            let d = infer(s)
            #expect(d.inferred)
        }
        #expect(DocumentDateInference.headerDate(TextBuffer("Published: February 30, 2021")) == nil)
    }

    @Test func newsStyleYearFollowsTheLastMonthYear() {
        // "since February 2022" names its year while "July 17" does not: the story is from a later year.
        let text = "Ships sail\n\nKYIV (AP) — A ship stuck since February 2022 sailed on Wednesday. Moscow quit the deal on July 17."
        let d = infer(text)
        #expect(d.value == CalendarDate(year: 2023, month: 7, day: 18))
        #expect(d.basis.contains("2023"))
    }

    @Test func bareYearKeepsItsOwnYear() {
        // The year also stands alone, so it may be the current one.
        let text = "Ships sail\n\nKYIV (AP) — Exports fell in 2022, after a ban in February 2022. Talks broke down on July 17."
        let d = infer(text)
        #expect(d.value == CalendarDate(year: 2022, month: 7, day: 18))
    }

    @Test func yearlessDatesInFutureClausesDoNotCount() {
        let text = "Vote ahead\n\nWARSAW (AP) — Parliament met on March 3 in 2024. It will vote on May 20. The summit is on June 9."
        let d = infer(text)
        #expect(d.value == CalendarDate(year: 2024, month: 3, day: 4))
    }

    @Test func moreHeaderShapes() {
        #expect(infer("Gas talks\n\nMOSCOW. March 3 (Interfax) - Talks on gas resumed in 2020.").value == CalendarDate(year: 2020, month: 3, day: 3))
        #expect(infer("Gas talks\nUpdated 3:15 PM GMT, Monday, August 9, 2023\n\nText.").value == CalendarDate(year: 2023, month: 8, day: 9))
        #expect(infer("Gas talks\n\nKYIV, Ukraine, Aug. 9, 2023 (AP) — Ships sailed.").value == CalendarDate(year: 2023, month: 8, day: 9))
        // An "Updated" line with no date says nothing.
        #expect(DocumentDateInference.headerDate(TextBuffer("Gas talks\nUpdated with new figures\n")) == nil)
    }

    @Test func captionsAreNotDatelines() {
        let cap = "Title\n\nPublication: Eurasia Daily Monitor Volume: 14 Issue: 80\n\nTwo leaders meet, Sochi, May 3, 2016 (Source: kremlin.ru)\n\nText.\n"
        #expect(DocumentDateInference.headerDate(TextBuffer(cap)) == nil)
        #expect(DocumentDateInference.headerDate(TextBuffer("T\n\nBaku, 12 May 2022 (Source: APA)\n")) == nil)
        #expect(DocumentDateInference.headerDate(TextBuffer("T\n\nRIO DE JANEIRO, May 12 (Reuters) - Text.\n"))?.month == 5)
    }

    @Test func pastEventNamesWithYearsBoundTheYear() {
        // No volume: the drill named for 2021 already took place, so the text is from 2021 or later.
        let text = "Drills end\n\nTroops trained in 2019. Belarus sent units to Kavkaz-2021, which ended (Tass, September 20)."
        #expect(infer(text).value == CalendarDate(year: 2021, month: 9, day: 21))
        // A drill still ahead says nothing about the current year.
        let ahead = "Drills ahead\n\nTroops trained in 2019. Belarus will send units to Kavkaz-2021 (Tass, September 20)."
        #expect(infer(ahead).value == CalendarDate(year: 2019, month: 9, day: 23))
    }

    @Test func shuffledHeaderPiecesNeverTrap() {
        // Deterministic mix of header fragments, cut at every length: inference must always answer.
        let pieces = ["MOSCOW", ",", " ", "Jan", ".", "31", "2021", "(", "Reuters", ")", "/", "TASS", "-", "—", "\n",
                      "Published", ":", "Updated", "Q", "3", "Christmas", "Eve", "New", "Year", "’s", "Day", "1/2", "3.5"]
        var state: UInt64 = 0x9E3779B97F4A7C15
        for _ in 0..<60 {
            var s = ""
            for _ in 0..<24 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                s += pieces[Int(state >> 33) % pieces.count]
            }
            for cut in stride(from: 0, through: s.count, by: 7) {
                let d = infer(String(s.prefix(cut)))
                #expect(d.inferred)
                _ = TimeTagger().tag(TextBuffer(String(s.prefix(cut))), excluding: [], dct: today)
            }
        }
    }

    @Test func bylineWithDate() {
        #expect(infer("Gas talks\nBy Jane Roe | January 14, 2020\n\nText from 2015.").value == CalendarDate(year: 2020, month: 1, day: 14))
        // A sentence starting with "By" is not a byline unless it carries a full date early on.
        #expect(DocumentDateInference.headerDate(TextBuffer("Gas talks\nBy March the talks had stalled.\n")) == nil)
        #expect(DocumentDateInference.headerDate(TextBuffer("Gas talks\nBy January 14, 2020, all troops left.\n")) == nil)
    }

    @Test func wireStoryEndToEnd() {
        // Own wire-style text: the dateline fixes the day, the month-qualified 2018 the year after it.
        let text = """
        Port talks stall

        ODESA, March 6 (Reuters) - Officials said on Tuesday that talks begun in May 2018 had stalled again since January, and a new round will start on Friday.
        """
        let doc = testAnnotator.annotate(text)
        #expect(doc.metadata.date?.value == CalendarDate(year: 2019, month: 3, day: 6))
        let values = doc.timexes.map(\.value)
        #expect(values == ["2019-03-06", "2019-03-05", "2018-05", "2019-01", "2019-03-08"])
    }

    @Test func eventNameYearIsNotMonthQualified() {
        // "Zapad-2021" is a name, not "September 2021": the news-style rule keeps 2021.
        let text = "Drills\n\nMINSK (AP) — Troops who took part in Zapad-2021 returned on September 30."
        #expect(infer(text).value == CalendarDate(year: 2021, month: 10, day: 1))
    }
}
