import DossierKit
import Testing
@testable import DossierUI

/// The colour key in the help, the entities tab coloured by type, and H cycling the highlighting.
@Suite struct ColourKeyTests {
    @Test func helpShowsWhatEachColourMeansInThatColour() {
        var s = ReaderState(document: Fixtures.article, width: 80, height: 60)
        s.handle(.char("?"))
        s.handle(.char("G"))
        let g = Fixtures.screen(s)
        let y = try? #require((0..<60).first { g.lines[$0].contains("Person") && g.lines[$0].contains("People") })
        guard let y else { Issue.record("no colour key in \(g)"); return }
        let x = g.line(y).distance(from: g.line(y).startIndex, to: g.line(y).range(of: "Person")!.lowerBound)
        #expect(g[x, y].style.fg == Fixtures.fg("entity.person"))
        let cy = (0..<60).first { g.lines[$0].contains("(Source, May 1)") } ?? -1
        #expect(cy >= 0, "citations are in the key")
        #expect(g.lines.contains { $0.contains("Colours (H: all types, one type, none)") })
    }

    @Test func theEntitiesTabColoursRowsByType() {
        var s = ReaderState(document: Fixtures.article, width: 120, height: 20)
        s.handle(.char("e"))
        let g = Fixtures.screen(s)
        // Not the cursor's row (Ilham Aliyev), which is drawn selected.
        let px = g.lines.firstIndex { $0.contains("Vladimir Putin") } ?? -1
        let col = g.line(px).distance(from: g.line(px).startIndex, to: g.line(px).range(of: "Vladimir")!.lowerBound)
        #expect(g[col, px].style.fg == Fixtures.fg("entity.person"), "\(g)")
        let yy = g.lines.firstIndex { $0.contains("Yerevan") } ?? -1
        let ycol = g.line(yy).distance(from: g.line(yy).startIndex, to: g.line(yy).range(of: "Yerevan")!.lowerBound)
        #expect(g[ycol, yy].style.fg == Fixtures.fg("entity.place"))
    }

    @Test func hCyclesAllOneTypeNoneAndCitationsStay() {
        var s = ReaderState(document: Fixtures.article, width: 60, height: 12)
        // "Putin met Aliyev in Moscow (see EDM, …": row 3 at this width.
        func fgAt(_ needle: String) -> Color? {
            let g = Fixtures.screen(s)
            guard let y = g.lines.firstIndex(where: { $0.contains(needle) }) else { return nil }
            let x = g.line(y).distance(from: g.line(y).startIndex, to: g.line(y).range(of: needle)!.lowerBound)
            return g[x, y].style.fg
        }
        #expect(fgAt("Putin") == Fixtures.fg("entity.person"))
        #expect(fgAt("Moscow (") == Fixtures.fg("entity.place"))
        s.handle(.char("H"))
        #expect(s.config.highlight == .only(.person))
        #expect(s.message == "Highlighting PERSON only · H for the next")
        #expect(fgAt("Putin") == Fixtures.fg("entity.person"))
        #expect(fgAt("Moscow (") == nil, "places are plain now")
        s.handle(.char("H"))
        #expect(s.config.highlight == .only(.place))
        #expect(fgAt("Putin") == nil && fgAt("Moscow (") == Fixtures.fg("entity.place"))
        for _ in 0..<6 where s.config.highlight != .none { s.handle(.char("H")) }
        #expect(s.config.highlight == .none)
        #expect(fgAt("Putin") == nil)
        #expect(fgAt("(see EDM") == Fixtures.fg("citation"), "citations still show")
        s.handle(.char("H"))
        #expect(s.config.highlight == .all)
    }

    @Test func theHighlightSettingIsReadAndWrittenInTheConfig() {
        #expect(ConfigLoader.parse("highlight = \"place\"\n", file: "c").config.highlight == .only(.place))
        #expect(ConfigLoader.parse("highlight = \"bogus\"\n", file: "c").warnings.count == 1)
        let text = "# mine\ntheme = \"light\"\n\n[keys]\n\"J\" = \"page-down\"\n"
        let added = ConfigLoader.updating(text, key: "highlight", to: "none")
        #expect(added == "# mine\ntheme = \"light\"\n\nhighlight = \"none\"\n[keys]\n\"J\" = \"page-down\"\n")
        let parsed = ConfigLoader.parse(added, file: "c")
        #expect(parsed.config.highlight == .none && parsed.config.keys["J"] == "page-down" && parsed.warnings.isEmpty)
        let replaced = ConfigLoader.updating(added, key: "highlight", to: "person")
        #expect(ConfigLoader.parse(replaced, file: "c").config.highlight == .only(.person))
        #expect(replaced.components(separatedBy: "highlight").count == 2, "replaced, not added twice")
        #expect(ConfigLoader.updating("", key: "highlight", to: "all") == "highlight = \"all\"\n")
    }
}
