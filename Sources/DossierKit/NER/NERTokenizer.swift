/// A token of raw text: a byte range.
struct NERToken: Equatable {
    var start: Int
    var end: Int
}

/// Splits raw text into CoNLL-style tokens and sentences, working on bytes.
///
/// CoNLL 2003 is pre-tokenized ("Iran 's", "( Reuters )"), so the tagger only sees tokens of
/// that kind if raw text is split the same way: leading and trailing punctuation, quotes and the
/// possessive 's come off; hyphenated names stay whole; en and em dashes separate words;
/// abbreviation periods ("U.S.", "Mr.", "J.") stay on their word.
enum NERTokenizer {
    /// Longest sentence handed to the decoder, in tokens.
    static let maxSentence = 300

    /// Tokens of `range` and sentence boundaries (each sentence a range of token indices).
    static func tokenize(
        _ p: UnsafeBufferPointer<UInt8>, range: Range<Int>,
        tokens: inout [NERToken], sentences: inout [Range<Int>]
    ) {
        tokens.removeAll(keepingCapacity: true)
        sentences.removeAll(keepingCapacity: true)
        let lo = max(0, min(range.lowerBound, p.count))
        let hi = max(lo, min(range.upperBound, p.count))
        var sentStart = 0
        var i = lo
        while i < hi {
            let (v, n) = NERText.decode(p, i, hi)
            if NERText.isSpace(v) {
                if v == 0x0A && tokens.count > sentStart {
                    sentences.append(sentStart..<tokens.count)
                    sentStart = tokens.count
                }
                i += n
                continue
            }
            // A whitespace-delimited chunk.
            var j = i + n
            while j < hi {
                // Fast path: printable ASCII.
                let c = p[j]
                if c > 0x20 && c < 0x7F { j += 1; continue }
                let (w, m) = NERText.decode(p, j, hi)
                if NERText.isSpace(w) { break }
                j += m
            }
            let before = tokens.count
            splitChunk(p, i, j, &tokens)
            // Text with no sentence ends is cut into pieces so decoding buffers stay small.
            if tokens.count - sentStart >= maxSentence {
                sentences.append(sentStart..<tokens.count)
                sentStart = tokens.count
            }
            // Sentence ends after a token that is ".", "?" or "!" (abbreviations keep their period).
            var k = before
            while k < tokens.count {
                let t = tokens[k]
                if t.end - t.start == 1 {
                    let c = p[t.start]
                    if c == 0x2E || c == 0x3F || c == 0x21 {
                        // Closing quotes or brackets right after stay in this sentence.
                        var e = k + 1
                        while e < tokens.count, isClosing(p, tokens[e]) { e += 1 }
                        if e > sentStart {
                            sentences.append(sentStart..<e)
                            sentStart = e
                        }
                        k = e
                        continue
                    }
                }
                k += 1
            }
            i = j
        }
        if tokens.count > sentStart { sentences.append(sentStart..<tokens.count) }
    }

    @inline(__always)
    private static func isClosing(_ p: UnsafeBufferPointer<UInt8>, _ t: NERToken) -> Bool {
        let (v, n) = NERText.decode(p, t.start, t.end)
        guard n == t.end - t.start else { return false }
        let u = NERText.normalize(v)
        return u == 0x22 || u == 0x27 || u == 0x29 || u == 0x5D
    }

    @inline(__always)
    private static func isLeadingPunct(_ u: UInt32) -> Bool {
        u == 0x22 || u == 0x27 || u == 0x28 || u == 0x5B || u == 0x7B || u == 0x2A || u == 0x2D
    }

    @inline(__always)
    private static func isTrailingPunct(_ u: UInt32) -> Bool {
        switch u {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x7D, 0x22, 0x27, 0x2A: return true
        default: return false
        }
    }

    /// Splits one whitespace-free chunk [a, b).
    private static func splitChunk(
        _ p: UnsafeBufferPointer<UInt8>, _ a0: Int, _ b0: Int, _ tokens: inout [NERToken]
    ) {
        var a = a0
        // Leading punctuation, one token each. A lone "-" chunk or "--" stays one token.
        while a < b0 {
            let (v, n) = NERText.decode(p, a, b0)
            let u = NERText.normalize(v)
            guard isLeadingPunct(u), a + n < b0 else { break }
            // "-" before a digit is a sign, not punctuation.
            if u == 0x2D, v == 0x2D, a + n < b0, p[a + n] >= 0x30, p[a + n] <= 0x39 { break }
            tokens.append(NERToken(start: a, end: a + n))
            a += n
        }
        // Trailing punctuation, collected from the end.
        var b = b0
        var trailing = false
        while b > a {
            var s = b - 1
            while s > a && p[s] & 0xC0 == 0x80 { s -= 1 }
            let (v, n) = NERText.decode(p, s, b)
            guard s + n == b else { break }
            let u = NERText.normalize(v)
            guard isTrailingPunct(u), s > a else { break }
            if u == 0x2E && !trailing && keepsPeriod(p, a, s) { break }
            trailing = true
            b = s
        }
        // Possessive 's / ’s.
        var possessive: NERToken? = nil
        if b - a > 2, p[b - 1] == 0x73 || p[b - 1] == 0x53 {
            if p[b - 2] == 0x27 {
                possessive = NERToken(start: b - 2, end: b)
            } else if b - a > 4, p[b - 4] == 0xE2, p[b - 3] == 0x80, p[b - 2] == 0x99 {
                possessive = NERToken(start: b - 4, end: b)
            }
        }
        let coreEnd = possessive?.start ?? b
        // The core, split at en/em dashes and "--".
        var s = a
        var i = a
        while i < coreEnd {
            let c = p[i]
            if c < 0x80 && c != 0x2D { i += 1; continue }
            let (v, n) = NERText.decode(p, i, coreEnd)
            let isDash = v == 0x2013 || v == 0x2014 || v == 0x2015
                || (v == 0x2D && i + 1 < coreEnd && p[i + 1] == 0x2D)
            if isDash {
                if i > s { tokens.append(NERToken(start: s, end: i)) }
                var e = i + n
                if v == 0x2D { e = i + 2 }
                tokens.append(NERToken(start: i, end: e))
                i = e
                s = e
                continue
            }
            i += n
        }
        if coreEnd > s { tokens.append(NERToken(start: s, end: coreEnd)) }
        if let ps = possessive { tokens.append(ps) }
        // Each trailing punctuation scalar is its own token.
        var t = b
        while t < b0 {
            let (_, n) = NERText.decode(p, t, b0)
            tokens.append(NERToken(start: t, end: t + n))
            t += n
        }
    }

    /// Whether the period at `dot` belongs to the word [a, dot): initials, "U.S." forms, titles.
    private static func keepsPeriod(_ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ dot: Int) -> Bool {
        let len = dot - a
        if len <= 0 { return false }
        // A single letter: an initial ("J.").
        if len == 1 { return NERText.isUpper(UInt32(p[a])) }
        // Letter-dot alternation: U.S, U.K, a.m
        var alternating = true
        var k = a
        var sawDot = false
        while k < dot {
            let isL = NERText.isLetter(UInt32(p[k]))
            let expectLetter = (k - a) % 2 == 0
            if expectLetter ? !isL : p[k] != 0x2E { alternating = false; break }
            if p[k] == 0x2E { sawDot = true }
            k += 1
        }
        if alternating && sawDot { return true }
        if len > 4 { return false }
        var lw: UInt64 = 0
        for q in a..<dot {
            let c = p[q]
            guard c < 0x80, NERText.isLetter(UInt32(c)) else { return false }
            lw = (lw << 8) | UInt64(c | 0x20)
        }
        return abbreviations.contains(lw)
    }

    /// Lowercase abbreviations that keep their period, packed into integers.
    private static let abbreviations: Set<UInt64> = {
        let words = ["mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt",
                     "corp", "inc", "ltd", "co", "prof", "rep", "sen", "gov", "vs", "no", "jan",
                     "feb", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "adm", "maj", "rev"]
        var out = Set<UInt64>()
        for w in words {
            var v: UInt64 = 0
            for c in w.utf8 { v = (v << 8) | UInt64(c) }
            out.insert(v)
        }
        return out
    }()
}
