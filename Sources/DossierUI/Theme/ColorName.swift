/// Colour names a theme may use: the terminal default, the 16 ANSI names, `#rrggbb`, and 0–255.
public enum ColorName {
    /// The 16 ANSI names (helix spellings, plus `bright-*` and `grey`).
    static let ansi: [String: UInt8] = [
        "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
        "gray": 8, "grey": 8, "light-gray": 7, "light-grey": 7,
        "light-red": 9, "light-green": 10, "light-yellow": 11, "light-blue": 12,
        "light-magenta": 13, "light-cyan": 14, "light-white": 15,
        "bright-black": 8, "bright-red": 9, "bright-green": 10, "bright-yellow": 11, "bright-blue": 12,
        "bright-magenta": 13, "bright-cyan": 14, "bright-white": 15,
    ]

    /// Parses a colour that is not a palette name, or nil.
    public static func parse(_ s: String) -> Color? {
        let lower = s.lowercased()
        if lower == "default" || lower == "reset" || lower == "none" { return .default }
        if let n = ansi[lower] { return .ansi(n) }
        if lower.hasPrefix("#") {
            let hex = lower.dropFirst()
            guard hex.count == 6, hex.allSatisfy(\.isHexDigit), let v = UInt32(hex, radix: 16) else { return nil }
            return .rgb(UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF))
        }
        if lower.allSatisfy(\.isASCII), let n = Int(lower), (0...255).contains(n) { return .indexed(UInt8(n)) }
        return nil
    }
}
