/// A parenthetical source citation (annotation guidelines §2).
public struct Citation: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable {
        /// A cited outlet: "(Aze.az, September 16)".
        case source
        /// A see-reference to the publication's own earlier articles: "(see EDM, July 19, 2016)".
        case crossref
        /// An image credit: "(Source: kremlin.ru)".
        case credit
    }

    /// One source with its dates.
    public struct Ref: Sendable, Equatable {
        public var source: String
        /// Where the source name stands in the text.
        public var sourceSpan: Span
        /// The dates as written; a missing year is resolved against the document date.
        public var rawDates: [PartialDate]
        /// The resolved dates (filled once the document date is known).
        public var dates: [CalendarDate]

        public init(source: String, sourceSpan: Span, rawDates: [PartialDate], dates: [CalendarDate] = []) {
            self.source = source
            self.sourceSpan = sourceSpan
            self.rawDates = rawDates
            self.dates = dates
        }
    }

    /// The span including both parentheses.
    public var span: Span
    public var text: String
    public var kind: Kind
    public var see: Bool
    public var refs: [Ref]
    /// Targets of the links inside the citation ("(Jerusalem Post [1] [2], November 3)"), in order.
    public var links: [String] = []

    public init(span: Span, text: String, kind: Kind, see: Bool, refs: [Ref]) {
        self.span = span
        self.text = text
        self.kind = kind
        self.see = see
        self.refs = refs
    }
}
