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
