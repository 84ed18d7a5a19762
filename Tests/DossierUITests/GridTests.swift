import Testing
@testable import DossierUI

@Suite struct GridTests {
    @Test func wideCharactersTakeTwoCellsAndClip() {
        var g = CellGrid(width: 10, height: 1)
        let end = g.put("a漢😀e\u{301}xyz", x: 0, y: 0)
        #expect(g.lines == ["a漢😀éxyz"])
        #expect(end == 9)
        #expect(g[1, 0].width == 2 && g[2, 0].width == 0)
        var h = CellGrid(width: 4, height: 1)
        h.put("ab漢c", x: 0, y: 0)
        #expect(h.lines == ["ab漢"])
        var k = CellGrid(width: 3, height: 1)
        k.put("ab漢", x: 0, y: 0)
        #expect(k.lines == ["ab"])
    }

    @Test func controlCharactersBecomeVisiblePlaceholders() {
        var g = CellGrid(width: 20, height: 1)
        g.put("a\u{1B}]0;x\u{7}\u{202E}", x: 0, y: 0)
        #expect(g.lines == ["a␛]0;x␇⟪U+202E⟫"])
    }

    @Test func themeScopesFallBack() {
        let t = Theme(name: "t", scopes: ["text": Style(fg: .ansi(7)), "entity": Style(attributes: .bold)])
        #expect(t.style("entity.person") == Style(attributes: .bold))
        #expect(t.style("status") == Style(fg: .ansi(7)))
    }
}
