/// Relative points and periods: "this year", "last week", "the past year", "the last two decades",
/// "the previous Friday", "this year's third quarter".
extension TimeGrammar {
    /// "this year", "last week", "next month", "last May", "the last two decades", "the coming months",
    /// "recent weeks", "the following day", "this spring".
    mutating func matchRelative(_ i: Int, first: Int, withThe: Bool) -> Hit? {
        guard var w = word(i) else { return nil }
        var j = i + 1
        // "this past weekend", "this coming Monday"
        if w == .this, !withThe, let nx = word(j), nx == .past || nx == .coming, let u = tok(j + 1), u.unit != nil || u.cat == .weekday, !u.plural {
            w = nx == .past ? .last : .next
            j += 1
        }
        guard let x = tok(j) else { return nil }
        // "the last half of 1989", "the first half of 2020"
        if withThe, w == .last || w == .first, x.isWord(.half), isWord(j + 1, .of), let y = yearNumber(j + 2, loose: true) {
            return Hit(first: first, last: j + 2, value: "\(TimeValues.year(y))-H\(w == .last ? 2 : 1)")
        }
        if w == .recent {
            if let u = x.unit, x.plural, u != .second, u != .night { return Hit(first: first, last: j, value: "PAST_REF") }
            if x.isWord(.times) { return Hit(first: first, last: j, value: "PAST_REF") }
            return nil
        }
        // "the current fiscal year", "the latest fiscal year": the fiscal year is read as the calendar one.
        if withThe, x.isWord(.fiscal), tok(j + 1)?.unit == .year, tok(j + 1)?.plural == false, !isWord(j + 2, .of) {
            switch w {
            case .current, .this: return Hit(first: first, last: j + 1, value: TimeValues.year(dct.year))
            case .latest, .last, .past, .previous: return Hit(first: first, last: j + 1, value: TimeValues.year(dct.year - 1))
            case .next, .coming: return Hit(first: first, last: j + 1, value: TimeValues.year(dct.year + 1))
            default: return nil
            }
        }
        if w == .latest, x.isWord(.period), withThe {
            // "the latest period" in earnings reports: the quarter being reported.
            let (y, q) = anchor.quarter ?? lastQuarter()
            return Hit(first: first, last: j, value: "\(TimeValues.year(y))-Q\(q)", anchorable: false)
        }
        if w == .latest || w == .current {
            if x.unit == .quarter, !x.plural {
                let (y, q) = w == .latest ? lastQuarter() : (dct.year, TimeValues.quarter(of: dct))
                anchor.quarter = (y, q)
                return Hit(first: first, last: j, value: "\(TimeValues.year(y))-Q\(q)")
            }
            if w == .latest { return nil }
        }
        // A count: "the last two decades", "the next 10 years", "the past few weeks".
        if let c = count(j), !c.article, let ut = tok(c.last + 1), let u = ut.unit, ut.plural || c.value == 1 {
            guard [.last, .past, .next, .coming, .previous, .following, .first].contains(w) || withThe else { return nil }
            var last = c.last + 1
            if isWord(last + 1, .or), isWord(last + 2, .so) { last += 2 }
            return TimeValues.duration(c.vague ? nil : c.value, u).map { Hit(first: first, last: last, value: $0, type: .duration) }
        }
        if let u = x.unit {
            // "This Week" in title case names a programme.
            if x.has(TimeToken.capitalized) && tok(i)?.has(TimeToken.capitalized) == true && !isSentenceEnd(i - 1) && i > 0 { return nil }
            if x.plural {
                switch w {
                case .coming, .upcoming, .next: return Hit(first: first, last: j, value: "FUTURE_REF")
                case .past, .last, .previous: return withThe ? Hit(first: first, last: j, value: "PAST_REF") : nil
                case .following:
                    // "the following decades": a stretch of time after the events told, of no set length.
                    guard withThe else { return nil }
                    return TimeValues.duration(nil, u).map { Hit(first: first, last: j, value: $0, type: .duration) }
                default: return nil
                }
            }
            let thisLike = w == .this || w == .current
            if thisLike {
                switch u {
                case .year:
                    if let h = possessivePeriod(year: dct.year, first: first, after: j) { return h }
                    return Hit(first: first, last: j, value: TimeValues.year(dct.year))
                case .month: return Hit(first: first, last: j, value: TimeValues.month(dct.year, dct.month))
                case .week: return Hit(first: first, last: j, value: TimeValues.week(dct))
                case .weekend: return Hit(first: first, last: j, value: TimeValues.week(dct) + "-WE")
                case .quarter:
                    // "This quarter's loss" in a report on a completed quarter: the reported one.
                    if w == .this, isPunct(j + 1, "'"), key(j + 2) == TimeKeys.s, let q = anchor.quarter, q == lastQuarter() {
                        return Hit(first: first, last: j, value: "\(TimeValues.year(q.year))-Q\(q.q)", anchorable: false)
                    }
                    anchor.quarter = (dct.year, TimeValues.quarter(of: dct))
                    return Hit(first: first, last: j, value: "\(TimeValues.year(dct.year))-Q\(TimeValues.quarter(of: dct))")
                case .decade: return Hit(first: first, last: j, value: "\(dct.year / 10)X")
                case .century: return Hit(first: first, last: j, value: TimeValues.pad(dct.year / 100, 2))
                default: return nil
                }
            }
            var sign: Int
            switch w {
            case .last, .past, .previous: sign = -1
            case .next, .coming, .following, .upcoming: sign = 1
            default: return nil
            }
            if u == .quarter && (w == .last || w == .next || w == .previous) {
                let v = TimeValues.shifted(dct, .quarter, sign) ?? ""
                return Hit(first: first, last: j, value: v)
            }
            let anchored = w == .previous || w == .following || (withThe && w == .next && u == .day)
            if anchored {
                var ref = anchor.day ?? dct
                if u == .month, let m = anchor.month { ref = m }
                if u == .year, let y = anchor.year { ref = CalendarDate(year: y, month: 1, day: 1) }
                guard let v = TimeValues.shifted(ref, u, sign) else { return nil }
                if u == .day, let d = CalendarDate(iso: v) { setDay(d) }
                return Hit(first: first, last: j, value: u == .weekend ? v + "-WE" : v)
            }
            if withThe && (w == .coming || w == .upcoming) && u != .day {
                // "the coming year", like "the coming months": the future, not a measured period.
                return Hit(first: first, last: j, value: "FUTURE_REF")
            }
            if withThe && u == .year && (w == .past || w == .last) {
                // "the past year", "the last year": the previous calendar year (TimeBank's reading).
                return Hit(first: first, last: j, value: TimeValues.year(dct.year - 1))
            }

            if withThe || w == .past {
                // "the next month", "past week": a period reaching to or from now.
                guard u != .weekend, u != .night else { return nil }
                return TimeValues.duration(1, u).map { Hit(first: first, last: j, value: $0, type: .duration) }
            }
            guard w == .last || w == .next || w == .coming else { return nil }
            if w == .coming { return nil }
            if u == .year, let h = possessivePeriod(year: dct.year + sign, first: first, after: j) { return h }
            // "earned $33 million in the quarter, compared with $12 million last year": the figure
            // compared is the same quarter of last year.
            if u == .year, w == .last, let q = anchor.quarter, q.year == dct.year, followsComparison(first) {
                return Hit(first: first, last: j, value: "\(TimeValues.year(q.year - 1))-Q\(q.q)", anchorable: false)
            }
            guard let v = TimeValues.shifted(dct, u, sign) else { return nil }
            if u == .day, let d = CalendarDate(iso: v) { setDay(d) }
            return Hit(first: first, last: j, value: u == .weekend ? v + "-WE" : v)
        }
        if (x.cat == .month) && x.has(TimeToken.capitalized) && [.last, .this, .next].contains(w) && !withThe {
            let m = Int(x.v)
            let y: Int
            switch w {
            case .last: y = m < dct.month ? dct.year : dct.year - 1
            case .next: y = m > dct.month ? dct.year : dct.year + 1
            default: y = dct.year
            }
            return Hit(first: first, last: j, value: TimeValues.month(y, m))
        }
        if x.cat == .weekday {
            // "the previous Friday", "the following Monday": the week before or after the day the
            // text last named, not the DCT's.
            if withThe, w == .previous || w == .following, let ref = anchor.day, x.has(TimeToken.capitalized) {
                let wd = Int(x.v)
                let d: CalendarDate
                if w == .previous {
                    var back = (ref.weekday - wd + 7) % 7
                    if back == 0 { back = 7 }
                    d = ref.adding(days: -back)
                } else {
                    var fwd = (wd - ref.weekday + 7) % 7
                    if fwd == 0 { fwd = 7 }
                    d = ref.adding(days: fwd)
                }
                setDay(d)
                return Hit(first: first, last: j, value: d.description)
            }
            guard [.last, .this, .next, .coming, .previous].contains(w) else { return nil }
            return matchWeekday(j, rel: w, first: first)
        }
        if x.cat == .season, !x.plural, [.last, .this, .next, .past, .coming].contains(w), !withThe || w != .this {
            let s = Int(x.v)
            let cur = TimeValues.season(ofMonth: dct.month)
            // January and February belong to the winter that began the year before.
            let curYear = dct.month <= 2 ? dct.year - 1 : dct.year
            var y = curYear
            switch w {
            case .last, .past: if s >= cur { y -= 1 }
            case .next, .coming: if s <= cur { y += 1 }
            default: y = s == 4 ? curYear : dct.year
            }
            return Hit(first: first, last: j, value: "\(TimeValues.year(y))-\(TimeValues.seasonCodes[s])")
        }
        if x.cat == .partOfDay, !withThe {
            switch w {
            case .this: return Hit(first: first, last: j, value: dct.description + partCode(x.v), type: .time)
            case .last: return Hit(first: first, last: j, value: dct.adding(days: -1).description + partCode(x.v), type: .time)
            default: return nil
            }
        }
        return nil
    }

    /// "this year's third quarter", "last year's quarter": a quarter or half of a named year.
    mutating func possessivePeriod(year y: Int, first: Int, after j: Int) -> Hit? {
        guard isPunct(j + 1, "'"), adjacent(j + 1), key(j + 2) == TimeKeys.s else { return nil }
        var k = j + 3
        var nth: Int?
        if let o = tok(k), o.cat == .ordWord { nth = Int(o.v); k += 1 }
        else if isWord(k, .first) { nth = 1; k += 1 }
        else if isWord(k, .second) { nth = 2; k += 1 }
        if isDash(k) { k += 1 }
        if tok(k)?.unit == .quarter, tok(k)?.plural == false {
            guard let q = nth ?? anchor.quarter?.q, (1...4).contains(q) else { return nil }
            return Hit(first: first, last: k, value: "\(TimeValues.year(y))-Q\(q)")
        }
        if isWord(k, .half), let h = nth, (1...2).contains(h) {
            return Hit(first: first, last: k, value: "\(TimeValues.year(y))-H\(h)")
        }
        return nil
    }
}
