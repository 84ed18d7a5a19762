import Testing
@testable import DossierKit

/// Tags `text` against `dct` and returns (text, value) pairs.
private func tagged(_ text: String, dct: String) -> [(String, String)] {
    let d = CalendarDate(iso: dct) ?? CalendarDate(year: 2021, month: 3, day: 16)
    return TimeTagger().tag(TextBuffer(text), excluding: [], dct: d).map { ($0.text, $0.value) }
}

private func values(_ text: String, dct: String) -> [String] { tagged(text, dct: dct).map(\.1) }

/// Year choice for dates without a year, read from the words around them (issue 9, item 2).
@Suite struct TimeDirectionCueTests {
    @Test func aDateSomethingTakesEffectOnLooksAhead() {
        // Announced in the past tense, the change still takes effect on the next February 1.
        #expect(values("Brallon Trust also created an office of the chairman, effective Feb. 1.", dct: "1989-10-26") == ["1990-02-01"])
        #expect(values("The fund pays its dividend, payable Jan. 5.", dct: "1989-10-26") == ["1990-01-05"])
        // A day earlier in the same month is this month's.
        #expect(values("The rule was adopted, effective Oct. 1.", dct: "1989-10-26") == ["1989-10-01"])
    }

    @Test func throughNamesTheNearerMonth() {
        #expect(values("Lenders have extended Velcor credit through January.", dct: "1989-10-30") == ["1990-01"])
        #expect(values("Velcor sales rose through August.", dct: "1989-10-30") == ["1989-08"])
    }

    @Test func aCommitmentToActLooksAhead() {
        #expect(values("Zentrel agreed to purchase the unit for $22 million in February.", dct: "1989-10-30") == ["1990-02"])
        #expect(values("Zentrel announced an agreement to acquire the lender in January.", dct: "1989-11-02") == ["1990-01"])
        // Without the commitment, a past clause keeps the month in this year.
        #expect(values("Zentrel acquired the lender in January.", dct: "1989-11-02") == ["1989-01"])
    }

    @Test func anAndBetweenNamesDoesNotEndTheClause() {
        // "will" governs the date across "Norvania and Keldor".
        #expect(values("Skyline will double its flights between Norvania and Keldor by August.", dct: "1998-02-13") == ["1998-08"])
        // A lowercase "and" still starts a new clause with its own tense.
        #expect(values("Skyline will expand, and it opened a route in August.", dct: "1998-02-13") == ["1997-08"])
    }
}

/// Anchors of relative expressions: the previous year, the day or quarter the text last named.
@Suite struct TimeAnchorRuleTests {
    @Test func thePastYearIsThePreviousCalendarYear() {
        #expect(values("Output fell over the past year.", dct: "1998-03-03") == ["1997"])
        #expect(values("Output fell in the last year.", dct: "1998-03-03") == ["1997"])
        // Counted periods stay durations.
        #expect(values("Output fell over the past two years.", dct: "1998-03-03") == ["P2Y"])
    }

    @Test func thePreviousWeekdayCountsFromTheDayLastNamed() {
        #expect(values("On Oct. 27, the index fell 3% from the previous Friday.", dct: "1989-10-30") == ["1989-10-27", "1989-10-20"])
        #expect(values("On Oct. 27, brokers said trading would resume the following Monday.", dct: "1989-10-30") == ["1989-10-27", "1989-10-30"])
    }

    @Test func theQuarterAYearAgo() {
        let v = values("Grelco lost money in the third quarter. For the quarter a year ago, it earned $16 million.", dct: "1989-10-26")
        #expect(v == ["1989-Q3", "1988-Q3"])
        #expect(tagged("For the quarter a year ago, it earned $16 million.", dct: "1989-10-26").map(\.0) == ["the quarter a year ago"])
    }

    @Test func aForecastQuarterIsNotTheReportedOne() {
        let v = values("Grelco lost money in the third quarter. It expects a profit in the third quarter of 1990. In the year-ago period, Grelco earned $101 million.", dct: "1989-10-26")
        #expect(v == ["1989-Q3", "1990-Q3", "1988-Q3"])
    }

    @Test func aSpanOfMonthsEndsTheQuarterReference() {
        let v = values("Grelco earned $5 million in the third quarter, up from $4 million a year earlier. For the nine months, it earned $9 million, compared with $7 million a year earlier.", dct: "1989-10-26")
        #expect(v == ["1989-Q3", "1988-Q3", "P9M", "1988"])
    }
}

/// "N units later/earlier" needs a date named before it; the DCT is not its anchor.
@Suite struct TimeUnanchoredShiftTests {
    @Test func withNoDateBeforeItIsADuration() {
        let t = tagged("Seven decades later, the treaty still stands.", dct: "2019-05-01")
        #expect(t.map(\.0) == ["Seven decades"])
        #expect(t.map(\.1) == ["P70Y"])
        #expect(values("Two years earlier, the mine had closed.", dct: "2019-05-01") == ["P2Y"])
    }

    @Test func aLaterThatWouldPassTheDCTIsADuration() {
        // 2015 + 10 would be 2025, after an article of 2019.
        #expect(values("The plant opened in 2015. Ten years later, it closed.", dct: "2019-05-01") == ["2015", "P10Y"])
        // Anchored and in the past, it stays a point.
        #expect(values("The plant opened in 2005. Ten years later, it closed.", dct: "2019-05-01") == ["2005", "2015"])
        // In a future clause, a date after the DCT is what is meant.
        #expect(values("The plant opened in 2015. Ten years later, it will close.", dct: "2019-05-01") == ["2015", "2025"])
    }

    @Test func agoStillCountsFromTheDCT() {
        // At the decade's granularity, as "a month ago" is a month (TimeGranularityTests).
        #expect(values("Seven decades ago, the treaty was signed.", dct: "2019-05-01") == ["194X"])
    }
}

/// Earnings-report periods: the quarter being reported and its counterpart a year before.
@Suite struct TimeReportedPeriodTests {
    @Test func theCorrespondingPeriodLastYear() {
        let v = values("Grelco lost $2 million in the third quarter, against a profit for the corresponding period last year.", dct: "1989-11-01")
        #expect(v == ["1989-Q3", "1988-Q3"])
        // With no quarter named, it is last year.
        #expect(values("Sales matched the same period last year.", dct: "1989-11-01") == ["1988"])
    }

    @Test func aYearNamedAsAPeriod() {
        let v = values("Grelco earned $5 million in the third quarter. In the 1988 period, it earned $4 million.", dct: "1989-11-01")
        #expect(v == ["1989-Q3", "1988-Q3"])
    }

    @Test func lastYearInAComparison() {
        let v = values("In the third quarter, Grelco earned $24 million, compared with a loss of $3 million last year.", dct: "1989-11-02")
        #expect(v == ["1989-Q3", "1988-Q3"])
        // Outside a comparison it stays the year.
        #expect(values("In the third quarter, Grelco earned $24 million. Last year it moved to Ostrava.", dct: "1989-11-02") == ["1989-Q3", "1988"])
    }

    @Test func halvesAndTheYearOfASpan() {
        #expect(values("Earnings will be lower for the last half of 1989.", dct: "1989-10-26") == ["1989-H2"])
        #expect(values("Revenue fell through the first nine months of the year.", dct: "1989-10-30") == ["P9M", "1989"])
        #expect(values("The stock rose to a high for the year of $42.875 a share.", dct: "1989-10-30") == ["1989"])
    }
}

/// Parts of named days and "until then".
@Suite struct TimeDayPartAndThenTests {
    @Test func aPartOfANamedDay() {
        let t = tagged("In Lisbon at mid-afternoon yesterday, Velcor shares were up.", dct: "1989-11-02")
        #expect(t.map(\.0) == ["mid-afternoon yesterday"])
        #expect(t.map(\.1) == ["1989-11-01TAF"])
    }

    @Test func untilThenIsTheDayLastNamed() {
        #expect(values("Conversion rights end on Nov. 30. Until then, the stock remains convertible.", dct: "1989-10-30") == ["1989-11-30", "1989-11-30"])
        // With no day named, "then" is not tagged.
        #expect(values("Until then, the stock remains convertible.", dct: "1989-10-30") == [])
    }
}

/// Periods named with "the": weeks of a report, fiscal years, spoken years, working days.
@Suite struct TimeNamedPeriodTests {
    @Test func theWeekOfAMarketReport() {
        #expect(values("Velcor fell 2% on Friday. For the week, the index dropped 3.8%.", dct: "1989-10-30") == ["1989-10-27", "1989-WXX"])
        // "the week of …", "the week ahead" are not this pattern.
        #expect(values("Markets look to the week ahead.", dct: "1989-10-30") != ["1989-WXX"])
    }

    @Test func aPartOfTheDayLastNamed() {
        let t = tagged("Shares slid Friday. Dealers placed orders in the morning.", dct: "1989-10-30")
        #expect(t.map(\.1) == ["1989-10-27", "1989-10-27TMO"])
        #expect(t.map(\.0) == ["Friday", "the morning"])
    }

    @Test func theYearWrittenOrSpoken() {
        #expect(values("They promised jobs by the year two thousand.", dct: "1998-02-05") == ["2000"])
        #expect(values("They promised jobs by the year 2000.", dct: "1998-02-05") == ["2000"])
        #expect(values("They promised jobs by the year two thousand five.", dct: "1998-02-05") == ["2005"])
    }

    @Test func oneDayAfterAModalIsTheFuture() {
        #expect(values("Velcor will one day be the largest lender.", dct: "1998-03-03") == ["FUTURE_REF"])
        #expect(values("The strike lasted one day.", dct: "1998-03-03") == ["P1D"])
    }

    @Test func fiscalYearsNamedRelatively() {
        #expect(values("Sales in the current fiscal year will rise.", dct: "1989-10-26") == ["1989"])
        #expect(values("Sales in the latest fiscal year rose.", dct: "1989-10-26") == ["1988"])
    }

    @Test func workingDaysAreDays() {
        #expect(values("The index took eight trading days to recover.", dct: "1989-10-30") == ["P8D"])
    }

    @Test func thisQuartersResultsAreTheReportedQuarter() {
        let v = values("Grelco lost money in the quarter ended Sept. 30. This quarter's loss includes charges.", dct: "1989-11-01")
        #expect(v.last == "1989-Q3")
        // Without a reported quarter, "this quarter" is the DCT's.
        #expect(values("This quarter's sales will be weak.", dct: "1989-11-01") == ["1989-Q4"])
    }
}

/// Abbreviations inside a clause and weekdays sharing a plural.
@Suite struct TimeClauseAndSetTests {
    @Test func aPeriodBeforeACommaDoesNotEndTheSentence() {
        // "Ill.," is an abbreviation: the commitment before it still governs January.
        #expect(values("Zentrel announced an agreement to acquire the Dunmore, Ill., lender in January.", dct: "1989-11-02") == ["1990-01"])
    }

    @Test func weekdaysSharingAPluralNightAreASet() {
        let t = tagged("Two flights will leave on Monday and Tuesday nights.", dct: "1998-02-13")
        #expect(t.map(\.1) == ["XXXX-WXX-1TNI", "XXXX-WXX-2TNI"])
        // A single night stays a day.
        #expect(values("The flight left on Monday night.", dct: "1998-02-13") == ["1998-02-09TNI"])
    }
}
