/// Byte-level text helpers for the NER tagger: UTF-8 decoding, case mapping and punctuation
/// normalization without allocating Strings.
///
/// The tagger's features must be the same for CoNLL's ASCII-ish tokens and our articles'
/// curly quotes and dashes, so every scalar goes through `normalize` before hashing.
enum NERText {
    /// Decodes the scalar at `i` (value, length); a malformed byte decodes as U+FFFD, length 1.
    @inline(__always)
    static func decode(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (UInt32, Int) {
        let b0 = p[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        var len = 1
        var v: UInt32 = 0
        if b0 & 0xE0 == 0xC0 { len = 2; v = UInt32(b0 & 0x1F) }
        else if b0 & 0xF0 == 0xE0 { len = 3; v = UInt32(b0 & 0x0F) }
        else if b0 & 0xF8 == 0xF0 { len = 4; v = UInt32(b0 & 0x07) }
        else { return (0xFFFD, 1) }
        guard i + len <= end else { return (0xFFFD, 1) }
        for k in 1..<len {
            let c = p[i + k]
            if c & 0xC0 != 0x80 { return (0xFFFD, 1) }
            v = (v << 6) | UInt32(c & 0x3F)
        }
        return (v, len)
    }

    /// Maps typographic variants to their ASCII form: curly quotes, dashes, ellipsis, NBSP.
    @inline(__always)
    static func normalize(_ v: UInt32) -> UInt32 {
        if v < 0x80 { return v }
        switch v {
        case 0x2018, 0x2019, 0x201B, 0x2032, 0x02BC: return 0x27  // '
        case 0x201C, 0x201D, 0x201E, 0xAB, 0xBB: return 0x22  // "
        case 0x2010...0x2015, 0x2212: return 0x2D  // -
        case 0x2026: return 0x2E  // .
        case 0xA0, 0x2000...0x200B, 0x202F: return 0x20
        default: return v
        }
    }

    /// Whitespace, including NBSP and the typographic spaces.
    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool {
        v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D || v == 0x0B || v == 0x0C
            || v == 0xA0 || (v >= 0x2000 && v <= 0x200B) || v == 0x202F || v == 0x3000
    }

    /// True for an uppercase letter in the scripts our articles use (Latin, Greek, Cyrillic).
    @inline(__always)
    static func isUpper(_ v: UInt32) -> Bool {
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        if v >= 0xC0 && v <= 0xDE { return v != 0xD7 }
        if v >= 0x100 && v <= 0x17F {
            if v == 0x178 { return true }
            if (v >= 0x139 && v <= 0x148) || (v >= 0x179 && v <= 0x17E) { return v & 1 == 1 }
            if v == 0x138 || v == 0x149 || v == 0x17F { return false }
            return v & 1 == 0
        }
        if v >= 0x218 && v <= 0x21B { return v & 1 == 0 }
        if v >= 0x391 && v <= 0x3A9 { return true }
        if v >= 0x400 && v <= 0x42F { return true }
        return false
    }

    /// Lowercase of an uppercase letter (per `isUpper`); other scalars unchanged.
    @inline(__always)
    static func lower(_ v: UInt32) -> UInt32 {
        guard isUpper(v) else { return v }
        if v < 0x80 || (v >= 0xC0 && v <= 0xDE) { return v + 32 }
        if v == 0x178 { return 0xFF }
        if v < 0x300 { return v + 1 }
        if v >= 0x391 && v <= 0x3A9 { return v + 32 }
        if v >= 0x410 { return v + 32 }
        return v + 80
    }

    /// Letters: ASCII letters and any non-ASCII scalar outside the punctuation and symbol blocks.
    @inline(__always)
    static func isLetter(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        if v < 0xC0 { return v == 0xAA || v == 0xB5 || v == 0xBA }
        if v == 0xD7 || v == 0xF7 { return false }
        if v >= 0x2000 && v <= 0x2BFF { return false }
        if v >= 0x3000 && v <= 0x303F { return false }
        if v == 0xFFFD { return false }
        return true
    }

    @inline(__always)
    static func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }
}

/// FNV-1a style hashing and mixing for feature keys.
enum NERHash {
    static let seed: UInt64 = 0xCBF2_9CE4_8422_2325
    @inline(__always)
    static func add(_ h: UInt64, _ v: UInt32) -> UInt64 {
        (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3
    }
    /// Mixes two 64-bit values into a well-spread 64-bit key (splitmix64 finalizer).
    @inline(__always)
    static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var x = (a &* 0x9E37_79B9_7F4A_7C15) ^ b
        x ^= x >> 30
        x &*= 0xBF58_476D_1CE4_E5B9
        x ^= x >> 27
        x &*= 0x94D0_49BB_1331_11EB
        x ^= x >> 31
        return x
    }
}
