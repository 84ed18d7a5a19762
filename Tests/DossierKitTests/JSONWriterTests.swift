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
