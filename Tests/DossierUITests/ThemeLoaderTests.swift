import Foundation
import Testing
@testable import DossierUI

/// A temporary folder of theme files, removed at the end of the test.
final class ThemeFolder {
    let url: URL
    init(_ files: [String: String]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
    }
    var loader: ThemeLoader { ThemeLoader(directories: [url], builtins: BuiltinThemes.sources) }
    deinit { try? FileManager.default.removeItem(at: url) }
}

@Suite struct ThemeLoaderTests {
    @Test func stylesColoursAndModifiers() throws {
        let theme = try ThemeLoader(directories: []).load(source: """
            "text" = "default"
            "entity.person" = { fg = "yellow", bg = "#102030", modifiers = ["bold", "underlined"] }
            "citation" = 33
            "status" = { fg = "light-blue", bg = 236, modifiers = ["reversed", "italic", "dim"] }
            """, file: "t.toml", name: "t")
        #expect(theme.style("entity.person") == Style(fg: .ansi(3), bg: .rgb(0x10, 0x20, 0x30), attributes: [.bold, .underline]))
        #expect(theme.style("citation") == Style(fg: .indexed(33)))
        #expect(theme.style("status") == Style(fg: .ansi(12), bg: .indexed(236), attributes: [.reverse, .italic, .dim]))
        #expect(theme.style("text") == Style(fg: .default))
    }

    @Test func dottedScopesFallBackToParentThenText() throws {
        let theme = try ThemeLoader(directories: []).load(source: """
            text = { fg = "white" }
            entity = { modifiers = ["bold"] }
            [pane.row]
            selected = { modifiers = ["reversed"] }
            """, file: "t.toml", name: "t")
        #expect(theme.style("entity.person") == Style(attributes: .bold))
        #expect(theme.style("entity.person.extra") == Style(attributes: .bold))
        #expect(theme.style("pane.row.selected") == Style(attributes: .reverse))
        #expect(theme.style("pane.row") == Style(fg: .ansi(7)))
        #expect(theme.style("notice") == Style(fg: .ansi(7)))
    }

    @Test func paletteNamesResolveAndChildPaletteRecoloursParentStyles() throws {
        let folder = try ThemeFolder([
            "base.toml": """
                "entity.person" = { fg = "accent", modifiers = ["bold"] }
                "title" = "accent"
                [palette]
                accent = "red"
                """,
            "child.toml": """
                inherits = "base"
                "title" = { fg = "accent", modifiers = ["underlined"] }
                [palette]
                accent = "#00ff00"
                """,
        ])
        let base = try folder.loader.load("base")
        #expect(base.style("entity.person") == Style(fg: .ansi(1), attributes: .bold))
        let child = try folder.loader.load("child")
        #expect(child.name == "child")
        #expect(child.style("entity.person") == Style(fg: .rgb(0, 255, 0), attributes: .bold))
        #expect(child.style("title") == Style(fg: .rgb(0, 255, 0), attributes: .underline))
        // By path too.
        let byPath = try ThemeLoader(directories: []).load(folder.url.appendingPathComponent("child.toml").path)
        #expect(byPath == child)
    }

    @Test func inheritingABuiltinWorksWithoutFiles() throws {
        let folder = try ThemeFolder(["mine.toml": "inherits = \"default\"\n\"title\" = \"magenta\"\n"])
        let t = try folder.loader.load("mine")
        #expect(t.style("title") == Style(fg: .ansi(5)))
        #expect(t.style("entity.place") == BuiltinThemes.fallback.style("entity.place"))
    }

    /// Every broken theme names the file, the line and column, and the problem.
    @Test(arguments: [
        ("\"text\" = { fg = \"chartreuse-ish\" }\n", 1, 17, "unknown colour “chartreuse-ish”"),
        ("\"text\" = \"default\"\n\"title\" = { fg = \"red\", weight = 3 }\n", 2, 25, "unknown key “weight”"),
        ("inherit = \"default\"\n", 1, 1, "unknown key “inherit”"),
        ("\"title\" = { modifiers = [\"bold\", \"blink\"] }\n", 1, 34, "unknown modifier “blink”"),
        ("\"title\" = 300\n", 1, 11, "out of range"),
        ("\"title\" = [1]\n", 1, 11, "must be a colour or a table"),
        ("[palette]\nx = \"nocolour\"\n", 2, 5, "unknown colour “nocolour”"),
        ("\"title\" = { fg = \"red\"\n", 1, 23, "same line"),
        ("inherits = 3\n", 1, 12, "inherits must be a theme name"),
        ("inherits = \"nope\"\n", 1, 12, "no theme named “nope”"),
    ])
    func errorsNameFileLineAndProblem(_ text: String, _ line: Int, _ column: Int, _ fragment: String) throws {
        let folder = try ThemeFolder(["broken.toml": text])
        do {
            _ = try folder.loader.load("broken")
            Issue.record("loaded a broken theme")
        } catch {
            #expect(error.file?.hasSuffix("broken.toml") == true, "\(error)")
            #expect(error.position == TOMLPosition(line: line, column: column), "\(error)")
            #expect(error.message.contains(fragment), "\(error)")
            #expect(error.description.contains("broken.toml:\(line):\(column): "), "\(error)")
        }
    }

    @Test func anErrorInAParentNamesTheParentFile() throws {
        let folder = try ThemeFolder([
            "parent.toml": "\"text\" = \"default\"\n\"title\" = \"ultraviolet\"\n",
            "kid.toml": "inherits = \"parent\"\n",
        ])
        #expect {
            _ = try folder.loader.load("kid")
        } throws: { e in
            guard let e = e as? ThemeError else { return false }
            return e.file?.hasSuffix("parent.toml") == true && e.position?.line == 2
        }
    }

    @Test func inheritsCycleIsReportedAtTheInheritsLine() throws {
        let folder = try ThemeFolder([
            "a.toml": "# a\ninherits = \"b\"\n",
            "b.toml": "inherits = \"c\"\n",
            "c.toml": "inherits = \"a\"\n",
            "self.toml": "inherits = \"self\"\n",
        ])
        do {
            _ = try folder.loader.load("a")
            Issue.record("a cycle loaded")
        } catch {
            #expect(error.message.contains("cycle"), "\(error)")
            #expect(error.message.contains("a → b → c → a"), "\(error)")
            #expect(error.file?.hasSuffix("c.toml") == true && error.position?.line == 1, "\(error)")
        }
        #expect(throws: ThemeError.self) { _ = try folder.loader.load("self") }
    }

    @Test func missingThemeAndMissingFile() throws {
        let folder = try ThemeFolder(["x.toml": "inherits = \"./gone.toml\"\n"])
        do {
            _ = try folder.loader.load("no-such-theme")
            Issue.record("loaded a missing theme")
        } catch {
            #expect(error.message.contains("no theme named “no-such-theme”"))
            #expect(error.message.contains("default"))  // lists what exists
        }
        do {
            _ = try folder.loader.load("x")
            Issue.record("loaded a missing parent")
        } catch {
            #expect(error.file?.hasSuffix("x.toml") == true && error.position?.line == 1, "\(error)")
            #expect(error.message.contains("gone.toml"), "\(error)")
        }
        #expect(throws: ThemeError.self) { _ = try folder.loader.load("/nonexistent/dir/t.toml") }
        #expect(throws: ThemeError.self) { _ = try folder.loader.load("bad name!") }
    }

    /// The shipped themes all load, and the compiled-in copies match the files.
    @Test func shippedThemesLoadAndBuiltinsMatchFiles() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Themes")
        let loader = ThemeLoader(directories: [dir])
        for name in ["default", "light", "high-contrast", "mono"] {
            let t = try loader.load(name)
            #expect(t.name == name)
            #expect(t.style("entity.person") != t.style("text"), "\(name): persons must stand out")
            #expect(t.style("status") != t.style("text"), "\(name)")
        }
        for (name, source) in BuiltinThemes.sources {
            let file = try String(contentsOf: dir.appendingPathComponent(name + ".toml"), encoding: .utf8)
            #expect(file == source + "\n" || file == source, "Themes/\(name).toml differs from BuiltinThemes")
        }
        // mono has no colour at all.
        let mono = try loader.load("mono")
        for (_, st) in mono.scopes { #expect((st.fg == nil || st.fg == .default) && st.bg == nil) }
        // Entity kinds are told apart in the default theme.
        let d = BuiltinThemes.fallback
        let kinds = ["person", "place", "org", "media", "event", "norp"].map { d.style("entity." + $0) }
        #expect(Set(kinds).count == kinds.count)
    }
}
