import Testing
@testable import DossierKit

/// Tags `text` with a fixed DCT and returns (text, value, mod) triples.
private func tag(_ text: String, dct: String = "2021-03-16", excluding: [Span] = []) -> [(String, String, String?)] {
    let d = CalendarDate(iso: dct) ?? CalendarDate(year: 2021, month: 3, day: 16)
    return TimeTagger().tag(TextBuffer(text), excluding: excluding, dct: d).map { ($0.text, $0.value, $0.mod?.rawValue) }
}

private func values(_ text: String, dct: String = "2021-03-16") -> [String] { tag(text, dct: dct).map(\.1) }
private func texts(_ text: String, dct: String = "2021-03-16") -> [String] { tag(text, dct: dct).map(\.0) }

@Suite struct TimeTaggerCalendarTests {
    @Test func fullDates() {
        #expect(values("The pact was signed on July 19, 2016, in Baku.") == ["2016-07-19"])
        #expect(values("It was agreed on 21 August 2016.") == ["2016-08-21"])
        #expect(texts("Shares fell Aug. 21, 1989.") == ["Aug. 21, 1989"])
        #expect(values("The file is dated 2019-10-08.") == ["2019-10-08"])
    }

    @Test func monthDayWithoutYearFollowsTheDCT() {
        // Past narrative after the DCT date goes to the previous year.
        #expect(values("A standoff began on December 12, when activists arrived.", dct: "2023-05-30") == ["2022-12-12"])
        // A future reference stays in the DCT year.
        #expect(values("The leaders are expected to meet on June 1.", dct: "2023-05-30") == ["2023-06-01"])
        #expect(values("The drill runs through September 26.", dct: "2020-09-24") == ["2020-09-26"])
        #expect(values("Talks resumed on February 22.", dct: "2023-05-30") == ["2023-02-22"])
        // Adjectives in -ed and passive infinitives are not past narrative.
        #expect(values("It will redeem preferred shares on Oct. 31.", dct: "1989-10-27") == ["1989-10-31"])
        #expect(values("They expect the deal to be completed by Dec. 15.", dct: "1989-10-31") == ["1989-12-15"])
        // Deadlines look ahead unless the narrative is past.
        #expect(values("The plan is to repay the loan by February.", dct: "1989-10-30") == ["1990-02"])
        #expect(values("By March, the army had withdrawn.", dct: "2021-05-10") == ["2021-03"])
        // Reported speech: the clause after "that" has its own tense.
        #expect(values("The envoy said on Tuesday that Iraq would retaliate.", dct: "1990-08-15") == ["1990-08-14"])
    }

    @Test func monthsAndYears() {
        #expect(values("Protests broke out in June 2019.") == ["2019-06"])
        #expect(values("Reforms were promised in mid-November.") == ["2020-11"])
        #expect(tag("Reforms were promised in mid-November.").first?.2 == "MID")
        #expect(values("In January, the court ruled.") == ["2021-01"])
        #expect(values("The war of 2008 changed that.") == ["2008"])
        #expect(texts("Independence came in 1991.") == ["1991"])
    }

    @Test func mayAsVerbOrNameIsNotAMonth() {
        #expect(values("Theresa May met the envoy.").isEmpty)
        #expect(values("The talks may fail.").isEmpty)
        #expect(values("May I ask a question?").isEmpty)
        #expect(values("They met in May.", dct: "2021-06-10") == ["2021-05"])
        #expect(values("Troops will march on the capital.").isEmpty)
    }

    @Test func ranges() {
        #expect(values("The visit (September 30–October 3) was short.", dct: "2019-10-08") == ["2019-09-30/2019-10-03"])
        #expect(values("The summit took place on May 18–19.", dct: "2023-06-07") == ["2023-05-18/2023-05-19"])
        #expect(values("The war of September 27–November 9, 2020 ended it.") == ["2020-09-27/2020-11-09"])
        #expect(values("Armenia held it (1994–2020).") == ["1994/2020"])
        #expect(values("The 1980-88 war ended.") == ["1980/1988"])
        #expect(values("In 2019-10 terms.").count == 1)
    }

    @Test func seasonsQuartersHalvesDecades() {
        let t = tag("In the spring of 2018, output rose.")
        #expect(t.map(\.0) == ["spring of 2018"] && t.map(\.1) == ["2018-SP"])
        #expect(values("Deliveries could begin this autumn.", dct: "2023-06-07") == ["2023-FA"])
        #expect(texts("Growth slowed in the second half of 2021.") == ["second half of 2021"])
        #expect(values("Growth slowed in the second half of 2021.") == ["2021-H2"])
        #expect(values("Exports rose in the first quarter of 2023.") == ["2023-Q1"])
        #expect(texts("It began in the 1990s.") == ["1990s"])
        #expect(values("It began in the 1990s.") == ["199X"])
        #expect(values("The 20th century was violent.") == ["19"])
        #expect(tag("In the early 20th century, it grew.").first.map { [$0.0, $0.1, $0.2 ?? ""] } == ["early 20th century", "19", "START"])
        #expect(values("The Arab Spring spread.").isEmpty)
        #expect(values("Prices fall sharply in winter storms.").isEmpty)
    }

    @Test func partOfPeriod() {
        let t = tag("By the end of September the deal was done.", dct: "2019-10-08")
        #expect(t.map(\.0) == ["end of September"] && t.first?.1 == "2019-09" && t.first?.2 == "END")
        #expect(tag("In early 2020, the contract was canceled.").first.map { [$0.1, $0.2 ?? ""] } == ["2020", "START"])
        #expect(tag("Exercises were held in late August.", dct: "2020-09-24").first.map { [$0.0, $0.1, $0.2 ?? ""] } == ["late August", "2020-08", "END"])
    }
}

@Suite struct TimeTaggerRelativeTests {
    @Test func deicticAndRelativePoints() {
        #expect(values("He spoke today.", dct: "2022-01-19") == ["2022-01-19"])
        #expect(values("He spoke yesterday.", dct: "2022-01-19") == ["2022-01-18"])
        #expect(values("He left last week.") == ["2021-W10"])
        #expect(values("He leaves this week.", dct: "2020-09-24") == ["2020-W39"])
        #expect(values("He came last year.") == ["2020"])
        #expect(values("It ends next month.") == ["2021-04"])
        #expect(values("This year is different.") == ["2021"])
        #expect(values("Inflation peaked last May.", dct: "2022-01-19") == ["2021-05"])
        #expect(tag("He called last night.").first.map { [$0.1] } == ["2021-03-15TNI"])
    }

    @Test func weekdays() {
        // Past narrative: the most recent such day; DCT Tue 2021-03-16.
        #expect(values("Talks broke up on Sunday.") == ["2021-03-14"])
        #expect(values("On Tuesday, Nazarbayev spoke.", dct: "2022-01-19") == ["2022-01-18"])
        #expect(values("The leaders will meet on Friday.") == ["2021-03-19"])
        #expect(values("Sunday night talks failed.").first == "2021-03-14TNI")
        #expect(values("The peace process, set to resume Friday, stalled.") == ["2021-03-19"])
    }

    @Test func agoAndMods() {
        #expect(values("Two years ago, it began.", dct: "2020-09-24") == ["2018"])
        #expect(values("It started a month ago.", dct: "2019-10-08") == ["2019-09"])
        let t = tag("More than 20 years ago, the pipeline opened.", dct: "2019-10-08")
        #expect(t.map(\.0) == ["More than 20 years ago"] && t.first?.1 == "1999" && t.first?.2 == "BEFORE")
        #expect(tag("It took about two years.").first.map { [$0.0, $0.1, $0.2 ?? ""] } == ["about two years", "P2Y", "APPROX"])
        #expect(tag("He waited more than four hours.").first?.2 == "MORE_THAN")
        #expect(texts("Talks went on over two days.") == ["two days"])
        #expect(tag("Iraq must leave within a week.").first.map { [$0.0, $0.1, $0.2 ?? ""] } == ["a week", "P1W", "EQUAL_OR_LESS"])
        #expect(values("Earlier Sunday, police said so.") == ["2021-03-14"])
        // "later"/"earlier" count from the last date named.
        #expect(values("The party was founded in 2012. Three years later, it won.") == ["2012", "2015"])
        #expect(values("They met on May 3, 2019. Two days later, they signed.") == ["2019-05-03", "2019-05-05"])
    }

    @Test func durations() {
        #expect(tag("over the last two decades").first.map { [$0.0, $0.1] } == ["the last two decades", "P20Y"])
        #expect(values("It ruled for three decades.") == ["P30Y"])
        #expect(texts("It ruled for three decades.") == ["three decades"])
        #expect(values("It has been rearmed over the last six years.") == ["P6Y"])
        #expect(values("a five-year plan and a 30-day deadline") == ["P5Y", "P30D"])
        #expect(values("for several years") == ["PXY"])
        #expect(values("the past three months") == ["P3M"])
        #expect(values("twenty-five years") == ["P25Y"])
        #expect(values("It took half an hour, after half a century of waiting.") == ["PT30M", "P50Y"])
        #expect(TimeTagger().tag(TextBuffer("for three days"), excluding: [], dct: CalendarDate(year: 2021, month: 1, day: 1)).first?.type == .duration)
    }

    @Test func fuzzyReferences() {
        #expect(values("Moscow now says so.") == ["PRESENT_REF"])
        #expect(values("It is currently closed.") == ["PRESENT_REF"])
        #expect(values("in recent weeks") == ["PAST_REF"])
        #expect(texts("in recent weeks") == ["recent weeks"])
        #expect(values("unlike in the past, it held") == ["PAST_REF"])
        #expect(texts("in the future") == ["the future"])
        #expect(values("the future of the talks").isEmpty)
        #expect(texts("at the moment") == ["the moment"])
        #expect(values("in the coming months") == ["FUTURE_REF"])
        #expect(texts("in the weeks ahead") == ["the weeks ahead"])
        #expect(values("It was recently reported.") == ["PAST_REF"])
        #expect(values("At present, the now-defunct party is gone.") == ["PRESENT_REF"])
        #expect(values("Talks will resume soon, as soon as Tbilisi is ready, soon after the vote.") == ["FUTURE_REF"])
        // Fuzzy references are DATEs, not durations.
        let t = TimeTagger().tag(TextBuffer("in recent years and the past and now"), excluding: [], dct: CalendarDate(year: 2021, month: 1, day: 1))
        #expect(t.map(\.type) == [.date, .date, .date])
    }

    @Test func sets() {
        #expect(tag("They meet every week.").first.map { [$0.0, $0.1] } == ["every week", "P1W"])
        #expect(values("Reports come out annually.") == ["XXXX"])
        #expect(values("each Thursday") == ["XXXX-WXX-4"])
        #expect(TimeTagger().tag(TextBuffer("They meet every week."), excluding: [], dct: CalendarDate(year: 2021, month: 1, day: 1)).first?.type == .set)
    }
}

@Suite struct TimeTaggerNegativeTests {
    @Test func notTimes() {
        #expect(values("Kavkaz-2020 began.") == [])
        #expect(values("The Zapad 2021 drills and Vision 2030 began in 2021.") == ["2021"])
        #expect(values("The lines carry 55 bcm a year.").isEmpty)
        #expect(values("Turnout rose 20 percent.").isEmpty)
        #expect(values("Publication: Eurasia Daily Monitor Volume: 16 Issue: 138").isEmpty)
        #expect(values("The book “27 Years of Struggle” appeared.").isEmpty)
        #expect(values("It was then that once again the Soviet era ended.").isEmpty)
        #expect(values("About 2,000 troops and 1500 tanks.").isEmpty)
        #expect(values("A quarter of the votes.").isEmpty)
    }

    @Test func excludedSpansAreSkipped() {
        let s = "Talks resumed (Aze.az, September 16) in 2019."
        let cite = Span(14, 36)
        let t = tag(s, dct: "2019-10-08", excluding: [cite])
        #expect(t.map(\.0) == ["2019"])
    }

    @Test func spansAreScalarOffsets() {
        let s = "Erdoğan’s visit on Şuşa’s day, September 16, mattered."
        let t = TimeTagger().tag(TextBuffer(s), excluding: [], dct: CalendarDate(year: 2019, month: 10, day: 8))
        #expect(t.count == 1)
        if let x = t.first {
            let scalars = Array(s.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[x.span.start..<x.span.end])) == "September 16")
        }
    }

    /// Every timex lies inside the text, is not empty, carries the text of its span and a value.
    private func checkTimexes(_ s: String, excluding: [Span] = [], dct: CalendarDate) -> [Timex] {
        let scalars = Array(s.unicodeScalars)
        let found = TimeTagger().tag(TextBuffer(s), excluding: excluding, dct: dct)
        for t in found {
            #expect(t.span.start >= 0 && t.span.start < t.span.end && t.span.end <= scalars.count)
            guard t.span.start >= 0, t.span.start < t.span.end, t.span.end <= scalars.count else { continue }
            #expect(String(String.UnicodeScalarView(scalars[t.span.start..<t.span.end])) == t.text)
            #expect(!t.value.isEmpty)
            #expect(!excluding.contains { $0.overlaps(t.span) })
        }
        return found
    }

    @Test func weirdInputNeverTraps() {
        let dct = CalendarDate(year: 2021, month: 3, day: 16)
        for s in ["", " ", "1", "2019", "May", "the", "last", "Sept.", "Aug. 3", "–", "’90s", "7:", "12:30 p.", "a.m.", "99999999999999999999 years",
                  "September 31", "February 30, 2021", "the first", "every", "more than", "Monday,", "(", "1994–", "mid-", "early",
                  String(repeating: "9", count: 5000), String(repeating: "May ", count: 1000)] {
            _ = checkTimexes(s, dct: dct)
        }
        // Impossible dates are not given a calendar value.
        #expect(checkTimexes("September 31", dct: dct).allSatisfy { $0.value != "2020-09-31" && $0.value != "2021-09-31" })
        #expect(checkTimexes("February 30, 2021", dct: dct).allSatisfy { $0.value != "2021-02-30" })
        // Long runs of words that look at their neighbours must not recurse deeply, and the date
        // at the end is still found.
        for w in ["about ", "the ", "early ", "last ", "mid-", "more than ", "every ", "- ", "’", "1990s "] {
            let s = String(repeating: w, count: 30000) + "May 5"
            let found = checkTimexes(s, dct: dct)
            let n = s.unicodeScalars.count
            #expect(found.contains { $0.span.end >= n - 2 && $0.text.contains("May") }, "\(w)")
        }
        // Random and truncated text.
        let base = Array("On Sunday, more than 20 years ago, the spring of 2018 (September 30–October 3) ended; mid-November 1990s 7:15 p.m. Şuşa ’90s.".unicodeScalars)
        var seed: UInt64 = 42
        for _ in 0..<300 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let cut = Int(seed >> 33) % (base.count + 1)
            let s = String(String.UnicodeScalarView(base[0..<cut]))
            _ = checkTimexes(s, excluding: [Span(0, cut / 2)], dct: dct)
            var junk = String.UnicodeScalarView()
            for k in 0..<40 {
                let v = UInt32((seed >> UInt64(k % 50)) & 0x7F) + (k % 7 == 0 ? 0x100 : 0)
                if let sc = Unicode.Scalar(v) { junk.append(sc) }
            }
            _ = checkTimexes(String(junk), dct: dct)
        }
        // The whole sentence keeps its expressions.
        let whole = checkTimexes(String(String.UnicodeScalarView(base)), dct: dct)
        #expect(whole.contains { $0.text == "spring of 2018" && $0.value == "2018-SP" })
    }
}
