import CNcursesw
import DossierUI

/// Maps what `wget_wch` returns to ``Key``s: pure functions, so the mapping is tested without
/// a terminal.
public enum CursesKeys {
    /// The key for a `wget_wch` result: `status` is OK (a character in `code`) or
    /// KEY_CODE_YES (a KEY_* code). Nil for ERR, KEY_MOUSE (see ``mouse(bstate:x:y:)``) and
    /// codes the reader has no use for.
    public static func key(status: Int32, code: UInt32) -> Key? {
        if status == KEY_CODE_YES { return functionKey(Int32(bitPattern: code)) }
        guard status == OK else { return nil }
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 27: return .escape
        case 0: return nil  // Ctrl-Space / Ctrl-@
        case 1...26: return .ctrl(Character(Unicode.Scalar(code + 0x60) ?? "?"))
        case 28...31: return nil
        case 0x80...0x9F: return nil  // C1 controls never come from a key
        default:
            guard let s = Unicode.Scalar(code) else { return nil }
            return .char(Character(s))
        }
    }

    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1, KEY_LL: return .end
        case KEY_A3: return .pageUp
        case KEY_C3: return .pageDown
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        default:
            let f0 = cn_KEY_F0()
            if code > f0 && code <= f0 + 24 { return .function(Int(code - f0)) }
            return nil
        }
    }

    /// A mouse event from `getmouse`: wheel up/down (buttons 4 and 5) and a left click.
    public static func mouse(bstate: UInt, x: Int32, y: Int32) -> MouseEvent? {
        let s = mmask_t(bstate)
        let (x, y) = (Int(x), Int(y))
        if s & cn_BUTTON4_PRESSED() != 0 { return MouseEvent(kind: .wheelUp, x: x, y: y) }
        if s & cn_BUTTON5_PRESSED() != 0 { return MouseEvent(kind: .wheelDown, x: x, y: y) }
        if s & (cn_BUTTON1_PRESSED() | cn_BUTTON1_CLICKED()) != 0 { return MouseEvent(kind: .click, x: x, y: y) }
        return nil
    }
}

/// Decodes what follows an ESC that ncurses did not recognise. ncurses waits ESCDELAY for a
/// sequence it knows; anything else arrives as ESC plus loose characters, which would otherwise
/// be read as commands (`[`, `A`…). Known CSI/SS3 keys are mapped, unknown sequences and
/// Alt+key (the reader binds no Alt keys) are dropped, a lone ESC is Escape.
public enum EscapeSequence {
    /// True when `rest` (the characters after ESC) is a whole sequence or an Alt+key.
    public static func isComplete(_ rest: [UInt32]) -> Bool {
        guard let first = rest.first else { return false }
        if first == 0x5B {  // CSI: ends with a final byte 0x40–0x7E
            guard rest.count >= 2, let last = rest.last else { return false }
            return (0x40...0x7E).contains(last)
        }
        if first == 0x4F { return rest.count >= 2 }  // SS3 + one letter
        return true
    }

    /// The key for ESC followed by `rest`, or nil to drop it.
    public static func decode(_ rest: [UInt32]) -> Key? {
        guard let first = rest.first else { return .escape }
        if first == 27 { return .escape }
        if first == 0x4F {  // SS3
            guard rest.count == 2 else { return nil }
            switch rest[1] {
            case 0x41: return .up
            case 0x42: return .down
            case 0x43: return .right
            case 0x44: return .left
            case 0x48: return .home
            case 0x46: return .end
            case 0x50...0x53: return .function(Int(rest[1] - 0x4F))
            default: return nil
            }
        }
        guard first == 0x5B, isComplete(rest), let final = rest.last else { return nil }
        let params = rest.dropFirst().dropLast()
        guard params.allSatisfy({ (0x30...0x3F).contains($0) }) else { return nil }
        let firstParam = Int(String(decoding: params.prefix { $0 != 0x3B }.map { UInt8($0) }, as: UTF8.self))
        switch final {
        case 0x41: return .up
        case 0x42: return .down
        case 0x43: return .right
        case 0x44: return .left
        case 0x48: return .home
        case 0x46: return .end
        case 0x5A: return .backTab
        case 0x7E:
            switch firstParam {
            case 1, 7: return .home
            case 4, 8: return .end
            case 3: return .delete
            case 5: return .pageUp
            case 6: return .pageDown
            case .some(let n) where (11...15).contains(n): return .function(n - 10)
            case .some(let n) where (17...21).contains(n): return .function(n - 11)
            case .some(let n) where (23...24).contains(n): return .function(n - 12)
            default: return nil
            }
        default:
            return nil
        }
    }
}
