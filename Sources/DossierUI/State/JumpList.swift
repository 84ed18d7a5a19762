/// A place to come back to: an article and a text offset at the top of the screen. Jumps
/// between articles (the library's) use the same entries with another `article`.
public struct Place: Sendable, Equatable, Hashable {
    /// The article's identity: its file path, or a library's id.
    public var article: String
    /// The scalar offset shown at the top of the screen.
    public var offset: Int

    public init(article: String, offset: Int) {
        self.article = article
        self.offset = offset
    }
}

/// Every jump the reader makes, as vim's jump list and a browser's history: `record` saves the
/// place a jump leaves, `back` and `forward` walk the list. One list for jumps inside an article
/// and between articles.
public struct JumpList: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var place: Place
        /// What left this place (`finder: Pashinyan`, `G`, `/moscow`): the status line says it
        /// when Ctrl-O comes back here.
        public var reason: String
    }

    public private(set) var entries: [Entry] = []
    /// Where back/forward stand: `entries.count` means at the live position, past the list.
    public private(set) var cursor = 0
    /// The oldest entries go beyond this.
    public static let capacity = 100

    public init() {}

    /// Saves `place` as the one a jump (`reason`) leaves. A new jump forgets the places that
    /// `back` walked past, as a browser does.
    public mutating func record(_ place: Place, reason: String) {
        if cursor < entries.count { entries.removeSubrange(cursor...) }
        if entries.last?.place == place { entries.removeLast() }
        entries.append(Entry(place: place, reason: reason))
        if entries.count > Self.capacity { entries.removeFirst(entries.count - Self.capacity) }
        cursor = entries.count
    }

    /// The entry before the current one, saving `current` so that `forward` can return to it.
    public mutating func back(from current: Place) -> Entry? {
        guard cursor > 0 else { return nil }
        if cursor == entries.count {
            entries.append(Entry(place: current, reason: ""))
        } else {
            entries[cursor].place = current
        }
        cursor -= 1
        return entries[cursor]
    }

    /// The entry after the current one, after `back`; the reason is the jump it redoes.
    public mutating func forward(from current: Place) -> (entry: Entry, reason: String)? {
        guard cursor + 1 < entries.count else { return nil }
        entries[cursor].place = current
        let reason = entries[cursor].reason
        cursor += 1
        return (entries[cursor], reason)
    }

    /// The place the latest jump left (less's `''`), if any.
    public var previous: Entry? { cursor > 0 ? entries[cursor - 1] : nil }

    /// `2/5`: the position among the entries, for the status line.
    public var counter: String { "\(min(cursor, entries.count) + 1)/\(entries.count)" }
}
