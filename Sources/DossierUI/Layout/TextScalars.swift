/// Per-scalar facts the layout and the renderer share: what breaks lines, what is drawn how wide.
enum TextScalars {
    /// Whitespace the wrapper may break at (and draws as a blank); newlines inside a paragraph
    /// are reflowed like spaces.
    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029, 0x1680, 0x2000...0x200A, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// True after a scalar the wrapper may break behind without a space: dashes and wide (CJK) characters.
    @inline(__always)
    static func breaksAfter(_ s: Unicode.Scalar, width: Int) -> Bool {
        switch s.value {
        case 0x2D, 0x2010, 0x2013, 0x2014, 0x2012, 0x2015: return true
        default: return width == 2
        }
    }

    /// Columns a scalar takes on screen, after sanitizing (an unsafe scalar is drawn as its placeholder).
    @inline(__always)
    static func width(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v >= 0x20 && v < 0x7F { return 1 }
        if isSpace(s) { return 1 }
        if !Sanitizer.isSafe(s) { return DisplayWidth.of(Sanitizer.placeholder(s)) }
        return DisplayWidth.of(s)
    }

    /// Truncates `text` to `width` columns (sanitized), with an ellipsis when it was cut.
    static func fit(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        let clean = Sanitizer.visible(text)
        if DisplayWidth.of(clean) <= width { return clean }
        var out = ""
        var w = 0
        for ch in clean {
            let cw = DisplayWidth.of(ch)
            if w + cw > width - 1 { break }
            out.append(ch)
            w += cw
        }
        while out.last == " " { out.removeLast() }
        return out + "…"
    }

    /// Truncates `text` to `width` columns keeping its end, with a leading ellipsis when it was cut.
    static func fitTail(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        let clean = Sanitizer.visible(text)
        if DisplayWidth.of(clean) <= width { return clean }
        var kept: [Character] = []
        var w = 0
        for ch in clean.reversed() {
            let cw = DisplayWidth.of(ch)
            if w + cw > width - 1 { break }
            kept.append(ch)
            w += cw
        }
        while kept.last == " " || kept.last == "…" { kept.removeLast() }
        return "…" + String(kept.reversed())
    }

    /// `text` with runs of whitespace (newlines included) made single spaces.
    static func flatten(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for s in text.unicodeScalars {
            if isSpace(s) {
                if !space && !out.isEmpty { out.append(" ") }
                space = true
            } else {
                out.append(s)
                space = false
            }
        }
        while out.last == " " { out.removeLast() }
        return String(out)
    }
}
