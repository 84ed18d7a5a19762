import DossierKit

/// The current search: typed text, or an entity's mentions (finder, entity list, click).
struct Search: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case text(String)
        case entity(Int, gathered: Bool)
    }
    var kind: Kind
    var hits: [Span]
    var current: Int?
    /// What the status line calls it: `/query` or the entity's name.
    var label: String

    /// `3/14` while a hit is current, `no match` when nothing was found.
    var counter: String {
        hits.isEmpty ? "no match" : "\(current.map { $0 + 1 } ?? 0)/\(hits.count)"
    }
}

/// The search prompt while typing, with what to restore on Esc.
struct SearchPrompt: Sendable, Equatable {
    var input = TextInput()
    /// Position in the query history while recalling (history.count = the new query).
    var recall: Int?
    var originTop: Int
    var originAnchor: Int
    var previous: Search?
    var query: String { input.text }
}

/// Search mode's state: the search in force, the prompt while typing, earlier queries.
struct SearchState: Sendable, Equatable {
    var active: Search?
    var prompt: SearchPrompt?
    /// Accepted search queries, oldest first (the prompt recalls them with Up and Down).
    var history: [String] = []

    mutating func remember(_ query: String) {
        history.removeAll { $0 == query }
        history.append(query)
        if history.count > 50 { history.removeFirst() }
    }
}
