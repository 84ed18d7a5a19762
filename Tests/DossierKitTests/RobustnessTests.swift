import Foundation
import Testing
@testable import DossierKit

/// Inputs that once crashed a fuzz target, and random or truncated text: the pipeline never traps.
@Suite struct RobustnessTests {
    static let regressions: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fuzz/regressions/article")

    static func regressionFiles() -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: regressions, includingPropertiesForKeys: nil)) ?? [])
            .sorted { $0.path < $1.path }
    }

    @Test func fuzzRegressionsAreKept() {
        #expect(!Self.regressionFiles().isEmpty, "Tests/fuzz/regressions/article must hold the replayed inputs")
    }

    @Test(arguments: regressionFiles())
    func fuzzRegressionDoesNotTrap(_ url: URL) throws {
        let data = try Data(contentsOf: url)
        guard let loaded = try? ArticleLoader.decode(data, name: url.lastPathComponent) else { return }
        let doc = testAnnotator.annotate(loaded.text)
        #expect(!DocumentExporter.json(doc).isEmpty)
    }

    @Test func randomAndTruncatedTextNeverTraps() {
        var rng = SplitMix(seed: 42)
        let alphabet = Array("Moscow Baku (see EDM, July 19, 2016) “Aliyev’s” — 2019–2020 Mr. U.S. \r\n\n\t( ) ; , . 漢😀e\u{301}".unicodeScalars)
        for _ in 0..<200 {
            let n = Int(rng.next() % 400)
            var s = String.UnicodeScalarView()
            for _ in 0..<n { s.append(alphabet[Int(rng.next() % UInt64(alphabet.count))]) }
            let text = String(s)
            let doc = testAnnotator.annotate(text, date: CalendarDate(year: 2020, month: 1, day: 1))
            let count = text.unicodeScalars.count
            for e in doc.entities { for m in e.mentions { #expect(m.span.end <= count && m.span.start < m.span.end) } }
            // Every prefix of a real-looking article.
            let prefix = String(text.unicodeScalars.prefix(n / 2))
            _ = testAnnotator.annotate(prefix)
        }
    }
}
