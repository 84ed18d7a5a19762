/// A cursor over a range of UTF-8 bytes with intent-named moves.
///
/// A value type: copying a reader is a cheap way to look ahead and backtrack. Every move is
/// bounds-checked against `end`, so no input can make it trap; all scans are linear.
struct Reader {
    let bytes: [UInt8]
    /// The byte the reader is at.
    var position: Int
    /// One past the last byte the reader may look at.
    let end: Int

    init(_ bytes: [UInt8], from start: Int = 0, to end: Int? = nil) {
        self.bytes = bytes
        let e = max(0, min(end ?? bytes.count, bytes.count))
        self.end = e
        self.position = max(0, min(start, e))
    }

    var isAtEnd: Bool { position >= end }

    /// The byte at the cursor, or nil at the end.
    var current: UInt8? { position < end ? bytes[position] : nil }

    mutating func advance(by n: Int = 1) { position = min(end, position + n) }

    /// Skips spaces, tabs and carriage returns (not newlines).
    mutating func skipInlineSpace() {
        while position < end, Bytes.isInlineSpace(bytes[position]) { position += 1 }
    }

    /// Skips any whitespace, newlines included.
    mutating func skipWhitespace() {
        while position < end, Bytes.isSpace(bytes[position]) { position += 1 }
    }

    /// Moves to the next occurrence of `byte` (or the end); returns true when found.
    @discardableResult
    mutating func moveTo(_ byte: UInt8) -> Bool {
        while position < end {
            if bytes[position] == byte { return true }
            position += 1
        }
        return false
    }

    /// Reads one line: returns its byte range without the `\n` and moves past the `\n`.
    mutating func readLine() -> Range<Int> {
        let start = position
        moveTo(0x0A)
        let lineEnd = position
        if position < end { position += 1 }
        return start..<lineEnd
    }

    /// True when the bytes at the cursor equal `literal` (ASCII, case-insensitive when asked).
    func matches(_ literal: StaticString, caseInsensitive: Bool = false) -> Bool {
        Bytes.hasPrefix(bytes, at: position, end: end, literal, caseInsensitive: caseInsensitive)
    }

    /// Skips `literal` if it is at the cursor; returns whether it was.
    mutating func skip(_ literal: StaticString, caseInsensitive: Bool = false) -> Bool {
        guard matches(literal, caseInsensitive: caseInsensitive) else { return false }
        position += literal.utf8CodeUnitCount
        return true
    }

    /// Reads a run of ASCII digits (at most 9) as a number; nil when none is at the cursor.
    mutating func readNumber() -> Int? {
        var n = 0
        var count = 0
        while position < end, Bytes.isDigit(bytes[position]) {
            if count < 9 { n = n * 10 + Int(bytes[position] - 0x30) }
            count += 1
            position += 1
        }
        return count > 0 ? n : nil
    }
}

/// Byte classes and small helpers shared by the scanners.
enum Bytes {
    @inline(__always) static func isInlineSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A || b == 0x0B || b == 0x0C }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) }
    @inline(__always) static func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }

    /// True when `bytes[at...]` (bounded by `end`) starts with `literal`.
    static func hasPrefix(_ bytes: [UInt8], at: Int, end: Int, _ literal: StaticString, caseInsensitive: Bool = false) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard at >= 0, at + n <= end, end <= bytes.count else { return false }
        return literal.withUTF8Buffer { lit in
            for k in 0..<n {
                let a = bytes[at + k], b = lit[k]
                if caseInsensitive ? lower(a) != lower(b) : a != b { return false }
            }
            return true
        }
    }

    /// True when `bytes[range]` equals `literal` exactly.
    static func equals(_ bytes: [UInt8], _ range: Range<Int>, _ literal: StaticString) -> Bool {
        range.count == literal.utf8CodeUnitCount
            && hasPrefix(bytes, at: range.lowerBound, end: range.upperBound, literal)
    }

    /// `range` without leading and trailing whitespace.
    static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lo = max(0, range.lowerBound)
        var hi = min(bytes.count, range.upperBound)
        while lo < hi, isSpace(bytes[lo]) { lo += 1 }
        while hi > lo, isSpace(bytes[hi - 1]) { hi -= 1 }
        return lo..<max(lo, hi)
    }

    /// True when the range holds only whitespace.
    static func isBlank(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        trimmed(bytes, range).isEmpty
    }

    /// Decodes the scalar starting at byte `i` (bounded by `end`); U+FFFD for malformed bytes.
    static func scalar(_ bytes: [UInt8], at i: Int, end: Int) -> (Unicode.Scalar, Int) {
        guard i >= 0, i < end, end <= bytes.count else { return ("\u{FFFD}", 1) }
        let b0 = bytes[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        var len = 1
        var v: UInt32 = 0
        if b0 & 0xE0 == 0xC0 { len = 2; v = UInt32(b0 & 0x1F) }
        else if b0 & 0xF0 == 0xE0 { len = 3; v = UInt32(b0 & 0x0F) }
        else if b0 & 0xF8 == 0xF0 { len = 4; v = UInt32(b0 & 0x07) }
        else { return ("\u{FFFD}", 1) }
        guard i + len <= end else { return ("\u{FFFD}", 1) }
        for k in 1..<len {
            let c = bytes[i + k]
            guard isContinuation(c) else { return ("\u{FFFD}", 1) }
            v = (v << 6) | UInt32(c & 0x3F)
        }
        return (Unicode.Scalar(v) ?? "\u{FFFD}", len)
    }

    // Curly quotes and other multi-byte punctuation the scanners look at.
    static let rightDoubleQuote: (UInt8, UInt8, UInt8) = (0xE2, 0x80, 0x9D)  // ”
    static let rightSingleQuote: (UInt8, UInt8, UInt8) = (0xE2, 0x80, 0x99)  // ’
    static let leftDoubleQuote: (UInt8, UInt8, UInt8) = (0xE2, 0x80, 0x9C)  // “
    static let leftSingleQuote: (UInt8, UInt8, UInt8) = (0xE2, 0x80, 0x98)  // ‘
    static let ellipsis: (UInt8, UInt8, UInt8) = (0xE2, 0x80, 0xA6)  // …

    /// True when the three bytes at `i` are `t`.
    @inline(__always)
    static func has(_ bytes: [UInt8], at i: Int, end: Int, _ t: (UInt8, UInt8, UInt8)) -> Bool {
        i >= 0 && i + 2 < end && end <= bytes.count && bytes[i] == t.0 && bytes[i + 1] == t.1 && bytes[i + 2] == t.2
    }
}
