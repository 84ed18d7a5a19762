/// Styles for semantic scopes (`entity.person`, `citation`, `status`, `search.match`…).
/// A dotted scope falls back to its parent (`entity.person` → `entity` → `text`), as in helix.
public struct Theme: Sendable, Equatable {
    public var name: String
    /// Resolved styles by scope (palette names already replaced by colours).
    public var scopes: [String: Style]

    public init(name: String, scopes: [String: Style]) {
        self.name = name
        self.scopes = scopes
    }

    /// The style of `scope`, falling back through its parents to `text`, then to plain.
    public func style(_ scope: String) -> Style {
        var s = Substring(scope)
        while true {
            if let st = scopes[String(s)] { return st }
            guard let dot = s.lastIndex(of: ".") else { break }
            s = s[..<dot]
        }
        return scopes["text"] ?? .plain
    }
}
