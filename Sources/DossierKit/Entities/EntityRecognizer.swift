/// Finds entity mentions and groups them into entities (annotation guidelines §1).
///
/// Mentions come from three sources, combined per capitalized run of tokens: the knowledge
/// base (longest known name wins), rules over the run's shape and context (organization and
/// event heads, role words before a person, reporting verbs after one, web domains, citation
/// source positions), and a document-level pass that accepts a sentence-initial word once the
/// same name has been seen mid-sentence. ``EntityGrouper`` then builds entities and actors.
public struct EntityRecognizer: Sendable {
    public var knowledge: Knowledge

    public init(knowledge: Knowledge) { self.knowledge = knowledge }

    /// Recognizes mentions and groups them into entities ordered by first mention.
    public func recognize(
        _ text: TextBuffer, blocks: [Block], sentences: [Span], citations: [Citation], timexes: [Timex]
    ) -> [Entity] {
        let found = mentions(text, blocks: blocks, citations: citations)
        return EntityGrouper(knowledge: knowledge).group(found, text: text)
    }

    /// A recognized mention before grouping: byte range, type, and the knowledge entry if any.
    public struct Found: Sendable, Equatable {
        public var bytes: Range<Int>
        public var type: EntityType
        /// Index into ``Knowledge/entries`` when the name is known.
        public var entry: Int32?
        /// Token count (for grouping surnames with full names).
        public var tokens: Int
    }

    /// All mentions in text order (no overlaps).
    public func mentions(_ text: TextBuffer, blocks: [Block], citations: [Citation]) -> [Found] {
        var scan = Scan(text: text, knowledge: knowledge, blocks: blocks, citations: citations)
        return scan.run()
    }
}

/// Token flags.
typealias Found = EntityRecognizer.Found

struct TokFlags: OptionSet {
    let rawValue: UInt16
    static let cap = TokFlags(rawValue: 1)          // first letter uppercase
    static let allCaps = TokFlags(rawValue: 2)      // ≥ 2 letters, none lowercase
    static let lower = TokFlags(rawValue: 4)        // first letter lowercase
    static let digitFirst = TokFlags(rawValue: 8)
    static let hasDigit = TokFlags(rawValue: 16)
    static let hasDot = TokFlags(rawValue: 32)      // internal dot (domains, U.S)
    static let sentStart = TokFlags(rawValue: 64)   // first word of a sentence or line
    static let title = TokFlags(rawValue: 128)      // in the title block (every word capitalized)
    static let domain = TokFlags(rawValue: 256)     // name.tld
    static let citeItem = TokFlags(rawValue: 512)   // starts a source item inside a citation-like parenthetical
}

/// The per-document scanner (value type; all state is local to one call).
struct Scan {
    let text: TextBuffer
    let b: [UInt8]
    let k: Knowledge
    var starts: [Int32] = []
    var ends: [Int32] = []
    var gaps: [NameTokenizer.Gap] = []
    var flags: [TokFlags] = []
    var hashes: [UInt64] = []
    /// Byte ranges of known citation sources (from the citation stage).
    var sourceRanges: [Range<Int>] = []
    var titleRanges: [Range<Int>] = []
    /// Hashes of every lowercase-initial token: a capitalized word also used in lowercase is a
    /// common word, not a name.
    var lowercaseSeen = Set<UInt64>()

    init(text: TextBuffer, knowledge: Knowledge, blocks: [Block], citations: [Citation]) {
        self.text = text
        self.b = text.bytes
        self.k = knowledge
        for c in citations {
            for r in c.refs { sourceRanges.append(text.byteRange(r.sourceSpan)) }
        }
        for bl in blocks where bl.kind == .title || bl.kind == .heading {
            // Only a real headline: short, one line, not a paragraph of prose.
            let r = text.byteRange(bl.span)
            guard r.count <= 240, !text.bytes[r].contains(0x0A), !text.bytes[r].contains(where: { $0 == 0x2E }) || r.count < 120
            else { continue }
            titleRanges.append(r)
        }
    }

    var count: Int { starts.count }
    @inline(__always) func s(_ t: Int) -> Int { Int(starts[t]) }
    @inline(__always) func e(_ t: Int) -> Int { Int(ends[t]) }
    @inline(__always) func has(_ t: Int, _ f: TokFlags) -> Bool { flags[t].contains(f) }
    @inline(__always) func nameLike(_ t: Int) -> Bool {
        flags[t].contains(.cap) || flags[t].contains(.domain) || (flags[t].contains(.digitFirst) && flags[t].contains(.hasDot))
    }

    // MARK: Tokenizing

    mutating func tokenize() {
        let n = b.count
        starts.reserveCapacity(n / 5)
        var i = 0
        while i < n {
            if NameTokenizer.wordCharLength(b, i) == 0 { i += 1; continue }
            let (tEnd, _) = NameTokenizer.scanToken(b, i, n)
            let g = NameTokenizer.classifyGap(b, tEnd, n)
            starts.append(Int32(truncatingIfNeeded: i))
            ends.append(Int32(truncatingIfNeeded: tEnd))
            gaps.append(g.gap)
            hashes.append(NameHash.add(NameHash.start, b, i..<tEnd))
            let f = classify(i, tEnd)
            flags.append(f)
            if f.contains(.lower) { lowercaseSeen.insert(hashes[hashes.count - 1]) }
            i = (g.gap == .other || g.gap == .end) ? max(tEnd, i + 1) : max(g.next, tEnd)
        }
        markContext()
    }

    func classify(_ a: Int, _ z: Int) -> TokFlags {
        var f: TokFlags = []
        let (first, _) = text.scalar(at: a)
        if first.properties.isUppercase { f.insert(.cap) }
        else if first.properties.isLowercase { f.insert(.lower) }
        else if first.value >= 0x30 && first.value <= 0x39 { f.insert(.digitFirst) }
        var letters = 0
        var lowers = 0
        var lastDot = -1
        var i = a
        while i < z {
            let c = b[i]
            if c >= 0x30 && c <= 0x39 { f.insert(.hasDigit) }
            else if c == 0x2E { f.insert(.hasDot); lastDot = i }
            else if c >= 0x61 && c <= 0x7A { lowers += 1; letters += 1 }
            else if c >= 0x41 && c <= 0x5A { letters += 1 }
            else if c >= 0xC0 { letters += 1 }
            i += 1
        }
        if letters >= 2 && lowers == 0 && f.contains(.cap) && !f.contains(.hasDot) { f.insert(.allCaps) }
        if lastDot > a && lastDot + 1 < z {
            let tld = NameHash.add(NameHash.start, b, (lastDot + 1)..<z)
            // A domain needs a label of 2+ characters before the dot: not "U.S" or "e.g".
            if Lexicon.tlds.contains(tld), lastDot - a >= 2 || f.contains(.digitFirst) { f.insert(.domain) }
        }
        return f
    }

    /// Marks sentence starts, title words and citation source items.
    mutating func markContext() {
        var parenOpen = -1
        var parenIsCitation = false
        var itemStart = true
        for t in 0..<count {
            let a = s(t)
            // Look back over spaces, quotes and brackets to the previous significant byte.
            var j = a - 1
            var sawParen = false
            var sawSemicolonOrComma = false
            while j >= 0 {
                let c = b[j]
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
            if j < 0 { flags[t].insert(.sentStart) } else {
                let c = b[j]
                if c == 0x0A || c == 0x0D || c == 0x2E || c == 0x21 || c == 0x3F || c == 0x3A { flags[t].insert(.sentStart) }
                if c == 0x3B || c == 0x2C { sawSemicolonOrComma = true }
                if c >= 0x80 {
                    let p = text.previousScalarStart(j + 1)
                    let (sc, _) = text.scalar(at: p)
                    // "…." or a closing quote after a full stop.
                    if sc == "\u{201D}" || sc == "\u{2019}", p > 0, b[p - 1] == 0x2E { flags[t].insert(.sentStart) }
                    if sc == "\u{2014}" && false { flags[t].insert(.sentStart) }
                }
            }
            _ = sawSemicolonOrComma
            // Citation-like parentheticals: "(Name, Month d…)", "(see Name …)", "(Source: name)".
            if sawParen {
                parenOpen = a
                parenIsCitation = parenthesisLooksLikeCitation(from: a)
                itemStart = true
            }
            if parenOpen >= 0 {
                if parenIsCitation && itemStart && nameLike(t) { flags[t].insert(.citeItem) }
                // The next item starts after ";" or "," or "see"/"Source:".
                let next = t + 1 < count ? s(t + 1) : b.count
                var close = false
                var sep = false
                var q = e(t)
                while q < next {
                    let c = b[q]
                    if c == 0x29 { close = true }
                    if c == 0x3B || c == 0x2C || c == 0x3A { sep = true }
                    q += 1
                }
                let h = hashes[t]
                itemStart = sep || h == Self.seeHash || h == Self.sourceHash
                if nameLike(t) && !sep && !close && gaps[t] != .other { itemStart = false }
                if close { parenOpen = -1; parenIsCitation = false }
            }
            if !titleRanges.isEmpty {
                for r in titleRanges where r.contains(a) { flags[t].insert(.title) }
            }
        }
    }

    static let seeHash: UInt64 = { let w = Array("see".utf8); return NameHash.add(NameHash.start, w, 0..<w.count) }()
    static let sourceHash: UInt64 = { let w = Array("Source".utf8); return NameHash.add(NameHash.start, w, 0..<w.count) }()
    static let theHash: UInt64 = { let w = Array("the".utf8); return NameHash.add(NameHash.start, w, 0..<w.count) }()
    static let aHash: UInt64 = { let w = Array("a".utf8); return NameHash.add(NameHash.start, w, 0..<w.count) }()
    static let anHash: UInt64 = { let w = Array("an".utf8); return NameHash.add(NameHash.start, w, 0..<w.count) }()
    static let andHash: UInt64 = { let w = Array("and".utf8); return NameHash.add(NameHash.start, w, 0..<w.count) }()
    static let theCapHash: UInt64 = { let w = Array("The".utf8); return NameHash.add(NameHash.start, w, 0..<w.count) }()

    /// True when the parenthetical starting at byte `a` (just after "(") names a source: it
    /// starts with "see"/"Source:" or contains a month name followed by a day number, before ")".
    func parenthesisLooksLikeCitation(from a: Int) -> Bool {
        var i = a
        let limit = min(b.count, a + 300)
        if i + 4 <= b.count, b[i] == 0x73, b[i + 1] == 0x65, b[i + 2] == 0x65, b[i + 3] == 0x20 { return true }
        if i + 7 <= b.count, b[i] == 0x53, b[i + 1] == 0x6F, b[i + 2] == 0x75, b[i + 3] == 0x72,
           b[i + 4] == 0x63, b[i + 5] == 0x65, b[i + 6] == 0x3A { return true }
        // First character must start a name (an uppercase letter or a digit, as in "1tv.ge").
        while i < limit {
            let c = b[i]
            if c == 0x29 || c == 0x28 || c == 0x0A { return false }
            if c >= 0x41 && c <= 0x5A {
                var z = i
                while z < limit, (b[z] >= 0x61 && b[z] <= 0x7A) || (z == i) { z += 1 }
                if Lexicon.months.contains(NameHash.add(NameHash.start, b, i..<z)) {
                    var q = z
                    while q < limit, b[q] == 0x20 || b[q] == 0x2E { q += 1 }
                    if q < limit, b[q] >= 0x30 && b[q] <= 0x39 { return true }
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
        let a = s(t)
        let c = b[a]
        guard c >= 0x41 && c <= 0x5A else { return false }
        var h = (NameHash.start ^ UInt64(c | 0x20)) &* 0x0000_0100_0000_01B3
        h = NameHash.add(h, b, (a + 1)..<e(t))
        return lowercaseSeen.contains(h)
    }

    // MARK: Matching

    /// The longest knowledge match starting at token `t`: (token count, entry index).
    func gazetteer(at t: Int) -> (Int, Int32)? {
        let maxLen = k.maxLength(firstTokenHash: hashes[t])
        guard maxLen > 0 else { return nil }
        var h = hashes[t]
        var best: (Int, Int32)?
        if let e = k.entry(hash: h) { best = (1, e) }
        var u = t
        var n = 1
        while n < maxLen, u + 1 < count {
            let g = gaps[u]
            if g == .other || g == .end { break }
            h = NameHash.gap(h, g)
            h = NameHash.add(h, b, s(u + 1)..<e(u + 1))
            u += 1
            n += 1
            if let e = k.entry(hash: h) { best = (n, e) }
        }
        return best
    }

    @inline(__always) func isRole(_ t: Int) -> Bool { Lexicon.roles.contains(hashes[t]) }
    @inline(__always) func isOrgHead(_ t: Int) -> Bool { Lexicon.orgHeads.contains(hashes[t]) }
    @inline(__always) func isEventHead(_ t: Int) -> Bool { Lexicon.eventHeads.contains(hashes[t]) }
    @inline(__always) func isMediaHead(_ t: Int) -> Bool { Lexicon.mediaHeads.contains(hashes[t]) }
    @inline(__always) func isPlaceHead(_ t: Int) -> Bool { Lexicon.placeHeads.contains(hashes[t]) }
    @inline(__always) func isDocHead(_ t: Int) -> Bool { Lexicon.documentHeads.contains(hashes[t]) }
    @inline(__always) func isMonthOrDay(_ t: Int) -> Bool {
        Lexicon.months.contains(hashes[t]) || Lexicon.weekdays.contains(hashes[t])
    }
    @inline(__always) func anyHead(_ t: Int) -> Bool {
        isOrgHead(t) || isEventHead(t) || isMediaHead(t) || isPlaceHead(t) || isDocHead(t)
    }

    /// The capitalized run starting at `t`: tokens joined by spaces and hyphens, with lowercase
    /// connectors allowed after a head word ("Ministry of Defense") and possessives before a
    /// head ("People’s Council"). Returns the exclusive end token.
    func runEnd(from t: Int) -> Int {
        var u = t
        var afterHead = anyHead(t) || Lexicon.placePrefixes.contains(hashes[t]) || Lexicon.eventPrefixes.contains(hashes[t])
        // In a title every word is capitalized: lowercase connectors there are not part of names.
        let inTitle = has(t, .title)
        if inTitle { afterHead = false }
        while u + 1 < count {
            let g = gaps[u]
            let v = u + 1
            if g == .space || g == .hyphen || g == .enDash || g == .slash {
                if nameLike(v) && !isMonthOrDay(v) && !has(v, .sentStart) {
                    if (g == .hyphen || g == .enDash) && !has(v, .cap) { break }
                    u = v
                    if anyHead(v) && !inTitle { afterHead = true }
                    continue
                }
                // Digits after a hyphen: exercise names like "Kavkaz-2020".
                if g == .hyphen, has(v, .digitFirst), !has(v, .hasDot), e(v) - s(v) == 4, u == t, !has(t, .allCaps) {
                    u = v
                    break
                }
                // A connector inside an organization or place name.
                if g == .space, afterHead, Lexicon.connectors.contains(hashes[v]), v + 1 < count,
                   gaps[v] == .space, hashes[v] != Lexicon.inHash || Lexicon.inHeads.contains(hashes[u]) {
                    var w = v + 1
                    // "of the X"
                    if hashes[w] == Self.theHash, w + 1 < count, gaps[w] == .space { w += 1 }
                    if nameLike(w) && !isMonthOrDay(w) {
                        u = w
                        continue
                    }
                }
                // "Road and Bridge Corporation": "and" inside a name that ends in an organization head.
                if g == .space, !inTitle, hashes[v] == Self.andHash, v + 1 < count, gaps[v] == .space {
                    var w = v + 1
                    while w < count, has(w, .cap), !has(w, .sentStart) {
                        if isOrgHead(w) { break }
                        if gaps[w] != .space { break }
                        w += 1
                    }
                    let before = gazetteer(at: t).map { t + $0.0 - 1 >= u } ?? false
                    let after = gazetteer(at: v + 1).map { v + $0.0 >= w } ?? false
                    if w < count, isOrgHead(w), has(w, .cap), !before, !after { u = w; afterHead = true; continue }
                }
                // Name particles: "Ursula von der Leyen".
                if g == .space, Lexicon.nameParticles.contains(hashes[v]), v + 1 < count, gaps[v] == .space || gaps[v] == .hyphen {
                    var w = v + 1
                    if Lexicon.nameParticles.contains(hashes[w]), w + 1 < count, gaps[w] == .space { w += 1 }
                    if has(w, .cap), !anyHead(w), k.isGivenName(hash: hashes[t]) {
                        u = w
                        continue
                    }
                }
                break
            }
            if g == .possessive, !inTitle, nameLike(v), isOrgHead(v) || isEventHead(v) {
                u = v
                afterHead = true
                continue
            }
            break
        }
        return u + 1
    }

    // MARK: The pass

    mutating func run() -> [Found] {
        tokenize()
        var out: [Found] = []
        out.reserveCapacity(count / 8)
        var deferred: [(Int, Int)] = []
        var t = 0
        while t < count {
            guard nameLike(t) || has(t, .digitFirst) && has(t, .domain) else { t += 1; continue }
            let next = decide(at: t, into: &out, deferred: &deferred)
            t = max(next, t + 1)
        }
        resolveDeferred(&out, deferred)
        resolveByContext(&out)
        for i in out.indices where isDottedAbbreviation(out[i].bytes) { out[i].bytes = out[i].bytes.lowerBound..<(out[i].bytes.upperBound + 1) }
        return out
    }

    /// True for "U.S", "U.N" followed by the final dot: the mention keeps it ("U.S.").
    func isDottedAbbreviation(_ r: Range<Int>) -> Bool {
        guard r.count >= 3, r.upperBound < b.count, b[r.upperBound] == 0x2E else { return false }
        var i = r.lowerBound
        while i < r.upperBound {
            let c = b[i]
            let letter = c >= 0x41 && c <= 0x5A
            if (i - r.lowerBound) % 2 == 0 { if !letter { return false } } else if c != 0x2E { return false }
            i += 1
        }
        return (r.count % 2) == 1
    }

    /// Second look with the whole document known: a minor place name that is the surname of a
    /// person in the article is that person ("Satpayev"); an unknown single capitalized word is
    /// a place before a place noun ("the Hakari bridge") or when coordinated with a place
    /// ("Kapustin Yar and Prudboi"), and a person when it is the surname of one.
    func resolveByContext(_ out: inout [Found]) {
        var surnames = Set<UInt64>()
        for f in out where f.type == .person && f.tokens >= 2 {
            var j = f.bytes.upperBound - 1
            while j > f.bytes.lowerBound, b[j] != 0x20 { j -= 1 }
            surnames.insert(NameHash.add(NameHash.start, b, (b[j] == 0x20 ? j + 1 : j)..<f.bytes.upperBound))
        }
        for i in out.indices where out[i].tokens == 1 && out[i].type == .place {
            if let e = out[i].entry, k.entries[Int(e)].isMinorPlace,
               surnames.contains(NameHash.add(NameHash.start, b, out[i].bytes)) {
                out[i].type = .person
                out[i].entry = nil
            }
        }
        // Unknown single words mid-sentence.
        var added: [Found] = []
        var m = 0
        for t in 0..<count where has(t, .cap) && !has(t, .sentStart) && !has(t, .title) {
            while m < out.count && out[m].bytes.upperBound <= s(t) { m += 1 }
            if m < out.count && out[m].bytes.lowerBound <= s(t) { continue }
            if has(t, .allCaps) || isMonthOrDay(t) || Lexicon.commonCapitalized.contains(hashes[t]) || seenLowercase(t) { continue }
            if anyHead(t) || isRole(t) { continue }
            // Only isolated words: neighbours joined by a space or hyphen are not capitalized.
            if t > 0, gaps[t - 1] == .space || gaps[t - 1] == .hyphen, has(t - 1, .cap) { continue }
            if t + 1 < count, gaps[t] == .space || gaps[t] == .hyphen, has(t + 1, .cap) { continue }
            let h = hashes[t]
            var type: EntityType?
            if surnames.contains(h) { type = .person }
            else if placeNounFollows(t) { type = .place }
            else if let c = coordinatedType(t, out, m) { type = c }
            // A single unknown word after a locative preposition is a place ("in Prudboi").
            else if t > 0, gaps[t - 1] == .space, Lexicon.locatives.contains(hashes[t - 1]) { type = .place }
            if let type {
                added.append(Found(bytes: s(t)..<e(t), type: type, entry: nil, tokens: 1))
            }
        }
        if !added.isEmpty {
            out.append(contentsOf: added)
            out.sort { $0.bytes.lowerBound < $1.bytes.lowerBound }
        }
    }

    /// True when a role or cue word precedes token `t` or a reporting verb follows it.
    func isPersonContext(_ t: Int) -> Bool {
        if t > 0, gaps[t - 1] == .space, Lexicon.roleHeads.contains(hashes[t - 1]) || Lexicon.personCues.contains(hashes[t - 1]) {
            return true
        }
        if t + 1 < count, gaps[t] == .space, Lexicon.reportingVerbs.contains(hashes[t + 1]), has(t + 1, .lower) {
            return true
        }
        return false
    }

    /// True when ", a|an|the <lowercase>" follows token end-1: an apposition describing a person.
    func appositionFollows(_ end: Int) -> Bool {
        guard end < count, end + 1 < count, end >= 1 else { return false }
        guard e(end - 1) < b.count, b[e(end - 1)] == 0x2C else { return false }
        let w = hashes[end]
        guard w == Self.theHash || w == Self.aHash || w == Self.anHash else { return false }
        return has(end + 1, .lower) || Lexicon.personCues.contains(hashes[end + 1])
    }

    /// True when a lowercase event noun follows the run ("the Iron Wolf exercise").
    func eventNounFollows(_ end: Int) -> Bool {
        guard end < count, end >= 1, gaps[end - 1] == .space, has(end, .lower) else { return false }
        return Lexicon.eventNouns.contains(hashes[end])
    }

    /// True when the run stands in apposition after an event noun ("its own exercise, Joint Efforts").
    func eventNounBefore(_ t: Int) -> Bool {
        guard t >= 1, b[e(t - 1)] == 0x2C, has(t - 1, .lower) else { return false }
        return Lexicon.eventNouns.contains(hashes[t - 1])
    }

    /// True when a place noun follows within two lowercase words ("Anaklia deep-sea port").
    func placeNounFollows(_ t: Int) -> Bool {
        var u = t
        var n = 0
        while n < 3, u + 1 < count, gaps[u] == .space || gaps[u] == .hyphen, has(u + 1, .lower) {
            u += 1
            n += 1
            if Lexicon.placeCueNouns.contains(hashes[u]) && (u + 1 >= count || gaps[u] != .hyphen) { return true }
        }
        return false
    }

    /// The type of a PLACE or PERSON mention joined to token `t` by "and", "or" or a comma.
    func coordinatedType(_ t: Int, _ out: [Found], _ m: Int) -> EntityType? {
        // Previous mention: "X and t".
        if m > 0, t >= 1 {
            let p = out[m - 1]
            let between = p.bytes.upperBound..<s(t)
            if isCoordinator(between), p.type == .place { return .place }
        }
        if m < out.count {
            let n = out[m]
            let between = e(t)..<n.bytes.lowerBound
            if isCoordinator(between), n.type == .place { return .place }
        }
        return nil
    }

    /// True when the bytes are " and ", " or ", ", " or ", and ".
    func isCoordinator(_ r: Range<Int>) -> Bool {
        guard r.lowerBound <= r.upperBound, r.count <= 6, r.upperBound <= b.count else { return false }
        let w = b[r]
        return w.elementsEqual(" and ".utf8) || w.elementsEqual(" or ".utf8) || w.elementsEqual(", ".utf8)
            || w.elementsEqual(", and ".utf8)
    }

    /// Decides what the run at `t` is; returns the next token to look at.
    func decide(at t: Int, into out: inout [Found], deferred: inout [(Int, Int)]) -> Int {
        if isMonthOrDay(t) && !has(t, .citeItem) { return t + 1 }
        // Domains: "Aze.az", "kremlin.ru", "Turkmenistan.gov.tm".
        if has(t, .domain) {
            out.append(Found(bytes: s(t)..<e(t), type: .media, entry: k.entry(hash: hashes[t]), tokens: 1))
            return t + 1
        }
        guard has(t, .cap) else { return t + 1 }
        let weak = has(t, .sentStart) || has(t, .title)
        var end = runEnd(from: t)
        // Roles split a run: "Deputy Foreign Minister Mikhail Galuzin" → the name after the role.
        if let r = firstRoleCut(t, end) {
            if r.0 > t {
                end = r.0
            } else {
                return r.1
            }
        }
        let g = gazetteer(at: t)
        let n = end - t
        let cite = has(t, .citeItem) || inSource(s(t))
        if let (gk, gi) = g {
            let entry = k.entries[Int(gi)]
            if gk >= n || !extendsBeyond(t, gk, end, entry) {
                // Common words that are also names ("Trend", "Union") need mid-sentence use.
                if weak && gk == 1 && Lexicon.commonCapitalized.contains(hashes[t]) && !cite {
                    return t + 1
                }
                var type = entry.type
                if cite && sourceItemEnds(t + gk) { type = .media }
                // "President Bush", "Bush said": a minor place name used as a surname.
                if entry.isMinorPlace, gk == 1, isPersonContext(t) { type = .person }
                if type == .norp, gk == 1, t + 1 < count, gaps[t] == .hyphen, has(t + 1, .cap),
                   k.entries[Int(gazetteer(at: t + 1)?.1 ?? gi)].type != .norp, gazetteer(at: t + 1) == nil {
                    // "Russian-Ukrainian" handled by the next token; a NORP before an unknown
                    // capitalized word stays a NORP.
                }
                out.append(Found(bytes: s(t)..<e(t + gk - 1), type: type, entry: gi, tokens: gk))
                return t + gk
            }
        }
        // Unknown run (or one that extends past a known name).
        let (type, stop) = classifyRun(t, end, cite: cite)
        guard let type else {
            if weak && stop > t {
                deferred.append((t, stop))
                return stop
            }
            // Only the first token was undecided; the rest may hold names (e.g. a title).
            return t + 1
        }
        if weak && !cite && (has(t, .title) || !strongEvidence(t, stop, type)) {
            deferred.append((t, stop))
            return stop
        }
        out.append(Found(bytes: s(t)..<e(stop - 1), type: type, entry: nil, tokens: stop - t))
        return stop
    }

    /// True when the byte offset lies in a source span reported by the citation stage.
    func inSource(_ a: Int) -> Bool {
        for r in sourceRanges where r.contains(a) { return true }
        return false
    }

    /// True when a source item ends after token `u - 1` (next is ",", ";", ")", "[" or a date).
    func sourceItemEnds(_ u: Int) -> Bool {
        guard u - 1 >= 0, u - 1 < count else { return true }
        var q = e(u - 1)
        while q < b.count, b[q] == 0x20 { q += 1 }
        guard q < b.count else { return true }
        let c = b[q]
        if c == 0x2C || c == 0x3B || c == 0x29 || c == 0x5B { return true }
        if u < count, isMonthOrDay(u) { return true }
        return false
    }

    /// The first title in the run ("Deputy Foreign Minister"): (cut position, resume position).
    /// A title ends in a role head (Minister, President…); the modifiers before it belong to
    /// it. A role head followed by an organization head ("General Staff") is not a title.
    func firstRoleCut(_ t: Int, _ end: Int) -> (Int, Int)? {
        var u = t
        while u < end {
            if Lexicon.roleHeads.contains(hashes[u]) {
                let nextIsHead = u + 1 < end && (isOrgHead(u + 1) || isEventHead(u + 1) || isMediaHead(u + 1))
                if !nextIsHead {
                    var a = u
                    while a > t, isRole(a - 1), !isOrgHead(a - 1) { a -= 1 }
                    var r = u + 1
                    while r < end, Lexicon.roleHeads.contains(hashes[r]) { r += 1 }
                    return (a, r)
                }
            }
            u += 1
        }
        return nil
    }

    /// Whether an unknown capitalized continuation after a known name makes a longer name.
    func extendsBeyond(_ t: Int, _ gk: Int, _ end: Int, _ entry: KnowledgeEntry) -> Bool {
        let last = end - 1
        // "Georgian Dream" is known; "Ukrainian Navy", "China–Central Asia Summit": head-terminated.
        if isOrgHead(last) || isEventHead(last) || isMediaHead(last) || isPlaceHead(last) {
            // But not when the known name itself ends the run's name part and the rest is a second name.
            if isDocHead(last) { return false }
            return true
        }
        // A connector continues the name: "Gulf of Finland".
        if t + gk < end, has(t + gk, .lower) { return true }
        // A given name that is also a place: "Ararat Mirzoyan", "Christian Danielsson".
        if gk == 1, k.isGivenName(hash: hashes[t]), end - t <= 3, entry.type != .person {
            let tail = t + 1
            if gazetteer(at: tail) == nil && !anyHead(tail) { return true }
        }
        return false
    }

    /// Rules for a run with no knowledge match covering it: (type or nil, end token).
    func classifyRun(_ t: Int, _ end: Int, cite: Bool) -> (EntityType?, Int) {
        var last = end - 1
        // Names of documents are not entities; names inside them still are.
        if isDocHead(last) || isDocHead(t) { return (nil, t + 1) }
        // Exercise names: "Kavkaz-2020".
        if end - t == 2, gaps[t] == .hyphen, has(last, .digitFirst) { return (.event, end) }
        if cite && sourceItemEnds(end) { return (.media, end) }
        if isEventHead(last) && end - t >= 2 { return (.event, end) }
        if isMediaHead(last) && end - t >= 2 { return (.media, end) }
        if isOrgHead(last) && end - t >= 2 { return (.org, end) }
        if isPlaceHead(last) && end - t >= 2 { return (.place, end) }
        // Head-first names with a connector: "Ministry of Defense", "Sea of Azov", "Battle of Kursk".
        if end - t >= 3 || (end - t == 2 && Lexicon.placePrefixes.contains(hashes[t])) {
            var x = t
            while x < end - 1 {
                if isOrgHead(x) && x > t - 1 { return (.org, end) }
                if isEventHead(x) || Lexicon.eventPrefixes.contains(hashes[x]) { return (.event, end) }
                if Lexicon.placePrefixes.contains(hashes[x]) || isPlaceHead(x) { return (.place, end) }
                if isMediaHead(x) { return (.media, end) }
                x += 1
            }
        }
        // An all-caps acronym: an organization unless it is a known outlet (handled above).
        if end - t == 1 && has(t, .allCaps) {
            if e(t) - s(t) <= 1 || Lexicon.nonNameAcronyms.contains(hashes[t]) { return (nil, end) }
            // "S-400", "B-52": designations, not names.
            if gaps[t] == .hyphen, t + 1 < count, has(t + 1, .digitFirst) { return (nil, t + 2) }
            return (.org, end)
        }
        if Lexicon.commonCapitalized.contains(hashes[t]) && end - t == 1 { return (nil, end) }
        // A known name inside: take the run up to it? Keep it simple: a run that starts with a
        // common word is cut after it.
        if Lexicon.commonCapitalized.contains(hashes[t]) { return (nil, t + 1) }
        last = end - 1
        // An organization head inside the run followed by a name: "Security Council Askar Umarov".
        var x = t + 1
        while x < end - 1 {
            if isOrgHead(x) && !isOrgHead(x + 1) && (k.isGivenName(hash: hashes[x + 1]) || end - x - 1 <= 2) {
                return (.org, x + 1)
            }
            x += 1
        }
        // Named events by their context: "the Iron Wolf exercise", "exercise, Joint Efforts,".
        if eventNounFollows(end) || eventNounBefore(t) { return (.event, end) }
        if placeNounFollows(end - 1) && !k.isGivenName(hash: hashes[t]) { return (.place, end) }
        // Party names in the plural: "Social Democrats", "Young Communists".
        if end - t >= 2, let g = gazetteer(at: end - 1), g.0 == 1, k.entries[Int(g.1)].type == .norp {
            return (.org, end)
        }
        if isPersonLike(t, end) && plainName(t, end) { return (.person, end) }
        if end - t >= 2 {
            // Two or three plain capitalized words: most often a person in this genre.
            if end - t <= 3 && plainName(t, end) && !has(t, .title) {
                var common = false
                for y in t..<end where seenLowercase(y) { common = true }
                if !common { return (.person, end) }
            }
            return (nil, t + 1)
        }
        return (nil, end)
    }

    /// True when the run looks like a personal name: capitalized words (2+ letters, not
    /// all-caps) joined by spaces or hyphens.
    func plainName(_ t: Int, _ end: Int) -> Bool {
        for y in t..<end {
            if !has(y, .cap) || has(y, .allCaps) || has(y, .hasDigit) { return false }
            if e(y) - s(y) < 2 { return false }
            if anyHead(y) || Lexicon.commonCapitalized.contains(hashes[y]) { return false }
            if y < end - 1 && gaps[y] != .space && gaps[y] != .hyphen { return false }
        }
        return true
    }

    /// Evidence that a run names a person: a given name first, a role or cue word before it, a
    /// reporting verb after it, a regional surname ending.
    func isPersonLike(_ t: Int, _ end: Int) -> Bool {
        if k.isGivenName(hash: hashes[t]) && end - t >= 2 { return true }
        if t > 0, gaps[t - 1] == .space {
            let p = hashes[t - 1]
            if Lexicon.roleHeads.contains(p) || Lexicon.personCues.contains(p) { return true }
        }
        if end < count, gaps[end - 1] == .space, Lexicon.reportingVerbs.contains(hashes[end]) { return true }
        if end < count, gaps[end - 1] == .other, b[e(end - 1)] == 0x2C, end + 1 < count,
           Lexicon.reportingVerbs.contains(hashes[end]) { return false }
        if hasSurnameSuffix(end - 1) { return true }
        return false
    }

    func hasSurnameSuffix(_ t: Int) -> Bool {
        let a = s(t)
        let z = e(t)
        guard z - a >= 5 else { return false }
        for suf in Lexicon.surnameSuffixes where suf.count < z - a {
            var ok = true
            for (i, c) in suf.enumerated() where b[z - suf.count + i] != c { ok = false; break }
            if ok { return true }
        }
        return false
    }

    /// For sentence-initial runs: evidence strong enough without mid-sentence confirmation.
    func strongEvidence(_ t: Int, _ end: Int, _ type: EntityType) -> Bool {
        switch type {
        case .person:
            return end - t >= 2 && (k.isGivenName(hash: hashes[t])
                || (end < count && Lexicon.reportingVerbs.contains(hashes[end]))
                || hasSurnameSuffix(end - 1) || appositionFollows(end))
        case .org, .event, .media, .place:
            return end - t >= 2 && !Lexicon.commonCapitalized.contains(hashes[t])
        case .norp:
            return false
        }
    }

    /// Resolves sentence-initial runs without evidence: accepted when the same name (or its
    /// last word, for people) was recognized elsewhere in the document.
    func resolveDeferred(_ out: inout [Found], _ deferred: [(Int, Int)]) {
        guard !deferred.isEmpty else { return }
        var seen: [UInt64: EntityType] = [:]
        var surnames: [UInt64: EntityType] = [:]
        for f in out {
            let h = NameHash.add(NameHash.start, b, f.bytes)
            seen[h] = f.type
            if f.type == .person {
                // The last word of a person's name.
                var j = f.bytes.upperBound - 1
                while j > f.bytes.lowerBound, b[j] != 0x20 { j -= 1 }
                let a = b[j] == 0x20 ? j + 1 : j
                surnames[NameHash.add(NameHash.start, b, a..<f.bytes.upperBound)] = .person
            }
        }
        var added: [Found] = []
        for (t, end) in deferred {
            // Try the whole run, then the run without its first word ("Moreover Omarov").
            var u = t
            while u < end {
                if !has(u, .cap) { u += 1; continue }
                let h = NameHash.add(NameHash.start, b, s(u)..<e(end - 1))
                if let ty = seen[h] ?? (end - u == 1 ? surnames[h] : nil) {
                    added.append(Found(bytes: s(u)..<e(end - 1), type: ty, entry: nil, tokens: end - u))
                    break
                }
                if let ty = classifyRun(u, end, cite: false).0, u > t, strongEvidence(u, end, ty) || !has(u, .sentStart) {
                    added.append(Found(bytes: s(u)..<e(end - 1), type: ty, entry: nil, tokens: end - u))
                    break
                }
                // A known name at the start of an unconfirmed longer run ("Zapad Exercises").
                if let (gk, gi) = gazetteer(at: u), u + gk < end, !Lexicon.commonCapitalized.contains(hashes[u]) {
                    added.append(Found(bytes: s(u)..<e(u + gk - 1), type: k.entries[Int(gi)].type, entry: gi, tokens: gk))
                    break
                }
                u += 1
            }
        }
        if added.isEmpty { return }
        out.append(contentsOf: added)
        out.sort { $0.bytes.lowerBound < $1.bytes.lowerBound }
    }
}
