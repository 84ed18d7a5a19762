import Foundation

/// One name the knowledge files know: its type, the entity it names and the state it stands for.
public struct KnowledgeEntry: Sendable, Equatable {
    public var type: EntityType
    /// A slug shared by every alias of the same referent (`karabakh` for Karabakh and Nagorno-Karabakh).
    public var id: String
    /// The id of the state this name stands for (capitals, seats of government, nationality words).
    public var actor: String?
    /// The first (fullest) name of the line, used as the entity name when no fuller form is seen.
    public var name: String
    /// True for names from the long city list: a surname of a person in the article wins over them.
    public var isMinorPlace: Bool = false
}

/// Gazetteers the recognizer uses: countries, capitals, demonyms, places, organizations, outlets,
/// events, well-known people and given names (Data/knowledge, see its README).
///
/// Names are looked up by a hash of their token sequence (``NameTokenizer``), so matching the
/// text never builds a String: the recognizer hashes byte slices as it scans.
public struct Knowledge: Sendable {
    public private(set) var entries: [KnowledgeEntry] = []
    /// Hash of a name's token sequence → index into `entries` (the first file listing a name wins).
    private var names = HashMap64()
    /// Hash of a name's first token → the most tokens any name starting with it has.
    private var prefixes = HashMap64()
    /// Hashes of given names (single tokens).
    private var given = HashMap64()
    /// The most tokens any name has.
    public private(set) var maxTokens = 1

    /// An empty knowledge base (rules only).
    public init() {}

    /// Builds the knowledge from `(file name, contents)` pairs in the knowledge-file formats.
    public init(files: [(String, String)]) {
        // Precedence when two files list the same surface form: states and nationality words
        // first, then bodies and outlets, people, and the long city list last.
        let order = ["countries.tsv", "demonyms.tsv", "nationalities.tsv", "organizations.tsv", "media.tsv", "events.tsv",
                     "regions.tsv", "persons.tsv", "companies.tsv", "cities.tsv"]
        let sorted = files.sorted { a, b in
            (order.firstIndex(of: a.0) ?? order.count) < (order.firstIndex(of: b.0) ?? order.count)
        }
        for (name, text) in sorted {
            if name.hasSuffix(".txt") { addGivenNames(text) } else { addTable(text, minor: name == "cities.tsv") }
        }
    }

    /// Loads every knowledge file from `Data/knowledge` if the folder is found and complete,
    /// otherwise the embedded copy.
    public static func loadDefault() -> Knowledge {
        var files: [(String, String)] = []
        for (name, _) in EmbeddedKnowledge.files {
            guard let url = DataLocator.file("knowledge/" + name),
                  let text = try? String(contentsOf: url, encoding: .utf8)
            else { return Knowledge(files: EmbeddedKnowledge.files) }
            files.append((name, text))
        }
        return Knowledge(files: files)
    }

    private mutating func addTable(_ text: String, minor: Bool) {
        // Byte-level parsing: the city list has thousands of lines and loads at start-up.
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            var j = i
            while j < bytes.count, bytes[j] != 0x0A { j += 1 }
            defer { i = j + 1 }
            guard j > i, bytes[i] != 0x23 else { continue }
            var cols: [Range<Int>] = []
            var c = i
            for x in i...j where x == j || bytes[x] == 0x09 {
                cols.append(c..<x)
                c = x + 1
            }
            guard cols.count >= 4,
                  let type = EntityType(rawValue: String(decoding: bytes[cols[0]], as: UTF8.self)) else { continue }
            let id = String(decoding: bytes[cols[1]], as: UTF8.self)
            let actor = cols[2].isEmpty ? nil : String(decoding: bytes[cols[2]], as: UTF8.self)
            var forms: [Range<Int>] = []
            var f = cols[3].lowerBound
            for x in cols[3].lowerBound...cols[3].upperBound where x == cols[3].upperBound || bytes[x] == 0x7C {
                var a = f
                var z = x
                while a < z, bytes[a] == 0x20 { a += 1 }
                while z > a, bytes[z - 1] == 0x20 || bytes[z - 1] == 0x0D { z -= 1 }
                if a < z { forms.append(a..<z) }
                f = x + 1
            }
            guard let first = forms.first else { continue }
            let name = String(decoding: bytes[first], as: UTF8.self)
            let index = Int32(entries.count)
            entries.append(KnowledgeEntry(type: type, id: id, actor: actor, name: name, isMinorPlace: minor))
            for r in forms {
                let form = Array(bytes[r])
                add(form, index: index)
                // Writers use both apostrophes: Xi'an / Xi’an.
                if form.contains(0x27) || form.contains(0xE2) {
                    let s = String(decoding: form, as: UTF8.self)
                    if s.contains("'") { add(Array(s.replacingOccurrences(of: "'", with: "’").utf8), index: index) }
                    if s.contains("’") { add(Array(s.replacingOccurrences(of: "’", with: "'").utf8), index: index) }
                }
            }
        }
    }

    private mutating func add(_ bytes: [UInt8], index: Int32) {
        let toks = NameTokenizer.tokenize(bytes)
        guard let firstTok = toks.first else { return }
        var h = NameHash.start
        for (k, t) in toks.enumerated() {
            if k > 0 { h = NameHash.gap(h, toks[k - 1].gap) }
            h = NameHash.add(h, bytes, t.range)
        }
        if names.get(h) == nil { names.set(h, index) }
        let first = NameHash.add(NameHash.start, bytes, firstTok.range)
        let n = Int32(toks.count)
        if (prefixes.get(first) ?? 0) < n { prefixes.set(first, n) }
        maxTokens = max(maxTokens, toks.count)
    }

    /// Words separated by spaces or line breaks; lines starting with "#" are comments. Hashed
    /// straight from the bytes: the lists hold thousands of names and load at start-up.
    private mutating func addGivenNames(_ text: String) {
        let bytes = Array(text.utf8)
        var i = 0
        var lineStart = true
        while i < bytes.count {
            let c = bytes[i]
            if c == 0x0A || c == 0x20 || c == 0x0D { lineStart = lineStart || c == 0x0A; i += 1; continue }
            if lineStart && c == 0x23 {
                while i < bytes.count, bytes[i] != 0x0A { i += 1 }
                continue
            }
            lineStart = false
            var j = i
            while j < bytes.count, bytes[j] != 0x20, bytes[j] != 0x0A, bytes[j] != 0x0D { j += 1 }
            given.set(NameHash.add(NameHash.start, bytes, i..<j), 1)
            i = j
        }
    }

    /// The entry for a complete token-sequence hash.
    @inline(__always)
    public func entry(hash: UInt64) -> Int32? { names.get(hash) }

    /// The most tokens a name starting with this first-token hash can have (0: none).
    @inline(__always)
    public func maxLength(firstTokenHash h: UInt64) -> Int { Int(prefixes.get(h) ?? 0) }

    /// True when the single-token hash is a known given name.
    @inline(__always)
    public func isGivenName(hash: UInt64) -> Bool { given.contains(hash) }

    /// Looks a whole name up (tests and tools; the recognizer hashes bytes directly).
    public func lookup(_ name: String) -> KnowledgeEntry? {
        let bytes = Array(name.utf8)
        let toks = NameTokenizer.tokenize(bytes)
        guard !toks.isEmpty else { return nil }
        var h = NameHash.start
        for (k, t) in toks.enumerated() {
            if k > 0 { h = NameHash.gap(h, toks[k - 1].gap) }
            h = NameHash.add(h, bytes, t.range)
        }
        return names.get(h).map { entries[Int($0)] }
    }

    /// True when `name` is a known given name.
    public func isGivenName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        return given.contains(NameHash.add(NameHash.start, bytes, 0..<bytes.count))
    }
}

/// FNV-1a hashing of token sequences: token bytes, with a gap marker between tokens.
public enum NameHash {
    public static let start: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// Adds the bytes `r` of `b` (case-sensitive: names are matched as written).
    @inline(__always)
    public static func add(_ h: UInt64, _ b: [UInt8], _ r: Range<Int>) -> UInt64 {
        var h = h
        var i = r.lowerBound
        let end = min(r.upperBound, b.count)
        while i < end {
            let c = b[i]
            // A soft hyphen is invisible: "Netan\u{AD}yahu" hashes as "Netanyahu".
            if c == 0xC2, i + 1 < end, b[i + 1] == 0xAD { i += 2; continue }
            h = (h ^ UInt64(c)) &* prime
            i += 1
        }
        return h
    }

    /// Adds one byte.
    @inline(__always)
    public static func add(_ h: UInt64, byte: UInt8) -> UInt64 { (h ^ UInt64(byte)) &* prime }

    /// The hash of a whole word or name given as a string.
    public static func of(_ s: String) -> UInt64 {
        var h = start
        for c in s.utf8 { h = (h ^ UInt64(c)) &* prime }
        return h
    }

    /// Adds a gap marker (see ``NameTokenizer/Gap``) between two tokens.
    @inline(__always)
    public static func gap(_ h: UInt64, _ g: NameTokenizer.Gap) -> UInt64 {
        (h ^ (0x100 | UInt64(g.rawValue))) &* prime
    }
}

/// Splits bytes into word tokens and classifies the gaps between them. Shared by the knowledge
/// index and the recognizer so that a name and its occurrence in a text hash alike.
public enum NameTokenizer {
    /// What separates two tokens; `.other` breaks any multi-token name.
    public enum Gap: UInt8, Sendable {
        case space = 1, hyphen, enDash, slash, possessive, period, ampersand, other, end
    }

    /// A token's byte range and the gap after it.
    public struct Token: Sendable, Equatable {
        public var range: Range<Int>
        public var gap: Gap
    }

    /// True for bytes that start or continue a word: ASCII letters and digits, and every
    /// non-ASCII byte except those of the punctuation scalars ``punctuationScalar`` rejects.
    @inline(__always)
    static func isASCIIWord(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
    }

    /// The byte length of the word character at `i`, or 0 when it is not part of a word.
    @inline(__always)
    static func wordCharLength(_ b: [UInt8], _ i: Int) -> Int {
        let c = b[i]
        if c < 0x80 { return isASCIIWord(c) ? 1 : 0 }
        // Multi-byte: decode just enough to reject punctuation and spaces.
        var len = 1
        var v: UInt32 = 0
        if c & 0xE0 == 0xC0 { len = 2; v = UInt32(c & 0x1F) }
        else if c & 0xF0 == 0xE0 { len = 3; v = UInt32(c & 0x0F) }
        else if c & 0xF8 == 0xF0 { len = 4; v = UInt32(c & 0x07) }
        else { return 0 }
        guard i + len <= b.count else { return 0 }
        for k in 1..<len { v = (v << 6) | UInt32(b[i + k] & 0x3F) }
        // General Punctuation, NBSP, guillemets, ×, ÷, symbols: not word characters.
        if (v >= 0x2000 && v <= 0x206F) || v == 0xA0 || v == 0xAB || v == 0xBB || v == 0xD7 || v == 0xF7 {
            return 0
        }
        if v < 0xC0 { return 0 }  // Latin-1 punctuation and symbols (¡ § « ° ± ·)
        if v >= 0x2100 && v < 0x2C00 { return 0 }  // arrows, math, box drawing, symbols
        if v >= 0x3000 && v < 0x3040 { return 0 }  // CJK punctuation
        return len
    }

    /// A soft hyphen (U+00AD) at `i` between two word characters: an invisible break hint
    /// that text copied from web pages keeps ("Vladi\u{AD}mir"), part of the word.
    @inline(__always)
    public static func softHyphenInWord(_ b: [UInt8], _ i: Int, _ end: Int) -> Bool {
        b[i] == 0xC2 && i + 2 < end && b[i + 1] == 0xAD && i > 0 && wordCharLength(b, i + 2) > 0
    }

    /// Tokenizes `b[range]`. Internal dots between word characters stay in the token
    /// (`Aze.az`, `U.S`), as do apostrophes inside a word (`Xi’an`) except a possessive `’s`.
    public static func tokenize(_ b: [UInt8], _ range: Range<Int>? = nil) -> [Token] {
        var out: [Token] = []
        let r = range ?? 0..<b.count
        var i = r.lowerBound
        let end = min(r.upperBound, b.count)
        while i < end {
            let l = wordCharLength(b, i)
            if l == 0 { i += 1; continue }
            let (tEnd, next) = scanToken(b, i, end)
            let gap = classifyGap(b, tEnd, end)
            out.append(Token(range: i..<tEnd, gap: gap.gap))
            i = max(next, gap.next)
            if gap.gap == .other || gap.gap == .end { i = max(i, tEnd) }
        }
        // The last token's gap is always .end.
        if var last = out.popLast() { if last.gap != .other { last.gap = .end }; out.append(last) }
        return out
    }

    /// Scans one token starting at a word character: returns its end and where scanning resumes.
    @inline(__always)
    public static func scanToken(_ b: [UInt8], _ start: Int, _ end: Int) -> (Int, Int) {
        var i = start
        while i < end {
            let l = wordCharLength(b, i)
            if l > 0 { i += l; continue }
            if softHyphenInWord(b, i, end) { i += 2; continue }
            let c = b[i]
            // Internal dot: "Aze.az", "U.S" (followed by a word character).
            if c == 0x2E, i + 1 < end, wordCharLength(b, i + 1) > 0 { i += 1; continue }
            // Apostrophe inside a word (Xi’an, O'Brien) but not a possessive ’s.
            var al = 0
            if c == 0x27 { al = 1 } else if c == 0xE2, i + 2 < end, b[i + 1] == 0x80, b[i + 2] == 0x99 { al = 3 }
            if al > 0, i + al < end, wordCharLength(b, i + al) > 0 {
                let j = i + al
                let isPossessive = (b[j] == 0x73) && (j + 1 >= end || wordCharLength(b, j + 1) == 0)
                if !isPossessive { i = j; continue }
            }
            break
        }
        return (i, i)
    }

    /// Classifies the bytes after a token ending at `i`: the gap kind and where the next token starts.
    @inline(__always)
    public static func classifyGap(_ b: [UInt8], _ i: Int, _ end: Int) -> (gap: Gap, next: Int) {
        guard i < end else { return (.end, i) }
        var j = i
        var kind: Gap = .space
        let c = b[j]
        if c == 0x2D { kind = .hyphen; j += 1 }
        else if c == 0x2F { kind = .slash; j += 1 }
        else if c == 0x26 { kind = .ampersand; j += 1 }
        else if c == 0x2E { kind = .period; j += 1 }
        else if c == 0xE2, j + 2 < end, b[j + 1] == 0x80, b[j + 2] == 0x93 { kind = .enDash; j += 3 }
        else if c == 0x27 || (c == 0xE2 && j + 2 < end && b[j + 1] == 0x80 && b[j + 2] == 0x99) {
            let al = c == 0x27 ? 1 : 3
            if j + al < end, b[j + al] == 0x73 { kind = .possessive; j += al + 1 } else { return (.other, j) }
        }
        // Then at most a run of spaces (no line breaks inside a name).
        var spaces = 0
        while j < end, b[j] == 0x20 { j += 1; spaces += 1 }
        if kind == .space && spaces == 0 { return (.other, j) }
        if (kind == .hyphen || kind == .slash || kind == .enDash) && spaces > 0 { return (.other, j) }
        if (kind == .period || kind == .possessive) && spaces == 0 { return (.other, j) }
        if kind == .ampersand && spaces == 0 { return (.other, j) }
        guard j < end, wordCharLength(b, j) > 0 else { return (.other, j) }
        return (kind, j)
    }
}
