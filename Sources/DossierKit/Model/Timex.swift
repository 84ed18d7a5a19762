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
    /// For an event: the clause around the expression, as UTF-8 byte offsets into the
    /// document's text, cut at word boundaries (see ``words(in:)``); nil when not computed.
    /// (Stored in 9 bytes: a big document has hundreds of thousands of entries.)
    public var clause: Range<Int>? {
        get { clauseLo < 0 ? nil : Int(clauseLo)..<Int(max(clauseLo, clauseHi)) }
        set {
            clauseLo = Int32(clamping: newValue?.lowerBound ?? -1)
            clauseHi = Int32(clamping: newValue?.upperBound ?? -1)
        }
    }
    private var clauseLo: Int32 = -1
    private var clauseHi: Int32 = -1
    private var clauseFlags: UInt8 = 0
    /// Whether the clause was cut before / after (an ellipsis marks the cut).
    public var clauseCutBefore: Bool {
        get { clauseFlags & 1 != 0 }
        set { clauseFlags = newValue ? clauseFlags | 1 : clauseFlags & ~1 }
    }
    public var clauseCutAfter: Bool {
        get { clauseFlags & 2 != 0 }
        set { clauseFlags = newValue ? clauseFlags | 2 : clauseFlags & ~2 }
    }
    /// For a citation entry: its sources that carry this date joined by ", " ("Fontanka,
    /// Novaya Gazeta"), as its label writes them after the date.
    public var sources: String {
        guard origin == .citation else { return "" }
        let date = start.description
        return label.hasPrefix(date + " ") ? String(label.dropFirst(date.count + 1)) : ""
    }
    /// True for an event in the text, false for the date of a cited source.
    public var isEvent: Bool { origin == .timex }

    /// The words the side pane shows after the date: an event's clause (whitespace collapsed,
    /// "…" where it was cut; never a lone punctuation mark), or a citation's sources.
    /// `text` is the document's text (``Document/text``). Kept as offsets, not strings, so a big
    /// document's timeline costs no memory for its words until they are shown.
    public func words(in text: String) -> String {
        if origin == .citation { return sources }
        guard let r = clause, r.lowerBound >= 0, r.upperBound <= text.utf8.count, !r.isEmpty else { return "" }
        // Whitespace runs become one space (bytes: the clause starts and ends on a word).
        var out: [UInt8] = []
        out.reserveCapacity(r.count + 6)
        if clauseCutBefore { out += [0xE2, 0x80, 0xA6] }
        func add(_ c: UInt8, _ space: inout Bool) {
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { space = true; return }
            if space { out.append(0x20) }
            space = false
            out.append(c)
        }
        var space = false
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { u in
            for i in r { add(u[i], &space) }
        }
        if done == nil {
            let u = text.utf8
            for c in u[u.index(u.startIndex, offsetBy: r.lowerBound)..<u.index(u.startIndex, offsetBy: r.upperBound)] { add(c, &space) }
        }
        if clauseCutAfter { out += [0xE2, 0x80, 0xA6] }
        return String(decoding: out, as: UTF8.self)
    }

    /// The date label, then the words (export's `label`).
    public func fullLabel(in text: String) -> String {
        let w = words(in: text)
        guard !w.isEmpty else { return label }
        if origin == .citation { return start.description + " " + w }
        return label + " " + w
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
