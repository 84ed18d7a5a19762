/// Small calendar helpers that write TIMEX3 values.
enum TimeValues {
    @inline(__always)
    static func pad(_ n: Int, _ w: Int) -> String {
        let s = String(abs(n))
        let p = s.count >= w ? s : String(repeating: "0", count: w - s.count) + s
        return n < 0 ? "-" + p : p
    }

    /// `YYYY`.
    static func year(_ y: Int) -> String { pad(y, 4) }
    /// `YYYY-MM`.
    static func month(_ y: Int, _ m: Int) -> String { "\(pad(y, 4))-\(pad(m, 2))" }
    /// `YYYY-MM-DD`.
    static func day(_ d: CalendarDate) -> String { d.description }

    /// Adds `n` months to (year, month).
    static func addMonths(_ y: Int, _ m: Int, _ n: Int) -> (Int, Int) {
        let idx = y * 12 + (m - 1) + n
        let yy = idx >= 0 ? idx / 12 : (idx - 11) / 12
        return (yy, idx - yy * 12 + 1)
    }

    /// The ISO 8601 week-numbering year and week of a day.
    static func isoWeek(_ d: CalendarDate) -> (year: Int, week: Int) {
        let thursday = d.adding(days: 4 - d.weekday)
        let jan1 = CalendarDate(year: thursday.year, month: 1, day: 1)
        return (thursday.year, (thursday.dayNumber - jan1.dayNumber) / 7 + 1)
    }

    /// `YYYY-Www`, the ISO week of `d`.
    static func week(_ d: CalendarDate) -> String {
        let (y, w) = isoWeek(d)
        return "\(pad(y, 4))-W\(pad(w, 2))"
    }

    /// The quarter (1…4) of `d`.
    static func quarter(of d: CalendarDate) -> Int { (d.month - 1) / 3 + 1 }

    static let seasonCodes = ["", "SP", "SU", "FA", "WI"]

    /// The season whose months contain `month` (1 SP … 4 WI; December–February is winter).
    static func season(ofMonth m: Int) -> Int {
        switch m {
        case 3, 4, 5: return 1
        case 6, 7, 8: return 2
        case 9, 10, 11: return 3
        default: return 4
        }
    }

    /// A day clamped into its month ("February 30" → February 28/29), nil for nonsense.
    static func date(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate? {
        guard (1...12).contains(m), d >= 1, d <= 31 else { return nil }
        return CalendarDate.isValid(year: y, month: m, day: d) ? CalendarDate(year: y, month: m, day: d) : nil
    }

    /// A duration value: `P3Y`, `PT4H`, `PXM` (vague count when `n` is nil).
    static func duration(_ n: Int?, _ unit: TimeLexicon.Unit) -> String? {
        let c = n.map(String.init) ?? "X"
        switch unit {
        case .year: return "P\(c)Y"
        case .month: return "P\(c)M"
        case .week: return "P\(c)W"
        case .day: return "P\(c)D"
        case .hour: return "PT\(c)H"
        case .minute: return "PT\(c)M"
        case .second: return "PT\(c)S"
        case .decade: return n.map { "P\($0 * 10)Y" } ?? "PXDE"
        case .century: return n.map { "P\($0)C" } ?? "PXC"
        case .millennium: return n.map { "P\($0)L" } ?? "PXL"
        case .quarter: return "P\(c)Q"
        case .fortnight: return n.map { "P\($0 * 2)W" } ?? "PXW"
        case .weekend, .night: return n.map { "P\($0)D" } ?? "PXD"
        }
    }

    /// The point `n` units away from `ref` (negative = earlier), at the unit's granularity.
    static func shifted(_ ref: CalendarDate, _ unit: TimeLexicon.Unit, _ n: Int) -> String? {
        switch unit {
        case .year: return year(ref.year + n)
        // At the unit's own granularity, as "a month ago" is a month: "a decade ago" is a
        // decade (`200X`), "a century ago" a century (`19`).
        case .decade: return "\(pad((ref.year + 10 * n) / 10, 3))X"
        case .century: return pad((ref.year + 100 * n) / 100, 2)
        case .millennium: return year(ref.year + 1000 * n)
        case .month:
            let (y, m) = addMonths(ref.year, ref.month, n)
            return month(y, m)
        case .quarter:
            let (y, m) = addMonths(ref.year, ref.month, 3 * n)
            return "\(pad(y, 4))-Q\((m - 1) / 3 + 1)"
        case .week, .weekend: return week(ref.adding(days: 7 * n))
        case .fortnight: return week(ref.adding(days: 14 * n))
        case .day, .night: return day(ref.adding(days: n))
        case .hour, .minute, .second: return nil
        }
    }

    /// N and a half units as a TIMEX3 duration ("P2Y6M", "PT1M30S"); nil for units without an even half.
    static func durationAndHalf(_ n: Int, _ u: TimeLexicon.Unit) -> String? {
        guard n >= 0, n < 100_000 else { return nil }
        switch u {
        case .year: return "P\(n)Y6M"
        case .month: return "P\(n)M15D"
        case .day: return "P\(n)DT12H"
        case .hour: return "PT\(n)H30M"
        case .minute: return "PT\(n)M30S"
        case .decade: return "P\(n * 10 + 5)Y"
        case .century: return "P\(n * 100 + 50)Y"
        default: return nil
        }
    }
}
