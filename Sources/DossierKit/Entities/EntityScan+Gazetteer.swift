import Foundation

/// Knowledge-base (gazetteer) matching of token runs.
extension EntityScan {

    /// The longest knowledge match starting at token `t`: (token count, entry index).
    func gazetteer(at t: Int) -> (Int, Int32)? {
        // Shouted datelines and headlines ("NEW YORK", "MOSCOW") match in title case.
        if has(t, .allCaps), endByte(t) - startByte(t) > 3 || (t + 1 < count && has(t + 1, .allCaps) && toks[t].gap == .space),
           let g = gazetteerTitleCase(at: t) {
            return g
        }
        let maxLen = knowledge.maxLength(firstTokenHash: hash(t))
        guard maxLen > 0 else { return nil }
        var h = hash(t)
        var best: (Int, Int32)?
        if let e = knowledge.entry(hash: h) { best = (1, e) }
        var u = t
        var n = 1
        while n < maxLen, u + 1 < count {
            let g = toks[u].gap
            if g == .other || g == .end { break }
            h = NameHash.gap(h, g)
            h = NameHash.add(h, bytes, startByte(u + 1)..<endByte(u + 1))
            u += 1
            n += 1
            if let e = knowledge.entry(hash: h) { best = (n, e) }
        }
        return best
    }

    /// The hash of token `t` with every ASCII letter after the first lowercased.
    func titleHash(_ t: Int) -> UInt64 { titleHash(bytes: startByte(t)..<endByte(t)) }

    /// The hash of the bytes `r` with every ASCII letter lowercased except the first of each
    /// word (after a space or a hyphen).
    func titleHash(bytes r: Range<Int>) -> UInt64 {
        var h = NameHash.start
        var i = r.lowerBound
        let z = r.upperBound
        var first = true
        while i < z {
            var c = bytes[i]
            if !first && c >= 0x41 && c <= 0x5A { c |= 0x20 }
            if c == 0x2D || c == 0x20 { first = true } else { first = false }
            h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01B3
            i += 1
        }
        return h
    }

    /// Longest knowledge match of an all-caps run read in title case.
    func gazetteerTitleCase(at t: Int) -> (Int, Int32)? {
        var h = titleHash(t)
        let maxLen = knowledge.maxLength(firstTokenHash: h)
        guard maxLen > 0 else { return nil }
        var best: (Int, Int32)?
        if let e = knowledge.entry(hash: h) { best = (1, e) }
        var u = t
        var n = 1
        while n < maxLen, u + 1 < count, has(u + 1, .allCaps) {
            let g = toks[u].gap
            if g == .other || g == .end { break }
            h = NameHash.gap(h, g)
            // Continue the running hash with the next word in title case.
            var i = startByte(u + 1)
            var first = true
            while i < endByte(u + 1) {
                var c = bytes[i]
                if !first && c >= 0x41 && c <= 0x5A { c |= 0x20 }
                first = false
                h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01B3
                i += 1
            }
            u += 1
            n += 1
            if let e = knowledge.entry(hash: h) { best = (n, e) }
        }
        // Acronyms stay acronyms: "NATO" must not become "Nato", except a wire dateline
        // ("KYIV, Ukraine (AP) —", "BAKU, Jan 3 (Reuters) -").
        // A shouted headline ("PUTIN WARNS WEST OVER UKRAINE") is words, not acronyms, when at
        // least three all-caps words stand together.
        if let b0 = best, b0.0 == 1, endByte(t) - startByte(t) <= 5, !isDateline(t), !inShoutedRun(t) { return nil }
        return best
    }

    /// True when token `t` is one of three or more all-caps words in a row (a shouted headline).
    func inShoutedRun(_ t: Int) -> Bool {
        var a = t
        while a > 0, toks[a - 1].gap == .space, has(a - 1, .allCaps), t - a < 3 { a -= 1 }
        var z = t
        while z + 1 < count, toks[z].gap == .space, has(z + 1, .allCaps), z - a < 3 { z += 1 }
        return z - a >= 2
    }
}
