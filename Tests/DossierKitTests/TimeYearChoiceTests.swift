import Testing
@testable import DossierKit

/// Which year a month (and day) named without one takes, on own sentences with fixed DCTs.
@Suite struct TimeYearChoiceTests {
    private func values(_ text: String, dct: String) -> [String] {
        let d = CalendarDate(iso: dct) ?? CalendarDate(year: 2000, month: 1, day: 1)
        return TimeTagger().tag(TextBuffer(text), excluding: [], dct: d).map(\.value)
    }

    @Test func aPlanNamedAsAThingIsNoFutureCue() {
        // "the plan" is a noun: the past verb decides.
        #expect(values("The mill unveiled the plan Sept. 14.", dct: "2011-11-20") == ["2011-09-14"])
        // "plans to" still looks ahead.
        #expect(values("The mill plans to reopen Sept. 14.", dct: "2011-11-20") == ["2012-09-14"])
    }

    @Test func aMonthLongAfterTheDateWithoutAFutureCueIsLastYears() {
        // DCT in January: an October with no future cue is the previous October.
        #expect(values("The farm is worth half its value in October.", dct: "2013-01-09") == ["2012-10"])
        #expect(values("The index is near the peak of Aug. 4.", dct: "2013-02-05") == ["2012-08-04"])
        // A future clause keeps the DCT's year; a month soon after the DCT keeps it too.
        #expect(values("The ferry will sail again in October.", dct: "2013-01-09") == ["2013-10"])
        #expect(values("The ferry sails again in March.", dct: "2013-01-09") == ["2013-03"])
    }
}

/// Years spelled out as in spoken transcripts, after a month or a season.
@Suite struct TimeSpokenYearTests {
    private func tagged(_ text: String) -> [(String, String)] {
        TimeTagger().tag(TextBuffer(text), excluding: [], dct: CalendarDate(year: 2001, month: 5, day: 2)).map { ($0.text, $0.value) }
    }

    @Test func aMonthOrSeasonWithASpokenYear() {
        #expect(tagged("The pact was signed in March nineteen ninety-two.").map(\.1) == ["1992-03"])
        #expect(tagged("The dam broke in the spring of nineteen eighty-six.").map(\.1) == ["1986-SP"])
        #expect(tagged("The dam broke in the spring of nineteen eighty-six.").map(\.0) == ["spring of nineteen eighty-six"])
        // Alone it is still the year.
        #expect(tagged("The dam broke in nineteen eighty-six.").map(\.1) == ["1986"])
    }
}
