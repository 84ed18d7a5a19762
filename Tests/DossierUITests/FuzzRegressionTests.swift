import Foundation
import Testing
@testable import DossierUI

/// Theme and config inputs kept from fuzzing (Tests/fuzz/regressions/theme): loading them may
/// fail with an error, never trap.
@Suite struct ThemeFuzzRegressionTests {
    static func files() -> [URL] {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("fuzz/regressions/theme")
        return ((try? FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)) ?? [])
            .sorted { $0.path < $1.path }
    }

    @Test func regressionsAreKept() {
        #expect(!Self.files().isEmpty)
    }

    @Test(arguments: files())
    func replay(_ url: URL) throws {
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        let loader = ThemeLoader(directories: [])
        #expect(throws: ThemeError.self) { try loader.load(source: text, file: url.lastPathComponent, name: "fuzz") }
        let config = ConfigLoader.parse(text, file: url.lastPathComponent)
        #expect(!config.warnings.isEmpty)
    }
}
