import Foundation
import Testing
@testable import DossierKit

/// The data compiled into the binary (Tools/embed.py) is the data in the repository, byte for byte.
@Suite("Embedded data files")
struct EmbeddedDataTests {
    /// The package root, from this file's path (Tests/DossierKitTests/…).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func bytes(_ relative: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: root.appendingPathComponent(relative)))
    }

    @Test func knowledgeFilesAreEmbeddedByteForByte() throws {
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("Data/knowledge").path)
            .filter { $0.hasSuffix(".tsv") || $0.hasSuffix(".txt") }
        #expect(Set(EmbeddedKnowledge.files.map(\.0)) == Set(onDisk), "every knowledge file, and only those, is embedded")
        for (name, text) in EmbeddedKnowledge.files {
            #expect(Array(text.utf8) == (try Self.bytes("Data/knowledge/" + name)), "\(name)")
        }
    }

    @Test func referenceArticleIsEmbeddedByteForByte() throws {
        #expect(Array(EmbeddedReferenceArticle.text.utf8) == (try Self.bytes("Data/reference-article.txt")))
    }
}

/// Generated knowledge: demonyms of every country, villages of the focus region, capitals of regions.
@Suite("Generated knowledge")
struct GeneratedKnowledgeTests {
    @Test func everyCountryHasItsDemonym() {
        // Forms from countryinfo, not hand-listed: countries the curated list never needed.
        #expect(testKnowledge.lookup("Malian")?.type == .norp)
        #expect(testKnowledge.lookup("Malian")?.actor == "mali")
        #expect(testKnowledge.lookup("Ghanaians")?.actor == "ghana")
        // The curated list still wins where it has the word.
        #expect(testKnowledge.lookup("Azerbaijanis")?.actor == "azerbaijan")
    }

    @Test func capitalsOfRegionsStandForTheirRegion() {
        let doc = testAnnotator.annotate("Talks\n\nOfficials in Grozny said Chechnya would host them, and Tiraspol spoke for Transnistria.\n")
        let actor = Dictionary(doc.entities.map { ($0.name, $0.actor) }, uniquingKeysWith: { a, _ in a })
        #expect(actor["Grozny"] == "chechnya")
        #expect(actor["Tiraspol"] == "transnistria")
    }
}
