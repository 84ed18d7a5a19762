/// A terminal colour: the terminal's default, one of the 16 ANSI colours, a 256-colour index or RGB.
/// The backend degrades it to what the terminal has (256 → 16 → 8 → none).
public enum Color: Hashable, Sendable {
    case `default`
    /// 0–15: black, red, green, yellow, blue, magenta, cyan, white, then the bright ones.
    case ansi(UInt8)
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)
}

/// Text attributes, as a bit set.
public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = Attributes(rawValue: 1 << 0)
    public static let dim = Attributes(rawValue: 1 << 1)
    public static let italic = Attributes(rawValue: 1 << 2)
    public static let underline = Attributes(rawValue: 1 << 3)
    public static let reverse = Attributes(rawValue: 1 << 4)
}

/// How a cell looks. Optional colours mean "inherit" when patched onto another style (ratatui).
public struct Style: Hashable, Sendable {
    public var fg: Color?
    public var bg: Color?
    public var attributes: Attributes

    public init(fg: Color? = nil, bg: Color? = nil, attributes: Attributes = []) {
        self.fg = fg
        self.bg = bg
        self.attributes = attributes
    }

    public static let plain = Style()

    /// `other` layered on top of `self`: its colours win where set, attributes add up.
    public func patch(_ other: Style) -> Style {
        Style(fg: other.fg ?? fg, bg: other.bg ?? bg, attributes: attributes.union(other.attributes))
    }
}
