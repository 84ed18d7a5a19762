import DossierKit

/// The entity finder overlay: its query and the ranked results.
struct Finder: Sendable, Equatable {
    struct Result: Sendable, Equatable {
        var entity: Int
        /// The name or alias that matched best, and where.
        var matched: String
        var positions: [Int]
        var score: Int
    }
    /// A library entity matching the query (the library scope).
    struct LibraryResult: Sendable, Equatable {
        var entity: LibraryEntitySummary
        var positions: [Int]
    }
    var input = TextInput()
    var results: [Result] = []
    /// Whether the finder lists the entities across the library instead of this article's.
    var libraryScope = false
    var libraryResults: [LibraryResult] = []
    var selected = 0
    var query: String { input.text }
    var count: Int { libraryScope ? libraryResults.count : results.count }

    mutating func select(by delta: Int) {
        guard count > 0 else { return }
        selected = ((selected + delta) % count + count) % count
    }

    /// Ranks library entities against the query as article entities are ranked, ties going to
    /// the entity in more articles.
    static func rankLibrary(_ query: String, _ entities: [LibraryEntitySummary]) -> [LibraryResult] {
        var out: [(LibraryResult, Kind, Int)] = []
        for e in entities {
            let name = Sanitizer.visible(e.name)
            guard let m = match(query, in: name) else { continue }
            out.append((LibraryResult(entity: LibraryEntitySummary(id: e.id, name: name, type: e.type, articles: e.articles, mentions: e.mentions),
                                      positions: m.positions), m.kind, m.score))
        }
        out.sort { a, b in
            if a.1 != b.1 { return a.1 > b.1 }
            if a.2 != b.2 { return a.2 > b.2 }
            return a.0.entity.articles > b.0.entity.articles
        }
        return out.map(\.0)
    }

    /// How a name matched, best first: the query as a word's beginning, the query inside a
    /// word, runs that each begin a word (`vp` → Vladimir Putin), letters of one word from its
    /// start (`msc` → Moscow). Anything more scattered (`putin` in "Kapustin Yar" or across
    /// "Petroleum Corporation") is not a match at all.
    enum Kind: Int, Comparable, Sendable {
        case oneWord = 0, wordStarts = 1, contiguous = 2, prefix = 3
        static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }

    /// How `query` matches `name`, with the matched character positions and a score; nil for
    /// no match or a scattered one.
    static func match(_ query: String, in name: String) -> (kind: Kind, positions: [Int], score: Int)? {
        let q = query.filter { $0 != " " }
        if q.isEmpty { return (.prefix, [], 0) }
        let fold = TextSearch.ignoresCase(query)
        func key(_ c: Character) -> Character { fold ? (c.lowercased().first ?? c) : c }
        let chars = Array(name)
        let n = chars.map(key)
        let whole = Array(query).map(key)
        func isWordStart(_ j: Int) -> Bool { j == 0 || !(chars[j - 1].isLetter || chars[j - 1].isNumber) }
        // The query as typed (spaces included) inside the name: a word-start occurrence wins.
        if whole.count <= n.count {
            var found: Int?
            for j in 0...(n.count - whole.count) where n[j] == whole[0] && Array(n[j..<j + whole.count]) == whole {
                if isWordStart(j) { found = j; break }
                if found == nil { found = j }
            }
            if let j = found {
                let kind: Kind = isWordStart(j) ? .prefix : .contiguous
                // A whole word ranks first ("putin" is Putin before Putinist), then earlier
                // and in shorter names.
                let end = j + whole.count
                let wholeWord = isWordStart(j) && (end == chars.count || !(chars[end].isLetter || chars[end].isNumber))
                let score = 1000 + (wholeWord ? 60 : 0) - min(j, 50) * 4 - min(chars.count, 100)
                return (kind, Array(j..<j + whole.count), score)
            }
        }
        guard let m = FuzzyMatcher.match(query, in: name), !m.positions.isEmpty else { return nil }
        // Every run of consecutive matched characters begins a word…
        var prev = -2
        var runsStartWords = true
        for p in m.positions {
            if p != prev + 1, !isWordStart(p) { runsStartWords = false }
            prev = p
        }
        if runsStartWords { return (.wordStarts, m.positions, m.score) }
        // …or all of them are in the word the first one begins.
        guard let first = m.positions.first, let last = m.positions.last, isWordStart(first),
              !(first + 1...max(first + 1, last)).contains(where: { $0 <= last && isWordStart($0) }) else { return nil }
        return (.oneWord, m.positions, m.score)
    }

    /// Ranks every entity's name and aliases against the query: by kind of match, then score;
    /// ties go to the most mentioned entity, then the shorter name.
    static func rank(_ query: String, index: DocumentIndex) -> [Result] {
        var results: [(Result, Kind)] = []
        for (i, names) in index.finderNames.enumerated() {
            var best: (Result, Kind)?
            for (k, clean) in names.enumerated() {
                guard let m = match(query, in: clean) else { continue }
                // The entity's own name wins over an alias that matches about as well.
                let score = m.score + (k == 0 ? 100 : 0)
                if let b = best, (b.1, b.0.score) >= (m.kind, score) { continue }
                best = (Result(entity: i, matched: clean, positions: m.positions, score: score), m.kind)
            }
            if let best { results.append(best) }
        }
        let ents = index.document.entities
        results.sort { x, y in
            let (a, ka) = x, (b, kb) = y
            if ka != kb { return ka > kb }
            if a.score != b.score { return a.score > b.score }
            let ca = ents[a.entity].mentions.count, cb = ents[b.entity].mentions.count
            if ca != cb { return ca > cb }
            return a.matched.count < b.matched.count
        }
        return results.map(\.0)
    }
}
