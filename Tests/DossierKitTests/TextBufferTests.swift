import Foundation
import Testing
@testable import DossierKit

@Suite struct TextBufferTests {
    @Test func asciiOffsetsAreIdentity() {
        let t = TextBuffer("Moscow and Baku")
        #expect(t.isASCII)
        #expect(t.scalarOffset(ofByte: 7) == 7)
        #expect(t.string(Span(11, 15)) == "Baku")
    }

    @Test func nonASCIIOffsetsRoundTrip() {
        let s = String(repeating: "Erdoğan — “漢字” 😀 e\u{301} ", count: 20)
        let t = TextBuffer(s)
        let scalars = Array(s.unicodeScalars)
        #expect(t.scalarCount == scalars.count)
        var byte = 0
        for (i, sc) in scalars.enumerated() {
            #expect(t.scalarOffset(ofByte: byte) == i)
            #expect(t.byteOffset(ofScalar: i) == byte)
            byte += String(sc).utf8.count
        }
        #expect(t.byteOffset(ofScalar: scalars.count) == t.count)
        #expect(t.string(Span(0, 7)) == "Erdoğan")
    }

    @Test func decodesScalars() {
        let t = TextBuffer("aş😀")
        #expect(t.scalar(at: 0) == ("a", 1))
        #expect(t.scalar(at: 1) == ("ş", 2))
        #expect(t.scalar(at: 3) == ("😀", 4))
    }
}

@Suite struct CalendarDateTests {
    @Test func dayNumbersRoundTrip() {
        let d = CalendarDate(year: 2019, month: 10, day: 8)
        #expect(CalendarDate(dayNumber: d.dayNumber) == d)
        #expect(d.weekday == 2)  // a Tuesday
        #expect(CalendarDate(year: 2020, month: 2, day: 28).adding(days: 1) == CalendarDate(year: 2020, month: 2, day: 29))
        #expect(CalendarDate(iso: "2019-02-29") == nil)
    }

    @Test func partialDatesTakeThePreviousYearWhenAfterTheDocument() {
        let dct = CalendarDate(year: 2022, month: 1, day: 19)
        #expect(PartialDate(month: 12, day: 28).resolved(against: dct) == CalendarDate(year: 2021, month: 12, day: 28))
        #expect(PartialDate(month: 1, day: 6).resolved(against: dct) == CalendarDate(year: 2022, month: 1, day: 6))
        #expect(PartialDate(year: 2016, month: 7, day: 19).resolved(against: dct) == CalendarDate(year: 2016, month: 7, day: 19))
    }
}

@Suite struct LoaderTests {
    @Test func refusesBinaryAndEmpty() throws {
        #expect(throws: ArticleLoader.LoadError.binary("x")) { try ArticleLoader.decode(Data([0x41, 0, 0x42]), name: "x") }
        #expect(throws: ArticleLoader.LoadError.empty("x")) { try ArticleLoader.decode(Data(), name: "x") }
    }

    @Test func repairsInvalidUTF8WithANotice() throws {
        let r = try ArticleLoader.decode(Data([0x41, 0xFF, 0x42]), name: "x")
        #expect(r.text == "A\u{FFFD}B")
        #expect(r.notices.count == 1)
    }
}

@Suite struct EntityAliasOrderTests {
    @Test func aliasesMostFrequentFirstThenFirstUsed() {
        func m(_ t: String, _ at: Int) -> Mention { Mention(span: Span(at, at + t.count), text: t, type: .person) }
        let e = Entity(id: "a", name: "Ilham Aliyev", type: .person,
                       mentions: [m("Ilham Aliyev", 0), m("Aliyev", 20), m("President Aliyev", 40), m("Aliyev", 60)])
        #expect(e.aliases == ["Aliyev", "Ilham Aliyev", "President Aliyev"])
    }
}
