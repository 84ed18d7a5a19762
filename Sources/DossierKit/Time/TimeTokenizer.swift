/// One token of the time tagger's cheap tokenization: a word, a number or a punctuation mark,
/// with its byte range and what the lexicon says about it.
struct TimeToken: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punct, barrier }

    private var s32: Int32
    private var e32: Int32
    private var n32: Int32 = 0
    private var d8: UInt8 = 0
    var kind: Kind
    var cat: TimeLexicon.Cat = .none
    /// Lexicon value (month number, unit, word id…) or, for numbers, nothing (see `num`).
    var v: Int16 = 0
    var plural = false
    var flags: UInt8 = 0
    /// Punctuation: the ASCII character, or `–` mapped to `D` (en/em dash), `’` to `'`.
    var ch: UInt8 = 0

    init(start: Int, end: Int, kind: Kind) {
        s32 = Int32(truncatingIfNeeded: start)
        e32 = Int32(truncatingIfNeeded: end)
        self.kind = kind
    }

    var start: Int { Int(s32) }
    var end: Int {
        get { Int(e32) }
        set { e32 = Int32(truncatingIfNeeded: newValue) }
    }
    /// Numbers: the value (capped at 12 digits' worth of sense: large values never matter).
    var num: Int {
        get { Int(n32) }
        set { n32 = Int32(clamping: newValue) }
    }
    /// Numbers: how many digits.
    var digits: Int {
        get { Int(d8) }
        set { d8 = UInt8(clamping: newValue) }
    }

    static let capitalized: UInt8 = 1
    static let spaceBefore: UInt8 = 2
    /// Numbers: "1,500" or "3.5" (never a year or a day).
    static let notPlain: UInt8 = 4
    /// Numbers: "21st", "3rd".
    static let ordinal: UInt8 = 8
    /// Numbers: "1990s".
    static let plainS: UInt8 = 16
    /// Numbers: "7:15" (num = hour * 100 + minute).
    static let clock: UInt8 = 32
    static let allCaps: UInt8 = 64
    /// Numbers: "1,000", "2,500" (thousands groups; num is the whole value; also notPlain).
    static let grouped: UInt8 = 128

    /// True when flag `f` is set.
    @inline(__always) func has(_ f: UInt8) -> Bool { flags & f != 0 }
    @inline(__always) func isWord(_ w: TimeLexicon.Word) -> Bool { cat == .word && v == w.rawValue }
    @inline(__always) func isPunct(_ c: UInt8) -> Bool { kind == .punct && ch == c }
    var isDash: Bool { kind == .punct && (ch == UInt8(ascii: "-") || ch == UInt8(ascii: "D")) }
    var word: TimeLexicon.Word? { cat == .word ? TimeLexicon.Word(rawValue: v) : nil }
    var unit: TimeLexicon.Unit? { cat == .unit ? TimeLexicon.Unit(rawValue: v) : nil }
}

/// Splits a byte range of the text into ``TimeToken``s.
enum TimeTokenizer {
    /// Appends the tokens of `bytes[from..<to]` to `out`; a token that would start inside one of
    /// the `excluded` byte ranges becomes a single barrier token for the whole range.
    static func tokenize(_ buf: UnsafeBufferPointer<UInt8>, from: Int, to: Int, excluded: [Range<Int>], exclIndex: inout Int,
                         lexicon: TimeLexicon, into out: inout [TimeToken]) {
        var i = from
        var space = true
        while i < to {
            // Excluded ranges (citations) turn into barriers.
            while exclIndex < excluded.count && excluded[exclIndex].upperBound <= i { exclIndex += 1 }
            if exclIndex < excluded.count && excluded[exclIndex].lowerBound <= i {
                let r = excluded[exclIndex]
                out.append(TimeToken(start: i, end: min(r.upperBound, to), kind: .barrier))
                i = min(r.upperBound, to)
                space = false
                continue
            }
            let b = buf[i]
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 {
                space = true
                i += 1
                continue
            }
            let sp: UInt8 = space ? TimeToken.spaceBefore : 0
            space = false
            let lower = b | 0x20
            if lower >= 0x61 && lower <= 0x7A {
                // A word: ASCII letters (plus any non-ASCII letters, which make it unknown).
                let s = i
                var key: UInt64 = 0
                var n = 0
                var ok = true
                var upper = 0
                while i < to {
                    let c = buf[i]
                    let l = c | 0x20
                    if l >= 0x61 && l <= 0x7A {
                        if n < 12 { key = key << 5 | UInt64(l - 0x60) } else { ok = false }
                        if c < 0x61 { upper += 1 }
                        n += 1
                        i += 1
                    } else if c >= 0x80 && (c & 0xE0 == 0xC0 || c & 0xC0 == 0x80 || (c == 0xC4 || c == 0xC5)) {
                        // Two-byte letters (Latin extended) continue the word; three-byte punctuation does not.
                        ok = false
                        i += 1
                    } else { break }
                }
                var t = TimeToken(start: s, end: i, kind: .word)
                t.flags = sp | (b < 0x61 ? TimeToken.capitalized : 0) | (upper == n && n > 1 ? TimeToken.allCaps : 0)
                if ok, let e = lexicon.lookup(key) {
                    t.cat = e.cat; t.v = e.v; t.plural = e.plural
                } else if ok && n > 4 && buf[i - 1] | 0x20 == 0x64 && buf[i - 2] | 0x20 == 0x65 {
                    // Regular past tense: "-ed".
                    t.cat = .word; t.v = TimeLexicon.Word.pastVerb.rawValue
                }
                out.append(t)
                continue
            }
            if b >= 0x30 && b <= 0x39 {
                let s = i
                var v = 0
                var d = 0
                while i < to && buf[i] >= 0x30 && buf[i] <= 0x39 {
                    if d < 9 { v = v * 10 + Int(buf[i] - 0x30) }
                    d += 1
                    i += 1
                }
                var t = TimeToken(start: s, end: i, kind: .number)
                t.num = v; t.digits = d; t.flags = sp
                // "1,500", "3.5": one number that is never a date part.
                var grouped = d <= 3
                while i + 1 < to && (buf[i] == 0x2C || buf[i] == 0x2E) && buf[i + 1] >= 0x30 && buf[i + 1] <= 0x39 {
                    // "7.30" after a clock-like context is rare in prose; treat as not plain.
                    let comma = buf[i] == 0x2C
                    i += 1
                    let g = i
                    var group = 0
                    while i < to && buf[i] >= 0x30 && buf[i] <= 0x39 { group = group &* 10 &+ Int(buf[i] - 0x30); i += 1 }
                    // "1,000", "2,500,000": thousands groups keep the whole value (a count).
                    if grouped && comma && i - g == 3 && v < 1_000_000 { v = v * 1000 + group } else { grouped = false }
                    t.flags |= TimeToken.notPlain
                }
                if grouped && t.flags & TimeToken.notPlain != 0 {
                    t.num = v
                    t.flags |= TimeToken.grouped
                }
                if t.flags & TimeToken.notPlain == 0 && d <= 2 && i + 2 < to && buf[i] == 0x3A
                    && buf[i + 1] >= 0x30 && buf[i + 1] <= 0x39 && buf[i + 2] >= 0x30 && buf[i + 2] <= 0x39
                    && (i + 3 >= to || !(buf[i + 3] >= 0x30 && buf[i + 3] <= 0x39)) {
                    t.num = v * 100 + Int(buf[i + 1] - 0x30) * 10 + Int(buf[i + 2] - 0x30)
                    t.flags |= TimeToken.clock
                    i += 3
                }
                // Suffixes: "21st", "1990s"; anything else glued on ("5km", "2020bn") spoils it.
                if i < to {
                    let c = buf[i] | 0x20
                    if c >= 0x61 && c <= 0x7A {
                        var j = i
                        while j < to && (buf[j] | 0x20) >= 0x61 && (buf[j] | 0x20) <= 0x7A { j += 1 }
                        let len = j - i
                        let c2 = len == 2 ? buf[i + 1] | 0x20 : 0
                        if len == 2 && ((c == 0x73 && c2 == 0x74) || (c == 0x6E && c2 == 0x64) || (c == 0x72 && c2 == 0x64) || (c == 0x74 && c2 == 0x68)) {
                            t.flags |= TimeToken.ordinal
                        } else if len == 1 && c == 0x73 {
                            t.flags |= TimeToken.plainS
                        } else if len == 2 && (c == 0x61 || c == 0x70) && c2 == 0x6D {
                            // "7pm": keep the number, the tagger reads the suffix back from the bytes.
                            t.flags |= TimeToken.notPlain
                            t.ch = c
                        } else {
                            t.flags |= TimeToken.notPlain
                        }
                        i = j
                    }
                }
                t.end = i
                out.append(t)
                continue
            }
            // Punctuation and other scalars.
            var t = TimeToken(start: i, end: i + 1, kind: .punct)
            t.flags = sp
            if b < 0x80 {
                t.ch = b
                i += 1
            } else {
                var len = 1
                if b & 0xE0 == 0xC0 { len = 2 } else if b & 0xF0 == 0xE0 { len = 3 } else if b & 0xF8 == 0xF0 { len = 4 }
                if b == 0xE2 && i + 2 < to && buf[i + 1] == 0x80 {
                    let c = buf[i + 2]
                    if c == 0x93 || c == 0x94 || c == 0x90 || c == 0x91 { t.ch = UInt8(ascii: "D") }
                    else if c == 0x99 || c == 0x98 { t.ch = UInt8(ascii: "'") }
                    else if c == 0x9C || c == 0x9D { t.ch = UInt8(ascii: "\"") }
                    else { t.ch = UInt8(ascii: "?") &+ 0x80 }
                } else {
                    t.ch = 0xFF
                }
                i = min(to, i + len)
                t.end = i
            }
            out.append(t)
        }
    }
}
