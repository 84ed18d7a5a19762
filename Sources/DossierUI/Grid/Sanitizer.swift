/// Makes article text safe for the terminal: every C0/C1 control character, escape sequence
/// introducer, DEL and bidi override becomes a visible placeholder, so nothing in an article
/// can move the cursor, set the title, write the clipboard or reorder the line.
public enum Sanitizer {
    /// True when the scalar may be drawn as it is.
    @inline(__always)
    public static func isSafe(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v >= 0x20 && v < 0x7F { return true }
        if v < 0x20 || v == 0x7F || (v >= 0x80 && v < 0xA0) { return false }
        // Bidi embeddings, overrides and isolates (CVE-2021-42574), and line/paragraph separators.
        if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x2028 || v == 0x2029 { return false }
        return true
    }

    /// The placeholder drawn for an unsafe scalar: control pictures (␛, ␍, ␈…) or ⟪U+XXXX⟫.
    public static func placeholder(_ s: Unicode.Scalar) -> String {
        let v = s.value
        if v < 0x20 { return String(Unicode.Scalar(0x2400 + v)!) }
        if v == 0x7F { return "␡" }
        let hex = String(v, radix: 16, uppercase: true)
        return "⟪U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "⟫"
    }

    /// `text` with every unsafe scalar replaced by its placeholder.
    public static func visible(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy(isSafe) { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if isSafe(s) { out.append(s) } else { out.append(contentsOf: placeholder(s).unicodeScalars) }
        }
        return String(out)
    }
}
