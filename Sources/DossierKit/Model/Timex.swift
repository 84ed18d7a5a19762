/// A time expression with its TIMEX3-style value (annotation guidelines §3).
public struct Timex: Sendable, Equatable {
    public enum TimexType: String, Sendable, Codable {
        case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
    }
    public enum Mod: String, Sendable, Codable {
        case before = "BEFORE", after = "AFTER", onOrAfter = "ON_OR_AFTER", onOrBefore = "ON_OR_BEFORE"
        case start = "START", mid = "MID", end = "END", approx = "APPROX"
        case lessThan = "LESS_THAN", moreThan = "MORE_THAN"
        case equalOrLess = "EQUAL_OR_LESS", equalOrMore = "EQUAL_OR_MORE"
    }

    public var span: Span
    public var text: String
    public var type: TimexType
    /// TIMEX3 value: `2019-09-16`, `2019-SP`, `P20Y`, `PAST_REF`, `2019-09-30/2019-10-03`…
    public var value: String
    public var mod: Mod?

    public init(span: Span, text: String, type: TimexType, value: String, mod: Mod? = nil) {
        self.span = span
        self.text = text
        self.type = type
        self.value = value
        self.mod = mod
    }
}

/// One row of the timeline: a calendar interval tied to where the text says it.
public struct TimelineEntry: Sendable, Equatable {
    public enum Origin: String, Sendable, Codable { case timex, citation }
    /// First day of the interval.
    public var start: CalendarDate
    /// Last day of the interval (inclusive).
    public var end: CalendarDate
    /// The date column: the normalized value and a qualifier, e.g. `2018 spring`, `1999 (before)`
    /// (a citation's entry: `2019-09-16 Aze.az`, as before ``words`` existed).
    public var label: String
    /// `timex`: an event the text places in time; `citation`: the date of a cited source.
    public var origin: Origin
    /// The words the side pane shows after the date: for an event, the clause around the
    /// expression cut at word boundaries (never lone punctuation); for a citation, its sources
    /// that carry this date joined by ", " ("Fontanka, Novaya Gazeta"). Empty when unknown.
    public var words: String = ""
    /// True for an event in the text, false for the date of a cited source.
    public var isEvent: Bool { origin == .timex }
    /// The date label, then the words (export's `label`).
    public var fullLabel: String {
        guard !words.isEmpty else { return label }
        if origin == .citation { return start.description + " " + words }
        return label + " " + words
    }
    /// The timex or citation span.
    public var at: Span
    public var sentence: Span?

    public init(start: CalendarDate, end: CalendarDate, label: String, origin: Origin, at: Span, sentence: Span?) {
        self.start = start
        self.end = end
        self.label = label
        self.origin = origin
        self.at = at
        self.sentence = sentence
    }
}
