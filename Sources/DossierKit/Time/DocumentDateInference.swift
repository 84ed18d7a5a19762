import Foundation

/// Decides the document creation time (DCT).
///
/// `--date` wins, then a full date in the header (a "Published:" line, a wire dateline such as
/// "MOSCOW, March 3, 2021 /TASS/", a date line under the title: see `DocumentDateHeader.swift`).
/// Otherwise the clues are combined: the EDM volume number gives the year (volume N appeared
/// in 2003 + N), a header date without a year gives the day, the dated citations give a lower
/// bound (the article appeared after the sources it cites; the day after the latest is the
/// estimate), the issue number places the article in the year when nothing else does, and the
/// latest explicit year of the text (not in a future clause, including past events named with
/// their year) gives the year when there is no volume; news style, which writes the year only
/// for other years' dates, moves it one year on.
public enum DocumentDateInference {
    /// The clues of an article sit in its first pages; longer inputs are scanned this far only.
    static let scanLimit = 1 << 19

    /// EDM publishes about 185 issues a year: issue N appears near day N × 1.98 of the year.
    static let daysPerIssue = 1.98

    /// The DCT of `text`: `given` when set (`inferred: false`), else the best estimate with a `basis`
    /// sentence; `today` stands in for the clock (tests), used only when the text has no clue at all.
    /// `given` (from `--date`, page metadata or front matter) carries its own basis.
    public static func infer(
        _ text: TextBuffer, metadata: Metadata, citations: [Citation], given: GivenDate?,
        today: CalendarDate? = nil
    ) -> DocumentDate {
        if let given { return DocumentDate(value: given.value, inferred: false, basis: given.basis, confidence: 1) }
        let header = headerDate(text)
        if let h = header, let y = h.year, let d = TimeValues.date(y, h.month, h.day) {
            return DocumentDate(value: d, inferred: true, basis: sentence(["\(h.label) gives the date \(d.description)"]),
                                confidence: h.kind == .updated ? 0.85 : h.kind == .dateLine ? 0.9 : 0.95)
        }
        var volume = metadata.volume
        var issue = metadata.issue
        if volume == nil || issue == nil {
            let (v, i) = publicationNumbers(text)
            volume = volume ?? v
            issue = issue ?? i
        }
        if let v = volume, !(1...150).contains(v) { volume = nil }
        var dates: [PartialDate] = citations.flatMap { $0.refs.flatMap(\.rawDates) }
        var fromText = false
        if dates.isEmpty {
            dates = citationDatesFromText(text)
            fromText = !dates.isEmpty
        }
        let yearless = dates.filter { $0.year == nil && $0.month != nil && $0.day != nil }
        let dated = dates.compactMap { d -> CalendarDate? in
            guard let y = d.year, let m = d.month, let dd = d.day else { return nil }
            return TimeValues.date(y, m, dd)
        }
        let clues = textClues(text)
        let textYear = clues.year
        let (latest, wrapped) = latestCircular(yearless)

        var year: Int?
        var why: [String] = []
        // How sure the year is (see DocumentDate.confidence).
        var yearConfidence = 0.0
        if let v = volume {
            year = 2003 + v
            yearConfidence = 0.95
            why.append("EDM volume \(v) appeared in \(2003 + v)")
        } else if let ty = textYear {
            year = ty
            yearConfidence = 0.8
            // A January article citing December days: the text's latest year is the previous one.
            if wrapped, let l = latest, l.month <= 2, dated.contains(where: { $0.year == ty && $0.month >= 10 }) {
                year = ty + 1
                yearConfidence = 0.75
                why.append("the latest year the text names is \(ty) and its December citations come before January ones")
            } else if dates.isEmpty, clues.yearOnlyWithMonth, !clues.yearless.isEmpty || header != nil {
                // News style names the year only for dates outside the current year: "since
                // February 2022" next to a bare "July 17" means the article is from a later year.
                year = ty + 1
                yearConfidence = 0.55
                why.append("the latest year the text names, \(ty), comes only with a month while other dates go without a year, so the text is from \(ty + 1)")
            } else {
                why.append("the latest year the text names (outside future clauses) is \(ty)")
            }
        }
        if let h = header {
            // A dateline or date line without a year: the year of the other clues, else of the
            // latest dated citation (a month-day before it is in the next year), else up to today.
            var y = year
            if y == nil, let maxDated = dated.max() {
                y = (h.month, h.day) < (maxDated.month, maxDated.day) ? maxDated.year + 1 : maxDated.year
                yearConfidence = 0.75
                why.append("the latest cited date is \(maxDated.description)")
            }
            if y == nil {
                let now = today ?? currentDate()
                y = (h.month, h.day) > (now.month, now.day) ? now.year - 1 : now.year
                yearConfidence = 0.4
                why.append("no year clue, so the most recent such day up to today is taken")
            }
            if let y, let d = TimeValues.date(y, h.month, h.day) ?? TimeValues.date(y, h.month, min(h.day, 28)) {
                why.insert("\(h.label) gives the day (\(d.month)/\(d.day))", at: 0)
                return DocumentDate(value: d, inferred: true, basis: sentence(why), confidence: min(0.95, yearConfidence))
            }
        }
        if year == nil, dated.isEmpty, let l = latest {
            // Only year-less citation dates: the most recent such day up to today.
            let now = today ?? currentDate()
            let past = (l.month, l.day) > (now.month, now.day)
            year = past ? now.year - 1 : now.year
            yearConfidence = 0.35
            why.append("no year clue, so the citations' year is taken as the most recent one up to today")
        }
        if let l = latest, let y = year {
            var d = TimeValues.date(y, l.month, l.day) ?? CalendarDate(year: y, month: l.month, day: min(l.day, 28))
            // An early issue citing only late-year days (December sources in a January issue):
            // those days belong to the year before.
            if volume != nil, let iss = issue, iss >= 1, iss <= 400 {
                let estimate = CalendarDate(year: y, month: 1, day: 1).adding(days: Int((Double(iss) * daysPerIssue).rounded()))
                if d.dayNumber - estimate.dayNumber > 120, let prev = TimeValues.date(y - 1, l.month, l.day) {
                    d = prev
                    why.append("issue \(iss) is early in the year, so the late-year citations are from \(y - 1)")
                }
            }
            if let maxDated = dated.filter({ $0.year == y }).max(), maxDated > d { d = maxDated }
            var value = d.adding(days: 1)
            why.append("the latest cited date is \(d.description)\(fromText ? " (from parenthetical citations)" : "")\(wrapped ? ", after a turn of the year in the citations" : ""), so the article appeared the day after")
            // Analytical outlets publish on weekdays: a Saturday or Sunday estimate moves to Monday.
            if value.weekday >= 6 {
                value = value.adding(days: 8 - value.weekday)
                why.append("moved to the following Monday, as the outlet publishes on weekdays")
            }
            return DocumentDate(value: value, inferred: true, basis: sentence(why),
                                confidence: min(0.9, yearConfidence) - (fromText ? 0.05 : 0))
        }
        if year == nil, let maxDated = dated.max() {
            why.append("the latest cited date with a year is \(maxDated.description)")
            return DocumentDate(value: maxDated.adding(days: 1), inferred: true, basis: sentence(why), confidence: 0.75)
        }
        if let y = year {
            if let iss = issue, iss >= 1, iss <= 400 {
                let doy = min(364, max(0, Int((Double(iss) * daysPerIssue).rounded()) - 1))
                let d = CalendarDate(year: y, month: 1, day: 1).adding(days: doy)
                why.append("issue \(iss) falls around \(d.description) at about \(Int(365 / daysPerIssue)) issues a year")
                return DocumentDate(value: d.year == y ? d : CalendarDate(year: y, month: 12, day: 31), inferred: true, basis: sentence(why), confidence: 0.6)
            }
            if let maxDated = dated.filter({ $0.year == y }).max() {
                why.append("the latest cited date is \(maxDated.description)")
                return DocumentDate(value: maxDated.adding(days: 1), inferred: true, basis: sentence(why), confidence: min(0.8, yearConfidence))
            }
            let (lastDay, _) = latestCircular(clues.yearless)
            let yearlessDate = lastDay.flatMap { TimeValues.date(y, $0.month, $0.day) }
            if let d = clues.date, d.year == y, yearlessDate.map({ d >= $0 }) ?? true {
                why.append("the latest full date the text names is \(d.description)")
                return DocumentDate(value: d, inferred: true, basis: sentence(why), confidence: min(0.75, yearConfidence))
            }
            if let d = yearlessDate {
                // Dates named without a year are of the article's year; it appeared after the latest.
                var value = d.adding(days: 1)
                why.append("the latest date the text names without a year is \(d.month)/\(d.day), so the article appeared the day after")
                if value.weekday >= 6 {
                    value = value.adding(days: 8 - value.weekday)
                    why.append("moved to the following Monday, as news appears on weekdays")
                }
                return DocumentDate(value: value, inferred: true, basis: sentence(why), confidence: min(0.6, yearConfidence))
            }
            why.append("no day clue, so mid-year is assumed")
            return DocumentDate(value: CalendarDate(year: y, month: 7, day: 1), inferred: true, basis: sentence(why), confidence: 0.2)
        }
        let now = today ?? currentDate()
        return DocumentDate(value: now, inferred: true, basis: "No date clue in the text (no volume, dated citations or years), so today's date is used.", assumed: true, confidence: 0)
    }

    /// Joins the reasons into one sentence for `basis`.
    static func sentence(_ parts: [String]) -> String {
        guard let first = parts.first else { return "" }
        let joined = parts.dropFirst().reduce(first) { $0 + "; " + $1 }
        return joined.prefix(1).uppercased() + joined.dropFirst() + "."
    }

    /// Today's date (UTC) from the system clock.
    static func currentDate() -> CalendarDate {
        let days = Int((Date().timeIntervalSince1970 / 86400).rounded(.down))
        return CalendarDate(dayNumber: days)
    }

    /// Reads "Volume: N" and "Issue: M" from the first lines (the EDM publication line).
    static func publicationNumbers(_ text: TextBuffer) -> (Int?, Int?) {
        let b = text.bytes
        let end = min(b.count, 4096)
        func number(after label: String) -> Int? {
            let l = Array(label.utf8)
            var i = 0
            while i + l.count < end {
                var ok = true
                for k in 0..<l.count where b[i + k] | 0x20 != l[k] | 0x20 { ok = false; break }
                if ok {
                    var j = i + l.count
                    while j < end && (b[j] == 0x3A || b[j] == 0x20 || b[j] == 0x2E) { j += 1 }
                    var v = 0
                    var digits = 0
                    while j < end && b[j] >= 0x30 && b[j] <= 0x39 && digits < 6 { v = v * 10 + Int(b[j] - 0x30); j += 1; digits += 1 }
                    if digits > 0 { return v }
                }
                i += 1
            }
            return nil
        }
        return (number(after: "Volume") ?? number(after: "Vol"), number(after: "Issue"))
    }

    /// The latest (month, day) of year-less dates read as a circular sequence: the largest gap
    /// between consecutive days of the year is where the year turns. Also says whether dates
    /// before the turn (late in the previous year) exist.
    static func latestCircular(_ dates: [PartialDate]) -> (latest: (month: Int, day: Int)?, wrapped: Bool) {
        let days = Set(dates.compactMap { d -> Int? in
            guard let m = d.month, let dd = d.day, (1...12).contains(m), (1...31).contains(dd) else { return nil }
            return m * 32 + dd
        }).sorted()
        guard let lastDay = days.last, let firstDay = days.first else { return (nil, false) }
        func ordinal(_ k: Int) -> Int { (k / 32 - 1) * 31 + k % 32 }
        // Gap after each date to the next one, circularly; the largest gap follows the latest date.
        var best = days.count - 1
        var bestGap = ordinal(firstDay) + 372 - ordinal(lastDay)
        for i in 0..<(days.count - 1) {
            let gap = ordinal(days[i + 1]) - ordinal(days[i])
            if gap > bestGap { bestGap = gap; best = i }
        }
        let k = days[best]
        return ((k / 32, k % 32), best != days.count - 1)
    }

    /// The latest explicit year of the text, leaving out years in future clauses ("by 2025")
    /// and years above the document's own time frame.
    static func latestTextYear(_ text: TextBuffer) -> Int? { textClues(text).year }

    /// What the running text says about its own time: the latest explicit year and the latest
    /// full date ("February 13, 1998") outside future clauses, whether that year ever stands
    /// alone (not only in "February 2022"), and the year-less month-day dates outside future clauses.
    struct TextClues {
        var year: Int?
        var date: CalendarDate?
        /// The latest year appears only after a month ("since February 2022", "Feb. 24, 2022").
        var yearOnlyWithMonth = false
        /// "July 17", "Jan. 8": dates without a year, not in future or present-tense clauses.
        var yearless: [PartialDate] = []
    }

    static func textClues(_ text: TextBuffer) -> TextClues {
        var c = TextClues()
        var bare: Set<Int> = []
        text.bytes.withUnsafeBufferPointer { buf in
            let head = UnsafeBufferPointer(rebasing: buf[0..<min(buf.count, scanLimit)])
            TimeTagger.forEachChunk(head, excluded: [], lexicon: TimeLexicon.shared) { toks in
                let g = TimeGrammar(t: toks, buf: head, dct: CalendarDate(year: 2000, month: 1, day: 1), anchor: TimeGrammar.Anchor())
                for i in toks.indices {
                    let x = toks[i]
                    if (x.cat == .month || x.cat == .monthAbbr) && x.has(TimeToken.capitalized) {
                        // "July 17" with no year after it, in a clause that is not about the future.
                        var k = i + 1
                        if g.isPunct(k, ".") { k += 1 }
                        guard let d = g.dayNumber(k), TimeValues.date(2000, Int(x.v), d) != nil else { continue }
                        if g.yearNumber(k + 1) != nil || (g.isPunct(k + 1, ",") && g.yearNumber(k + 2) != nil) { continue }
                        // A schedule ("will vote on May 20", "the summit is on May 20") lies ahead.
                        let tn = g.tense(i, k)
                        if tn == .future || (tn == .present && !g.nearPast(i)) { continue }
                        c.yearless.append(PartialDate(year: nil, month: Int(x.v), day: d))
                        continue
                    }
                    guard x.kind == .number, x.digits == 4, (1900...2199).contains(x.num) else { continue }
                    guard let y = g.yearNumber(i, loose: true) else {
                        // "Kavkaz-2020", "Trident Juncture 2018": an exercise or event named with its
                        // year; once it lies in the past, the text is from that year or later.
                        if x.flags & (TimeToken.notPlain | TimeToken.clock | TimeToken.ordinal | TimeToken.plainS) == 0,
                           let p = g.tok(i - 1), p.isDash || (p.kind == .word && p.has(TimeToken.capitalized)),
                           g.tense(i, i) == .past {
                            // Not a month-qualified year: the news-style rule must not fire on it.
                            bare.insert(x.num)
                            if c.year.map({ x.num > $0 }) ?? true { c.year = x.num }
                        }
                        continue
                    }
                    if let w = g.word(i - 1), [.by, .until, .before, .through, .to].contains(w) { continue }
                    if g.isDash(i - 1) { continue }
                    if g.tense(i, i) == .future { continue }
                    if c.year.map({ y > $0 }) ?? true { c.year = y }
                    // "Month D, YYYY"
                    var k = i - 1
                    if g.isPunct(k, ",") { k -= 1 }
                    var withMonth = false
                    if let d = g.dayNumber(k), let m = g.tok(k - 1), m.cat == .month || m.cat == .monthAbbr || (g.isPunct(k - 1, ".") && g.tok(k - 2)?.cat == .monthAbbr) {
                        let month = m.cat == .month || m.cat == .monthAbbr ? Int(m.v) : Int(g.tok(k - 2)?.v ?? 0)
                        withMonth = true
                        if let date = TimeValues.date(y, month, d), c.date.map({ date > $0 }) ?? true { c.date = date }
                    }
                    // "February 2022", "24 Feb. 2022".
                    if let m = g.tok(i - 1), m.cat == .month || m.cat == .monthAbbr { withMonth = true }
                    if g.isPunct(i - 1, "."), g.tok(i - 2)?.cat == .monthAbbr { withMonth = true }
                    if !withMonth { bare.insert(y) }
                }
            }
        }
        if let y = c.year { c.yearOnlyWithMonth = !bare.contains(y) }
        return c
    }

    /// Dates of parentheticals that look like source citations ("(Aze.az, September 16)",
    /// "(see EDM, July 19, 2016)"), for when the citation stage has found none.
    static func citationDatesFromText(_ text: TextBuffer) -> [PartialDate] {
        var out: [PartialDate] = []
        let b = text.bytes
        var toks: [TimeToken] = []
        b.withUnsafeBufferPointer { buf in
            var i = 0
            let limit = min(buf.count, scanLimit)
            while i < limit {
                guard buf[i] == 0x28 else { i += 1; continue }
                var j = i + 1
                while j < buf.count && j - i < 400 && buf[j] != 0x29 && buf[j] != 0x0A && buf[j] != 0x28 { j += 1 }
                guard j < buf.count && buf[j] == 0x29 else { i += 1; continue }
                toks.removeAll(keepingCapacity: true)
                var ex = 0
                TimeTokenizer.tokenize(buf, from: i + 1, to: j, excluded: [], exclIndex: &ex, lexicon: TimeLexicon.shared, into: &toks)
                out.append(contentsOf: datesOfCitation(toks))
                i = j + 1
            }
        }
        return out
    }

    /// "Source, Month D[, D…][, YYYY]; …": the content must start with a source word (or "see")
    /// and separate it from the first date by a comma or a space after a name.
    static func datesOfCitation(_ t: [TimeToken]) -> [PartialDate] {
        guard let first = t.first, first.kind == .word, first.cat != .month, first.cat != .monthAbbr, first.cat != .weekday else { return [] }
        var out: [PartialDate] = []
        var k = 1
        while k < t.count {
            let x = t[k]
            guard x.cat == .month || x.cat == .monthAbbr, x.has(TimeToken.capitalized) else { k += 1; continue }
            let m = Int(x.v)
            var j = k + 1
            if j < t.count && t[j].isPunct(UInt8(ascii: ".")) { j += 1 }
            var days: [Int] = []
            while j < t.count, t[j].kind == .number, t[j].digits <= 2, (1...31).contains(t[j].num) {
                days.append(t[j].num)
                // ", 24, 25": more days of the same month.
                if j + 2 < t.count, t[j + 1].isPunct(UInt8(ascii: ",")), t[j + 2].kind == .number, t[j + 2].digits <= 2 { j += 2 } else { j += 1; break }
            }
            guard !days.isEmpty else { k += 1; continue }
            var year: Int?
            if j + 1 < t.count, t[j].isPunct(UInt8(ascii: ",")), t[j + 1].kind == .number, t[j + 1].digits == 4 { year = t[j + 1].num; j += 2 }
            else if j < t.count, t[j].kind == .number, t[j].digits == 4 { year = t[j].num; j += 1 }
            for d in days { out.append(PartialDate(year: year, month: m, day: d)) }
            k = j
        }
        return out
    }
}
