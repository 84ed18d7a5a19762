import DossierKit
import Testing
@testable import DossierUI

/// Random key sequences, sizes and mouse events: nothing traps, and the state stays consistent.
@Suite struct RandomKeysTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed.
    struct Rng {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            return Int(z % UInt64(max(1, n)))
        }
    }

    static let keys: [Key] = [
        .char("j"), .char("k"), .char(" "), .char("b"), .char("d"), .char("u"), .char("g"), .char("G"), .char("/"),
        .char("n"), .char("N"), .char("f"), .char("t"), .char("e"), .char("c"), .char("\\"), .char("?"), .char("h"),
        .char("l"), .char("m"), .char("o"), .char("漢"), .char("é"), .tab, .backTab, .enter, .escape, .backspace,
        .up, .down, .pageUp, .pageDown, .home, .end, .ctrl("a"), .ctrl("u"), .ctrl("d"), .ctrl("n"), .resize,
    ]

    @Test(arguments: [1, 2, 3, 4])
    func randomSessionsNeverTrap(seed: Int) {
        var rng = Rng(state: UInt64(seed))
        let docs = [Fixtures.article, Fixtures.tricky, Fixtures.long(paragraphs: 30), Document(text: "")]
        var s = ReaderState(document: docs[seed % docs.count], width: 80, height: 24)
        for step in 0..<1500 {
            let r = rng.next(100)
            if r < 3 {
                s.resize(width: rng.next(140), height: rng.next(50))
            } else if r < 8 {
                let kinds: [MouseEvent.Kind] = [.click, .wheelUp, .wheelDown]
                s.handle(.mouse(MouseEvent(kind: kinds[rng.next(3)], x: rng.next(max(1, s.width + 2)) - 1,
                                           y: rng.next(max(1, s.height + 2)) - 1)))
            } else {
                let k = Self.keys[rng.next(Self.keys.count)]
                if k == .char("q") { continue }
                #expect(!s.handle(k).contains(.quit), "only q quits")
            }
            #expect(s.top >= 0 && (s.top == 0 || s.top < s.layout.lines.count), "step \(step)")
            #expect(s.anchorOffset >= 0 && s.anchorOffset <= s.index.scalars.count)
            var g = CellGrid(width: s.width, height: s.height)
            ReaderView.render(s, theme: Fixtures.theme, into: &g)
            #expect(g.lines.count == s.height)
            // The views themselves, below the minimum size too, never trap.
            ReaderView.renderViews(s, theme: Fixtures.theme, into: &g)
        }
    }
}
