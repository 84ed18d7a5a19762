import Testing
@testable import DossierKit

/// Tags `text` against `dct` and returns (text, value) pairs.
private func tagged(_ text: String, dct: String) -> [(String, String)] {
    let d = CalendarDate(iso: dct) ?? CalendarDate(year: 2021, month: 3, day: 16)
    return TimeTagger().tag(TextBuffer(text), excluding: [], dct: d).map { ($0.text, $0.value) }
}

/// Values at the granularity the words name: centuries, decades, shortened year ranges.
@Suite struct TimeGranularityTests {
    @Test func aRoundHundredsIsACentury() {
        #expect(tagged("Gas lamps lit the city in the early 1900s and the 1800s.", dct: "2019-04-30").map(\.1) == ["19", "18"])
        // The 1990s and the 2000s stay decades.
        #expect(tagged("Trade grew in the 1990s and again in the 2000s.", dct: "2019-04-30").map(\.1) == ["199X", "200X"])
    }

    @Test func agoAtTheUnitsGranularity() {
        #expect(tagged("A century ago the square was dark.", dct: "2019-04-30").map(\.1) == ["19"])
        #expect(tagged("Two decades ago the plant closed.", dct: "2019-04-30").map(\.1) == ["199X"])
        #expect(tagged("A month ago the plant closed.", dct: "2019-04-30").map(\.1) == ["2019-03"])
    }

    @Test func aRangeWithAOneDigitEndYear() {
        let t = tagged("Spending rose in 2008-9 and fell in 2010-11.", dct: "2016-12-05")
        #expect(t.map(\.0) == ["2008-9", "2010-11"])
        #expect(t.map(\.1) == ["2008/2009", "2010/2011"])
    }

    @Test func aDecadeAgoIsTenYearsAgo() {
        #expect(tagged("A decade ago the plant was small.", dct: "2018-09-25").map(\.1) == ["2008"])
        #expect(tagged("Two decades ago the plant was small.", dct: "2018-09-25").map(\.1) == ["199X"])
    }

    @Test func countsInThousandsGroups() {
        #expect(tagged("The crew spent more than 1,000 hours on it.", dct: "2019-04-30").map(\.1) == ["PT1000H"])
        #expect(tagged("The dispute lasted 2,500 years.", dct: "2019-04-30").map(\.1) == ["P2500Y"])
        // A grouped number is still no year or day.
        #expect(tagged("They paid 2,019 dollars in May 1,000 times.", dct: "2019-04-30").map(\.1) == ["2019-05"])
    }

    @Test func aVagueStretchAfterAVerbOfDurationOrBeforeLater() {
        #expect(tagged("The country spent decades under military rule.", dct: "2024-12-07").map(\.1) == ["PXDE"])
        #expect(tagged("The order was lifted hours later.", dct: "2024-12-07").map(\.1) == ["PTXH"])
        #expect(tagged("Shops sold toys and hours of music.", dct: "2024-12-07").isEmpty)
    }

    @Test func vagueDecadesAreDecades() {
        #expect(tagged("The plant ran for decades.", dct: "2019-04-30").map(\.1) == ["PXDE"])
        #expect(tagged("The plant ran for two decades.", dct: "2019-04-30").map(\.1) == ["P20Y"])
        #expect(tagged("In the following decades, the plant grew.", dct: "2019-04-30").map(\.1) == ["PXDE"])
        #expect(tagged("In the following months, the plant grew.", dct: "2019-04-30").map(\.1) == ["PXM"])
    }

    /// "today" opening a statement about the present is "these days" (PRESENT_REF); in a past
    /// report, before "is", or after its verb it is the article's date.
    @Test func aGenericTodayIsThePresent() {
        #expect(tagged("Today, the two sides seem far apart.", dct: "2019-04-30").map(\.1) == ["PRESENT_REF"])
        #expect(tagged("Yet today the plant is running again.", dct: "2019-04-30").map(\.1) == ["PRESENT_REF"])
        #expect(tagged("Today, crowds gathered in the square.", dct: "2019-04-30").map(\.1) == ["2019-04-30"])
        #expect(tagged("In Kessel, today is the eighth day of the strike.", dct: "2019-04-30").map(\.1) == ["2019-04-30"])
        #expect(tagged("The ministry said today it would review the plan.", dct: "2019-04-30").map(\.1) == ["2019-04-30"])
        #expect(tagged("Today, the envoy will meet the committee.", dct: "2019-04-30").map(\.1) == ["2019-04-30"])
    }

    @Test func aCapitalizedTomorrowInsideANameIsNotADate() {
        #expect(tagged("Visitors queued for The World of Tomorrow exhibit.", dct: "2019-04-30").isEmpty)
        #expect(tagged("The vote is tomorrow.", dct: "2019-04-30").map(\.1) == ["2019-05-01"])
    }
}
