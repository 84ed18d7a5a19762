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
    public static func visible(_ text: String) -> String { visible(text, keeping: { _ in false }) }

    /// `text` with every unsafe scalar that `keep` does not keep (e.g. line breaks and tabs in
    /// plain output) replaced by its placeholder; runs of safe text are copied whole.
    public static func visible(_ text: String, keeping keep: (Unicode.Scalar) -> Bool) -> String {
        let v = text.unicodeScalars
        var out = ""
        var run = v.startIndex
        var i = v.startIndex
        while i < v.endIndex {
            let s = v[i]
            let next = v.index(after: i)
            if !isSafe(s) && !keep(s) {
                if out.isEmpty { out.reserveCapacity(text.utf8.count + 64) }
                out.unicodeScalars.append(contentsOf: v[run..<i])
                out += placeholder(s)
                run = next
            }
            i = next
        }
        if run == v.startIndex { return text }
        out.unicodeScalars.append(contentsOf: v[run..<v.endIndex])
        return out
    }
}
