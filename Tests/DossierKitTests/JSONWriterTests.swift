import Foundation
import Testing
@testable import DossierKit

@Suite struct JSONWriterTests {
    @Test func escapesQuotesBackslashesAndControlsAndKeepsTheRest() throws {
        var w = JSONWriter(pretty: false)
        w.beginObject()
        w.field("s", "a\"b\\c\nd\re\tf\u{1}g\u{7F}h — 漢字 😀")
        w.endObject()
        #expect(w.string == #"{"s":"a\"b\\c\nd\re\tf\u0001g\u007fh — 漢字 😀"}"#)
        let back = try JSONSerialization.jsonObject(with: Data(w.output)) as? [String: String]
        #expect(back?["s"] == "a\"b\\c\nd\re\tf\u{1}g\u{7F}h — 漢字 😀")
    }

    @Test func aLongStringStreamsInChunksAndArrivesWhole() throws {
        var chunks: [[UInt8]] = []
        let long = String(repeating: "Moscow \"and\" Baku\n", count: 200_000)  // 3.6 MB
        var w = JSONWriter(pretty: false, sink: { chunks.append($0) })
        w.beginArray()
        w.value(long)
        w.endArray()
        w.flush()
        #expect(chunks.count > 2, "a long string is handed over in chunks")
        #expect(chunks.allSatisfy { $0.count <= (1 << 20) + (1 << 19) }, "the buffer stays near its chunk size")
        let back = try JSONSerialization.jsonObject(with: Data(chunks.joined())) as? [String]
        #expect(back == [long])
    }
}

@Suite struct JSONWriterNumberTests {
    @Test(arguments: [0, 7, -7, 10, 1_234_567, Int.max, Int.min])
    func integersAreWrittenInDecimal(_ n: Int) {
        var w = JSONWriter(pretty: false)
        w.value(n)
        #expect(w.string == String(n))
    }
}

@Suite struct JSONPartsTests {
    /// Nested arrays written in slices on worker threads, a window of one part, and a text
    /// escaped in slices that cut through multi-byte characters: the bytes of one writer.
    @Test(arguments: [true, false])
    func slicesRenderedOnWorkersGiveTheBytesOfOneWriter(pretty: Bool) throws {
        let rows = (0..<257).map { i in (i, "row \"\(i)\" — 漢字\n") }
        let text = String(repeating: "Kessel \"port\" — 漢字 😀\u{1}\n", count: 700)
        func whole() -> [UInt8] {
            var w = JSONWriter(pretty: pretty)
            w.beginObject()
            w.field("schema", "x")
            w.key("text"); w.value(text)
            w.key("rows"); w.beginArray()
            for (n, s) in rows { w.beginObject(); w.field("n", n); w.field("s", s); w.key("empty"); w.beginArray(); w.endArray(); w.endObject() }
            w.endArray()
            w.key("none"); w.beginArray(); w.endArray()
            w.field("after", true)
            w.endObject()
            w.newlineAtEnd()
            return w.output
        }
        for workers in [0, 1, 3] {
            var p = JSONParts(pretty: pretty)
            p.w.beginObject()
            p.w.field("schema", "x")
            p.w.key("text"); p.string(text, slice: 37)
            p.w.key("rows"); p.w.beginArray()
            p.elements(count: rows.count, sliceEnds: JSONParts.sliceEnds(count: rows.count, target: 10) { $0 % 3 }) { w, r in
                for (n, s) in rows[r] { w.beginObject(); w.field("n", n); w.field("s", s); w.key("empty"); w.beginArray(); w.endArray(); w.endObject() }
            }
            p.w.endArray()
            p.w.key("none"); p.w.beginArray()
            p.elements(count: 0, sliceEnds: []) { _, _ in Issue.record("no slice for no elements") }
            p.w.endArray()
            p.w.field("after", true)
            p.w.endObject()
            p.w.newlineAtEnd()
            var out: [UInt8] = []
            var pieces = 0
            p.write(workers: workers, window: 1) { out += $0; pieces += 1 }
            #expect(out == whole(), "workers \(workers)")
            #expect(pieces > 20, "the parts arrive one by one")
        }
        let back = try JSONSerialization.jsonObject(with: Data(whole())) as? [String: Any]
        #expect((back?["rows"] as? [Any])?.count == rows.count)
        #expect(back?["text"] as? String == text)
    }

    @Test func sliceEndsCoverEveryElementOnceInOrder() {
        let ends = JSONParts.sliceEnds(count: 10, target: 4) { [1, 1, 5, 0, 0, 1, 1, 1, 1, 9][$0] }
        #expect(ends == [3, 7, 10])
        #expect(JSONParts.sliceEnds(count: 3, target: 100) { _ in 1 } == [3])
    }
}

@Suite struct CalendarDateTextTests {
    @Test(arguments: [
        (CalendarDate(year: 2016, month: 7, day: 19), "2016-07-19"),
        (CalendarDate(year: 999, month: 12, day: 1), "0999-12-01"),
        (CalendarDate(year: 7, month: 1, day: 31), "0007-01-31"),
        (CalendarDate(year: 12_345, month: 1, day: 2), "12345-01-02"),
    ])
    func datesAreWrittenAsIsoText(_ date: CalendarDate, _ text: String) {
        #expect(date.description == text)
    }
}
