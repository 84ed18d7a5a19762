import Foundation
import Testing
@testable import DossierKit

@Suite struct ParallelAnnotationTests {
    static func json(_ doc: Document) -> [UInt8] {
        var out: [UInt8] = []
        DocumentExporter.write(doc, pretty: false) { out += $0 }
        return out
    }

    /// A big text annotated with the time side on a second thread gives the very same model.
    @Test func twoThreadsGiveTheSameDocumentAsOne() {
        let paragraph = """
            Envoy Tamsin Vorel met officials in Kessel on March 3, 2021, and again last week \
            (Harbour Ledger, March 10). Moscow and Baku said on Tuesday they would meet in May \
            (see EDM, February 2, 2021). The talks began more than 20 years ago.
            """
        var text = "Talks in Kessel\n\n"
        while text.utf8.count < Annotator.parallelFrom + 10_000 { text += paragraph + "\n\n" }
        var serial = testAnnotator
        serial.parallel = false
        var parallel = testAnnotator
        parallel.parallel = true
        let date = CalendarDate(year: 2021, month: 3, day: 12)
        let one = serial.annotate(text, path: "k.txt", date: date)
        let two = parallel.annotate(text, path: "k.txt", date: date)
        #expect(!one.timexes.isEmpty && !one.entities.isEmpty && !one.timeline.isEmpty)
        #expect(Self.json(one) == Self.json(two))
    }
}

@Suite struct ParallelEntityTests {
    /// The name recognizer's first look runs over a big text's chunks on several threads: the
    /// mentions are the same as on one thread, including unknown names the tagger is asked
    /// about in different sentences and names resolved by the document-level steps.
    @Test func chunksOnThreadsGiveTheSameMentions() {
        let paragraphs = [
            "Dravo Kellan spoke in Kessel on Monday. The Zubex subsidiary in Marrow Creek grew, and Zubex executives met Brovex Inc.",
            "Talks with Orin Vask ended. Vask said the Tarnow Group would leave Harbin Flats (Harbour Ledger, March 10).",
            "Kellan Dravo arrived. Marrow Creek officials and Dravo Kellan met in Moscow; Zubex declined to comment.",
            "IN KESSEL TODAY\nThe Velmar Commission of Inquiry and Ilham Aliyev discussed Nova Sich and Velykyi Burluk.",
        ]
        var text = "Talks in Kessel\n\n"
        var k = 0
        while text.utf8.count < 600_000 {
            text += paragraphs[k % paragraphs.count] + (k % 3 == 0 ? " " : "\n\n")
            k += 1
        }
        let buffer = TextBuffer(text)
        let recognizer = EntityRecognizer(knowledge: testAnnotator.knowledge, model: testAnnotator.model)
        let one = recognizer.mentions(buffer, blocks: [], citations: [])
        let two = recognizer.mentions(buffer, blocks: [], citations: [], parallel: true)
        #expect(one.count > 10_000)
        #expect(one == two)
    }
}

@Suite struct ParallelExportTests {
    /// An export cut in many slices gives the same bytes on worker threads as on one, and is
    /// valid JSON.
    @Test func workersWriteTheSameBytesAsOneThread() throws {
        var text = "Talks in Kessel\n\n"
        for i in 0..<120 {
            text += "Envoy Tamsin Vorel met Ilham Aliyev in Kessel on March \(i % 28 + 1), 2021 (Harbour Ledger, March \(i % 28 + 1)). "
            if i % 7 == 6 { text += "\n\n" }
        }
        let doc = testAnnotator.annotate(text, path: "k.txt", date: CalendarDate(year: 2021, month: 4, day: 1))
        #expect(doc.sentences.count > 100 && doc.citations.count > 100 && doc.timeline.count > 100)
        for pretty in [true, false] {
            let one = DocumentExporter.json(doc, pretty: pretty)
            var two: [UInt8] = []
            DocumentExporter.write(doc, pretty: pretty, library: nil, workers: 2, slices: .all(7)) { two += $0 }
            #expect(one == String(decoding: two, as: UTF8.self))
            let back = try JSONSerialization.jsonObject(with: Data(two)) as? [String: Any]
            #expect((back?["timeline"] as? [Any])?.count == doc.timeline.count)
            #expect(back?["text"] as? String == text)
        }
    }
}
