import Foundation
import Testing
@testable import DossierUI

/// Every built-in theme is legible on dark and light terminals: the WCAG 2 contrast ratio of each
/// styled foreground against the background it is drawn on, layered the way the views layer
/// styles, for two common 16-colour palettes (xterm's defaults and Tango) each with a dark and a
/// light default background. Body text needs 4.5:1; the side pane's dim text and borders 3:1.
@Suite struct ThemeContrastTests {
    typealias RGB = (r: Double, g: Double, b: Double)

    /// A terminal: its 16 ANSI colours and its default foreground and background.
    struct Terminal {
        var name: String
        var ansi: [UInt32]
        var fg: UInt32
        var bg: UInt32
    }

    static let xterm: [UInt32] = [
        0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd, 0x00cdcd, 0xe5e5e5,
        0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00, 0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff,
    ]
    static let tango: [UInt32] = [
        0x2e3436, 0xcc0000, 0x4e9a06, 0xc4a000, 0x3465a4, 0x75507b, 0x06989a, 0xd3d7cf,
        0x555753, 0xef2929, 0x8ae234, 0xfce94f, 0x729fcf, 0xad7fa8, 0x34e2e2, 0xeeeeec,
    ]
    static let terminals = [
        Terminal(name: "xterm dark", ansi: xterm, fg: 0xe5e5e5, bg: 0x000000),
        Terminal(name: "xterm light", ansi: xterm, fg: 0x000000, bg: 0xffffff),
        Terminal(name: "Tango dark", ansi: tango, fg: 0xd3d7cf, bg: 0x2e3436),
        Terminal(name: "Tango light", ansi: tango, fg: 0x2e3436, bg: 0xeeeeec),
    ]

    /// The xterm 256-colour table beyond the 16: the 6×6×6 cube and the grey ramp.
    static func indexed(_ n: Int, _ t: Terminal) -> UInt32 {
        if n < 16 { return t.ansi[n] }
        if n >= 232 {
            let v = UInt32(8 + 10 * (n - 232))
            return v << 16 | v << 8 | v
        }
        let levels: [UInt32] = [0, 95, 135, 175, 215, 255]
        let i = n - 16
        return levels[i / 36] << 16 | levels[i / 6 % 6] << 8 | levels[i % 6]
    }

    static func rgb(_ c: Color?, default d: UInt32, _ t: Terminal) -> UInt32 {
        switch c {
        case nil, .default?: return d
        case .ansi(let n)?: return t.ansi[Int(n) % 16]
        case .indexed(let n)?: return indexed(Int(n), t)
        case .rgb(let r, let g, let b)?: return UInt32(r) << 16 | UInt32(g) << 8 | UInt32(b)
        }
    }

    static func luminance(_ c: UInt32) -> Double {
        func ch(_ v: UInt32) -> Double {
            let s = Double(v) / 255
            return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * ch(c >> 16 & 0xff) + 0.7152 * ch(c >> 8 & 0xff) + 0.0722 * ch(c & 0xff)
    }

    static func ratio(_ a: UInt32, _ b: UInt32) -> Double {
        let la = luminance(a), lb = luminance(b)
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    /// The colours a cell ends with when `layers` are patched in order onto the terminal's own.
    static func colours(_ theme: Theme, _ layers: [String], _ t: Terminal) -> (fg: UInt32, bg: UInt32) {
        var st = Style()
        for l in layers { st = st.patch(theme.style(l)) }
        var fg = rgb(st.fg, default: t.fg, t), bg = rgb(st.bg, default: t.bg, t)
        if st.attributes.contains(.reverse) { swap(&fg, &bg) }
        return (fg, bg)
    }

    static let entities = ["entity.person", "entity.place", "entity.org", "entity.media", "entity.event", "entity.norp"]

    /// What the views draw: each list of scopes is layered as the views layer them, with the
    /// ratio it needs. The first scope of each is a base that fills its area.
    static let combinations: [(layers: [String], minimum: Double)] = {
        var out: [([String], Double)] = []
        for s in ["title", "header", "caption", "heading", "quote", "citation", "citation.resolved", "citation.selected", "search.match",
                  "search.current", "selection"] + entities {
            out.append((["text", s], 4.5))
        }
        for e in entities + ["citation", "citation.resolved"] {
            out.append((["text", e, "selection"], 4.5))
            out.append((["text", e, "search.match"], 4.5))
            out.append((["text", e, "search.current"], 4.5))
            out.append((["pane.row", e], 4.5))
            out.append((["pane.row", e, "pane.row.selected"], 4.5))
            out.append((["finder", e], 4.5))
            out.append((["finder", e, "finder.match"], 4.5))
            out.append((["finder", e, "finder.selected"], 4.5))
            out.append((["help", e], 4.5))
        }
        out.append((["text", "citation", "citation.selected"], 4.5))
        out.append((["text", "citation.resolved", "citation.selected"], 4.5))
        for s in ["status.key", "status.position", "notice"] { out.append((["status", s], 4.5)) }
        out.append((["status"], 4.5))
        for s in ["pane.title", "pane.tab", "pane.tab.active", "pane.date", "notice"] { out.append((["pane.row", s], 4.5)) }
        out.append((["pane.row"], 4.5))
        out.append((["pane.row", "pane.date", "pane.row.selected"], 4.5))
        out.append((["pane.row", "pane.date.cited"], 4.5))
        out.append((["pane.row", "pane.date.cited", "pane.row.selected"], 4.5))
        out.append((["pane.row", "pane.count"], 3))
        out.append((["pane.row", "pane.count", "pane.row.selected"], 3))
        out.append((["pane.row", "pane.border"], 3))
        out.append((["finder"], 4.5))
        out.append((["finder", "pane.title"], 4.5))
        out.append((["finder", "pane.count"], 3))
        out.append((["finder", "pane.border"], 3))
        out.append((["help"], 4.5))
        out.append((["help", "help.key"], 4.5))
        out.append((["help", "pane.title"], 4.5))
        out.append((["help", "pane.count"], 3))
        out.append((["text", "notice"], 4.5))
        return out
    }()

    static func themes() throws -> [Theme] {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Themes")
        let loader = ThemeLoader(directories: [dir])
        return try ["default", "light", "high-contrast", "mono"].map { try loader.load($0) }
    }

    /// The failures of one theme: `scope+scope on terminal: ratio`.
    static func failures(_ theme: Theme) -> [String] {
        var out: [String] = []
        for t in terminals {
            for (layers, minimum) in combinations {
                let (fg, bg) = colours(theme, layers, t)
                let r = ratio(fg, bg)
                if r < minimum {
                    out.append("\(theme.name): \(layers.joined(separator: "+")) on \(t.name): \(String(format: "%.2f", r)):1 < \(minimum)")
                }
            }
        }
        return out
    }

    @Test func theRatioIsWCAGs() {
        #expect(abs(Self.ratio(0x000000, 0xffffff) - 21) < 0.01)
        #expect(abs(Self.ratio(0x767676, 0xffffff) - 4.54) < 0.01)
        #expect(Self.indexed(196, Self.terminals[0]) == 0xff0000)
        #expect(Self.indexed(244, Self.terminals[0]) == 0x808080)
    }

    @Test(arguments: ["default", "light", "high-contrast", "mono"])
    func everyStyledTextIsLegibleOnDarkAndLightTerminals(_ name: String) throws {
        let theme = try #require(try Self.themes().first { $0.name == name })
        let bad = Self.failures(theme)
        #expect(bad.isEmpty, "\(bad.count) combinations below the minimum:\n\(bad.prefix(40).joined(separator: "\n"))")
    }

    @Test func monoTellsEveryEntityTypeAndCitationsApart() throws {
        let mono = try #require(try Self.themes().first { $0.name == "mono" })
        let looks = (Self.entities + ["citation", "citation.resolved"]).map { mono.style($0) }
        #expect(Set(looks).count == looks.count, "\(looks.map(\.attributes.rawValue))")
        #expect(!looks.contains(mono.style("text")))
        #expect(mono.style("pane.date") != mono.style("pane.date.cited"), "timeline events and cited dates differ")
    }
}
