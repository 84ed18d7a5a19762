/// Calendar patterns: months and days, years, decades, seasons, quarters, halves, weekdays,
/// relative points ("last week") and part-of-period modifiers ("early 2020", "end of September").
extension TimeGrammar {
    /// Words that make a bare month name a date ("in May", "since March", "last August").
    static let monthCues: Set<TimeLexicon.Word> = [
        .in, .since, .by, .until, .from, .of, .during, .through, .before, .after, .last, .this, .next, .early, .late,
        .mid, .between, .to, .and, .or, .each, .every, .on, .for, .as, .past, .coming,
    ]

    /// "September 16", "Aug. 21, 1989", "June 2019", "September 30–October 3", "May 18–19",
    /// a bare month with a cue, or a season ("spring of 2018", "this autumn" is relative).
    mutating func matchCalendar(_ i: Int) -> Hit? {
        guard let x = tok(i) else { return nil }
        if x.cat == .season { return matchSeason(i) }
        guard x.cat == .month || x.cat == .monthAbbr, x.has(TimeToken.capitalized) else { return nil }
        let m = Int(x.v)
        var k = i + 1
        var last = i
        if x.cat == .monthAbbr && isPunct(k, ".") && adjacent(k) { last = k; k += 1 }
        else if x.cat == .monthAbbr {
            // "Sept 30" without the period is fine; a bare "Jan" is not a date.
            guard dayNumber(k) != nil || yearNumber(k, loose: true) != nil else { return nil }
        }
        if x.cat == .monthAbbr && last == i && dayNumber(k) == nil && yearNumber(k, loose: true) == nil { return nil }
        // "Theresa May": a month name right after a capitalized name word belongs to the name.
        if let p = tok(i - 1), p.kind == .word, p.has(TimeToken.capitalized), p.cat == .none, adjacentSpaceOnly(i) {
            if m == 5 || (dayNumber(k) == nil && yearNumber(k, loose: true) == nil) { return nil }
        }
        if let d = dayNumber(k) {
            var dayLast = k
            var year: Int?
            if isPunct(k + 1, ","), let y = yearNumber(k + 2, loose: true) { year = y; dayLast = k + 2 }
            else if let y = yearNumber(k + 1, loose: true) { year = y; dayLast = k + 1 }
            // Ranges: "September 30–October 3", "May 18–19", "September 27–November 9, 2020".
            if year == nil, isDash(k + 1) {
                var endMonth = m
                var endDay: Int?
                var endLast = k + 1
                if let e = tok(k + 2), e.cat == .month || e.cat == .monthAbbr, e.has(TimeToken.capitalized) {
                    var kk = k + 3
                    if isPunct(kk, ".") { kk += 1 }
                    if let d2 = dayNumber(kk) { endMonth = Int(e.v); endDay = d2; endLast = kk }
                } else if let d2 = dayNumber(k + 2), d2 > d {
                    endDay = d2; endLast = k + 2
                }
                if let endDay {
                    var y2: Int?
                    if isPunct(endLast + 1, ","), let y = yearNumber(endLast + 2, loose: true) { y2 = y; endLast += 2 }
                    else if let y = yearNumber(endLast + 1, loose: true) { y2 = y; endLast += 1 }
                    let ys = y2 ?? yearFor(month: m, day: d, tense: tense(i, endLast), nearPast: nearPast(i), deadline: isDeadline(i))
                    let ye = endMonth < m ? ys + 1 : ys
                    if let a = TimeValues.date(ys, m, d), let b = TimeValues.date(ye, endMonth, endDay), a <= b {
                        return Hit(first: i, last: endLast, value: "\(a)/\(b)")
                    }
                }
            }
            let y = year ?? yearFor(month: m, day: d, tense: tense(i, dayLast), nearPast: nearPast(i), deadline: isDeadline(i))
            guard let date = TimeValues.date(y, m, d) else { return nil }
            // "Aug. 21, 1989" may be followed by a clock time; kept simple: the day.
            return Hit(first: i, last: dayLast, value: date.description)
        }
        if let y = yearNumber(k, loose: true) {
            return Hit(first: i, last: k, value: TimeValues.month(y, m))
        }
        if isWord(k, .of), let y = yearNumber(k + 1, loose: true) {
            return Hit(first: i, last: k + 1, value: TimeValues.month(y, m))
        }
        // "January nineteen ninety-seven" (spoken transcripts).
        if let (y, yLast) = spokenYear(k) ?? (isWord(k, .of) ? spokenYear(k + 1) : nil) {
            return Hit(first: i, last: yLast, value: TimeValues.month(y, m))
        }
        // "June last year", "January this year"
        if let w = word(k), w == .last || w == .this || w == .next, tok(k + 1)?.unit == .year, tok(k + 1)?.plural == false {
            let y = dct.year + (w == .last ? -1 : w == .next ? 1 : 0)
            return Hit(first: i, last: k + 1, value: TimeValues.month(y, m))
        }
        guard last == i || x.cat == .month else { return nil }
        // A bare month name: needs a cue for the ambiguous ones ("May", "March"), and no name before it.
        let cue: Bool = {
            if let w = word(i - 1), TimeGrammar.monthCues.contains(w) { return true }
            if isDash(i - 1), adjacent(i), word(i - 2) == .mid { return true }
            return false
        }()
        if !cue {
            if m == 5 || m == 3 || m == 8 { return nil }
            if let p = tok(i - 1), p.kind == .word, p.has(TimeToken.capitalized) { return nil }
        }
        let y = yearFor(month: m, day: nil, tense: tense(i, last), nearPast: nearPast(i), deadline: isDeadline(i))
        return Hit(first: i, last: last, value: TimeValues.month(y, m))
    }

    /// True when only spaces separate token `i` from the one before.
    func adjacentSpaceOnly(_ i: Int) -> Bool {
        guard let a = tok(i - 1), let b = tok(i) else { return false }
        var k = a.end
        while k < b.start { if buf[k] != 0x20 { return false }; k += 1 }
        return true
    }

    /// "spring of 2018", "summer 2019", "in the spring" (needs a cue word), not "Arab Spring".
    mutating func matchSeason(_ i: Int) -> Hit? {
        guard let x = tok(i), x.cat == .season, !x.plural else { return nil }
        let s = Int(x.v)
        if isWord(i + 1, .of), let y = yearNumber(i + 2, loose: true) {
            return Hit(first: i, last: i + 2, value: "\(TimeValues.year(y))-\(TimeValues.seasonCodes[s])")
        }
        if let y = yearNumber(i + 1, loose: true) {
            return Hit(first: i, last: i + 1, value: "\(TimeValues.year(y))-\(TimeValues.seasonCodes[s])")
        }
        // "the winter of nineteen ninety-four" (spoken transcripts).
        if let (y, yLast) = spokenYear(i + 1) ?? (isWord(i + 1, .of) ? spokenYear(i + 2) : nil) {
            return Hit(first: i, last: yLast, value: "\(TimeValues.year(y))-\(TimeValues.seasonCodes[s])")
        }
        if let p = tok(i - 1), p.kind == .word, p.has(TimeToken.capitalized), p.word == nil { return nil }
        guard let w = word(i - 1), [.the, .in, .this, .last, .next, .early, .late, .mid, .during, .since, .until, .by, .through, .before, .after, .of].contains(w) else { return nil }
        // "exports power in summer": without an article or a year the season recurs (generic),
        // unless a past or future clause pins it to one year.
        if w == .in || w == .during {
            let tn = tense(i, i)
            if tn != .past && tn != .future { return nil }
        }
        // "the fall of Kabul", "the spring of discontent", "winter storms"
        if isWord(i + 1, .of) { return nil }
        if let nx = tok(i + 1), nx.kind == .word, nx.cat == .none, !nx.has(TimeToken.capitalized) { return nil }
        if s == 3 && key(i) == TimeKeys.fall {
            // "fall" is also a verb and a noun; only "the fall"/"in the fall"/"this fall" with no object.
            if let nx = tok(i + 1), nx.kind == .word { return nil }
        }
        let midMonth = [0, 4, 7, 10, 1][s]
        let y = yearFor(month: midMonth, day: nil, tense: tense(i, i), nearPast: nearPast(i), deadline: isDeadline(i))
        return Hit(first: i, last: i, value: "\(TimeValues.year(y))-\(TimeValues.seasonCodes[s])")
    }

    /// "the 1990s" is a decade (`199X`); "the 1900s" and "the 1800s", a year ending in 00 before
    /// 2000, name the century (`19`, `18`), as writers mostly mean; "the 2000s" stays a decade.
    static func decadeOrCentury(_ year: Int) -> String {
        year % 100 == 0 && year < 2000 ? TimeValues.pad(year / 100, 2) : "\(year / 10)X"
    }

    /// Years, decades, ranges of years, ISO dates, clock times, "21 August 2016", "20th century", counts.
    mutating func matchNumber(_ i: Int) -> Hit? {
        guard let x = tok(i), x.kind == .number else { return nil }
        if x.has(TimeToken.clock) { return matchClock(i) }
        if let h = matchHourAmPm(i) { return h }
        if x.has(TimeToken.plainS), x.digits == 4, x.num >= 1000, x.num <= 2190, x.num % 10 == 0 {
            if let p = tok(i - 1), adjacent(i), p.kind == .word || (p.isDash && !isWord(i - 2, .mid)) { return nil }
            return Hit(first: i, last: i, value: Self.decadeOrCentury(x.num))
        }
        if let y = yearNumber(i) {
            // ISO date "2019-10-08"
            if isDash(i + 1), adjacent(i + 1), let mo = tok(i + 2), mo.kind == .number, mo.digits == 2, adjacent(i + 2),
               isDash(i + 3), adjacent(i + 3), let da = tok(i + 4), da.kind == .number, da.digits == 2, adjacent(i + 4),
               let d = TimeValues.date(y, mo.num, da.num) {
                return Hit(first: i, last: i + 4, value: d.description)
            }
            // "the 1988 second quarter", "the 1988 quarter"
            var k = i + 1
            var nth: Int?
            if let o = tok(k), o.cat == .ordWord { nth = Int(o.v); k += 1 }
            else if isWord(k, .first) { nth = 1; k += 1 }
            else if isWord(k, .second) { nth = 2; k += 1 }
            if isDash(k) && nth != nil { k += 1 }
            if tok(k)?.unit == .quarter, tok(k)?.plural == false, let q = nth ?? anchor.quarter?.q, (1...4).contains(q) {
                return Hit(first: i, last: k, value: "\(TimeValues.year(y))-Q\(q)")
            }
            // "1980-88", "the 2012-13 season", "2008-9": a range with a shortened end year.
            if isDash(i + 1), adjacent(i + 1), adjacent(i + 2), let e = tok(i + 2), e.kind == .number,
               e.digits == 2 || (e.digits == 1 && y % 10 != 9),
               e.flags & (TimeToken.notPlain | TimeToken.clock | TimeToken.ordinal | TimeToken.plainS) == 0 {
                let end = e.digits == 2 ? y - y % 100 + e.num : y - y % 10 + e.num
                if end > y { return Hit(first: i, last: i + 2, value: "\(TimeValues.year(y))/\(TimeValues.year(end))") }
            }
            // "1994–2020", "1994-2020"
            if isDash(i + 1), let y2 = yearNumber(i + 2, loose: true), y2 > y, y2 - y < 300 {
                return Hit(first: i, last: i + 2, value: "\(TimeValues.year(y))/\(TimeValues.year(y2))")
            }
            return Hit(first: i, last: i, value: TimeValues.year(y))
        }
        // "21 August 2016", "5th of May"
        if let d = dayNumber(i) ?? (x.has(TimeToken.ordinal) && x.num <= 31 && x.num >= 1 ? x.num : nil) {
            var k = i + 1
            if isWord(k, .of) && x.has(TimeToken.ordinal) { k += 1 }
            if let mt = tok(k), mt.cat == .month || mt.cat == .monthAbbr, mt.has(TimeToken.capitalized) {
                let m = Int(mt.v)
                var last = k
                if isPunct(k + 1, ".") && mt.cat == .monthAbbr { last = k + 1 }
                var year: Int?
                if let y = yearNumber(last + 1, loose: true) { year = y; last += 1 }
                else if isPunct(last + 1, ","), let y = yearNumber(last + 2, loose: true) { year = y; last += 2 }
                let y = year ?? yearFor(month: m, day: d, tense: tense(i, last), nearPast: nearPast(i), deadline: isDeadline(i))
                if let date = TimeValues.date(y, m, d) { return Hit(first: i, last: last, value: date.description) }
            }
        }
        // "20th century", "21st-century"
        if x.has(TimeToken.ordinal), x.num >= 1, x.num <= 30 {
            var k = i + 1
            if isDash(k) && adjacent(k) { k += 1 }
            if tok(k)?.unit == .century, tok(k)?.plural == false {
                return Hit(first: i, last: k, value: TimeValues.pad(x.num - 1, 2))
            }
        }
        return matchCounted(i, first: i)
    }

    /// "7:15 p.m.", "at 10:30".
    mutating func matchClock(_ i: Int) -> Hit? {
        guard let x = tok(i), x.has(TimeToken.clock) else { return nil }
        var h = x.num / 100
        let mi = x.num % 100
        guard h <= 24, mi < 60 else { return nil }
        var last = i
        if let (pm, l) = amPm(i + 1) {
            if pm && h < 12 { h += 12 }
            if !pm && h == 12 { h = 0 }
            last = l
        } else {
            guard let w = word(i - 1), [.at, .around, .about, .by, .until, .before, .after, .since, .from, .to].contains(w) else { return nil }
        }
        let (day, dl) = dayAfterTime(last)
        let v = day.description + "T" + TimeValues.pad(h, 2) + ":" + TimeValues.pad(mi, 2)
        return Hit(first: i, last: dl ?? last, value: v, type: .time)
    }

    /// "10 a.m.", "7pm".
    mutating func matchHourAmPm(_ i: Int) -> Hit? {
        guard let x = tok(i), x.kind == .number, x.digits <= 2, x.num >= 1, x.num <= 12 else { return nil }
        var pm: Bool
        var last = i
        if x.has(TimeToken.notPlain) && (x.ch == 0x61 || x.ch == 0x70) {
            pm = x.ch == 0x70
        } else if x.flags & (TimeToken.notPlain | TimeToken.ordinal | TimeToken.plainS) == 0, let (p, l) = amPm(i + 1) {
            pm = p; last = l
        } else { return nil }
        var h = x.num
        if pm && h < 12 { h += 12 }
        if !pm && h == 12 { h = 0 }
        let (day, dl) = dayAfterTime(last)
        return Hit(first: i, last: dl ?? last, value: day.description + "T" + TimeValues.pad(h, 2) + ":00", type: .time)
    }

    /// The day a clock time is on: "5 p.m. EST Nov. 9", "10 p.m. Wednesday"; the DCT otherwise.
    mutating func dayAfterTime(_ last: Int) -> (CalendarDate, Int?) {
        var k = last + 1
        if let z = tok(k), z.kind == .word, z.has(TimeToken.allCaps), z.end - z.start <= 4, z.cat == .none { k += 1 }
        if isPunct(k, ",") { k += 1 }
        guard let x = tok(k) else { return (dct, nil) }
        if x.cat == .weekday || x.cat == .month || x.cat == .monthAbbr || x.isWord(.today) || x.isWord(.yesterday) || x.isWord(.tomorrow),
           let h = calendarCore(k), let d = CalendarDate(iso: h.value) {
            return (d, h.last)
        }
        return (dct, nil)
    }

    /// "Q3", "Q3 2021", "Q3 of 2021": a quarter code; without a year it is the quarter of the
    /// DCT year, or of the year before when a past clause names a quarter still ahead.
    mutating func matchQuarterCode(_ i: Int) -> Hit? {
        guard let x = tok(i), x.has(TimeToken.capitalized), x.end - x.start == 1, let nt = tok(i + 1), nt.kind == .number, nt.digits == 1,
              adjacent(i + 1), nt.flags & (TimeToken.notPlain | TimeToken.clock | TimeToken.ordinal | TimeToken.plainS) == 0,
              (1...4).contains(nt.num) else { return nil }
        // "Q3X", "Q3-class": part of a name or model.
        if let g = tok(i + 2), adjacent(i + 2), g.kind == .word || g.kind == .number || g.isDash { return nil }
        if let p = tok(i - 1), adjacent(i), p.kind == .word || p.kind == .number || p.isDash { return nil }
        let q = nt.num
        if let y = yearNumber(i + 2, loose: true) {
            return Hit(first: i, last: i + 2, value: "\(TimeValues.year(y))-Q\(q)")
        }
        if isWord(i + 2, .of), let y = yearNumber(i + 3, loose: true) {
            return Hit(first: i, last: i + 3, value: "\(TimeValues.year(y))-Q\(q)")
        }
        let y = yearFor(month: (q - 1) * 3 + 1, day: nil, tense: tense(i, i + 1), nearPast: nearPast(i), deadline: isDeadline(i))
        anchor.quarter = (y, q)
        return Hit(first: i, last: i + 1, value: "\(TimeValues.year(y))-Q\(q)")
    }

    /// "Christmas", "Christmas Day", "Christmas Eve" (with an optional year) as dates; after a
    /// temporal preposition or with Day/Eve only, so "Christmas trees" stay out.
    mutating func matchChristmas(_ i: Int) -> Hit? {
        guard let x = tok(i), x.has(TimeToken.capitalized) else { return nil }
        var last = i
        var day = 25
        if isWord(i + 1, .eve), tok(i + 1)?.has(TimeToken.capitalized) == true { day = 24; last = i + 1 }
        else if let d = tok(i + 1), d.unit == .day, !d.plural, d.has(TimeToken.capitalized) { last = i + 1 }
        if last == i {
            guard let w = word(i - 1), [.on, .at, .before, .after, .until, .since, .by, .over, .for, .around, .during, .from, .through].contains(w) else { return nil }
            if let nx = tok(i + 1), nx.kind == .word, nx.cat == .none || nx.cat == .unit, !nx.has(TimeToken.capitalized) { return nil }
        }
        if let y = yearNumber(last + 1, loose: true) {
            return Hit(first: i, last: last + 1, value: "\(TimeValues.year(y))-12-\(day)")
        }
        let y = yearFor(month: 12, day: day, tense: tense(i, last), nearPast: nearPast(i), deadline: isDeadline(i))
        guard let d = TimeValues.date(y, 12, day) else { return nil }
        setDay(d)
        return Hit(first: i, last: last, value: d.description)
    }

    /// "New Year's Day", "New Year's Eve", "New Year" after a temporal preposition; not
    /// "Lunar New Year" or "Orthodox New Year" (other calendars).
    mutating func matchNewYear(_ i: Int) -> Hit? {
        guard let x = tok(i), x.has(TimeToken.capitalized), let yt = tok(i + 1), yt.unit == .year, !yt.plural, yt.has(TimeToken.capitalized) else { return nil }
        if let p = tok(i - 1), p.kind == .word, p.has(TimeToken.capitalized), p.word == nil, !isSentenceEnd(i - 2), i >= 2 { return nil }
        var k = i + 2
        if isPunct(k, "'"), adjacent(k), key(k + 1) == TimeKeys.s, adjacent(k + 1) { k += 2 }
        var month = 1
        var day = 1
        var last = i + 1
        if let d = tok(k), d.unit == .day, !d.plural, d.has(TimeToken.capitalized) { last = k }
        else if isWord(k, .eve), tok(k)?.has(TimeToken.capitalized) == true { month = 12; day = 31; last = k }
        else {
            guard let w = word(i - 1), [.on, .at, .before, .after, .until, .since, .by, .over, .for, .around, .during, .from, .through].contains(w) else { return nil }
            if let nx = tok(k), nx.kind == .word, nx.cat == .none || nx.cat == .unit, !nx.has(TimeToken.capitalized) { return nil }
        }
        if let y = yearNumber(last + 1, loose: true) {
            return Hit(first: i, last: last + 1, value: "\(TimeValues.year(y))-\(TimeValues.pad(month, 2))-\(TimeValues.pad(day, 2))")
        }
        let y = yearFor(month: month, day: day, tense: tense(i, last), nearPast: nearPast(i), deadline: isDeadline(i))
        guard let d = TimeValues.date(y, month, day) else { return nil }
        setDay(d)
        return Hit(first: i, last: last, value: d.description)
    }

    /// "noon Thursday", "midnight Friday".
    mutating func matchNoon(_ i: Int) -> Hit? {
        guard let w = word(i), w == .noon || w == .midnight else { return nil }
        let (day, dl) = dayAfterTime(i)
        guard let dl else { return nil }
        return Hit(first: i, last: dl, value: day.description + (w == .noon ? "T12:00" : "T24:00"), type: .time)
    }

    /// "a.m." / "p.m." / "am" / "pm" at token `i`: (is pm, last token).
    func amPm(_ i: Int) -> (Bool, Int)? {
        guard let x = tok(i), x.kind == .word else { return nil }
        if x.isWord(.am) || x.isWord(.pm) { return (x.isWord(.pm), i) }
        let s = key(i)
        guard s == TimeKeys.a || s == TimeKeys.p, isPunct(i + 1, "."), adjacent(i + 1), key(i + 2) == TimeKeys.m, adjacent(i + 2) else { return nil }
        let last = isPunct(i + 3, ".") && adjacent(i + 3) ? i + 3 : i + 2
        return (s == TimeKeys.p, last)
    }

    /// "Monday", "on Friday night", "Saturday, April 25".
    mutating func matchWeekday(_ i: Int, rel: TimeLexicon.Word?, first: Int) -> Hit? {
        guard let x = tok(i), x.cat == .weekday, x.has(TimeToken.capitalized) else { return nil }
        let wd = Int(x.v)
        // An explicit date after it decides: "Saturday, April 25".
        var k = i + 1
        if isPunct(k, ",") { k += 1 }
        if let mt = tok(k), mt.cat == .month || mt.cat == .monthAbbr, let h = matchCalendar(k), h.value.count == 10 {
            return Hit(first: first, last: h.last, value: h.value)
        }
        var last = i
        var part: String?
        if let p = tok(i + 1), p.cat == .partOfDay, !p.plural { part = partCode(p.v); last = i + 1 }
        if let p = tok(i + 1), p.unit == .night, p.plural { return Hit(first: first, last: i + 1, value: "XXXX-WXX-\(wd)TNI", type: .set) }
        // "on Monday and Tuesday nights": the plural covers both days.
        if isWord(i + 1, .and) || isWord(i + 1, .or), tok(i + 2)?.cat == .weekday, let p = tok(i + 3), p.unit == .night, p.plural {
            return Hit(first: first, last: i, value: "XXXX-WXX-\(wd)TNI", type: .set)
        }
        // "announced Friday, holders would receive": a past verb right before the day wins over
        // a future cue elsewhere in the sentence.
        let d = weekdayDate(wd, tense: nearPast(first) ? .past : tense(first, last), rel: rel)
        if let part { return Hit(first: first, last: last, value: d.description + part, type: .time) }
        setDay(d)
        return Hit(first: first, last: last, value: d.description)
    }

    /// "early 2020", "mid-November", "late August", "the end of September", "the beginning of the year".
    mutating func matchPartOfPeriod(_ i: Int, first: Int) -> Hit? {
        guard let w = word(i) else { return nil }
        var k = i + 1
        let mod: Timex.Mod
        switch w {
        case .early: mod = .start
        case .late: mod = .end
        case .mid, .middle: mod = .mid
        case .end, .close: mod = .end
        case .beginning, .start: mod = .start
        default: return nil
        }
        if w == .end || w == .close || w == .beginning || w == .start || w == .middle {
            guard isWord(k, .of) else { return nil }
            k += 1
            if isWord(k, .the), let u = tok(k + 1)?.unit, tok(k + 1)?.plural == false {
                let v: String?
                switch u {
                case .year: v = TimeValues.year(dct.year)
                case .month: v = TimeValues.month(dct.year, dct.month)
                case .week: v = TimeValues.week(dct)
                case .decade: v = "\(dct.year / 10)X"
                case .century: v = TimeValues.pad(dct.year / 100, 2)
                default: v = nil
                }
                if let v { return Hit(first: first, last: k + 1, value: v, mod: mod) }
                return nil
            }
            if isWord(k, .the) { k += 1 }
        } else if isDash(k) && adjacent(k) {
            k += 1
        }
        // "mid-afternoon yesterday", "late morning Friday": a part of a named day.
        if w != .end && w != .close, let p = tok(k), p.cat == .partOfDay, !p.plural, let d = calendarCore(k + 1), d.value.count == 10 {
            return Hit(first: first, last: d.last, value: d.value + partCode(p.v), type: .time)
        }
        guard let core = calendarCore(k), core.type == .date, !core.value.hasPrefix("P"), !core.value.hasSuffix("_REF") else { return nil }
        var h = core
        h.first = first
        h.mod = mod
        return h
    }

    /// A calendar point at `k` for part-of-period phrases.
    mutating func calendarCore(_ k: Int) -> Hit? {
        guard let x = tok(k) else { return nil }
        var h: Hit?
        if x.kind == .number {
            if let y = yearNumber(k, loose: true) {
                h = Hit(first: k, last: k, value: TimeValues.year(y))
            } else if x.has(TimeToken.plainS), x.digits == 4, x.num % 10 == 0 {
                h = Hit(first: k, last: k, value: Self.decadeOrCentury(x.num))
            } else if x.has(TimeToken.ordinal) {
                // "the early 20th century"
                if let c = matchNumber(k), c.value.count == 2 { h = c }
            }
        } else if x.kind == .punct {
            h = match(k)
        } else {
            switch x.cat {
            case .month, .monthAbbr, .season: h = matchCalendar(k)
            case .weekday: h = matchWeekday(k, rel: nil, first: k)
            case .word:
                if let w = x.word {
                    switch w {
                    case .this, .last, .next, .current: h = matchRelative(k, first: k, withThe: false)
                    case .today, .yesterday, .tomorrow: h = matchDeictic(k)
                    default: h = nil
                    }
                }
            default: h = nil
            }
        }
        guard let h, h.first == k else { return nil }
        return h
    }

    /// "the first quarter of 2023", "second half of 2021", "third-quarter", "the 21st century".
    mutating func matchOrdinalPeriod(_ i: Int, first: Int) -> Hit? {
        guard let x = tok(i) else { return nil }
        let nth: Int
        if x.cat == .ordWord { nth = Int(x.v) }
        else if x.isWord(.first) { nth = 1 }
        else if x.isWord(.second) { nth = 2 }
        else if x.isWord(.last) { nth = -1 }
        else { return nil }
        var k = i + 1
        if isDash(k) && adjacent(k) { k += 1 }
        guard let u = tok(k) else { return nil }
        let isHalf = u.isWord(.half)
        let isQuarter = u.unit == .quarter && !u.plural
        if u.unit == .century, !u.plural, nth >= 1 { return Hit(first: first, last: k, value: TimeValues.pad(nth - 1, 2)) }
        guard isHalf || isQuarter else { return nil }
        let maxN = isHalf ? 2 : 4
        let idx = nth == -1 ? maxN : nth
        guard idx >= 1 && idx <= maxN else { return nil }
        var last = k
        var year: Int?
        if isWord(k + 1, .of) {
            if let y = yearNumber(k + 2, loose: true) { year = y; last = k + 2 }
            else if isWord(k + 2, .the), tok(k + 3)?.unit == .year, tok(k + 3)?.plural == false { year = dct.year; last = k + 3 }
            else if let w = word(k + 2), w == .last || w == .this || w == .next, tok(k + 3)?.unit == .year {
                year = dct.year + (w == .last ? -1 : w == .next ? 1 : 0); last = k + 3
            }
        } else if let y = yearNumber(k + 1, loose: true) { year = y; last = k + 1 }
        let startMonth = isHalf ? (idx - 1) * 6 + 1 : (idx - 1) * 3 + 1
        // A quarter or half without a year is this year's, or last year's when it has not begun.
        let y = year ?? (startMonth > dct.month && tense(first, last) != .future ? dct.year - 1 : dct.year)
        // A quarter still ahead ("the third quarter of 1990"), or the current one in a future clause
        // ("will report a loss in the fourth quarter"), is a forecast, not the period being reported,
        // which "the year-ago period" refers back to.
        let current = (dct.year, TimeValues.quarter(of: dct))
        let forecast = isQuarter && ((y, idx) > current || ((y, idx) == current && tense(first, last) == .future))
        if isQuarter && !forecast { anchor.quarter = (y, idx) }
        return Hit(first: first, last: last, value: "\(TimeValues.year(y))-\(isHalf ? "H" : "Q")\(idx)", anchorable: !forecast)
    }

    /// "nineteen ninety-one" → 1991.
    mutating func matchSpokenYear(_ i: Int) -> Hit? {
        guard let (v, last) = spokenYear(i) else { return nil }
        return Hit(first: i, last: last, value: TimeValues.year(v))
    }

    /// The year spelled out from token `i` ("nineteen ninety-one") and its last token.
    /// "two thousand", "two thousand five", "two thousand and ten" → 2000, 2005, 2010.
    func spokenTwoThousand(_ i: Int) -> (year: Int, last: Int)? {
        guard let x = tok(i), x.cat == .numWord, x.v == 2, spelled(i + 1, "thousand") else { return nil }
        var k = i + 2
        if isWord(k, .and) { k += 1 }
        if let c = count(k), !c.article, !c.vague, let v = c.value, v >= 1, v <= 99, tok(k)?.cat == .numWord, tok(c.last + 1)?.cat != .unit {
            return (2000 + v, c.last)
        }
        return (2000, i + 1)
    }

    func spokenYear(_ i: Int) -> (year: Int, last: Int)? {
        guard let x = tok(i), x.cat == .numWord, x.v == 19 || x.v == 20 else { return nil }
        guard let y = tok(i + 1), y.cat == .numWord, y.v >= 20, y.v <= 90, y.v % 10 == 0 else { return nil }
        var v = Int(x.v) * 100 + Int(y.v)
        var last = i + 1
        if isDash(i + 2), let u = tok(i + 3), u.cat == .numWord, u.v >= 1, u.v <= 9 { v += Int(u.v); last = i + 3 }
        return (v, last)
    }
}
