import CNcursesw
import Testing
import DossierUI
@testable import DossierTerminal

@Suite struct CursesKeysTests {
    @Test func charactersAndControls() {
        #expect(CursesKeys.key(status: OK, code: 0x71) == .char("q"))
        #expect(CursesKeys.key(status: OK, code: 0x6F22) == .char("漢"))
        #expect(CursesKeys.key(status: OK, code: 0x1F600) == .char("😀"))
        #expect(CursesKeys.key(status: OK, code: 9) == .tab)
        #expect(CursesKeys.key(status: OK, code: 10) == .enter)
        #expect(CursesKeys.key(status: OK, code: 13) == .enter)
        #expect(CursesKeys.key(status: OK, code: 127) == .backspace)
        #expect(CursesKeys.key(status: OK, code: 8) == .backspace)
        #expect(CursesKeys.key(status: OK, code: 27) == .escape)
        #expect(CursesKeys.key(status: OK, code: 6) == .ctrl("f"))
        #expect(CursesKeys.key(status: OK, code: 1) == .ctrl("a"))
        #expect(CursesKeys.key(status: OK, code: 0) == nil)
        #expect(CursesKeys.key(status: OK, code: 0x9B) == nil)  // C1 CSI never becomes a key
        #expect(CursesKeys.key(status: OK, code: 0xD800) == nil)  // not a scalar
        #expect(CursesKeys.key(status: ERR, code: 0x71) == nil)
    }

    @Test func functionKeyCodes() {
        let yes = KEY_CODE_YES
        func k(_ c: Int32) -> Key? { CursesKeys.key(status: yes, code: UInt32(bitPattern: c)) }
        #expect(k(KEY_UP) == .up)
        #expect(k(KEY_DOWN) == .down)
        #expect(k(KEY_LEFT) == .left)
        #expect(k(KEY_RIGHT) == .right)
        #expect(k(KEY_NPAGE) == .pageDown)
        #expect(k(KEY_PPAGE) == .pageUp)
        #expect(k(KEY_HOME) == .home)
        #expect(k(KEY_END) == .end)
        #expect(k(KEY_BACKSPACE) == .backspace)
        #expect(k(KEY_DC) == .delete)
        #expect(k(KEY_BTAB) == .backTab)
        #expect(k(KEY_ENTER) == .enter)
        #expect(k(KEY_RESIZE) == .resize)
        #expect(k(cn_KEY_F(5)) == .function(5))
        #expect(k(cn_KEY_F(12)) == .function(12))
        #expect(k(KEY_MOUSE) == nil)  // needs getmouse; handled by the backend
        #expect(k(KEY_IC) == nil)
    }

    @Test func mouseEvents() {
        #expect(CursesKeys.mouse(bstate: UInt(cn_BUTTON4_PRESSED()), x: 3, y: 4) == MouseEvent(kind: .wheelUp, x: 3, y: 4))
        #expect(CursesKeys.mouse(bstate: UInt(cn_BUTTON5_PRESSED()), x: 0, y: 0) == MouseEvent(kind: .wheelDown, x: 0, y: 0))
        #expect(CursesKeys.mouse(bstate: UInt(cn_BUTTON1_PRESSED()), x: 10, y: 2) == MouseEvent(kind: .click, x: 10, y: 2))
        #expect(CursesKeys.mouse(bstate: UInt(cn_BUTTON1_RELEASED()), x: 10, y: 2) == nil)
    }

    @Test func escapeSequences() {
        func seq(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }
        #expect(EscapeSequence.decode([]) == .escape)
        #expect(EscapeSequence.decode([27]) == .escape)
        #expect(EscapeSequence.decode(seq("[A")) == .up)
        #expect(EscapeSequence.decode(seq("[1;5D")) == .left)  // Ctrl-Left unknown to terminfo
        #expect(EscapeSequence.decode(seq("OB")) == .down)
        #expect(EscapeSequence.decode(seq("OQ")) == .function(2))
        #expect(EscapeSequence.decode(seq("[5~")) == .pageUp)
        #expect(EscapeSequence.decode(seq("[6~")) == .pageDown)
        #expect(EscapeSequence.decode(seq("[3~")) == .delete)
        #expect(EscapeSequence.decode(seq("[15~")) == .function(5))
        #expect(EscapeSequence.decode(seq("[24~")) == .function(12))
        #expect(EscapeSequence.decode(seq("[Z")) == .backTab)
        // Unknown sequences and Alt+key are dropped, not typed as "[", "x"…
        #expect(EscapeSequence.decode(seq("[200~")) == nil)
        #expect(EscapeSequence.decode(seq("[?1;2c")) == nil)
        #expect(EscapeSequence.decode(seq("x")) == nil)
        #expect(EscapeSequence.decode(seq("[1;5")) == nil)  // incomplete
        #expect(EscapeSequence.isComplete(seq("[1;5")) == false)
        #expect(EscapeSequence.isComplete(seq("[1;5A")))
        #expect(EscapeSequence.isComplete(seq("O")) == false)
        #expect(EscapeSequence.isComplete(seq("x")))
    }
}
