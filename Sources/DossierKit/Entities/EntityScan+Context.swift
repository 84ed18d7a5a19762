import Foundation

/// Context marking: sentence starts, title words, citation source items, lowercase use.
extension EntityScan {
    /// Marks sentence starts, title words and citation source items.
    mutating func markContext() {
        var parenOpen = -1
        var parenIsCitation = false
        var itemStart = true
        for t in 0..<count {
            let a = startByte(t)
            // Look back over spaces, quotes and brackets to the previous significant byte.
            var j = a - 1
            var sawParen = false
            while j >= 0 {
                let c = bytes[j]
                if c == 0x20 || c == 0x09 || c == 0x22 || c == 0x27 || c == 0x5B { j -= 1; continue }
                if c == 0x28 { sawParen = true; j -= 1; continue }
                if c >= 0x80 {
                    let p = text.previousScalarStart(j + 1)
                    let (sc, _) = text.scalar(at: p)
                    // Curly quotes, dashes and NBSP don't end a sentence; look further back.
                    if sc == "\u{201C}" || sc == "\u{2018}" || sc == "\u{00A0}" || sc == "\u{00AB}" { j = p - 1; continue }
                    break
                }
                break
            }
            if j < 0 { toks[t].flags.insert(.sentStart) } else {
                let c = bytes[j]
                if c == 0x0A || c == 0x0D || c == 0x2E || c == 0x21 || c == 0x3F || c == 0x3A { toks[t].flags.insert(.sentStart) }
                // The first word after a wire dateline: "CAIRO (Reuters) - The …", "KYIV (AP) — The …".
                if datelineDashEnds(at: j) { toks[t].flags.insert(.sentStart) }
                if c >= 0x80 {
                    let p = text.previousScalarStart(j + 1)
                    let (sc, _) = text.scalar(at: p)
                    // "…." or a closing quote after a full stop.
                    if sc == "\u{201D}" || sc == "\u{2019}", p > 0, bytes[p - 1] == 0x2E { toks[t].flags.insert(.sentStart) }
                }
            }
            // Citation-like parentheticals: "(Name, Month d…)", "(see Name …)", "(Source: name)".
            if sawParen {
                parenOpen = a
                parenIsCitation = parenthesisLooksLikeCitation(from: a)
                itemStart = true
            }
            if parenOpen >= 0 {
                if parenIsCitation && itemStart && nameLike(t) { toks[t].flags.insert(.citeItem) }
                // The next item starts after ";" or "," or "see"/"Source:".
                let next = t + 1 < count ? startByte(t + 1) : min(bytes.count, endByte(t) + 64)
                var close = false
                var sep = false
                var q = endByte(t)
                while q < next {
                    let c = bytes[q]
                    if c == 0x29 { close = true }
                    if c == 0x3B || c == 0x2C || c == 0x3A { sep = true }
                    q += 1
                }
                let h = hash(t)
                itemStart = sep || h == Self.seeHash || h == Self.sourceHash
                if nameLike(t) && !sep && !close && toks[t].gap != .other { itemStart = false }
                if close { parenOpen = -1; parenIsCitation = false }
            }
            if Self.contains(titleRanges, a) { toks[t].flags.insert(.title) }
        }
    }

    static let seeHash: UInt64 = { let w = Array("see".utf8); return NameHash.add(NameHash.start, w, 0..<w.count) }()
    static let sourceHash: UInt64 = { let w = Array("Source".utf8); return NameHash.add(NameHash.start, w, 0..<w.count) }()
    static let theHash: UInt64 = { let w = Array("the".utf8); return NameHash.add(NameHash.start, w, 0..<w.count) }()
    static let aHash: UInt64 = { let w = Array("a".utf8); return NameHash.add(NameHash.start, w, 0..<w.count) }()
    static let anHash: UInt64 = { let w = Array("an".utf8); return NameHash.add(NameHash.start, w, 0..<w.count) }()
    static let whoHash: UInt64 = { let w = Array("who".utf8); return NameHash.add(NameHash.start, w, 0..<w.count) }()
    static let atHash: UInt64 = { let w = Array("at".utf8); return NameHash.add(NameHash.start, w, 0..<w.count) }()
    static let fromHash: UInt64 = { let w = Array("from".utf8); return NameHash.add(NameHash.start, w, 0..<w.count) }()
    static let andHash: UInt64 = { let w = Array("and".utf8); return NameHash.add(NameHash.start, w, 0..<w.count) }()
    static let thatHash: UInt64 = { let w = Array("that".utf8); return NameHash.add(NameHash.start, w, 0..<w.count) }()
    static let whichHash: UInt64 = { let w = Array("which".utf8); return NameHash.add(NameHash.start, w, 0..<w.count) }()
    static let ofHash: UInt64 = { let w = Array("of".utf8); return NameHash.add(NameHash.start, w, 0..<w.count) }()
    static let battleHash = NameHash.of("Battle")
    static let siegeHash = NameHash.of("Siege")
    /// True when the byte at `j` ends the dash after a dateline's credit: ") -", ") —", ") –".
    func datelineDashEnds(at j: Int) -> Bool {
        var k: Int
        if bytes[j] == 0x2D {
            k = j - 1
        } else if j >= 2, bytes[j - 2] == 0xE2, bytes[j - 1] == 0x80, bytes[j] == 0x93 || bytes[j] == 0x94 {
            k = j - 3
        } else {
            return false
        }
        while k >= 0, bytes[k] == 0x20 { k -= 1 }
        guard k >= 0, bytes[k] == 0x29 else { return false }
        // The parenthesis closes a credit on the paragraph's first line.
        var i = k
        while i > 0, bytes[i - 1] != 0x0A, k - i < 80 { i -= 1 }
        // The line starts with two or more capital letters ("CAIRO", "NEW YORK"), as in
        // ``isDatelineCredit(_:_:)``.
        return (i == 0 || bytes[i - 1] == 0x0A) && i + 1 < k && (0x41...0x5A).contains(bytes[i]) && (0x41...0x5A).contains(bytes[i + 1])
    }

    /// Arabic patronymic particles: "Osama bin Laden", "Abdullah ibn Hussein" — between two
    /// capitalized words they make a person's name whatever the given name.
    static let patronymicHashes: Set<UInt64> = Set(["bin", "ibn", "bint"].map(NameHash.of))
    @inline(__always) func isPatronymic(_ t: Int) -> Bool { has(t, .lower) && Self.patronymicHashes.contains(hash(t)) }
    static let byHash = NameHash.of("By"), byCapsHash = NameHash.of("BY")
    /// Verbs after a name that a place does as well as a person ("Chicago is", "Dayton has").
    static let plainVerbHashes: Set<UInt64> = Set(["is", "was", "has", "had", "met", "meets", "visited", "visits",
                                                   "signed", "signs", "wants", "wanted"].map(NameHash.of))
    func plainVerbFollows(_ t: Int) -> Bool {
        t + 1 < count && toks[t].gap == .space && Self.plainVerbHashes.contains(hash(t + 1))
    }
    static let toldHash: UInt64 = { let w = Array("told".utf8); return NameHash.add(NameHash.start, w, 0..<w.count) }()
    static let theCapHash: UInt64 = { let w = Array("The".utf8); return NameHash.add(NameHash.start, w, 0..<w.count) }()

    /// True when the parenthetical starting at byte `a` (just after "(") names a source: it
    /// starts with "see"/"Source:" or contains a month name followed by a day number, before ")".
    func parenthesisLooksLikeCitation(from a: Int) -> Bool {
        var i = a
        let limit = min(bytes.count, a + 300)
        if i + 4 <= bytes.count, bytes[i] == 0x73, bytes[i + 1] == 0x65, bytes[i + 2] == 0x65, bytes[i + 3] == 0x20 { return true }
        if i + 7 <= bytes.count, bytes[i] == 0x53, bytes[i + 1] == 0x6F, bytes[i + 2] == 0x75, bytes[i + 3] == 0x72,
           bytes[i + 4] == 0x63, bytes[i + 5] == 0x65, bytes[i + 6] == 0x3A { return true }
        // First character must start a name (an uppercase letter or a digit, as in "1tv.ge").
        while i < limit {
            let c = bytes[i]
            if c == 0x29 || c == 0x28 || c == 0x0A { return false }
            if c >= 0x41 && c <= 0x5A {
                var z = i
                while z < limit, (bytes[z] >= 0x61 && bytes[z] <= 0x7A) || (z == i) { z += 1 }
                if Lexicon.months.contains(NameHash.add(NameHash.start, bytes, i..<z)) {
                    var q = z
                    while q < limit, bytes[q] == 0x20 || bytes[q] == 0x2E { q += 1 }
                    if q < limit, bytes[q] >= 0x30 && bytes[q] <= 0x39 { return true }
                }
                i = max(z, i + 1)
                continue
            }
            i += 1
        }
        return false
    }

    /// True when the capitalized token `t` also occurs with a lowercase first letter.
    func seenLowercase(_ t: Int) -> Bool {
        let a = startByte(t)
        let c = bytes[a]
        guard c >= 0x41 && c <= 0x5A else { return false }
        var h = (NameHash.start ^ UInt64(c | 0x20)) &* 0x0000_0100_0000_01B3
        h = NameHash.add(h, bytes, (a + 1)..<endByte(t))
        return lowercaseSeen.contains(h)
    }
}
