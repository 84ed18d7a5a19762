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
    var input = TextInput()
    var results: [Result] = []
    var selected = 0
    var query: String { input.text }

    mutating func select(by delta: Int) {
        guard !results.isEmpty else { return }
        selected = ((selected + delta) % results.count + results.count) % results.count
    }

    /// Scores every entity's name and aliases against the query, best first; ties go to the
    /// most mentioned entity, then the shorter name.
    static func rank(_ query: String, index: DocumentIndex) -> [Result] {
        var results: [Result] = []
        for (i, names) in index.finderNames.enumerated() {
            var best: Result?
            for (k, clean) in names.enumerated() {
                guard let m = FuzzyMatcher.match(query, in: clean) else { continue }
                // The entity's own name wins over an alias that matches about as well.
                let score = m.score + (k == 0 ? 8 : 0)
                if best == nil || score > best?.score ?? Int.min {
                    best = Result(entity: i, matched: clean, positions: m.positions, score: score)
                }
            }
            if let best { results.append(best) }
        }
        let ents = index.document.entities
        results.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            let ca = ents[a.entity].mentions.count, cb = ents[b.entity].mentions.count
            if ca != cb { return ca > cb }
            return a.matched.count < b.matched.count
        }
        return results
    }
}
