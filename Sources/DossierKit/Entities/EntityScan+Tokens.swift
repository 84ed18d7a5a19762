import Foundation

/// Tokenizing: the chunk's tokens, the lowercase words of the document, chunk boundaries.
extension EntityScan {

    /// Tokenizes the chunk `r` (token arrays are per chunk, so memory stays small on big inputs).
    mutating func tokenize(_ r: Range<Int>) {
        let n = r.upperBound
        toks.removeAll(keepingCapacity: true)
        let prime: UInt64 = 0x0000_0100_0000_01B3
        var i = r.lowerBound
        while i < n {
            let c0 = bytes[i]
            if c0 < 0x80 {
                if !NameTokenizer.isASCIIWord(c0) { i += 1; continue }
            } else if NameTokenizer.wordCharLength(bytes, i) == 0 { i += 1; continue }
            // One pass over the token: its end, hash and shape together (same rules as
            // NameTokenizer.scanToken, which the knowledge index uses).
            var f: TokFlags = []
            if c0 >= 0x41 && c0 <= 0x5A { f.insert(.cap) }
            else if c0 >= 0x61 && c0 <= 0x7A { f.insert(.lower) }
            else if c0 >= 0x30 && c0 <= 0x39 { f.insert(.digitFirst) }
            else {
                let (first, _) = text.scalar(at: i)
                if first.properties.isUppercase { f.insert(.cap) }
                else if first.properties.isLowercase { f.insert(.lower) }
            }
            var h = NameHash.start
            var letters = 0
            var lowers = 0
            var lastDot = -1
            var j = i
            while j < n {
                let c = bytes[j]
                if c < 0x80 {
                    if c >= 0x61 && c <= 0x7A { lowers += 1; letters += 1 }
                    else if c >= 0x41 && c <= 0x5A { letters += 1 }
                    else if c >= 0x30 && c <= 0x39 { f.insert(.hasDigit) }
                    else if c == 0x2E, j + 1 < n, NameTokenizer.wordCharLength(bytes, j + 1) > 0 {
                        f.insert(.hasDot); lastDot = j
                    } else if c == 0x27, j + 1 < n, NameTokenizer.wordCharLength(bytes, j + 1) > 0,
                              !(bytes[j + 1] == 0x73 && (j + 2 >= n || NameTokenizer.wordCharLength(bytes, j + 2) == 0)) {
                        // Apostrophe inside a word (O'Brien), not a possessive 's.
                    } else { break }
                    h = (h ^ UInt64(c)) &* prime
                    j += 1
                    continue
                }
                let l = NameTokenizer.wordCharLength(bytes, j)
                if l == 0 {
                    // A soft hyphen inside a word ("Netan\u{AD}yahu", text copied from a web page)
                    // is invisible: the word and its hash are those of "Netanyahu".
                    if NameTokenizer.softHyphenInWord(bytes, j, n) { j += 2; continue }
                    // ’ inside a word (Xi’an) but not a possessive ’s.
                    guard c == 0xE2, j + 3 < n, bytes[j + 1] == 0x80, bytes[j + 2] == 0x99,
                          NameTokenizer.wordCharLength(bytes, j + 3) > 0,
                          !(bytes[j + 3] == 0x73 && (j + 4 >= n || NameTokenizer.wordCharLength(bytes, j + 4) == 0))
                    else { break }
                    h = (((h ^ 0xE2) &* prime ^ 0x80) &* prime ^ 0x99) &* prime
                    j += 3
                    continue
                }
                if c >= 0xC0 { letters += 1 }
                for x in 0..<l { h = (h ^ UInt64(bytes[j + x])) &* prime }
                j += l
            }
            let tEnd = j
            if letters >= 2 && lowers == 0 && f.contains(.cap) && !f.contains(.hasDot) { f.insert(.allCaps) }
            if lastDot > i && lastDot + 1 < tEnd {
                let tld = NameHash.add(NameHash.start, bytes, (lastDot + 1)..<tEnd)
                // A domain needs a label of 2+ characters before the dot: not "U.S" or "e.g".
                if Lexicon.tlds.contains(tld), lastDot - i >= 2 || f.contains(.digitFirst) { f.insert(.domain) }
            }
            let g = NameTokenizer.classifyGap(bytes, tEnd, n)
            // Tokens longer than 65535 bytes are cut: they are never names.
            toks.append(Tok(start: Int32(truncatingIfNeeded: i), len: UInt16(clamping: tEnd - i), gap: g.gap,
                            flags: f, lex: Lexicon.cls(h).rawValue, hash: h))
            i = (g.gap == .other || g.gap == .end) ? max(tEnd, i + 1) : max(g.next, tEnd)
        }
        markContext()
    }

    /// Records every lowercase-initial word of the document (one pass, no token arrays), unless
    /// the caller already did (``EntityRecognizer/lowercaseWords(_:)`` on another thread).
    mutating func collectLowercase() {
        if lowercaseSeen.count == 0 { lowercaseSeen = Self.lowercaseWords(bytes) }
    }

    /// The hashes of every lowercase-initial word of `bytes`.
    static func lowercaseWords(_ bytes: [UInt8]) -> HashMap64 {
        var seen = HashMap64(capacity: 1024)
        let n = bytes.count
        var i = 0
        while i < n {
            let c = bytes[i]
            if c >= 0x61 && c <= 0x7A {
                // Only words that start here (not inside a word or after an apostrophe).
                let prev: UInt8 = i > 0 ? bytes[i - 1] : 0x20
                let (tEnd, _) = NameTokenizer.scanToken(bytes, i, n)
                if prev < 0x80 && !NameTokenizer.isASCIIWord(prev) && prev != 0x27 {
                    seen.set(NameHash.add(NameHash.start, bytes, i..<tEnd), 1)
                }
                i = max(tEnd, i + 1)
                continue
            }
            i += 1
        }
        return seen
    }

    /// Splits the text into chunks of about 16 KB that end at a line break or a sentence end,
    /// so no name crosses a chunk boundary.
    func chunks() -> [Range<Int>] {
        var out: [Range<Int>] = []
        var a = 0
        let n = bytes.count
        let target = 4_096
        while a < n {
            var z = min(n, a + target)
            if z < n {
                var q = z
                let limit = min(n, z + 8_192)
                var cut = -1
                while q < limit {
                    if bytes[q] == 0x0A { cut = q + 1; break }
                    if bytes[q] == 0x2E, q + 2 < n, bytes[q + 1] == 0x20, bytes[q + 2] >= 0x41 && bytes[q + 2] <= 0x5A, cut < 0 { cut = q + 2 }
                    q += 1
                }
                if cut < 0 {
                    // No boundary nearby: cut at a space (or anywhere outside a UTF-8 sequence).
                    q = z
                    while q < limit, bytes[q] != 0x20 { q += 1 }
                    cut = q < limit ? q + 1 : z
                    while cut < n, bytes[cut] & 0xC0 == 0x80 { cut += 1 }
                }
                z = cut
            }
            out.append(a..<z)
            a = z
        }
        return out
    }
}
