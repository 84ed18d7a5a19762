import DossierKit

/// User settings for the reader, read from `config.toml` (see ConfigLoader) or defaulted.
public struct ReaderConfig: Sendable, Equatable {
    /// Theme name or path.
    public var theme: String = "default"
    /// The widest the article text is wrapped, in columns.
    public var measure: Int = 88
    /// Columns of the side pane; on a screen wider than the article's measure needs, the
    /// spare columns widen it up to 64 (the article's text never narrows for it).
    public var sidePaneWidth: Int = 40
    /// Show the side pane at start when the terminal is wide enough.
    public var showSidePane: Bool = true
    /// `y` copies through the terminal (OSC 52); off for terminals that mishandle it.
    public var clipboard: Bool = true
    /// Which entity mentions are coloured in the text (citations always are).
    public var highlight: HighlightMode = .all
    /// Extra key bindings: key spec (`"ctrl-f"`, `"J"`, `"pgdn"`) → command name (`Command.rawValue`).
    public var keys: [String: String] = [:]

    public init() {}
}

/// What the article pane colours: every entity type, one type, or none (citations still show).
public enum HighlightMode: Sendable, Equatable {
    case all
    case only(EntityType)
    case none

    /// The config file's spelling: `all`, `none`, or a type (`person`, `place`, `org`, `media`,
    /// `event`, `norp`).
    public var name: String {
        switch self {
        case .all: return "all"
        case .none: return "none"
        case .only(let t): return t.rawValue.lowercased()
        }
    }

    public init?(name: String) {
        switch name.lowercased() {
        case "all": self = .all
        case "none": self = .none
        default:
            guard let t = EntityType.allCases.first(where: { $0.rawValue.lowercased() == name.lowercased() }) else { return nil }
            self = .only(t)
        }
    }

    /// Whether mentions of `type` are coloured.
    public func shows(_ type: EntityType) -> Bool {
        switch self {
        case .all: return true
        case .none: return false
        case .only(let t): return t == type
        }
    }

    /// The next mode: all, then each type in `types` alone, then none, then all again.
    public func next(among types: [EntityType]) -> HighlightMode {
        switch self {
        case .all: return types.first.map { .only($0) } ?? .none
        case .only(let t):
            guard let i = types.firstIndex(of: t), i + 1 < types.count else { return .none }
            return .only(types[i + 1])
        case .none: return .all
        }
    }
}
