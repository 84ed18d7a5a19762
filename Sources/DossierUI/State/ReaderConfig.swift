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
    /// Extra key bindings: key spec (`"ctrl-f"`, `"J"`, `"pgdn"`) → command name (`Command.rawValue`).
    public var keys: [String: String] = [:]

    public init() {}
}
