import Testing
@testable import DossierUI

@Suite struct SanitizerTests {
    @Test func unsafeScalarsBecomePlaceholdersAndTheRestIsKept() {
        let text = "Baku\u{1B}]0;x\u{07} \u{202E}ok\u{9B} 漢字 😀\n\tend"
        #expect(Sanitizer.visible(text) == "Baku␛]0;x␇ ⟪U+202E⟫ok⟪U+009B⟫ 漢字 😀␊␉end")
        #expect(Sanitizer.visible(text, keeping: { $0 == "\n" || $0 == "\t" }) == "Baku␛]0;x␇ ⟪U+202E⟫ok⟪U+009B⟫ 漢字 😀\n\tend")
        #expect(Sanitizer.visible("plain text, nothing to change") == "plain text, nothing to change")
        #expect(Sanitizer.visible("\u{1B}") == "␛")
        #expect(Sanitizer.visible("") == "")
    }
}
