import Testing
@testable import DossierKit

/// Round-2 constructs of the time tagger, on own sentences with fixed DCTs.
@Suite struct TimeRound2Tests {
    private func tag(_ text: String, dct: String) -> [(String, String)] {
        let d = CalendarDate(iso: dct) ?? CalendarDate(year: 2000, month: 1, day: 1)
        return TimeTagger().tag(TextBuffer(text), excluding: [], dct: d).map { ($0.text, $0.value) }
    }

    @Test func theComingYearIsTheFuture() {
        #expect(tag("Prices may rise in the coming year.", dct: "2021-03-16").map(\.1) == ["FUTURE_REF"])
        #expect(tag("The upcoming month will be hard.", dct: "2021-03-16").map(\.1) == ["FUTURE_REF"])
        // "the next year" still measures a period; "the coming days" is the future too.
        #expect(tag("Output will grow over the next year.", dct: "2021-03-16").map(\.1) == ["P1Y"])
        #expect(tag("More ships will leave in the coming days.", dct: "2021-03-16").map(\.1) == ["FUTURE_REF"])
    }

    @Test func genericSeasonsAreNotTimexes() {
        #expect(tag("The dam releases water in summer, while farms wait.", dct: "2024-07-03").isEmpty)
        #expect(tag("Roads close during winter.", dct: "2024-07-03").isEmpty)
        // A past or future clause makes it one season; an article or a year does too.
        #expect(tag("The line was cut in summer.", dct: "2024-02-03").map(\.1) == ["2023-SU"])
        #expect(tag("Troops will return in autumn.", dct: "2024-07-03").map(\.1) == ["2024-FA"])
        #expect(tag("Talks resume in the summer of 2025.", dct: "2024-07-03").map(\.1) == ["2025-SU"])
        #expect(tag("This summer the river is low.", dct: "2024-07-03").map(\.1) == ["2024-SU"])
    }

    @Test func pastPlansAndParticiplesAnchorWeekdaysInThePast() {
        // DCT Monday 2017-03-06.
        #expect(tag("The bid had been due to lapse Friday, but it was extended.", dct: "2017-03-06").map(\.1) == ["2017-03-03"])
        #expect(tag("Under the plan, unveiled Thursday, members would vote again.", dct: "2017-03-06").map(\.1) == ["2017-03-02"])
        #expect(tag("Chip shares fell after lower-than-expected sales were posted Wednesday.", dct: "2017-03-06").map(\.1) == ["2017-03-01"])
        // Plain plans still look ahead.
        #expect(tag("The bid is due to lapse Friday.", dct: "2017-03-06").map(\.1) == ["2017-03-10"])
        #expect(tag("Members will vote Thursday.", dct: "2017-03-06").map(\.1) == ["2017-03-09"])
    }

    @Test func firstVerbToTheRightAndPayableDates() {
        // The clause's own verb comes first: "announced plans to …" is past.
        #expect(tag("In May, the firm announced plans to expand.", dct: "2017-09-06").map(\.1) == ["2017-05"])
        #expect(tag("In May, the firm will open a plant.", dct: "2017-09-06").map(\.1) == ["2018-05"])
        // A payment date in financial prose lies ahead.
        #expect(tag("The dividend is payable Feb. 3 to holders.", dct: "2017-11-06").map(\.1) == ["2018-02-03"])
    }

    @Test func quarterCodes() {
        #expect(tag("Sales rose in Q3 2021 and in Q4 of 2022.", dct: "2023-02-01").map(\.1) == ["2021-Q3", "2022-Q4"])
        #expect(tag("Profit fell in Q1.", dct: "2023-05-10").map(\.1) == ["2023-Q1"])
        // A past clause about a quarter still ahead of the DCT is last year's.
        #expect(tag("Margins were thin in Q4.", dct: "2023-05-10").map(\.1) == ["2022-Q4"])
        // Names and models are not quarters.
        #expect(tag("The Audi Q5 and the Q3-class car, and Q12.", dct: "2023-05-10").isEmpty)
    }

    @Test func christmas() {
        #expect(tag("The truce held over Christmas.", dct: "2022-01-12").map(\.1) == ["2021-12-25"])
        #expect(tag("Talks are to resume after Christmas Day 2023.", dct: "2022-01-12").map(\.1) == ["2023-12-25"])
        #expect(tag("Shelling resumed on Christmas Eve.", dct: "2022-01-12").map(\.1) == ["2021-12-24"])
        #expect(tag("Christmas trees were sold.", dct: "2022-01-12").isEmpty)
        #expect(tag("They met for Christmas shopping.", dct: "2022-01-12").isEmpty)
    }

    @Test func halves() {
        let d = "2020-06-10"
        #expect(tag("The blockade lasted two and a half years.", dct: d).map(\.1) == ["P2Y6M"])
        #expect(tag("The war has raged for a year and a half.", dct: d).map(\.1) == ["P1Y6M"])
        #expect(tag("It took 2 1/2 months.", dct: d).map(\.1) == ["P2M15D"])
        #expect(tag("The siege lasted 3.5 days.", dct: d).map(\.1) == ["P3DT12H"])
        #expect(tag("But an hour and a half later, the guns fell silent.", dct: d).map(\.0) == ["an hour and a half"])
        // Fractions that are not halves, and halves of other things, stay out.
        #expect(tag("Output grew 3.5 percent.", dct: d).isEmpty)
        #expect(tag("It took 3.7 years.", dct: d).isEmpty)
    }

    @Test func newYear() {
        let d = "2022-01-12"
        #expect(tag("Gas stopped on New Year's Day.", dct: d).map(\.1) == ["2022-01-01"])
        #expect(tag("Shelling resumed on New Year’s Eve.", dct: d).map(\.1) == ["2021-12-31"])
        #expect(tag("The talks stalled after New Year.", dct: d).map(\.1) == ["2022-01-01"])
        #expect(tag("Markets shut for Lunar New Year.", dct: d).isEmpty)
        #expect(tag("A New Year address was given.", dct: d).isEmpty)
        #expect(tag("New York and New Delhi agreed.", dct: d).isEmpty)
    }

    @Test func fiscalAndFullYear() {
        let d = "2017-10-30"
        #expect(tag("Profit should rise for the full year.", dct: d).map(\.1) == ["2017"])
        #expect(tag("Sales fell in the fiscal year ended June 30.", dct: d).map(\.1).prefix(1) == ["P1Y"])
        #expect(tag("Margins should widen throughout the fiscal year.", dct: d).map(\.1) == ["P1Y"])
        #expect(tag("The full years of war took their toll.", dct: d).isEmpty)
    }

    @Test func laterInTheDay() {
        #expect(tag("Later in the day, the minister resigned.", dct: "2017-10-30").map(\.1) == ["2017-10-30"])
        #expect(tag("Talks opened on Oct. 2. Later in the day, they broke down.", dct: "2017-10-30").map(\.1) == ["2017-10-02", "2017-10-02"])
        #expect(tag("He works in the day and sleeps at night.", dct: "2017-10-30").isEmpty)
    }

    @Test func termsYearEndAndThatYear() {
        let d = "2017-10-30"
        #expect(tag("Risks remain in the near term.", dct: d).map(\.1) == ["FUTURE_REF"])
        #expect(tag("Over the long term, prices may fall.", dct: d).map(\.1) == ["FUTURE_REF"])
        #expect(tag("The short term debt was repaid.", dct: d).isEmpty)
        let ye = tag("The deal should close by year-end; shares are up since year end.", dct: d)
        #expect(ye.map(\.1) == ["2017", "2016"])
        #expect(tag("The plant closed in 2012. Output fell sharply that year.", dct: d).map(\.1) == ["2012", "2012"])
        // Without a year named before, "that year" is left alone.
        #expect(tag("Output fell sharply that year.", dct: d).isEmpty)
    }

    @Test func latestPeriod() {
        #expect(tag("Sales in the latest period rose 5%.", dct: "2017-11-02").map(\.1) == ["2017-Q3"])
        #expect(tag("Net fell in the fourth quarter. Sales in the latest period rose.", dct: "2017-11-02").map(\.1) == ["2017-Q4", "2017-Q4"])
    }
}
