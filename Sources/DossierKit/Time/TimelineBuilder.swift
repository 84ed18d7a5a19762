/// Builds the timeline from time expressions and citation dates (guidelines §4).
///
/// Every TIMEX whose value names a calendar interval (a day, month, year, season, quarter,
/// half, ISO week, decade, century, or a range of these) and every resolved citation date
/// becomes a ``TimelineEntry``; durations, sets and fuzzy references (`PAST_REF`) do not.
public enum TimelineBuilder {
    /// Timeline entries for `timexes` and the resolved dates of `citations`, sorted by interval start
    /// and then by position, each tied to the sentence containing it.
    /// With `text`, each entry also gets what ``TimelineEntry/words(in:)`` shows: an event's clause, a
    /// citation's sources. A citation gives one entry per date, however many sources share it.
    public static func build(timexes: [Timex], citations: [Citation], sentences: [Span], text: TextBuffer? = nil) -> [TimelineEntry] {
        var out: [TimelineEntry] = []
        out.reserveCapacity(timexes.count + citations.count)
        for t in timexes where t.type == .date || t.type == .time {
            guard let (a, b, label) = interval(t.value) else { continue }
            let full = t.mod.map { label + " (" + qualifier($0) + ")" } ?? label
            let s = sentence(containing: t.span.start, in: sentences)
            var entry = TimelineEntry(start: a, end: b, label: full, origin: .timex, at: t.span, sentence: s)
            if let text, let c = TimelineWords.clause(around: t.span, sentence: s, in: text) {
                entry.clause = c.0; entry.clauseCutBefore = c.cutBefore; entry.clauseCutAfter = c.cutAfter
            }
            out.append(entry)
        }
        for c in citations {
            let s = sentence(containing: c.span.start, in: sentences)
            // Dates in order of first appearance, each with every source that carries it.
            var dates: [CalendarDate] = []
            var sources: [CalendarDate: [String]] = [:]
            for r in c.refs {
                for d in r.dates {
                    if sources[d] == nil { dates.append(d) }
                    if !(sources[d]?.contains(r.source) ?? false) { sources[d, default: []].append(r.source) }
                }
            }
            for d in dates {
                let names = (sources[d] ?? []).joined(separator: ", ")
                out.append(TimelineEntry(start: d, end: d, label: "\(d) \(names)", origin: .citation, at: c.span, sentence: s))
            }
        }
        // Stable order: interval start, then position in the text.
        let order = out.indices.sorted { i, j in
            let a = out[i], b = out[j]
            if a.start != b.start { return a.start < b.start }
            if a.at.start != b.at.start { return a.at.start < b.at.start }
            return i < j
        }
        return order.map { out[$0] }
    }

    /// "21st", "20th".
    static func ordinal(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }

    /// The label qualifier for a mod ("before", "early", "about"…).
    static func qualifier(_ m: Timex.Mod) -> String {
        switch m {
        case .before: return "before"
        case .after: return "after"
        case .onOrAfter: return "on or after"
        case .onOrBefore: return "on or before"
        case .start: return "early"
        case .mid: return "mid"
        case .end: return "late"
        case .approx: return "about"
        case .lessThan: return "less than"
        case .moreThan: return "more than"
        case .equalOrLess: return "at most"
        case .equalOrMore: return "at least"
        }
    }

    /// The sentence containing `offset` (binary search over sorted, disjoint spans).
    static func sentence(containing offset: Int, in sentences: [Span]) -> Span? {
        sentences.index(containing: offset).map { sentences[$0] }
    }

    /// The first and last day of a TIMEX value and its label, or nil when it is not a calendar interval.
    static func interval(_ value: String) -> (CalendarDate, CalendarDate, String)? {
        if let slash = value.firstIndex(of: "/") {
            let left = String(value[..<slash])
            let right = String(value[value.index(after: slash)...])
            guard let (a, _, la) = interval(left), let (_, b, lb) = interval(right), a <= b else { return nil }
            return (a, b, la + " → " + lb)
        }
        // Times: the day.
        var v = Substring(value)
        if let t = v.firstIndex(of: "T"), v.distance(from: v.startIndex, to: t) == 10 { v = v[..<t] }
        let u = Array(v.utf8)
        func digits(_ r: Range<Int>) -> Int? {
            guard r.lowerBound >= 0, r.upperBound <= u.count, !r.isEmpty else { return nil }
            var n = 0
            for k in r {
                guard u[k] >= 0x30 && u[k] <= 0x39 else { return nil }
                n = n * 10 + Int(u[k] - 0x30)
            }
            return n
        }
        func monthEnd(_ y: Int, _ m: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: CalendarDate.daysIn(month: m, year: y)) }
        let dash = UInt8(ascii: "-")
        // Century "19", decade "199X".
        if u.count == 2, let c = digits(0..<2) {
            return (CalendarDate(year: c * 100, month: 1, day: 1), CalendarDate(year: c * 100 + 99, month: 12, day: 31), ordinal(c + 1) + " century")
        }
        if u.count == 4, u[3] == UInt8(ascii: "X"), let d = digits(0..<3) {
            return (CalendarDate(year: d * 10, month: 1, day: 1), CalendarDate(year: d * 10 + 9, month: 12, day: 31), "\(d * 10)s")
        }
        guard u.count >= 4, let y = digits(0..<4) else { return nil }
        if u.count == 4 {
            return (CalendarDate(year: y, month: 1, day: 1), CalendarDate(year: y, month: 12, day: 31), String(v))
        }
        guard u[4] == dash else { return nil }
        if u.count == 7, let m = digits(5..<7), (1...12).contains(m) {
            return (CalendarDate(year: y, month: m, day: 1), monthEnd(y, m), String(v))
        }
        if u.count == 10, let m = digits(5..<7), let d = digits(8..<10), u[7] == dash, CalendarDate.isValid(year: y, month: m, day: d) {
            let day = CalendarDate(year: y, month: m, day: d)
            return (day, day, String(v))
        }
        if u.count == 7, u[5] == UInt8(ascii: "Q"), let q = digits(6..<7), (1...4).contains(q) {
            return (CalendarDate(year: y, month: 3 * q - 2, day: 1), monthEnd(y, 3 * q), "\(y) Q\(q)")
        }
        if u.count == 7, u[5] == UInt8(ascii: "H"), let h = digits(6..<7), (1...2).contains(h) {
            return (CalendarDate(year: y, month: 6 * h - 5, day: 1), monthEnd(y, 6 * h), "\(y) H\(h)")
        }
        if u.count == 7 {
            let code = String(v.suffix(2))
            switch code {
            case "SP": return (CalendarDate(year: y, month: 3, day: 1), monthEnd(y, 5), "\(y) spring")
            case "SU": return (CalendarDate(year: y, month: 6, day: 1), monthEnd(y, 8), "\(y) summer")
            case "FA": return (CalendarDate(year: y, month: 9, day: 1), monthEnd(y, 11), "\(y) autumn")
            case "WI": return (CalendarDate(year: y, month: 12, day: 1), monthEnd(y + 1, 2), "\(y) winter")
            default: break
            }
        }
        if u.count >= 8, u[5] == UInt8(ascii: "W"), let w = digits(6..<8), (1...53).contains(w) {
            // ISO week: the Monday of week 1 is the Monday on or before January 4.
            let jan4 = CalendarDate(year: y, month: 1, day: 4)
            let monday = jan4.adding(days: 1 - jan4.weekday + 7 * (w - 1))
            if u.count == 11, v.hasSuffix("-WE") {
                return (monday.adding(days: 5), monday.adding(days: 6), String(v.prefix(8)) + " weekend")
            }
            guard u.count == 8 else { return nil }
            return (monday, monday.adding(days: 6), String(v))
        }
        return nil
    }
}
