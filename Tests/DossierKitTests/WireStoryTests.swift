import Foundation
import Testing
@testable import DossierKit

@Suite struct WireStoryTests {
    static func load(_ s: String) throws -> Document {
        try DocumentLoader.load(data: Array(s.utf8).withUnsafeBufferPointer { Data($0) }, origin: .init(path: "story.txt"), annotator: testAnnotator)
    }

    @Test func headlineBylineAndDatelineWithoutBlankLines() throws {
        let doc = try Self.load("""
            Harbour Board Signals Patience on Kessel Talks
            By Mira Osk
            PORT KESSEL, May 17 (Ledger Wire) - The harbour board said on Tuesday it was in no hurry, officials said.

            Talks resume in June.
            """)
        #expect(doc.metadata.title == "Harbour Board Signals Patience on Kessel Talks")
        #expect(doc.metadata.byline == "Mira Osk")
        #expect(doc.metadata.place == "PORT KESSEL")
        #expect(doc.blocks.map(\.kind) == [.title, .meta, .paragraph, .paragraph])
        #expect(doc.metadata.date?.value.month == 5 && doc.metadata.date?.value.day == 17)
        #expect(doc.source.format == "text")
        // Sentences stay sorted and none crosses from the byline into the story.
        #expect(doc.sentences == doc.sentences.sorted())
        #expect(!doc.sentences.contains { $0.start < doc.blocks[2].span.start && $0.end > doc.blocks[2].span.start })
    }

    @Test func ordinaryTextHasNoBylineOrPlace() throws {
        let doc = try Self.load("A Quiet Week\n\nI went to Kessel. By then it was late.\n\nMore text.\n")
        #expect(doc.metadata.byline == nil)
        #expect(doc.metadata.place == nil)
    }
}
