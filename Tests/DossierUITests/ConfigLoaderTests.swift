import Foundation
import Testing
@testable import DossierUI

@Suite struct ConfigLoaderTests {
    @Test func missingFileGivesDefaultsWithoutWarnings() {
        let r = ConfigLoader.load(path: URL(fileURLWithPath: "/nonexistent/dossier/config.toml"))
        #expect(r.config == ReaderConfig())
        #expect(r.warnings.isEmpty)
        #expect(!r.themeIsExplicit)
    }

    @Test func readsEverySetting() {
        let r = ConfigLoader.parse("""
            theme = "light"
            measure = 72
            side-pane-width = 30
            side-pane = false
            [keys]
            "ctrl-f" = "page-down"
            J = "scroll-down"
            """, file: "c.toml")
        #expect(r.warnings.isEmpty)
        #expect(r.config.theme == "light" && r.themeIsExplicit)
        #expect(r.config.measure == 72 && r.measureIsExplicit)
        #expect(r.config.sidePaneWidth == 30)
        #expect(r.config.showSidePane == false)
        #expect(r.config.keys == ["ctrl-f": "page-down", "J": "scroll-down"])
    }

    @Test func badValuesWarnWithLinesAndKeepDefaults() {
        let r = ConfigLoader.parse("""
            measure = "wide"
            side-pane-width = 5
            colour = "yes"
            side-pane = 1
            theme = "mono"
            """, file: "c.toml")
        #expect(r.config.measure == ReaderConfig().measure)
        #expect(r.config.sidePaneWidth == ReaderConfig().sidePaneWidth)
        #expect(r.config.showSidePane == ReaderConfig().showSidePane)
        #expect(r.config.theme == "mono")  // the good setting is kept
        #expect(r.warnings.count == 4)
        #expect(r.warnings.contains { $0.hasPrefix("c.toml:1:11: measure must be an integer") })
        #expect(r.warnings.contains { $0.hasPrefix("c.toml:2:19:") && $0.contains("outside") })
        #expect(r.warnings.contains { $0.hasPrefix("c.toml:3:1: unknown setting “colour”") })
        #expect(r.warnings.contains { $0.hasPrefix("c.toml:4:13:") })
    }

    @Test func brokenFileGivesDefaultsAndOneWarning() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-cfg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("config.toml")
        try "theme = \"light\"\nmeasure = = 3\n".write(to: file, atomically: true, encoding: .utf8)
        let r = ConfigLoader.load(path: file)
        #expect(r.config == ReaderConfig())
        #expect(r.warnings.count == 1)
        #expect(r.warnings.first?.contains("config.toml:2:11:") == true, "\(r.warnings)")
        #expect(r.warnings.first?.contains("using the default settings") == true)
    }

    @Test func xdgDirectoriesHonourTheEnvironment() {
        #expect(ConfigPaths.configDirectory(["XDG_CONFIG_HOME": "/x/cfg", "HOME": "/home/u"]).path == "/x/cfg/dossier")
        #expect(ConfigPaths.configDirectory(["HOME": "/home/u"]).path == "/home/u/.config/dossier")
        // A relative XDG value is invalid (XDG spec) and ignored.
        #expect(ConfigPaths.stateDirectory(["XDG_STATE_HOME": "rel", "HOME": "/home/u"]).path == "/home/u/.local/state/dossier")
        #expect(ConfigPaths.stateDirectory(["XDG_STATE_HOME": "/s", "HOME": "/home/u"]).path == "/s/dossier")
        #expect(ConfigLoader.defaultPath(["XDG_CONFIG_HOME": "/c"]).path == "/c/dossier/config.toml")
    }
}

@Suite struct ConfigPositionStoreTests {
    func tempStore() throws -> (PositionStore, URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-pos-\(UUID().uuidString)")
        return (PositionStore(directory: dir.appendingPathComponent("positions")), dir)
    }

    @Test func savesAndLoadsPerPath() throws {
        let (store, dir) = try tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(store.load(path: "/a/one.txt") == .none)
        #expect(store.save(path: "/a/one.txt", offset: 1234) == nil)
        #expect(store.save(path: "/a/two.txt", offset: 7) == nil)
        #expect(store.load(path: "/a/one.txt") == .found(1234))
        #expect(store.load(path: "/a/two.txt") == .found(7))
        #expect(store.save(path: "/a/one.txt", offset: 99) == nil)
        #expect(store.load(path: "/a/one.txt") == .found(99))
        // No temporary files are left behind.
        let names = try FileManager.default.contentsOfDirectory(atPath: store.directory.path)
        #expect(names.count == 2 && names.allSatisfy { $0.hasSuffix(".pos") && !$0.hasPrefix(".") }, "\(names)")
    }

    @Test func keyIsStableAndDistinct() {
        #expect(PositionStore.key(for: "/a") == PositionStore.key(for: "/a"))
        #expect(PositionStore.key(for: "/a") != PositionStore.key(for: "/b"))
        #expect(PositionStore.key(for: "") == "cbf29ce484222325")  // FNV-1a offset basis
    }

    @Test func corruptFileIsIgnoredThenReplaced() throws {
        let (store, dir) = try tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: store.directory, withIntermediateDirectories: true)
        let f = store.file(for: "/doc.txt")
        for garbage in ["{not: a position}", "dossier-position 1\npath=/doc.txt\noffset=-3\n",
                        "dossier-position 1\nnoequals\n", "dossier-position 1\npath=/doc.txt\n"] {
            try garbage.write(to: f, atomically: true, encoding: .utf8)
            guard case .corrupt(let why) = store.load(path: "/doc.txt") else {
                Issue.record("accepted: \(garbage)"); continue
            }
            #expect(why.contains(f.path))
        }
        try Data([0xFF, 0xFE, 0x00]).write(to: f)
        #expect({ if case .corrupt = store.load(path: "/doc.txt") { true } else { false } }())
        #expect(store.save(path: "/doc.txt", offset: 5) == nil)
        #expect(store.load(path: "/doc.txt") == .found(5))
    }

    @Test func aPositionForAnotherPathWithTheSameHashIsNotUsed() throws {
        let (store, dir) = try tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: store.directory, withIntermediateDirectories: true)
        try "dossier-position 1\npath=/other.txt\noffset=50\n".write(to: store.file(for: "/doc.txt"), atomically: true, encoding: .utf8)
        #expect(store.load(path: "/doc.txt") == .none)
    }

    @Test func unwritableFolderGivesAWarningNotACrash() throws {
        let (_, dir) = try tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        // A regular file where the folder should be: creating the folder fails for every user.
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let blocker = dir.appendingPathComponent("file")
        try "x".write(to: blocker, atomically: true, encoding: .utf8)
        let store = PositionStore(directory: blocker.appendingPathComponent("positions"))
        let warning = store.save(path: "/doc.txt", offset: 1)
        #expect(warning != nil)
        #expect(store.load(path: "/doc.txt") == .none)
    }
}
