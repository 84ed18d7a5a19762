/// Finds entity mentions and groups them into entities (annotation guidelines §1).
///
/// Mentions come from three sources, combined per capitalized run of tokens: the knowledge
/// base (longest known name wins), rules over the run's shape and context (organization and
/// event heads, role words before a person, reporting verbs after one, web domains, citation
/// source positions), and a document-level pass that accepts a sentence-initial word once the
/// same name has been seen mid-sentence. ``EntityGrouper`` then builds entities and actors.
public struct EntityRecognizer: Sendable {
    public var knowledge: Knowledge
    /// The learned tagger (``NERModel``), consulted only where the rules find no evidence:
    /// isolated unknown words and unconfirmed sentence-initial runs. Nil: rules alone.
    ///
    /// On by default (`NERModel.shared`, nil when Data/ner/model.bin is missing): measured
    /// 2026-11-28, it lifts CoNLL eng.testa (wire news) PER/LOC/ORG F1 from 0.730 to 0.805 and
    /// leaves the genre sets level (dev 1.000, held-out core 0.985 → 0.984) for +2.5 MB peak
    /// memory and a few percent of speed.
    public var model: NERModel?

    public init(knowledge: Knowledge, model: NERModel? = NERModel.shared) {
        self.knowledge = knowledge
        self.model = model
    }

    /// Recognizes mentions and groups them into entities ordered by first mention.
    public func recognize(
        _ text: TextBuffer, blocks: [Block], sentences: [Span], citations: [Citation], timexes: [Timex]
    ) -> [Entity] {
        let found = mentions(text, blocks: blocks, citations: citations)
        return EntityGrouper(knowledge: knowledge).group(found, text: text)
    }

    /// A recognized mention before grouping: byte range, type, and the knowledge entry if any.
    /// Stored compactly (16 bytes): a big input has hundreds of thousands of these.
    public struct Found: Sendable, Equatable {
        private var lo: Int32
        private var hi: Int32
        private var entryRaw: Int32
        private var tokenCount: UInt16
        public var type: EntityType

        public init(bytes: Range<Int>, type: EntityType, entry: Int32?, tokens: Int) {
            lo = Int32(truncatingIfNeeded: bytes.lowerBound)
            hi = Int32(truncatingIfNeeded: bytes.upperBound)
            entryRaw = entry ?? -1
            tokenCount = UInt16(clamping: tokens)
            self.type = type
        }

        public var bytes: Range<Int> {
            get { Int(lo)..<max(Int(lo), Int(hi)) }
            set { lo = Int32(truncatingIfNeeded: newValue.lowerBound); hi = Int32(truncatingIfNeeded: newValue.upperBound) }
        }
        /// Index into ``Knowledge/entries`` when the name is known.
        public var entry: Int32? {
            get { entryRaw < 0 ? nil : entryRaw }
            set { entryRaw = newValue ?? -1 }
        }
        /// Token count (for grouping surnames with full names).
        public var tokens: Int { Int(tokenCount) }
    }

    /// All mentions in text order (no overlaps).
    public func mentions(_ text: TextBuffer, blocks: [Block], citations: [Citation]) -> [Found] {
        var scan = Scan(text: text, knowledge: knowledge, blocks: blocks, citations: citations)
        scan.model = model
        return scan.run()
    }
}

/// Token flags.
typealias Found = EntityRecognizer.Found

extension EntityType {
    /// A per-type salt for hash keys.
    var hashSalt: UInt64 {
        switch self {
        case .person: 0x11
        case .place: 0x22
        case .org: 0x33
        case .media: 0x44
        case .event: 0x55
        case .norp: 0x66
        }
    }
}

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
    /// The learned tagger, if any (see ``EntityRecognizer/model``).
    var model: NERModel?
    /// Minimum tagger confidence to accept a span the rules could not decide (~97% precise on
    /// CoNLL at ≥ 0.9 per Data/ner/README.md).
    static let modelThreshold = 0.9

    /// One token of the current chunk.
    struct Tok {
        var start: Int32
        var len: UInt16
        var gap: NameTokenizer.Gap
        var flags: TokFlags
        var lex: UInt32
        var hash: UInt64
    }
    /// The current chunk's tokens (reused between chunks).
    var toks: [Tok] = []
    /// Byte ranges of known citation sources (from the citation stage).
    var sourceRanges: [Range<Int>] = []
    var titleRanges: [Range<Int>] = []
    /// Hashes of every lowercase-initial token: a capitalized word also used in lowercase is a
    /// common word, not a name.
    var lowercaseSeen = HashMap64(capacity: 1024)

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
        sourceRanges.sort { $0.lowerBound < $1.lowerBound }
        titleRanges.sort { $0.lowerBound < $1.lowerBound }
    }

    var count: Int { toks.count }
    @inline(__always) func s(_ t: Int) -> Int { Int(toks[t].start) }
    @inline(__always) func e(_ t: Int) -> Int { Int(toks[t].start) + Int(toks[t].len) }
    /// The token's hash, computed on demand (cheaper in memory than storing one per token).
    @inline(__always) func lex(_ t: Int, _ c: Lexicon.Cls) -> Bool { toks[t].lex & c.rawValue != 0 }
    @inline(__always) func hash(_ t: Int) -> UInt64 { toks[t].hash }
    @inline(__always) func has(_ t: Int, _ f: TokFlags) -> Bool { toks[t].flags.contains(f) }
    @inline(__always) func nameLike(_ t: Int) -> Bool {
        toks[t].flags.contains(.cap) || toks[t].flags.contains(.domain) || (toks[t].flags.contains(.digitFirst) && toks[t].flags.contains(.hasDot))
    }

    // MARK: Tokenizing

    /// Tokenizes the chunk `r` (token arrays are per chunk, so memory stays small on big inputs).
    mutating func tokenize(_ r: Range<Int>) {
        let n = r.upperBound
        toks.removeAll(keepingCapacity: true)
        let prime: UInt64 = 0x0000_0100_0000_01B3
        var i = r.lowerBound
        while i < n {
            let c0 = b[i]
            if c0 < 0x80 {
                if !NameTokenizer.isASCIIWord(c0) { i += 1; continue }
            } else if NameTokenizer.wordCharLength(b, i) == 0 { i += 1; continue }
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
                let c = b[j]
                if c < 0x80 {
                    if c >= 0x61 && c <= 0x7A { lowers += 1; letters += 1 }
                    else if c >= 0x41 && c <= 0x5A { letters += 1 }
                    else if c >= 0x30 && c <= 0x39 { f.insert(.hasDigit) }
                    else if c == 0x2E, j + 1 < n, NameTokenizer.wordCharLength(b, j + 1) > 0 {
                        f.insert(.hasDot); lastDot = j
                    } else if c == 0x27, j + 1 < n, NameTokenizer.wordCharLength(b, j + 1) > 0,
                              !(b[j + 1] == 0x73 && (j + 2 >= n || NameTokenizer.wordCharLength(b, j + 2) == 0)) {
                        // Apostrophe inside a word (O'Brien), not a possessive 's.
                    } else { break }
                    h = (h ^ UInt64(c)) &* prime
                    j += 1
                    continue
                }
                let l = NameTokenizer.wordCharLength(b, j)
                if l == 0 {
                    // ’ inside a word (Xi’an) but not a possessive ’s.
                    guard c == 0xE2, j + 3 < n, b[j + 1] == 0x80, b[j + 2] == 0x99,
                          NameTokenizer.wordCharLength(b, j + 3) > 0,
                          !(b[j + 3] == 0x73 && (j + 4 >= n || NameTokenizer.wordCharLength(b, j + 4) == 0))
                    else { break }
                    h = (((h ^ 0xE2) &* prime ^ 0x80) &* prime ^ 0x99) &* prime
                    j += 3
                    continue
                }
                if c >= 0xC0 { letters += 1 }
                for x in 0..<l { h = (h ^ UInt64(b[j + x])) &* prime }
                j += l
            }
            let tEnd = j
            if letters >= 2 && lowers == 0 && f.contains(.cap) && !f.contains(.hasDot) { f.insert(.allCaps) }
            if lastDot > i && lastDot + 1 < tEnd {
                let tld = NameHash.add(NameHash.start, b, (lastDot + 1)..<tEnd)
                // A domain needs a label of 2+ characters before the dot: not "U.S" or "e.g".
                if Lexicon.tlds.contains(tld), lastDot - i >= 2 || f.contains(.digitFirst) { f.insert(.domain) }
            }
            let g = NameTokenizer.classifyGap(b, tEnd, n)
            // Tokens longer than 65535 bytes are cut: they are never names.
            toks.append(Tok(start: Int32(truncatingIfNeeded: i), len: UInt16(clamping: tEnd - i), gap: g.gap,
                            flags: f, lex: Lexicon.cls(h).rawValue, hash: h))
            i = (g.gap == .other || g.gap == .end) ? max(tEnd, i + 1) : max(g.next, tEnd)
        }
        markContext()
    }

    /// Records every lowercase-initial word of the document (one pass, no token arrays).
    mutating func collectLowercase() {
        let n = b.count
        var i = 0
        while i < n {
            let c = b[i]
            if c >= 0x61 && c <= 0x7A {
                // Only words that start here (not inside a word or after an apostrophe).
                let prev: UInt8 = i > 0 ? b[i - 1] : 0x20
                let (tEnd, _) = NameTokenizer.scanToken(b, i, n)
                if prev < 0x80 && !NameTokenizer.isASCIIWord(prev) && prev != 0x27 {
                    lowercaseSeen.set(NameHash.add(NameHash.start, b, i..<tEnd), 1)
                }
                i = max(tEnd, i + 1)
                continue
            }
            i += 1
        }
    }

    /// Splits the text into chunks of about 16 KB that end at a line break or a sentence end,
    /// so no name crosses a chunk boundary.
    func chunks() -> [Range<Int>] {
        var out: [Range<Int>] = []
        var a = 0
        let n = b.count
        let target = 4_096
        while a < n {
            var z = min(n, a + target)
            if z < n {
                var q = z
                let limit = min(n, z + 8_192)
                var cut = -1
                while q < limit {
                    if b[q] == 0x0A { cut = q + 1; break }
                    if b[q] == 0x2E, q + 2 < n, b[q + 1] == 0x20, b[q + 2] >= 0x41 && b[q + 2] <= 0x5A, cut < 0 { cut = q + 2 }
                    q += 1
                }
                if cut < 0 {
                    // No boundary nearby: cut at a space (or anywhere outside a UTF-8 sequence).
                    q = z
                    while q < limit, b[q] != 0x20 { q += 1 }
                    cut = q < limit ? q + 1 : z
                    while cut < n, b[cut] & 0xC0 == 0x80 { cut += 1 }
                }
                z = cut
            }
            out.append(a..<z)
            a = z
        }
        return out
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
            if j < 0 { toks[t].flags.insert(.sentStart) } else {
                let c = b[j]
                if c == 0x0A || c == 0x0D || c == 0x2E || c == 0x21 || c == 0x3F || c == 0x3A { toks[t].flags.insert(.sentStart) }
                if c >= 0x80 {
                    let p = text.previousScalarStart(j + 1)
                    let (sc, _) = text.scalar(at: p)
                    // "…." or a closing quote after a full stop.
                    if sc == "\u{201D}" || sc == "\u{2019}", p > 0, b[p - 1] == 0x2E { toks[t].flags.insert(.sentStart) }
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
                let next = t + 1 < count ? s(t + 1) : min(b.count, e(t) + 64)
                var close = false
                var sep = false
                var q = e(t)
                while q < next {
                    let c = b[q]
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
    static let toldHash: UInt64 = { let w = Array("told".utf8); return NameHash.add(NameHash.start, w, 0..<w.count) }()
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
        // Shouted datelines and headlines ("NEW YORK", "MOSCOW") match in title case.
        if has(t, .allCaps), e(t) - s(t) > 3 || (t + 1 < count && has(t + 1, .allCaps) && toks[t].gap == .space),
           let g = gazetteerTitleCase(at: t) {
            return g
        }
        let maxLen = k.maxLength(firstTokenHash: hash(t))
        guard maxLen > 0 else { return nil }
        var h = hash(t)
        var best: (Int, Int32)?
        if let e = k.entry(hash: h) { best = (1, e) }
        var u = t
        var n = 1
        while n < maxLen, u + 1 < count {
            let g = toks[u].gap
            if g == .other || g == .end { break }
            h = NameHash.gap(h, g)
            h = NameHash.add(h, b, s(u + 1)..<e(u + 1))
            u += 1
            n += 1
            if let e = k.entry(hash: h) { best = (n, e) }
        }
        return best
    }

    /// The hash of token `t` with every ASCII letter after the first lowercased.
    func titleHash(_ t: Int) -> UInt64 {
        var h = NameHash.start
        var i = s(t)
        let z = e(t)
        var first = true
        while i < z {
            var c = b[i]
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
        let maxLen = k.maxLength(firstTokenHash: h)
        guard maxLen > 0 else { return nil }
        var best: (Int, Int32)?
        if let e = k.entry(hash: h) { best = (1, e) }
        var u = t
        var n = 1
        while n < maxLen, u + 1 < count, has(u + 1, .allCaps) {
            let g = toks[u].gap
            if g == .other || g == .end { break }
            h = NameHash.gap(h, g)
            // Continue the running hash with the next word in title case.
            var i = s(u + 1)
            var first = true
            while i < e(u + 1) {
                var c = b[i]
                if !first && c >= 0x41 && c <= 0x5A { c |= 0x20 }
                first = false
                h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01B3
                i += 1
            }
            u += 1
            n += 1
            if let e = k.entry(hash: h) { best = (n, e) }
        }
        // Acronyms stay acronyms: "NATO" must not become "Nato", except a wire dateline
        // ("KYIV, Ukraine (AP) —", "BAKU, Jan 3 (Reuters) -").
        if let b0 = best, b0.0 == 1, e(t) - s(t) <= 5, !isDateline(t) { return nil }
        return best
    }

    /// True for an all-caps word that starts a line and is followed by a comma and a capitalized
    /// word: the place line of a wire dateline.
    func isDateline(_ t: Int) -> Bool {
        let a = s(t)
        guard a == 0 || b[a - 1] == 0x0A, e(t) + 2 < b.count, b[e(t)] == 0x2C, b[e(t) + 1] == 0x20 else { return false }
        let c = b[e(t) + 2]
        return c >= 0x41 && c <= 0x5A
    }

    /// True for a four-digit year token (1800–2099) that is not part of a dotted or longer number.
    func isYear(_ t: Int) -> Bool {
        guard has(t, .digitFirst), !has(t, .hasDot), e(t) - s(t) == 4 else { return false }
        let c0 = b[s(t)], c1 = b[s(t) + 1]
        guard (c0 == 0x31 && c1 == 0x38) || (c0 == 0x31 && c1 == 0x39) || (c0 == 0x32 && c1 == 0x30) else { return false }
        for i in s(t)..<e(t) where b[i] < 0x30 || b[i] > 0x39 { return false }
        return true
    }

    /// True when a known place or nationality word starts at token `t` (a list item, not the
    /// continuation of an organization's name).
    func startsKnownNonOrg(_ t: Int) -> Bool {
        guard let g = gazetteer(at: t) else { return false }
        let ty = k.entries[Int(g.1)].type
        // A nationality word only when it modifies a noun ("and Chinese lenders"); a plural
        // one can end a party name ("Bloc of Communists and Socialists").
        let z = t + g.0
        return ty == .place || (ty == .norp && z < count && toks[z - 1].gap == .space && has(z, .lower))
    }

    @inline(__always) func isRole(_ t: Int) -> Bool { lex(t, .roles) }
    @inline(__always) func isOrgHead(_ t: Int) -> Bool { lex(t, .orgHeads) }
    @inline(__always) func isEventHead(_ t: Int) -> Bool { lex(t, .eventHeads) }
    @inline(__always) func isMediaHead(_ t: Int) -> Bool { lex(t, .mediaHeads) }
    @inline(__always) func isPlaceHead(_ t: Int) -> Bool { lex(t, .placeHeads) }
    @inline(__always) func isDocHead(_ t: Int) -> Bool { lex(t, .documentHeads) }
    @inline(__always) func isMonthOrDay(_ t: Int) -> Bool {
        lex(t, .months) || lex(t, .weekdays)
    }
    @inline(__always) func anyHead(_ t: Int) -> Bool {
        isOrgHead(t) || isEventHead(t) || isMediaHead(t) || isPlaceHead(t) || isDocHead(t)
    }

    /// True for a one-letter capital followed by a period ("W." in "W. Athey").
    @inline(__always) func isInitial(_ t: Int) -> Bool {
        toks[t].len == 1 && has(t, .cap) && toks[t].gap == .period
    }

    /// True when the capitalized words from `v` (joined by spaces) end in an event or
    /// organization head: then an en dash before `v` is inside one name.
    func enDashJoinsOneName(from v: Int) -> Bool {
        var w = v
        while w < count, has(w, .cap) {
            if isEventHead(w) || isOrgHead(w) { return true }
            guard toks[w].gap == .space || toks[w].gap == .hyphen, w + 1 < count else { break }
            w += 1
        }
        return false
    }

    /// The capitalized run starting at `t`: tokens joined by spaces and hyphens, with lowercase
    /// connectors allowed after a head word ("Ministry of Defense") and possessives before a
    /// head ("People’s Council"). Returns the exclusive end token.
    func runEnd(from t: Int) -> Int {
        var u = t
        var afterHead = anyHead(t) || lex(t, .placePrefixes) || lex(t, .eventPrefixes)
        // In a title every word is capitalized: lowercase connectors there are not part of names.
        let inTitle = has(t, .title)
        if inTitle { afterHead = false }
        while u + 1 < count {
            let g = toks[u].gap
            let v = u + 1
            if g == .space || g == .hyphen || g == .enDash || g == .slash {
                // "Mazar-i-Sharif", "Komsomolsk-on-Amur": a short lowercase link between hyphens.
                if g == .hyphen, has(v, .lower), e(v) - s(v) <= 4, toks[v].gap == .hyphen, v + 1 < count, has(v + 1, .cap) {
                    u = v + 1
                    continue
                }
                if nameLike(v) && !isMonthOrDay(v) && !has(v, .sentStart) {
                    if (g == .hyphen || g == .enDash) && !has(v, .cap) { break }
                    // Common capitalized words ("Volume", "Issue") do not continue a name.
                    if lex(v, .breakers) && !anyHead(v) && !inTitle { break }
                    // Designations ("Air Force B-52s") are not part of a name.
                    if e(v) - s(v) <= 2, toks[v].gap == .hyphen, v + 1 < count, has(v + 1, .digitFirst) { break }
                    // An en dash joins two names ("Central Asia–China") unless the whole ends in
                    // an event or organization head ("China–Central Asia Summit").
                    if g == .enDash && !enDashJoinsOneName(from: v) { break }
                    u = v
                    if anyHead(v) && !inTitle { afterHead = true }
                    continue
                }
                // Digits after a hyphen: exercise names like "Kavkaz-2020", "Three Brothers-2021".
                if g == .hyphen, isYear(v), !has(u, .allCaps), !inTitle || u == t {
                    u = v
                    break
                }
                // A year after two or more name words, then punctuation: "Trident Juncture 2018,".
                // An event head takes its year anywhere: "the Expo 2027 in Belgrade".
                if g == .space, u > t || isEventHead(t), isYear(v), !inTitle, !has(u, .allCaps),
                   (u == t && isEventHead(t)) || ((toks[v].gap == .other || toks[v].gap == .end)
                   && e(v) < b.count && (b[e(v)] == 0x2C || b[e(v)] == 0x2E || b[e(v)] == 0x29 || b[e(v)] == 0x3B)) {
                    u = v
                    break
                }
                // A connector inside an organization or place name.
                // "and" after a complete head-terminated name starts a list ("the Development Bank
                // and Chinese lenders", "the United Arab Emirates and Egypt").
                let listAnd = hash(v) == Self.andHash && (anyHead(u) || (v + 1 < count && startsKnownNonOrg(v + 1)))
                if g == .space, afterHead, !listAnd, lex(v, .connectors), v + 1 < count,
                   toks[v].gap == .space, hash(v) != Lexicon.inHash || lex(u, .inHeads) {
                    var w = v + 1
                    // "of the X"
                    if hash(w) == Self.theHash, w + 1 < count, toks[w].gap == .space { w += 1 }
                    if nameLike(w) && !isMonthOrDay(w) && (hash(w - 1) != Self.theHash || hash(v) != Self.andHash)
                        && !(toks[w].gap == .possessive && !(w + 1 < count && (isOrgHead(w + 1) || isEventHead(w + 1)))) {
                        u = w
                        // "Co-operation": a lowercase hyphenated tail inside a connected name.
                        if toks[u].gap == .hyphen, u + 1 < count, has(u + 1, .lower), u + 2 < count,
                           toks[u + 1].gap == .space, lex(u + 2, .connectors) {
                            u += 1
                        }
                        continue
                    }
                }
                // "Road and Bridge Corporation": "and" inside a name that ends in an organization head.
                if g == .space, !inTitle, hash(v) == Self.andHash, v + 1 < count, toks[v].gap == .space {
                    var w = v + 1
                    while w < count, has(w, .cap), !has(w, .sentStart) {
                        if isOrgHead(w) { break }
                        if toks[w].gap != .space { break }
                        w += 1
                    }
                    // One word before "and" is more often a list ("Innopac and Mobil Corp").
                    let before = u == t || (gazetteer(at: t).map { t + $0.0 - 1 >= u } ?? false)
                    let after = gazetteer(at: v + 1).map { v + $0.0 >= w } ?? false
                    if w < count, isOrgHead(w), has(w, .cap), !before, !after { u = w; afterHead = true; continue }
                }
                // Name particles: "Ursula von der Leyen".
                if g == .space, lex(v, .nameParticles), v + 1 < count, toks[v].gap == .space || toks[v].gap == .hyphen {
                    var w = v + 1
                    if lex(w, .nameParticles), w + 1 < count, toks[w].gap == .space { w += 1 }
                    // "Fayez al-Sarraj": a particle hyphenated to a capitalized word is a name
                    // even when the given name is unknown.
                    let hyphenParticle = w == v + 1 && toks[v].gap == .hyphen
                    let cued = t > 0 && toks[t - 1].gap == .space && (lex(t - 1, .roleHeads) || lex(t - 1, .personCues))
                    if has(w, .cap), !anyHead(w), k.isGivenName(hash: hash(t)) || hyphenParticle || cued {
                        u = w
                        continue
                    }
                }
                break
            }
            // "Douglas & Lomason Co", "Procter & Gamble": an ampersand joins a firm's name.
            if !inTitle, isAmpersandGap(u), has(v, .cap), !has(v, .sentStart) {
                u = v
                continue
            }
            // An initial: "W. Athey", "George W. Bush".
            // The initial starts the name or follows a given name; a known place or outlet after
            // the period is a new sentence ("Line D. Moscow…").
            if g == .period, isInitial(u), has(v, .cap), !has(v, .allCaps), !lex(v, .breakers),
               u == t || k.isGivenName(hash: hash(u - 1)),
               gazetteer(at: v).map({ k.entries[Int($0.1)].type == .person }) ?? true {
                u = v
                continue
            }
            // "People’s Council" is one name; "Chisinau’s Court of Appeal" is a place and a court.
            if g == .possessive, !inTitle, nameLike(v), isOrgHead(v) || isEventHead(v),
               !(u == t && gazetteer(at: t).map { k.entries[Int($0.1)].type == .place && $0.0 == 1 } == true) {
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
        collectLowercase()
        let parts = chunks()
        var out: [Found] = []
        // What the second pass must look at, as byte positions (token arrays are per chunk):
        // unresolved runs and isolated unknown words, in text order.
        var deferredBytes: [(Int32, Int32)] = []
        var candidates: [Int32] = []
        var deferred: [(Int, Int)] = []
        for r in parts {
            tokenize(r)
            let chunkFirst = out.count
            deferred.removeAll(keepingCapacity: true)
            var t = 0
            while t < count {
                guard nameLike(t) || has(t, .digitFirst) && has(t, .domain) else { t += 1; continue }
                let next = decide(at: t, into: &out, deferred: &deferred)
                t = max(next, t + 1)
            }
            for (a, z) in deferred { deferredBytes.append((Int32(truncatingIfNeeded: s(a)), Int32(truncatingIfNeeded: e(z - 1)))) }
            collectContextCandidates(out, from: chunkFirst, into: &candidates)
        }
        // Document-level evidence: names seen, people's surnames.
        var seen = HashMap64(capacity: 1024)
        var surnames = HashMap64(capacity: 256)
        let types = EntityType.allCases
        for f in out {
            seen.set(NameHash.add(NameHash.start, b, f.bytes), Int32(types.firstIndex(of: f.type) ?? 0))
            if f.type == .person && f.tokens >= 2 {
                var j = f.bytes.upperBound - 1
                while j > f.bytes.lowerBound, b[j] != 0x20 { j -= 1 }
                surnames.set(NameHash.add(NameHash.start, b, (b[j] == 0x20 ? j + 1 : j)..<f.bytes.upperBound), 0)
            }
        }
        // A company's short name ("Innopac" after "Innopac Inc") is that company.
        var shortNames = HashMap64(capacity: 64)
        for f in out where f.type == .org && f.tokens >= 2 {
            // "Ratners Group PLC" → "Ratners Group" → "Ratners".
            var r = f.bytes
            while let shorter = Self.withoutCorporateSuffix(b, r) {
                shortNames.set(NameHash.add(NameHash.start, b, shorter), 1)
                r = shorter
            }
        }
        if shortNames.count > 0 {
            for i in out.indices where out[i].type != .org && (out[i].entry == nil || k.entries[Int(out[i].entry!)].isMinorPlace) {
                if shortNames.contains(NameHash.add(NameHash.start, b, out[i].bytes)) {
                    out[i].type = .org
                    out[i].entry = nil
                }
            }
        }
        // An unknown name the article also cites as a source is an outlet ("the monitoring group
        // Flagstok" … "(Flagstok, August 17)").
        if !sourceRanges.isEmpty {
            var sources = HashMap64(capacity: 64)
            for r in sourceRanges where r.upperBound <= b.count { sources.set(NameHash.add(NameHash.start, b, r), 1) }
            for i in out.indices where out[i].entry == nil && (out[i].type == .org || out[i].type == .person) {
                if sources.contains(NameHash.add(NameHash.start, b, out[i].bytes)) { out[i].type = .media }
            }
        }
        // A minor place name that is the surname of a person in the article is that person.
        for i in out.indices where out[i].tokens == 1 && out[i].type == .place {
            if let e = out[i].entry, k.entries[Int(e)].isMinorPlace,
               surnames.contains(NameHash.add(NameHash.start, b, out[i].bytes)) {
                out[i].type = .person
                out[i].entry = nil
            }
        }
        // Second pass: isolated unknown words, then sentence-initial runs (which may take a type
        // the first step found: "Wagner fighters" … "Wagner has since left"), each re-tokenized
        // only in a window of text around it (most of the text needs no second look).
        var added: [Found] = []
        var m = 0
        var ci = 0
        for w in Self.windows(b, [], candidates.map { Int($0) }) {
            while m < out.count && out[m].bytes.lowerBound < w.lowerBound { m += 1 }
            var m2 = m
            while m2 < out.count && out[m2].bytes.lowerBound < w.upperBound { m2 += 1 }
            let c0 = ci
            while ci < candidates.count, Int(candidates[ci]) < w.upperBound { ci += 1 }
            tokenize(w)
            let more = resolveByContext(Array(out[m..<m2]), only: candidates[c0..<ci], surnames: surnames, shortNames: shortNames, seen: seen)
            for f in more {
                let h = NameHash.add(NameHash.start, b, f.bytes)
                if seen.get(h) == nil { seen.set(h, Int32(types.firstIndex(of: f.type) ?? 0)) }
            }
            added.append(contentsOf: more)
            m = m2
        }
        var di = 0
        for w in Self.windows(b, deferredBytes.map { Int($0.0) }, []) {
            tokenize(w)
            // Unresolved runs inside the window, as token ranges of this tokenization.
            var d: [(Int, Int)] = []
            while di < deferredBytes.count, Int(deferredBytes[di].0) < w.upperBound {
                if let a = tokenIndex(startingAt: Int(deferredBytes[di].0)), let z = tokenIndex(endingAt: Int(deferredBytes[di].1), from: a) {
                    d.append((a, z + 1))
                }
                di += 1
            }
            if !d.isEmpty { added.append(contentsOf: resolveDeferred(d, seen: seen, surnames: surnames)) }
        }
        if !added.isEmpty {
            added.sort { $0.bytes.lowerBound < $1.bytes.lowerBound }
            // The two steps look at disjoint words; keep the first of any overlap all the same.
            var kept: [Found] = []
            kept.reserveCapacity(added.count)
            for f in added where kept.last.map({ $0.bytes.upperBound <= f.bytes.lowerBound }) ?? true { kept.append(f) }
            added = kept
        }
        if !added.isEmpty {
            added.sort { $0.bytes.lowerBound < $1.bytes.lowerBound }
            out = Self.merge(out, added)
        }
        for i in out.indices where isDottedAbbreviation(out[i].bytes) { out[i].bytes = out[i].bytes.lowerBound..<(out[i].bytes.upperBound + 1) }
        return out
    }

    /// The range of an organization name without its trailing legal-form word ("Innopac Inc"
    /// → "Innopac"), or nil when it has none.
    static func withoutCorporateSuffix(_ b: [UInt8], _ r: Range<Int>) -> Range<Int>? {
        var j = r.upperBound
        while j > r.lowerBound, b[j - 1] != 0x20 { j -= 1 }
        guard j > r.lowerBound + 1 else { return nil }
        let last = NameHash.add(NameHash.start, b, j..<r.upperBound)
        guard Lexicon.cls(last).contains(.corpSuffixes) else { return nil }
        return r.lowerBound..<(j - 1)
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

    /// The tagger's type for exactly the byte range `r` (PER/LOC/ORG with high confidence), or
    /// nil. It tags only the sentence around `r`, so the cost is paid only where rules ran out.
    func modelType(_ r: Range<Int>) -> EntityType? {
        guard let model, !insideQuotation(r.lowerBound) else { return nil }
        var a = r.lowerBound
        var z = r.upperBound
        let lo = max(0, a - 400)
        let hi = min(b.count, z + 400)
        while a > lo, !(b[a - 1] == 0x0A || (b[a - 1] == 0x20 && a >= 2 && b[a - 2] == 0x2E)) { a -= 1 }
        while z < hi, !(b[z] == 0x0A || (b[z] == 0x2E && (z + 1 >= b.count || b[z + 1] == 0x20 || b[z + 1] == 0x0A))) { z += 1 }
        for span in model.tag(text, bytes: a..<z) where span.bytes == r && span.confidence >= Self.modelThreshold {
            switch span.label {
            case .person: return .person
            case .location: return .place
            case .organization: return .org
            case .misc: return nil
            }
        }
        return nil
    }

    /// True when byte `a` follows an opening curly quote with no closing one in between (within
    /// 200 bytes): quoted titles capitalize common words, which fools the tagger.
    func insideQuotation(_ a: Int) -> Bool {
        var i = a - 1
        let lo = max(2, a - 200)
        while i >= lo {
            if b[i - 2] == 0xE2 && b[i - 1] == 0x80 {
                if b[i] == 0x9D { return false }
                if b[i] == 0x9C { return true }
            }
            if b[i] == 0x0A { return false }
            i -= 1
        }
        return false
    }

    /// Appends the start of every word of the current chunk the context pass could decide:
    /// capitalized, mid-sentence, isolated, not a known common word, not inside a mention.
    func collectContextCandidates(_ out: [Found], from first: Int, into list: inout [Int32]) {
        var m = first
        for t in 0..<count where has(t, .cap) && !has(t, .sentStart) && !has(t, .title) {
            while m < out.count && out[m].bytes.upperBound <= s(t) { m += 1 }
            if m < out.count && out[m].bytes.lowerBound <= s(t) { continue }
            if isContextCandidate(t) { list.append(Int32(truncatingIfNeeded: s(t))) }
        }
    }

    /// Byte windows around the sorted positions in `a` and `c` (about 240 bytes each side,
    /// cut at spaces or line breaks so every window starts and ends between words), merged
    /// where they overlap.
    static func windows(_ b: [UInt8], _ a: [Int], _ c: [Int], maxWindow: Int = 1 << 16) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        var j = 0
        let n = b.count
        while i < a.count || j < c.count {
            let p: Int
            if j >= c.count || (i < a.count && a[i] <= c[j]) { p = a[i]; i += 1 } else { p = c[j]; j += 1 }
            var lo = max(0, p - 240)
            while lo < p, lo > 0, b[lo - 1] != 0x20 && b[lo - 1] != 0x0A { lo += 1 }
            var hi = min(n, p + 400)
            while hi < n, b[hi] != 0x20 && b[hi] != 0x0A { hi += 1 }
            // Windows that touch merge, up to a size that keeps the token buffer small: in text
            // dense with names they would otherwise grow into one window over the whole input.
            if let last = out.last, lo <= last.upperBound, max(last.upperBound, hi) - last.lowerBound <= maxWindow {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, hi)
            } else {
                out.append(lo..<hi)
            }
        }
        return out
    }

    /// The index of the token starting at byte `a` (binary search), or nil.
    func tokenIndex(startingAt a: Int) -> Int? {
        var lo = 0
        var hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if s(mid) < a { lo = mid + 1 } else { hi = mid }
        }
        return lo < count && s(lo) == a ? lo : nil
    }

    /// The index of the token ending at byte `z`, searching forward from token `from`.
    func tokenIndex(endingAt z: Int, from: Int) -> Int? {
        var t = from
        while t < count, e(t) < z { t += 1 }
        return t < count && e(t) == z ? t : nil
    }

    /// The token-level conditions of the context pass.
    func isContextCandidate(_ t: Int) -> Bool {
        if e(t) - s(t) < 2 || has(t, .allCaps) || isMonthOrDay(t) || lex(t, .commonCapitalized) || seenLowercase(t) { return false }
        if anyHead(t) || isRole(t) { return false }
        if t > 0, toks[t - 1].gap == .space || toks[t - 1].gap == .hyphen, has(t - 1, .cap), hash(t - 1) != Self.theCapHash { return false }
        if t + 1 < count, toks[t].gap == .space || toks[t].gap == .hyphen, has(t + 1, .cap) { return false }
        return true
    }

    /// Second look with the whole document known: a minor place name that is the surname of a
    /// person in the article is that person ("Satpayev"); an unknown single capitalized word is
    /// a place before a place noun ("the Hakari bridge") or when coordinated with a place
    /// ("Kapustin Yar and Prudboi"), and a person when it is the surname of one.
    func resolveByContext(_ out: [Found], only: ArraySlice<Int32>, surnames: HashMap64, shortNames: HashMap64, seen: HashMap64) -> [Found] {
        let types = EntityType.allCases
        // Unknown single words mid-sentence, only those the first pass found isolated (the
        // window's edges lack context).
        var added: [Found] = []
        var m = 0
        var k = only.startIndex
        for t in 0..<count where has(t, .cap) && !has(t, .sentStart) && !has(t, .title) {
            while k < only.endIndex && Int(only[k]) < s(t) { k += 1 }
            guard k < only.endIndex, Int(only[k]) == s(t) else { continue }
            while m < out.count && out[m].bytes.upperBound <= s(t) { m += 1 }
            if m < out.count && out[m].bytes.lowerBound <= s(t) { continue }
            // Only isolated words: neighbours joined by a space or hyphen are not capitalized.
            if !isContextCandidate(t) { continue }
            let h = hash(t)
            var type: EntityType?
            if shortNames.contains(h) { type = .org }
            // The same word was recognized elsewhere in the article ("told Rzeczpospolita" and
            // later "(Rzeczpospolita, July 4)").
            else if let ty = seen.get(h) { type = types[Int(ty)] }
            else if surnames.contains(h) { type = .person }
            else if placeNounFollows(t) { type = .place }
            // "the Danube port of Izmail", "the former German city of Königsberg".
            else if t >= 2, toks[t - 1].gap == .space, toks[t - 2].gap == .space, hash(t - 1) == Self.ofHash,
                    has(t - 2, .lower), lex(t - 2, .placeCueNouns) { type = .place }
            // "a Grodno-born researcher", "a Comrat-based journalist".
            else if t + 1 < count, toks[t].gap == .hyphen, has(t + 1, .lower), lex(t + 1, .placeOrigins) { type = .place }
            // "Wagner fighters", "Gazprom executives".
            else if t + 1 < count, toks[t].gap == .space, has(t + 1, .lower), lex(t + 1, .orgMembers) { type = .org }
            else if hasCompanySuffix(t) { type = .org }
            else if t > 0, toks[t - 1].gap == .space, has(t - 1, .lower), lex(t - 1, .mediaNouns) { type = .media }
            else if t > 0, toks[t - 1].gap == .space, has(t - 1, .lower), lex(t - 1, .orgNouns) { type = .org }
            else if mediaNounFollows(t + 1) { type = .media }
            else if t + 1 < count, toks[t].gap == .space, has(t + 1, .lower), lex(t + 1, .orgNouns) { type = .org }
            else if orgAfterPeopleAt(t) { type = .org }
            else if let c = coordinatedType(t, out, m) { type = c }
            // "a Steinmeier-type arrangement", "Brezhnev-era": eponyms are people.
            else if t + 1 < count, toks[t].gap == .hyphen, has(t + 1, .lower), lex(t + 1, .eponymTails) { type = .person }
            // A single unknown word after a locative preposition is a place ("in Prudboi").
            else if t > 0, toks[t - 1].gap == .space, lex(t - 1, .locatives) { type = .place }
            // Where rules run out, the learned tagger may know the word ("a Steinmeier-type plan").
            else if let ty = modelType(s(t)..<e(t)) { type = ty }
            if let type {
                added.append(Found(bytes: s(t)..<e(t), type: type, entry: nil, tokens: 1))
            }
        }
        return added
    }

    /// True for "analysts at X", "experts from X": X is where people work, an organization.
    func orgAfterPeopleAt(_ t: Int) -> Bool {
        guard t >= 2, toks[t - 1].gap == .space, toks[t - 2].gap == .space else { return false }
        let w = hash(t - 1)
        guard w == Self.atHash || w == Self.fromHash else { return false }
        return lex(t - 2, .personCues) && has(t - 2, .lower)
    }

    /// True when a role or cue word precedes token `t` or a reporting verb follows it.
    func isPersonContext(_ t: Int) -> Bool {
        if t > 0, toks[t - 1].gap == .space, lex(t - 1, .roleHeads) || lex(t - 1, .personCues) {
            return true
        }
        if t + 1 < count, toks[t].gap == .space, lex(t + 1, .reportingVerbs), has(t + 1, .lower) {
            return true
        }
        return false
    }

    /// True when ", a|an|the <lowercase>" follows token end-1: an apposition describing a person.
    func appositionFollows(_ end: Int) -> Bool {
        guard end < count, end + 1 < count, end >= 1 else { return false }
        guard e(end - 1) < b.count, b[e(end - 1)] == 0x2C else { return false }
        let w = hash(end)
        // ", who heads…" describes a person too.
        if w == Self.whoHash { return true }
        if let a = appositionType(end) { return a == .person }
        guard w == Self.theHash || w == Self.aHash || w == Self.anHash else { return false }
        return has(end + 1, .lower) || lex(end + 1, .personCues)
    }

    /// The type an apposition after the run gives it: ", the Moldovan state energy trader," →
    /// ORG, ", a local weekly" → MEDIA, ", a Comrat-based journalist" / ", head of …" → PERSON.
    /// The head noun is the last word before punctuation or a connector ("of", "who").
    func appositionType(_ end: Int) -> EntityType? {
        guard end >= 1, end < count, e(end - 1) < b.count, b[e(end - 1)] == 0x2C else { return nil }
        var w = end
        let h0 = hash(w)
        if h0 == Self.theHash || h0 == Self.aHash || h0 == Self.anHash { w += 1 }
        // Without an article the description starts in lowercase (", head of …"), not with a
        // name (a sign-off: "Karyn Coleman, BBC news, Pristina").
        else if !has(w, .lower) { return nil }
        let first = w
        var head = -1
        var n = 0
        while w < count, n < 6 {
            if w > first, has(w, .lower), lex(w, .connectors) || hash(w) == Self.whoHash || hash(w) == Self.thatHash || hash(w) == Self.whichHash {
                head = w - 1
                break
            }
            if isMonthOrDay(w) || has(w, .digitFirst) { return nil }
            let g = toks[w].gap
            // "the company’s president": the possessor is not the head.
            if g != .space && g != .hyphen && g != .possessive { head = w; break }
            w += 1
            n += 1
        }
        guard head >= first, has(head, .lower) else { return nil }
        if lex(head, .personCues) { return .person }
        if lex(head, .mediaNouns) { return .media }
        if lex(head, .orgNouns) || lex(head, .appositionOrgNouns) { return .org }
        return nil
    }

    /// True when "news agency", "newspaper", "daily"… follows the run (not "news" alone).
    func mediaNounFollows(_ end: Int) -> Bool {
        guard end < count, end >= 1, toks[end - 1].gap == .space, has(end, .lower), lex(end, .mediaNouns) else { return false }
        // "news" only with "agency"/"outlet"/"site" after it ("Reuters news" is ambiguous).
        if b[s(end)..<e(end)].elementsEqual("news".utf8) {
            return end + 1 < count && toks[end].gap == .space && has(end + 1, .lower)
                && (lex(end + 1, .mediaNouns) || lex(end + 1, .orgNouns))
        }
        // "the Sulina channel" is a waterway as often as a broadcaster.
        if b[s(end)..<e(end)].elementsEqual("channel".utf8) { return false }
        // "daily"/"weekly" are adjectives before another noun ("a Kremlin weekly briefing").
        if b[s(end)..<e(end)].elementsEqual("daily".utf8) || b[s(end)..<e(end)].elementsEqual("weekly".utf8) {
            return !(end + 1 < count && toks[end].gap == .space && has(end + 1, .lower))
        }
        return true
    }

    /// True for the parenthesized credit of a wire dateline: "(Reuters) -", "(AP) —" on a line
    /// that starts with an all-caps place.
    func isDatelineCredit(_ t: Int, _ end: Int) -> Bool {
        let a = s(t)
        let z = e(end - 1)
        guard a >= 2, b[a - 1] == 0x28, z + 2 < b.count, b[z] == 0x29, b[z + 1] == 0x20 else { return false }
        let c = b[z + 2]
        // "-", or an en/em dash (E2 80 93/94).
        guard c == 0x2D || (c == 0xE2 && z + 4 < b.count && b[z + 3] == 0x80 && (b[z + 4] == 0x93 || b[z + 4] == 0x94)) else { return false }
        var i = a - 1
        while i > 0, b[i - 1] != 0x0A { i -= 1 }
        // The line starts with two or more capital letters: "ANKARA", "KYIV".
        return i + 1 < b.count && b[i] >= 0x41 && b[i] <= 0x5A && b[i + 1] >= 0x41 && b[i + 1] <= 0x5A && a - i < 80
    }

    /// True when a lowercase event noun follows the run ("the Iron Wolf exercise").
    func eventNounFollows(_ end: Int) -> Bool {
        guard end < count, end >= 1, toks[end - 1].gap == .space, has(end, .lower) else { return false }
        return lex(end, .eventNouns)
    }

    /// True when the run stands in apposition after an event noun ("its own exercise, Joint Efforts").
    func eventNounBefore(_ t: Int) -> Bool {
        guard t >= 1, b[e(t - 1)] == 0x2C, has(t - 1, .lower) else { return false }
        return lex(t - 1, .eventNouns)
    }

    /// True when a place noun follows within two lowercase words ("Anaklia deep-sea port").
    func placeNounFollows(_ t: Int) -> Bool {
        var u = t
        var n = 0
        while n < 3, u + 1 < count, toks[u].gap == .space || toks[u].gap == .hyphen, has(u + 1, .lower) {
            // "Sobol from the city ballot": a preposition or article ends the noun phrase.
            if lex(u + 1, .connectors) || lex(u + 1, .locatives) || hash(u + 1) == Self.aHash { return false }
            let afterHyphen = toks[u].gap == .hyphen
            u += 1
            n += 1
            // "intermediate-range missile": a cue word inside a hyphenated modifier is not the noun.
            if lex(u, .placeCueNouns) && !afterHyphen && (u + 1 >= count || toks[u].gap != .hyphen) { return true }
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
            out.append(Found(bytes: s(t)..<e(t), type: .media, entry: k.entry(hash: hash(t)), tokens: 1))
            return t + 1
        }
        guard has(t, .cap) else { return t + 1 }
        let weak = has(t, .sentStart) || has(t, .title)
        // "The", "In", "However"… at a sentence start: look at the next word on its own.
        if weak && lex(t, .commonCapitalized) && gazetteer(at: t) == nil { return t + 1 }
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
                if weak && gk == 1 && lex(t, .commonCapitalized) && !cite {
                    return t + 1
                }
                var type = entry.type
                if cite && sourceItemEnds(t + gk) { type = .media }
                // "President Bush", "Bush said": a minor place name used as a surname.
                // "a spokesman in Benghazi said": a locative keeps the place.
                if entry.isMinorPlace, gk == 1, isPersonContext(t),
                   !(t > 0 && toks[t - 1].gap == .space && has(t - 1, .lower) && lex(t - 1, .locatives)) {
                    type = .person
                }
                // A minor place that is also a given name ("Martin") needs a place context.
                if entry.isMinorPlace, gk == 1, k.isGivenName(hash: hash(t)),
                   !(t > 0 && toks[t - 1].gap == .space && lex(t - 1, .locatives)) {
                    return t + 1
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
            // "the North-South Transport Corridor": a run after "the" was judged whole.
            if stop > t + 1, afterArticle(t), !has(t, .title) { return stop }
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

    /// Merges two lists sorted by position.
    static func merge(_ a: [Found], _ c: [Found]) -> [Found] {
        var out: [Found] = []
        out.reserveCapacity(a.count + c.count)
        var i = 0
        var j = 0
        while i < a.count || j < c.count {
            if j >= c.count || (i < a.count && a[i].bytes.lowerBound <= c[j].bytes.lowerBound) {
                out.append(a[i]); i += 1
            } else {
                out.append(c[j]); j += 1
            }
        }
        return out
    }

    /// True when the byte offset lies in a source span reported by the citation stage.
    func inSource(_ a: Int) -> Bool { Self.contains(sourceRanges, a) }

    /// True when `a` lies in one of the sorted, non-overlapping `ranges` (binary search).
    static func contains(_ ranges: [Range<Int>], _ a: Int) -> Bool {
        var lo = 0
        var hi = ranges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[mid].upperBound <= a { lo = mid + 1 } else { hi = mid }
        }
        return lo < ranges.count && ranges[lo].contains(a)
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
            // "Expert-Grup": a role word hyphenated to a capitalized word is part of a name.
            // "John Major", "Billie Jean King": a role word after a name, ending the run, is a surname.
            let surnameLike = u > t && u == end - 1 && !isRole(u - 1) && (k.isGivenName(hash: hash(t)) || u - t >= 2)
            if lex(u, .roleHeads), !(toks[u].gap == .hyphen && u + 1 < end), !surnameLike {
                let nextIsHead = u + 1 < end && (isOrgHead(u + 1) || isEventHead(u + 1) || isMediaHead(u + 1))
                if !nextIsHead {
                    var a = u
                    while a > t, isRole(a - 1), !isOrgHead(a - 1) { a -= 1 }
                    var r = u + 1
                    while r < end, lex(r, .roleHeads) { r += 1 }
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
        // "Zapad-2025", "Kavkaz-2020": a name with a year is an exercise or games.
        if last == t + gk, isYear(last) { return true }
        // A place before an organization or event name with a connector: "Vilnius Institute for
        // Policy Analysis", "Minsk International Conference on Eurasian Security".
        if entry.type == .place || entry.type == .norp, t + gk < end {
            var x = t + gk
            while x < end, has(x, .cap) {
                if (isOrgHead(x) || isEventHead(x)) && x + 1 < end && has(x + 1, .lower) { return true }
                x += 1
            }
        }
        // "Georgian Dream" is known; "Ukrainian Navy", "China–Central Asia Summit": head-terminated.
        if isOrgHead(last) || isEventHead(last) || isMediaHead(last) || isPlaceHead(last) {
            // But not when the known name itself ends the run's name part and the rest is a second name.
            if isDocHead(last) { return false }
            return true
        }
        // A nationality word and an unknown capitalized word make one name: "Georgian Dream".
        if entry.type == .norp, gk == 1, end - t == 2, toks[t].gap == .space, gazetteer(at: t + 1) == nil,
           !k.isGivenName(hash: hash(t + 1)), !lex(t + 1, .commonCapitalized), !seenLowercase(t + 1),
           !has(t + 1, .allCaps) {
            return true
        }
        // An apposition describes the whole run: "Zarya Okrainy, a local weekly,".
        if gk == 1, end - t >= 2, end - t <= 4, entry.type != .norp, entry.type != .person, appositionType(end) != nil,
           gazetteer(at: t + 1) == nil { return true }
        // A minor place that starts a person's name: "writer Dasha Litvinova", "Bela Korvinova".
        if entry.isMinorPlace, gk == 1, end - t == 2, toks[t].gap == .space, gazetteer(at: t + 1) == nil,
           hasSurnameSuffix(t + 1) || isPersonContext(t) {
            return true
        }
        // A connector continues the name: "Gulf of Finland".
        if t + gk < end, has(t + gk, .lower) { return true }
        // A given name that is also a place: "Ararat Mirzoyan", "Christian Danielsson".
        if gk == 1, k.isGivenName(hash: hash(t)), end - t <= 3, entry.type != .person {
            let tail = t + 1
            if gazetteer(at: tail) == nil && !anyHead(tail) { return true }
        }
        return false
    }

    /// Rules for a run with no knowledge match covering it: (type or nil, end token).
    func classifyRun(_ t: Int, _ end: Int, cite: Bool) -> (EntityType?, Int) {
        var last = end - 1
        // Exercise and games names with a year: "Kavkaz-2020", "Three Brothers-2021", "Trident Juncture 2018".
        if end - t >= 2, isYear(last), toks[last - 1].gap == .hyphen || end - t >= 3 || isEventHead(t) { return (.event, end) }
        if cite && sourceItemEnds(end) { return (.media, end) }
        // Firms joined by "&" ("Douglas & Lomason", "Ernst & Young").
        for y in t..<(end - 1) where isAmpersandGap(y) {
            if isMediaHead(last) { return (.media, end) }
            return (.org, end)
        }
        // "Government of National Accord": an organization head before the connector decides,
        // even when the name ends in a document word.
        if let h = headBeforeConnector(t, end), isOrgHead(h) { return (.org, end) }
        // Names of documents are not entities; names inside them still are.
        if isDocHead(last) || (isDocHead(t) && !(end - t >= 2 && k.isGivenName(hash: hash(t)))) { return (nil, t + 1) }
        if isEventHead(last) && end - t >= 2 { return (.event, end) }
        if isMediaHead(last) && end - t >= 2 { return (.media, end) }
        // "Northwestern Federal District": an administrative district is a place.
        if isOrgHead(last) && end - t >= 2 && lex(last - 1, .districtModifiers) && Self.isDistrict(b, s(last)..<e(last)) {
            return (.place, end)
        }
        if isOrgHead(last) && end - t >= 2 { return (.org, end) }
        if isPlaceHead(last) && end - t >= 2 { return (.place, end) }
        // An organization head inside the run followed by a name: "General Staff Valery Gerasimov".
        var y = t + 1
        while y < end - 1 {
            if isOrgHead(y) && !isOrgHead(y + 1) && has(y + 1, .cap) && k.isGivenName(hash: hash(y + 1)) {
                return (.org, y + 1)
            }
            y += 1
        }
        // Head-first names with a connector: "Ministry of Defense", "Sea of Azov", "Battle of Kursk".
        var connected = false
        for z in t..<end where has(z, .lower) { connected = true }
        if (end - t >= 3 && connected) || (end - t == 2 && lex(t, .placePrefixes)) {
            // The last head before the first connector names the kind ("Joint War Committee of …").
            if let h = headBeforeConnector(t, end) {
                if isOrgHead(h) { return (.org, end) }
                if isEventHead(h) { return (.event, end) }
            }
            var x = t
            while x < end - 1 {
                if isOrgHead(x) && x > t - 1 { return (.org, end) }
                if isEventHead(x) || lex(x, .eventPrefixes) { return (.event, end) }
                if lex(x, .placePrefixes) || isPlaceHead(x) { return (.place, end) }
                if isMediaHead(x) { return (.media, end) }
                x += 1
            }
        }
        // Outlets by the noun after them ("RIA news agency reported", "the Anadolu news agency"),
        // and the credit in a wire dateline ("ANKARA, Jan 14 (Reuters) -").
        if mediaNounFollows(end) || isDatelineCredit(t, end) { return (.media, end) }
        // "Operation Barbarossa", "Battle Stalingrad"-style names: an event word first.
        if end - t >= 2, lex(t, .eventPrefixes), !isOrgHead(t) { return (.event, end) }
        // An all-caps acronym: an organization unless it is a known outlet (handled above).
        if end - t == 1 && has(t, .allCaps) {
            if e(t) - s(t) <= 1 || lex(t, .nonNameAcronyms) { return (nil, end) }
            // A run of all-caps words is a shouted headline or dateline ("NEW YORK"), not acronyms.
            if t > 0, toks[t - 1].gap == .space, has(t - 1, .allCaps) { return (nil, end) }
            if t + 1 < count, toks[t].gap == .space, has(t + 1, .allCaps) { return (nil, end) }
            // "S-400", "B-52": designations, not names.
            if toks[t].gap == .hyphen, t + 1 < count, has(t + 1, .digitFirst) { return (nil, t + 2) }
            return (.org, end)
        }
        // A multi-word run named by the noun after it ("the joint Union Shield exercise").
        if end - t >= 2 && !lex(t, .breakers) {
            if eventNounFollows(end) { return (.event, end) }
            if end < count, toks[end - 1].gap == .space, has(end, .lower), lex(end, .orgNouns) { return (.org, end) }
        }
        if lex(t, .commonCapitalized) && end - t == 1 { return (nil, end) }
        // "the online portal New Era": an outlet noun before the run names it even when its
        // first word is common.
        if end - t >= 2, t > 0, toks[t - 1].gap == .space, has(t - 1, .lower), lex(t - 1, .mediaNouns), !has(t, .title) {
            return (.media, end)
        }
        // A run that starts with a common word is cut after it.
        if lex(t, .commonCapitalized) { return (nil, t + 1) }
        last = end - 1
        // An organization head inside the run followed by a name: "Security Council Askar Umarov".
        var x = t + 1
        while x < end - 1 {
            if isOrgHead(x) && !isOrgHead(x + 1) && (k.isGivenName(hash: hash(x + 1)) || end - x - 1 <= 2) {
                return (.org, x + 1)
            }
            x += 1
        }
        // Organizations and outlets by the noun after or before them: "the Ak Zhol party",
        // "the energy company KazTransGas", "analysts at Halyk Research".
        if end < count, toks[end - 1].gap == .space, has(end, .lower), lex(end, .orgNouns) { return (.org, end) }
        if t > 0, toks[t - 1].gap == .space, has(t - 1, .lower) {
            if lex(t - 1, .mediaNouns) { return (.media, end) }
            if lex(t - 1, .orgNouns) && !has(end - 1, .allCaps) || orgAfterPeopleAt(t) { return (.org, end) }
        }
        // Named events by their context: "the Iron Wolf exercise", "exercise, Joint Efforts,".
        if eventNounFollows(end) || eventNounBefore(t) { return (.event, end) }
        if placeNounFollows(end - 1) && !k.isGivenName(hash: hash(t)) { return (.place, end) }
        // "the Kapustin Yar and Prudboi ranges": the place noun after the coordinated name.
        if end + 1 < count, !k.isGivenName(hash: hash(t)), toks[end - 1].gap == .space, hash(end) == Self.andHash,
           toks[end].gap == .space, has(end + 1, .cap), placeNounFollows(end + 1) { return (.place, end) }
        // A nationality word and an unknown word: a party or movement ("Georgian Dream").
        if end - t == 2, !k.isGivenName(hash: hash(t)), let g = gazetteer(at: t), g.0 == 1,
           k.entries[Int(g.1)].type == .norp { return (.org, end) }
        // Party names in the plural: "Social Democrats", "Young Communists".
        if end - t >= 2, let g = gazetteer(at: end - 1), g.0 == 1, k.entries[Int(g.1)].type == .norp,
           k.entries[Int(g.1)].actor == nil, gazetteer(at: t) == nil {
            return (.org, end)
        }
        if let a = appositionType(end) { return (a, end) }
        // People have no acronyms: "Elektroprivreda Srbije (EPS)"; nor are they state-owned.
        if end - t >= 2, acronymFollows(end) { return (.org, end) }
        if t >= 2, toks[t - 1].gap == .space, toks[t - 2].gap == .hyphen, lex(t - 1, .ownershipTails) { return (.org, end) }
        // "the ferry line to Ust-Luga": a hyphenated pair after a locative is a place.
        if end - t == 2 || (end - t == 3 && has(t + 1, .lower)), toks[t].gap == .hyphen, toks[end - 2].gap == .hyphen,
           t > 0, toks[t - 1].gap == .space, has(t - 1, .lower), lex(t - 1, .locatives), !k.isGivenName(hash: hash(t)) {
            return (.place, end)
        }
        // People take no article ("the Kremlin has noticed", "the Halk Maslahaty"), and a run
        // ending in a nationality word is not a name ("the Karabakh Armenians").
        if end - t >= 2, let g = gazetteer(at: end - 1), g.0 == 1, k.entries[Int(g.1)].type == .norp { return (nil, t + 1) }
        // (In a title every word is capitalized, so only the first word is set aside there.)
        if afterArticle(t) { return (nil, has(t, .title) && end - t >= 2 ? t + 1 : end) }
        if end - t == 1, saidIts(end), !k.isGivenName(hash: hash(t)), !hasSurnameSuffix(t) { return (.org, end) }
        // "told Le Monde", "told Novaya Volna": a name told something, without a given name or a
        // surname ending, is an outlet in this genre.
        if end - t >= 2, t > 0, toks[t - 1].gap == .space, hash(t - 1) == Self.toldHash, !k.isGivenName(hash: hash(t)),
           !hasSurnameSuffix(end - 1), plainName(t, end) || lex(t, .nameParticles) {
            // The learned tagger, where loaded, knows many given names the list lacks.
            return (modelType(s(t)..<e(end - 1)) == .person ? .person : .media, end)
        }
        if isPersonLike(t, end) && plainName(t, end) { return (.person, end) }
        // "at Pleasant Grove, Utah.": without evidence of a person, a name followed by its
        // state or country is a place.
        if placeQualifierFollows(end) { return (.place, end) }
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

    /// The last head word before the first lowercase connector of the run, or nil when the run
    /// has no connector or no head before it.
    func headBeforeConnector(_ t: Int, _ end: Int) -> Int? {
        var x = t
        var head: Int?
        while x < end, has(x, .cap) {
            if isOrgHead(x) || isEventHead(x) || isMediaHead(x) || isPlaceHead(x) { head = x }
            x += 1
        }
        guard x < end, x > t, has(x, .lower), lex(x, .connectors) else { return nil }
        return head
    }

    /// True when the bytes spell "District".
    static func isDistrict(_ b: [UInt8], _ r: Range<Int>) -> Bool { b[r].elementsEqual("District".utf8) }

    /// True when " (ACRONYM)" follows the run ending before token `end`.
    func acronymFollows(_ end: Int) -> Bool {
        guard end < count, end >= 1, has(end, .allCaps), !lex(end, .nonNameAcronyms) else { return false }
        let z = e(end - 1)
        guard z + 2 == s(end), b[z] == 0x20, b[z + 1] == 0x28, e(end) < b.count, b[e(end)] == 0x29 else { return false }
        return true
    }

    /// True when ", <known country or region>" and then punctuation follow the run ("Pleasant
    /// Grove, Utah." / "Kennebunkport, Maine,").
    func placeQualifierFollows(_ end: Int) -> Bool {
        guard end < count, end >= 1, e(end - 1) + 2 == s(end), b[e(end - 1)] == 0x2C, b[e(end - 1) + 1] == 0x20,
              let g = gazetteer(at: end) else { return false }
        let entry = k.entries[Int(g.1)]
        guard entry.type == .place, !k.isGivenName(hash: hash(end)) else { return false }
        let z = end + g.0 - 1
        let gap = toks[z].gap
        guard gap == .other || gap == .end || gap == .period else { return false }
        let c: UInt8 = e(z) < b.count ? b[e(z)] : 0x2E
        return c == 0x2E || c == 0x2C || c == 0x3B || c == 0x29 || c == 0x0A
    }

    /// True for "<run> said its …" (a reporting verb, then "its"): an organization speaks.
    func saidIts(_ end: Int) -> Bool {
        guard end + 1 < count, toks[end - 1].gap == .space, lex(end, .reportingVerbs), has(end, .lower),
              toks[end].gap == .space else { return false }
        return b[s(end + 1)..<e(end + 1)].elementsEqual("its".utf8)
    }

    /// True when " & " (or "&") separates token `u` from the next one.
    func isAmpersandGap(_ u: Int) -> Bool {
        guard u + 1 < count else { return false }
        let gap = b[e(u)..<s(u + 1)]
        return gap.elementsEqual(" & ".utf8) || gap.elementsEqual("&".utf8)
    }

    /// True for the speaker after a quotation: "…,” said Parnevik", "“…,” says Olga Brenner".
    func quoteAttribution(_ t: Int) -> Bool {
        guard t >= 1, toks[t - 1].gap == .space, has(t - 1, .lower), lex(t - 1, .reportingVerbs) else { return false }
        var j = s(t - 1) - 1
        while j >= 0, b[j] == 0x20 { j -= 1 }
        guard j >= 0 else { return false }
        return b[j] == 0x22 || (b[j] == 0x9D && j >= 2 && b[j - 1] == 0x80 && b[j - 2] == 0xE2)
    }

    /// True when "the"/"The" stands right before token `t`.
    func afterArticle(_ t: Int) -> Bool {
        guard t > 0, toks[t - 1].gap == .space else { return false }
        let h = hash(t - 1)
        return h == Self.theHash || h == Self.theCapHash
    }

    /// True when the run looks like a personal name: capitalized words (2+ letters, not
    /// all-caps) joined by spaces or hyphens.
    func plainName(_ t: Int, _ end: Int) -> Bool {
        for y in t..<end {
            // Particles inside a name: "Karim al-Muntasir", "Ursula von der Leyen".
            if y > t, y < end - 1, has(y, .lower), lex(y, .nameParticles) { continue }
            if !has(y, .cap) || has(y, .allCaps) || has(y, .hasDigit) { return false }
            if isInitial(y) && y < end - 1 { continue }
            if e(y) - s(y) < 2 { return false }
            if (anyHead(y) && !(y == t && k.isGivenName(hash: hash(y)))) || lex(y, .commonCapitalized) { return false }
            if y < end - 1 && toks[y].gap != .space && toks[y].gap != .hyphen { return false }
        }
        return true
    }

    /// Evidence that a run names a person: a given name first, a role or cue word before it, a
    /// reporting verb after it, a regional surname ending.
    func isPersonLike(_ t: Int, _ end: Int) -> Bool {
        for y in t..<(end - 1) where isInitial(y) { return true }
        if quoteAttribution(t) { return true }
        if k.isGivenName(hash: hash(t)) && end - t >= 2 { return true }
        if t > 0, toks[t - 1].gap == .space {
            if lex(t - 1, .roleHeads) || lex(t - 1, .personCues) { return true }
        }
        if end < count, toks[end - 1].gap == .space, lex(end, .reportingVerbs) { return true }
        if end < count, toks[end - 1].gap == .other, b[e(end - 1)] == 0x2C, end + 1 < count,
           lex(end, .reportingVerbs) { return false }
        if hasSurnameSuffix(end - 1) { return true }
        return false
    }

    /// True for a word built like a post-Soviet company name: "Moldovagaz", "Energocom",
    /// "Uralkali", "Rosatom" (morphemes for gas, oil, industry, energy, bank, telecoms).
    func hasCompanySuffix(_ t: Int) -> Bool {
        let a = s(t)
        let z = e(t)
        guard z - a >= 6, has(t, .cap), !has(t, .allCaps) else { return false }
        for suf in Lexicon.companySuffixes where suf.count + 3 <= z - a {
            var ok = true
            for (i, c) in suf.enumerated() where b[z - suf.count + i] != c { ok = false; break }
            if ok { return true }
        }
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
        if !lex(t, .commonCapitalized), appositionType(end) == type { return true }
        switch type {
        case .person:
            return end - t >= 2 && (k.isGivenName(hash: hash(t)) || isInitial(t)
                || (end < count && lex(end, .reportingVerbs))
                || hasSurnameSuffix(end - 1) || appositionFollows(end))
        case .org, .event, .media, .place:
            return end - t >= 2 && !lex(t, .commonCapitalized)
        case .norp:
            return false
        }
    }

    /// Resolves sentence-initial runs without evidence: accepted when the same name (or its
    /// last word, for people) was recognized elsewhere in the document.
    func resolveDeferred(_ deferred: [(Int, Int)], seen: HashMap64, surnames: HashMap64) -> [Found] {
        let types = EntityType.allCases
        var added: [Found] = []
        for (t, end) in deferred {
            // Try the whole run, then the run without its first word ("Moreover Omarov").
            var u = t
            while u < end {
                if !has(u, .cap) { u += 1; continue }
                let h = NameHash.add(NameHash.start, b, s(u)..<e(end - 1))
                if let ty = seen.get(h).map({ types[Int($0)] }) ?? (end - u == 1 && surnames.contains(h) ? .person : nil) {
                    added.append(Found(bytes: s(u)..<e(end - 1), type: ty, entry: nil, tokens: end - u))
                    break
                }
                if let ty = classifyRun(u, end, cite: false).0, u > t, strongEvidence(u, end, ty) || !has(u, .sentStart) {
                    added.append(Found(bytes: s(u)..<e(end - 1), type: ty, entry: nil, tokens: end - u))
                    break
                }
                // "Srbijagas said it would…": a company-built word at a sentence start, or any
                // word that "said its" network…: people are not "it".
                if end - u == 1, hasCompanySuffix(u) || saidIts(end) {
                    added.append(Found(bytes: s(u)..<e(u), type: .org, entry: nil, tokens: 1))
                    break
                }
                // A known name at the start of an unconfirmed longer run ("Zapad Exercises").
                if let (gk, gi) = gazetteer(at: u), u + gk < end, !lex(u, .commonCapitalized) {
                    added.append(Found(bytes: s(u)..<e(u + gk - 1), type: k.entries[Int(gi)].type, entry: gi, tokens: gk))
                    break
                }
                // The learned tagger, for the whole remaining run only.
                if !has(u, .title), !lex(u, .commonCapitalized), let ty = modelType(s(u)..<e(end - 1)) {
                    added.append(Found(bytes: s(u)..<e(end - 1), type: ty, entry: nil, tokens: end - u))
                    break
                }
                u += 1
            }
        }
        return added
    }
}
