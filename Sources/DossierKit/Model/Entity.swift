/// The kinds of named thing the recognizer marks (annotation guidelines §1).
public enum EntityType: String, Sendable, Codable, CaseIterable, Comparable {
    case person = "PERSON"
    case place = "PLACE"
    case org = "ORG"
    case media = "MEDIA"
    case event = "EVENT"
    case norp = "NORP"

    public static func < (a: EntityType, b: EntityType) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One occurrence of a name in the text.
public struct Mention: Sendable, Equatable, Hashable {
    public var span: Span
    /// The mention's text, exactly as in the article.
    public var text: String
    public var type: EntityType

    public init(span: Span, text: String, type: EntityType) {
        self.span = span
        self.text = text
        self.type = type
    }
}

/// Everything the article says about one referent: its mentions under all names.
public struct Entity: Sendable, Equatable {
    /// A slug, unique within the document (`ilham-aliyev`, `russia`).
    public var id: String
    /// The fullest name the article uses.
    public var name: String
    public var type: EntityType
    /// The id of the entity this one stands for (`moscow` → `russia`), or nil.
    public var actor: String?
    /// Mentions in text order.
    public var mentions: [Mention]

    public init(id: String, name: String, type: EntityType, actor: String? = nil, mentions: [Mention] = []) {
        self.id = id
        self.name = name
        self.type = type
        self.actor = actor
        self.mentions = mentions
    }

    /// The distinct surface forms used for this entity, most frequent first (ties: first used first).
    public var aliases: [String] {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for m in mentions {
            if counts[m.text] == nil { order.append(m.text) }
            counts[m.text, default: 0] += 1
        }
        // A stable sort on the count keeps first-use order among equals.
        return order.enumerated()
            .sorted { (counts[$0.element]!, -$0.offset) > (counts[$1.element]!, -$1.offset) }
            .map(\.element)
    }
}
