import Testing
@testable import DossierKit

/// Runs both stages over `s` and checks the invariants every output must keep.
private func checkInvariants(_ s: String) {
    let t = TextBuffer(s)
    let r = StructureParser.parse(t)
    for b in r.blocks { #expect(b.span.start >= 0 && b.span.end <= t.scalarCount && b.span.start < b.span.end) }
    for (a, b) in zip(r.sentences, r.sentences.dropFirst()) { #expect(a.end <= b.start) }
    for s in r.sentences { #expect(!s.isEmpty && s.end <= t.scalarCount) }
    let c = CitationParser.parse(t, blocks: r.blocks)
    for x in c {
        #expect(x.span.end <= t.scalarCount)
        for ref in x.refs { #expect(x.span.contains(ref.sourceSpan)) }
    }
}

/// A small deterministic generator (no global state).
private struct LCG {
    var state: UInt64
    mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state >> 33
    }
}

@Suite struct CitationRobustnessTests {
    @Test func unbalancedAndNestedParentheses() {
        checkInvariants(String(repeating: "(", count: 10_000))
        checkInvariants(String(repeating: ")", count: 10_000))
        checkInvariants(String(repeating: "(TASS, May 2", count: 2_000))
        checkInvariants("Text ends with (")
        checkInvariants("Text ends with (see")
        checkInvariants("(((TASS, May 2)))")
        checkInvariants("(see")
        checkInvariants("(Source:")
        checkInvariants("(Source: )")
        checkInvariants("([1])")
        checkInvariants("(TASS [)")
        checkInvariants("(TASS, May 99)")
        checkInvariants("(TASS, 99999999999999999999 May)")
        let deep = String(repeating: "(", count: 10_000) + "Aze.az, June 3" + String(repeating: ")", count: 10_000)
        let t = TextBuffer(deep)
        let c = CitationParser.parse(t, blocks: StructureParser.parse(t).blocks)
        #expect(c.map(\.text) == ["(Aze.az, June 3)"])
    }

    @Test func truncatedInputsNeverTrap() {
        let s = "Title — “Ş”\r\n\r\nPublication: Eurasia Daily Monitor Volume: 9 Issue: 1\r\n\r\nA caption (Source: mil.ru)\r\n\r\nText (see EDM, May 30, 2018 and June 5, 2019). More (Jerusalem Post [1], May 18)… End."
        var prefix = ""
        for ch in s.unicodeScalars {
            prefix.unicodeScalars.append(ch)
            checkInvariants(prefix)
        }
    }

    @Test func randomInputsNeverTrap() {
        let alphabet: [String] = ["(", ")", "[", "]", "1", " ", "\n", "\r", ".", ",", ";", ":", "see ", "Source:",
                                  "May", "TASS", "Aze.az", "“", "”", "…", "Ş", "a", "U.S.", "2019", "\t", "#", "> ", "- "]
        var g = LCG(state: 42)
        for _ in 0..<300 {
            var s = ""
            for _ in 0..<Int(g.next() % 80) { s += alphabet[Int(g.next() % UInt64(alphabet.count))] }
            checkInvariants(s)
        }
    }

    @Test func oneLineOfOneMegabyte() {
        let unit = "Moscow spoke (TASS, May 2) and (left) again. "
        let s = String(repeating: unit, count: 1_000_000 / unit.utf8.count)
        let t = TextBuffer(s)
        let r = StructureParser.parse(t)
        let c = CitationParser.parse(t, blocks: r.blocks)
        #expect(c.count == 1_000_000 / unit.utf8.count)
        #expect(r.sentences.count == c.count)
    }
}
