/// Key specs as written in the config file and shown on the help screen:
/// `"j"`, `"J"`, `"ctrl-f"`, `"pgdn"`, `"space"`, `"tab"`, `"shift-tab"`, `"enter"`, `"esc"`, `"up"`, `"f5"`.
public enum KeySpec {
    private static let named: [(String, Key)] = [
        ("up", .up), ("down", .down), ("left", .left), ("right", .right),
        ("pgdn", .pageDown), ("pageup", .pageUp), ("pgup", .pageUp), ("pagedown", .pageDown),
        ("home", .home), ("end", .end), ("enter", .enter), ("return", .enter), ("tab", .tab),
        ("shift-tab", .backTab), ("backtab", .backTab), ("esc", .escape), ("escape", .escape),
        ("backspace", .backspace), ("delete", .delete), ("del", .delete), ("space", .char(" ")),
    ]

    /// The key a spec names, or nil when the spec is not understood.
    public static func parse(_ spec: String) -> Key? {
        if spec.count == 1, let c = spec.first { return c == " " ? .char(" ") : .char(c) }
        let lower = spec.lowercased()
        for (name, key) in named where name == lower { return key }
        if lower.hasPrefix("ctrl-") || lower.hasPrefix("c-") {
            let rest = lower.drop(while: { $0 != "-" }).dropFirst()
            if rest.count == 1, let c = rest.first, c.isLetter, c.isASCII { return .ctrl(c) }
            return nil
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n) { return .function(n) }
        return nil
    }

    /// How a key is shown on the help screen (and written in the config file).
    public static func name(_ key: Key) -> String {
        switch key {
        case .char(" "): return "space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "ctrl-" + String(c)
        case .function(let n): return "f\(n)"
        case .mouse: return "mouse"
        case .resize: return "resize"
        default:
            for (name, k) in named where k == key { return name }
            return "?"
        }
    }
}
