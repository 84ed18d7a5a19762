/// The words a timeline entry shows after its date, cut from the text (guidelines §4).
enum TimelineWords {
    /// Most bytes taken before and after the expression.
    static let before = 60
    static let after = 90

    /// The clause around `span`: within its sentence, bounded by ";", ":", dashes, parentheses
    /// and line breaks, at most ``before``/``after`` bytes on each side cut at word boundaries
    /// (an ellipsis marks a cut), without trailing punctuation. Falls back to the expression's
    /// own words; never a lone punctuation mark.
    static func clause(around span: Span, sentence: Span?, in text: TextBuffer) -> (Range<Int>, cutBefore: Bool, cutAfter: Bool)? {
        let b = text.bytes
        let at = text.byteRange(span)
        guard at.lowerBound >= 0, at.upperBound <= b.count, !at.isEmpty else { return nil }
        let sent = sentence.map { text.byteRange($0) } ?? 0..<b.count
        var lo = max(sent.lowerBound, at.lowerBound - before)
        var hi = min(sent.upperBound, at.upperBound + after)
        // Clause boundaries.
        var i = at.lowerBound
        while i > lo {
            if isBoundary(b, i - 1) { lo = i; break }
            i -= 1
        }
        i = at.upperBound
        while i < hi {
            if isBoundary(b, i) { hi = i; break }
            i += 1
        }
        // Cut at word boundaries where the window cut a word.
        var cutLeft = false, cutRight = false
        if lo > sent.lowerBound, lo < at.lowerBound, !isSpace(b[lo - 1]), !isBoundary(b, lo - 1) {
            while lo < at.lowerBound && !isSpace(b[lo]) { lo += 1 }
            cutLeft = true
        } else if lo == max(sent.lowerBound, at.lowerBound - before), lo > sent.lowerBound, !isBoundary(b, lo - 1) {
            cutLeft = true
        }
        if hi < sent.upperBound, hi > at.upperBound, !isSpace(b[hi]), !isBoundary(b, hi) {
            while hi > at.upperBound && !isSpace(b[hi - 1]) { hi -= 1 }
            cutRight = true
        } else if hi == min(sent.upperBound, at.upperBound + after), hi < sent.upperBound, !isBoundary(b, hi) {
            cutRight = true
        }
        // Trim spaces and punctuation at the edges (keeping the expression itself).
        while lo < at.lowerBound {
            if isSpace(b[lo]) || isTrimmable(b[lo]) { lo += 1 }
            else if lo + 3 <= at.lowerBound, isPunctuation3(b, lo) { lo += 3 }
            else { break }
        }
        while hi > at.upperBound {
            if isSpace(b[hi - 1]) || isTrimmable(b[hi - 1]) { hi -= 1 }
            else if hi - 3 >= at.upperBound, isPunctuation3(b, hi - 3) { hi -= 3 }
            else { break }
        }
        guard lo < hi else { return (at, false, false) }
        // Never a lone punctuation mark: some letter or digit (any non-ASCII byte counts as a letter).
        var wordy = false
        for i in lo..<hi where b[i] >= 0x80 || (b[i] | 0x20 >= 0x61 && b[i] | 0x20 <= 0x7A) || (b[i] >= 0x30 && b[i] <= 0x39) { wordy = true; break }
        guard wordy else { return (at, false, false) }
        return (lo..<hi, cutLeft, cutRight)
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 }

    /// ".", ",", quotes and the like, dropped at the edges of the words.
    static func isTrimmable(_ c: UInt8) -> Bool {
        c == 0x2E || c == 0x2C || c == 0x22 || c == 0x27 || c == 0x21 || c == 0x3F || c == 0x2D
    }

    /// A three-byte punctuation mark at `i`: curly quotes, dashes, ellipsis (E2 80 90–A6).
    static func isPunctuation3(_ b: [UInt8], _ i: Int) -> Bool {
        i + 2 < b.count && b[i] == 0xE2 && b[i + 1] == 0x80 && b[i + 2] >= 0x90 && b[i + 2] <= 0xA6
    }

    /// A clause boundary at byte `i`: ; : ( ) [ ] a line break, or an em/en dash (E2 80 93/94).
    static func isBoundary(_ b: [UInt8], _ i: Int) -> Bool {
        let c = b[i]
        if c == 0x3B || c == 0x3A || c == 0x28 || c == 0x29 || c == 0x5B || c == 0x5D || c == 0x0A { return true }
        if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x93 || b[i + 2] == 0x94 {
            // "September 30–October 3": a dash between digits or letters without spaces joins.
            let spaced = i > 0 && b[i - 1] == 0x20 || i + 3 < b.count && b[i + 3] == 0x20
            return spaced
        }
        // Continuation bytes of a dash, so a boundary is seen from either end.
        if (c == 0x93 || c == 0x94), i >= 2, b[i - 1] == 0x80, b[i - 2] == 0xE2 { return isBoundary(b, i - 2) }
        return false
    }
}
