/// Per-token hashes the feature templates combine.
struct NERTokenInfo {
    var word: UInt64 = 0  // lowercased, digits → 0, typographic marks normalized
    var exact: UInt64 = 0  // as written (normalized marks)
    var shortShape: UInt64 = 0  // runs collapsed: Xx, X, d, Xx-Xx
    var longShape: UInt64 = 0  // runs capped at 3: Xxxx, XXX, dddd
    var pre: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var suf: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var flags: UInt32 = 0
    var length: UInt32 = 0

    static let capitalized: UInt32 = 1  // first letter uppercase
    static let allUpper: UInt32 = 2  // ≥ 2 letters, none lowercase
    static let hasDigit: UInt32 = 4
    static let hasHyphen: UInt32 = 8
    static let hasPeriod: UInt32 = 16
    static let seenLower: UInt32 = 32  // its lowercase form occurs lowercased in training
    static let sentenceStart: UInt32 = 64
    static let noLetter: UInt32 = 128
    static let hasLower: UInt32 = 256
}

/// The feature templates, shared by training and tagging so both hash identical keys.
enum NERFeatures {
    /// Number of feature rows per token.
    static let count = 32

    static let bos: UInt64 = 0x0B05_0B05_0B05_0B05
    static let eos: UInt64 = 0x0E05_0E05_0E05_0E05

    /// Analyzes the token [start, end) of `p`. `scratch` holds at least 64 scalars.
    @inline(__always)
    static func analyze(
        _ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
        scratch: UnsafeMutablePointer<UInt32>
    ) -> NERTokenInfo {
        var info = NERTokenInfo()
        var word = NERHash.seed
        var exact = NERHash.seed
        var shortShape = NERHash.seed
        var longShape = NERHash.seed
        var lastClass: UInt32 = 0xFFFF_FFFF
        var run = 0
        var n = 0
        var letters = 0
        var uppers = 0
        var i = start
        var flags: UInt32 = 0
        while i < end {
            let c0 = p[i]
            var v: UInt32
            let cls: UInt32
            var lw: UInt32
            if c0 < 0x80 {
                // ASCII fast path: no decoding or normalization needed.
                i += 1
                v = UInt32(c0)
                lw = v
                let k: UInt8 = c0 &- 0x41 < 26 ? 1 : c0 &- 0x61 < 26 ? 2 : c0 &- 0x30 < 10 ? 3 : 0
                switch k {
                case 1:
                    cls = 0x58
                    lw = v | 0x20
                    letters += 1
                    uppers += 1
                    if letters == 1 { flags |= NERTokenInfo.capitalized }
                case 2:
                    cls = 0x78
                    letters += 1
                    flags |= NERTokenInfo.hasLower
                case 3:
                    cls = 0x64
                    lw = 0x30
                    flags |= NERTokenInfo.hasDigit
                default:
                    cls = v
                    if v == 0x2D { flags |= NERTokenInfo.hasHyphen }
                    if v == 0x2E { flags |= NERTokenInfo.hasPeriod }
                }
            } else {
                let (raw, len) = NERText.decode(p, i, end)
                i += len
                v = NERText.normalize(raw)
                lw = v
                if NERText.isDigit(v) {
                    cls = 0x64  // d
                    lw = 0x30
                    flags |= NERTokenInfo.hasDigit
                } else if NERText.isUpper(v) {
                    cls = 0x58  // X
                    lw = NERText.lower(v)
                    letters += 1
                    uppers += 1
                    if letters == 1 { flags |= NERTokenInfo.capitalized }
                } else if NERText.isLetter(v) {
                    cls = 0x78  // x
                    letters += 1
                    flags |= NERTokenInfo.hasLower
                } else {
                    cls = v
                    if v == 0x2D { flags |= NERTokenInfo.hasHyphen }
                    if v == 0x2E { flags |= NERTokenInfo.hasPeriod }
                }
            }
            word = NERHash.add(word, lw)
            exact = NERHash.add(exact, v)
            if cls != lastClass {
                shortShape = NERHash.add(shortShape, cls)
                run = 0
            }
            run += 1
            if run <= 3 { longShape = NERHash.add(longShape, cls) }
            lastClass = cls
            if n < 64 { scratch[n] = lw }
            n += 1
        }
        if letters == 0 { flags |= NERTokenInfo.noLetter }
        if letters >= 2 && uppers == letters { flags |= NERTokenInfo.allUpper }
        info.word = word
        info.exact = exact
        info.shortShape = shortShape
        info.longShape = longShape
        info.length = UInt32(min(n, 12))
        info.flags = flags
        // Prefixes and suffixes of 1–4 scalars of the lowercased word.
        let m = min(n, 64)
        var h = NERHash.seed
        var p0: UInt64 = 0, p1: UInt64 = 0, p2: UInt64 = 0, p3: UInt64 = 0
        for k in 0..<min(4, m) {
            h = NERHash.add(h, scratch[k])
            switch k { case 0: p0 = h; case 1: p1 = h; case 2: p2 = h; default: p3 = h }
        }
        info.pre = (p0, p1, p2, p3)
        h = NERHash.seed ^ 0x5555
        var s0: UInt64 = 0, s1: UInt64 = 0, s2: UInt64 = 0, s3: UInt64 = 0
        var k = 0
        while k < 4 && k < m {
            h = NERHash.add(h, scratch[m - 1 - k])
            switch k { case 0: s0 = h; case 1: s1 = h; case 2: s2 = h; default: s3 = h }
            k += 1
        }
        info.suf = (s0, s1, s2, s3)
        return info
    }

    /// Writes `count` row indices for token `i` of a sentence into `out`.
    @inline(__always)
    static func rows(
        _ t: UnsafeBufferPointer<NERTokenInfo>, _ i: Int, sentenceUpper: Bool, shift: UInt64,
        out: UnsafeMutablePointer<UInt32>
    ) {
        let c = t[i]
        let n = t.count
        let pw = i > 0 ? t[i - 1].word : bos
        let ps = i > 0 ? t[i - 1].shortShape : bos
        let pw2 = i > 1 ? t[i - 2].word : bos
        let nw = i + 1 < n ? t[i + 1].word : eos
        let ns = i + 1 < n ? t[i + 1].shortShape : eos
        let nw2 = i + 2 < n ? t[i + 2].word : eos
        let pflags = i > 0 ? UInt64(t[i - 1].flags) : 0xFFFF
        let nflags = i + 1 < n ? UInt64(t[i + 1].flags) : 0xFFFF
        let f = UInt64(c.flags)
        let upper: UInt64 = sentenceUpper ? 1 : 0
        // Fibonacci hashing of (template, value): the values are already well-mixed hashes.
        @inline(__always) func r(_ tpl: UInt64, _ v: UInt64) -> UInt32 {
            UInt32(truncatingIfNeeded: ((v ^ ((tpl &+ 1) &* 0xD6E8_FEB8_6659_FD93)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
        }
        @inline(__always) func pair(_ a: UInt64, _ b: UInt64) -> UInt64 {
            (a &* 0xBF58_476D_1CE4_E5B9) ^ b ^ (b >> 31)
        }
        out[0] = r(0, 0)
        out[1] = r(1, c.word)
        out[2] = r(2, c.exact)
        out[3] = r(3, c.longShape)
        out[4] = r(4, c.shortShape)
        out[5] = r(5, c.pre.0)
        out[6] = r(6, c.pre.1)
        out[7] = r(7, c.pre.2)
        out[8] = r(8, c.pre.3)
        out[9] = r(9, c.suf.0)
        out[10] = r(10, c.suf.1)
        out[11] = r(11, c.suf.2)
        out[12] = r(12, c.suf.3)
        out[13] = r(13, pw)
        out[14] = r(14, nw)
        out[15] = r(15, pw2)
        out[16] = r(16, nw2)
        out[17] = r(17, ps)
        out[18] = r(18, ns)
        out[19] = r(19, pair(ps, c.shortShape))
        out[20] = r(20, pair(c.shortShape, ns))
        out[21] = r(21, pair(pw, c.word))
        out[22] = r(22, pair(c.word, nw))
        out[23] = r(23, pair(f & 0x1FF, c.shortShape))
        out[24] = r(24, f & 0x1FF | upper << 12)
        out[25] = r(25, pair(upper, c.word))
        out[26] = r(26, pair(pw, c.shortShape))
        out[27] = r(27, pair(c.shortShape, nw))
        out[28] = r(28, UInt64(c.length) | (f & 3) << 8)
        out[29] = r(29, pair(pflags & 0x1FF, f & 0x1FF) ^ (nflags & 0x1FF) << 40)
        out[30] = r(30, pair(pw2, pw))
        out[31] = r(31, pair(nw, nw2))
    }
}
