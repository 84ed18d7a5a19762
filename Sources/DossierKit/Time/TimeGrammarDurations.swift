/// Counts and durations ("three years", "a few days later", "more than four hours", "year-ago")
/// and sets ("every week", "each Thursday").
extension TimeGrammar {
    // MARK: - Counts and durations

    /// A count: digits, number words ("twenty-five"), "a"/"an" (1), or a vague amount (nil value).
    func count(_ i: Int) -> (value: Int?, last: Int, article: Bool, vague: Bool)? {
        guard let x = tok(i) else { return nil }
        if x.kind == .number {
            // "1,000 hours": a count in thousands groups counts too.
            let plain = x.flags & (TimeToken.notPlain | TimeToken.clock | TimeToken.plainS | TimeToken.ordinal) == 0
            guard plain || x.flags & (TimeToken.grouped | TimeToken.clock | TimeToken.plainS | TimeToken.ordinal) == TimeToken.grouped,
                  x.digits <= 6 else { return nil }
            // "2 to 3 weeks", "two or three weeks": a range of counts reads as the first count.
            return (x.num, i, false, false)
        }
        if x.cat == .numWord {
            var v = Int(x.v)
            var last = i
            if v >= 20 && v % 10 == 0, v < 100 {
                if isDash(i + 1), let u = tok(i + 2), u.cat == .numWord, u.v >= 1, u.v <= 9 { v += Int(u.v); last = i + 2 }
                else if let u = tok(i + 1), u.cat == .numWord, u.v >= 1, u.v <= 9 { v += Int(u.v); last = i + 1 }
            }
            // "two hundred years"
            if let h = tok(last + 1), h.cat == .numWord, h.v == 100 { v *= 100; last += 1 }
            return (v, last, false, false)
        }
        guard let w = x.word else { return nil }
        switch w {
        case .a, .an:
            // "for a while", "after a while": a vague duration.
            if isWord(i + 1, .few) { return (nil, i + 1, false, true) }
            if isWord(i + 1, .couple) { return (2, isWord(i + 2, .of) ? i + 2 : i + 1, false, false) }
            if isWord(i + 1, .dozen) { return (12, i + 1, false, false) }
            if isWord(i + 1, .half) { return nil }
            return (1, i, true, false)
        case .several, .few, .many, .numerous:
            return (nil, i, false, true)
        case .some:
            return (nil, i, false, true)
        case .couple:
            return (2, isWord(i + 1, .of) ? i + 1 : i, false, false)
        case .dozens, .hundreds:
            return isWord(i + 1, .of) ? (nil, i + 1, false, true) : nil
        default:
            return nil
        }
    }

    /// A count followed by a unit: a duration, "N units ago/earlier/later", or the adjective "five-year".
    mutating func matchCounted(_ i: Int, first: Int) -> Hit? {
        var half = false
        let c: (value: Int?, last: Int, article: Bool, vague: Bool)
        if let cc = count(i) { c = cc } else if let n = halfDecimal(i) { c = (n, i, false, false); half = true } else { return nil }
        var k = c.last + 1
        // "two and a half years", "2 1/2 years"
        if !c.vague && !c.article && !half {
            if isWord(k, .and), isWord(k + 1, .a), isWord(k + 2, .half), tok(k + 3)?.unit != nil { half = true; k += 3 }
            else if let a = tok(k), a.kind == .number, a.num == 1, a.digits == 1, isPunct(k + 1, "/"), adjacent(k + 1),
                    let b = tok(k + 2), b.kind == .number, b.num == 2, b.digits == 1, adjacent(k + 2), tok(k + 3)?.unit != nil {
                half = true; k += 3
            }
        }
        // "two more years", "a few more weeks"
        if isWord(k, .more), tok(k + 1)?.cat == .unit { k += 1 }
        // "two or three years", "two to three weeks"
        if (isWord(k, .or) || isWord(k, .to)), let c2 = count(k + 1), !c2.article, tok(c2.last + 1)?.cat == .unit { k = c2.last + 1 }
        var hyphen = false
        if isDash(k) && adjacent(k) && adjacent(k + 1) && tok(k)?.ch == UInt8(ascii: "-") { hyphen = true; k += 1 }
        // "will one day be": an unspecified day ahead, not a span of one day.
        if c.value == 1, spelled(i, "one"), tok(k)?.unit == .day, tok(k)?.plural == false,
           let m = word(i - 1), m == .will || m == .would || m == .shall || spelled(i - 1, "could") || spelled(i - 1, "may") || spelled(i - 1, "might") {
            return Hit(first: first, last: k, value: "FUTURE_REF")
        }
        // "eight trading days", "ten business days": days counted on a calendar of working days.
        if spelled(k, "trading") || spelled(k, "business"), tok(k + 1)?.unit == .day { k += 1 }
        guard let ut = tok(k), let u = ut.unit else { return nil }
        // "three-quarters of", "a quarter of the votes": fractions.
        if u == .quarter && (ut.plural && hyphen || isWord(k + 1, .of) || c.article) { return nil }
        // "27 Years" in a title-case headline is a name, not a time.
        if ut.has(TimeToken.capitalized) && !(tok(k - 1)?.kind == .word && isSentenceEnd(k - 2)) && tok(i)?.has(TimeToken.capitalized) != true { return nil }
        if c.vague && !ut.plural && !hyphen { return nil }
        if c.article && ut.plural { return nil }
        if c.value == 1 && !c.article && ut.plural { /* "one years": accept */ }
        // "a year and a half"; before "later"/"ago" the duration is marked and the signal left
        // out, as TimeML does for "a few days later".
        let halfAfter = !half && !c.vague && (!ut.plural || !c.article) && isWord(k + 1, .and) && isWord(k + 2, .a) && isWord(k + 3, .half)
        if (half || halfAfter), let n = c.value {
            guard let v = TimeValues.durationAndHalf(n, u) else { return nil }
            return Hit(first: first, last: halfAfter ? k + 3 : k, value: v, type: .duration)
        }
        if half { return nil }
        // Digit counts need the unit to follow with a space or a hyphen ("30-day", "3 years").
        let value = TimeValues.duration(c.vague ? nil : c.value, u)
        // "N units ago / earlier / later"
        if let nx = word(k + 1), nx == .ago || nx == .earlier || nx == .later {
            // "a few days later": TimeML marks the vague amount as a duration, the signal outside.
            if c.vague && nx != .ago, let v = value { return Hit(first: first, last: k, value: v, type: .duration) }
            return agoHit(first: first, last: k + 1, count: c.vague ? nil : c.value, unit: u, dir: nx, mod: nil)
        }
        // Ages: "55 years old", "a 136-year-old firm".
        if isOneOf(k + 1, TimeKeys.old) || (isDash(k + 1) && isOneOf(k + 2, TimeKeys.old)) { return nil }
        if hyphen {
            // "five-year", "30-day": adjectival durations ("a two-year-long war" keeps "long").
            var last = k
            if isDash(k + 1), adjacent(k + 1), isOneOf(k + 2, TimeKeys.oldLong) { last = k + 2 }
            return value.map { Hit(first: first, last: last, value: $0, type: .duration) }
        }
        if c.article {
            // "a year" as a rate ("55 bcm a year", "twice a year") is not a time expression.
            guard let p = tok(i - 1) else { return nil }
            let ok: Bool
            if let pw = p.word {
                ok = [.for, .in, .within, .over, .about, .around, .than, .nearly, .almost, .after, .before, .only, .just, .least, .up, .some, .past, .last, .next, .during, .by, .into].contains(pw)
                    || (isWord(k + 1, .or)) || isWord(k + 1, .and) || isWord(k + 1, .after) || isWord(k + 1, .before)
                    || isOneOf(i - 1, TimeKeys.amountAdverbs)
            } else {
                ok = p.kind == .word && p.cat == .none && p.word == nil && (isPrecededByVerbLike(i - 1) || isOneOf(i - 1, TimeKeys.amountAdverbs))
            }
            guard ok else { return nil }
            if u == .night || u == .weekend { return nil }
        }
        guard let v = value else { return nil }
        var last = k
        // "the next two years or so", "a week or so"
        if isWord(k + 1, .or), isWord(k + 2, .so) { last = k + 2 }
        if u == .night || (u == .second && c.vague) { return nil }
        return Hit(first: first, last: last, value: v, type: .duration)
    }

    /// "3.5" (a whole number and a half) at token `i`: the whole part.
    func halfDecimal(_ i: Int) -> Int? {
        guard let x = tok(i), x.kind == .number, x.has(TimeToken.notPlain), x.digits <= 4, x.end - x.start == x.digits + 2,
              x.end <= buf.count, buf[x.end - 2] == UInt8(ascii: "."), buf[x.end - 1] == UInt8(ascii: "5") else { return nil }
        return x.num
    }

    /// Verbs like "took", "lasted", "spent" before "a year": plain lowercase words ending a verb phrase.
    func isPrecededByVerbLike(_ i: Int) -> Bool {
        isOneOf(i, TimeKeys.durationVerbs)
    }

    /// The point "N units ago" (from the DCT) or "N units earlier/later" (from the anchor); a vague
    /// count gives `PAST_REF`/`FUTURE_REF`.
    mutating func agoHit(first: Int, last: Int, count: Int?, unit: U, dir: W, mod: Timex.Mod?) -> Hit? {
        guard let c = count else {
            return Hit(first: first, last: last, value: dir == .later ? "FUTURE_REF" : "PAST_REF", mod: mod)
        }
        let sign = dir == .later ? 1 : -1
        var ref = dct
        if dir != .ago {
            // "three years later": from the last date the text named, at the unit's granularity.
            var anchored = false
            switch unit {
            case .year, .decade, .century, .millennium:
                if let y = anchor.year { ref = CalendarDate(year: y, month: 1, day: 1); anchored = true }
            case .month, .quarter:
                if let m = anchor.month { ref = m; anchored = true }
                else if let y = anchor.year { ref = CalendarDate(year: y, month: 1, day: 1); anchored = true }
            default:
                if let d = anchor.day { ref = d; anchored = true }
            }
            // With no date named before it, "seven decades later" has nothing to count from: the DCT is
            // not its anchor. TimeML then marks the amount as a duration and leaves the signal out
            // ("Three days later" → "Three days", P3D); so does a "later" that would land after the DCT
            // outside a future clause.
            let duration = TimeValues.duration(count, unit).map { Hit(first: first, last: last - 1, value: $0, type: .duration) }
            if !anchored { return duration }
            if dir == .later, !(unit == .year && count == 1 && anchor.quarter != nil),
               let v = TimeValues.shifted(ref, unit, c), isAfterDCT(v), tense(first, last) != .future {
                return duration
            }
        }
        // "a year earlier" / "a year ago" in quarterly reporting: the same quarter a year before.
        if unit == .year && c == 1, let q = anchor.quarter {
            return Hit(first: first, last: last, value: "\(TimeValues.year(q.year + sign))-Q\(q.q)", mod: mod, anchorable: false)
        }
        // "a decade ago" is spoken as "ten years ago": the year (2008 in 2018); "two decades ago"
        // keeps the decade (199X).
        if unit == .decade && c == 1, let v = TimeValues.shifted(ref, .year, sign * 10) {
            return Hit(first: first, last: last, value: v, mod: mod)
        }
        guard let v = TimeValues.shifted(ref, unit, sign * c) else {
            return Hit(first: first, last: last, value: ref.description, mod: mod)
        }
        return Hit(first: first, last: last, value: v, mod: mod)
    }

    /// True when a calendar value (`2019`, `2019-10`, `2019-10-08`, `2019-Q4`, `203X`, `21`) lies
    /// after the DCT at its own granularity.
    func isAfterDCT(_ v: String) -> Bool {
        // A decade (`203X`) or a century (`21`) lies after the DCT when it starts after its year.
        if v.count == 4, v.hasSuffix("X"), let d = Int(v.prefix(3)) { return d * 10 > dct.year }
        if v.count == 2, let c = Int(v) { return c * 100 > dct.year }
        guard let y = Int(v.prefix(4)) else { return false }
        if y != dct.year { return y > dct.year }
        let u = Array(v.utf8)
        if u.count >= 7, u[4] == UInt8(ascii: "-"), u[5] == UInt8(ascii: "Q"), let q = Int(v.suffix(1)) { return q > TimeValues.quarter(of: dct) }
        if u.count >= 7, let m = Int(v.dropFirst(5).prefix(2)) {
            if m != dct.month { return m > dct.month }
            if u.count == 10, let d = Int(v.suffix(2)) { return d > dct.day }
        }
        return false
    }

    /// "more than four hours", "about two years ago", "at least 10 days", "around Nov. 9".
    mutating func matchQuantified(_ i: Int) -> Hit? {
        guard let w = word(i) else { return nil }
        var k = i + 1
        var mod: Timex.Mod
        switch w {
        case .more: guard isWord(k, .than) else { return nil }; k += 1; mod = .moreThan
        case .less: guard isWord(k, .than) else { return nil }; k += 1; mod = .lessThan
        case .about, .around, .approximately, .roughly: mod = .approx
        case .nearly, .almost: mod = .lessThan
        case .over: mod = .moreThan
        case .under: mod = .lessThan
        case .within: mod = .equalOrLess
        case .at:
            if isWord(k, .least) { k += 1; mod = .equalOrMore }
            else if isWord(k, .most) { k += 1; mod = .equalOrLess }
            else { return nil }
        case .up: guard isWord(k, .to) else { return nil }; k += 1; mod = .equalOrLess
        case .no:
            guard isWord(k, .more) || isWord(k, .less), isWord(k + 1, .than) else { return nil }
            mod = isWord(k, .more) ? .equalOrLess : .equalOrMore
            k += 2
        case .just:
            guard isWord(k, .over) || isWord(k, .under) else { return nil }
            mod = isWord(k, .over) ? .moreThan : .lessThan
            k += 1
        default: return nil
        }
        if let h = matchCounted(k, first: i), h.type == .duration || h.value.first?.isNumber == true || h.value.hasSuffix("_REF") {
            var h = h
            let isPoint = h.type == .date
            // "over two days" is mostly the preposition ("during"); only "over 20 years ago" quantifies.
            if w == .over && !isPoint { return nil }
            if isPoint {
                // "more than 20 years ago" = before that year; "less than …ago" = after it.
                switch mod {
                case .moreThan, .equalOrMore: h.mod = .before
                case .lessThan, .equalOrLess: h.mod = .after
                default: h.mod = .approx
                }
            } else {
                h.mod = mod
                // "within a week": the signal stays out of the span (guidelines, TimeML).
                if w == .within { h.first = k }
            }
            return h
        }
        // "around Nov. 9", "about 7:15 p.m.": only calendar starts, so "about about …" cannot recurse.
        guard let start = tok(k), start.cat == .month || start.cat == .monthAbbr || start.cat == .weekday || start.kind == .number
                || start.isWord(.today) || start.isWord(.yesterday) || start.isWord(.tomorrow) || start.isWord(.noon) || start.isWord(.midnight) else { return nil }
        if mod == .approx, w != .within, let h = match(k), h.first == k, h.type == .date || h.type == .time, !h.value.hasPrefix("P") {
            var h = h
            h.first = i
            h.mod = .approx
            return h
        }
        return nil
    }

    /// "years ago", "for years", "decades", "year-earlier".
    mutating func matchBareUnit(_ i: Int) -> Hit? {
        guard let x = tok(i), let u = x.unit else { return nil }
        // "by year-end", "by year end", "by year's end", "since year-end": the end of this year
        // (of the last one after "since").
        if u == .year, !x.plural, !x.has(TimeToken.capitalized), let p = word(i - 1), [.by, .until, .at, .before, .since, .after, .around].contains(p) {
            var e = 0
            if isDash(i + 1), adjacent(i + 1), isWord(i + 2, .end), adjacent(i + 2) { e = i + 2 }
            else if isWord(i + 1, .end) { e = i + 1 }
            else if isPunct(i + 1, "'"), adjacent(i + 1), key(i + 2) == TimeKeys.s, adjacent(i + 2), isWord(i + 3, .end) { e = i + 3 }
            if e > 0, !isWord(e + 1, .of) {
                let y = p == .since || (p == .after && tense(i, e) == .past) ? dct.year - 1 : dct.year
                return Hit(first: i, last: e, value: TimeValues.year(y), mod: .end)
            }
        }
        if x.plural {
            if isWord(i + 1, .ago) { return Hit(first: i, last: i + 1, value: "PAST_REF") }
            if let p = word(i - 1), p == .for || p == .over || p == .in || p == .within, u != .second, u != .night {
                if p == .in && !(u == .year || u == .decade || u == .month || u == .week) { return nil }
                return TimeValues.duration(nil, u).map { Hit(first: i, last: i, value: $0, type: .duration) }
            }
            // "spent decades under military rule", "lifted the order hours later": a vague stretch
            // after a verb of duration, or before "later"/"earlier" (the amount, as "three days later").
            if u != .second, u != .night, isPrecededByVerbLike(i - 1) || isWord(i + 1, .later) || isWord(i + 1, .earlier) {
                return TimeValues.duration(nil, u).map { Hit(first: i, last: i, value: $0, type: .duration) }
            }
            return nil
        }
        // "year-earlier", "year-ago" (financial prose): the same period a year before.
        if u == .year, isDash(i + 1), adjacent(i + 1), adjacent(i + 2), let w = word(i + 2), w == .earlier || w == .ago {
            // "the year-ago third quarter", "the year-earlier quarter"
            if let o = tok(i + 3), o.cat == .ordWord || o.isWord(.first) || o.isWord(.second), tok(i + 4)?.unit == .quarter, tok(i + 4)?.plural == false {
                let q = o.cat == .ordWord ? Int(o.v) : o.isWord(.first) ? 1 : 2
                if (1...4).contains(q) {
                    let y = (anchor.quarter?.year ?? dct.year) - 1
                    return Hit(first: i, last: i + 4, value: "\(TimeValues.year(y))-Q\(q)", anchorable: false)
                }
            }
            if let q = anchor.quarter, tok(i + 3)?.unit == .quarter || isWord(i + 3, .period) {
                return Hit(first: i, last: i + 3, value: "\(TimeValues.year(q.year - 1))-Q\(q.q)", anchorable: false)
            }
            if let q = anchor.quarter { return Hit(first: i, last: i + 2, value: "\(TimeValues.year(q.year - 1))-Q\(q.q)", anchorable: false) }
            return Hit(first: i, last: i + 2, value: TimeValues.year(dct.year - 1))
        }
        return nil
    }

    // MARK: - Sets

    /// "every week", "each year", "every other month", "each Thursday", "every July": SET values.
    mutating func matchSet(_ i: Int) -> Hit? {
        var k = i + 1
        var mult = 1
        if isWord(k, .other) { mult = 2; k += 1 }
        if let c = count(k), !c.article, !c.vague, let c1 = c.value, tok(c.last + 1)?.unit != nil { mult = c1; k = c.last + 1 }
        guard let x = tok(k) else { return nil }
        if let u = x.unit {
            if x.plural && mult == 1 { return nil }
            guard let d = TimeValues.duration(mult, u) else { return nil }
            return Hit(first: i, last: k, value: d, type: .set)
        }
        if x.cat == .weekday, x.has(TimeToken.capitalized) {
            var v = "XXXX-WXX-\(x.v)"
            var last = k
            if let p = tok(k + 1), p.cat == .partOfDay { v += partCode(p.v); last = k + 1 }
            return Hit(first: i, last: last, value: v, type: .set)
        }
        if x.cat == .month, x.has(TimeToken.capitalized) { return Hit(first: i, last: k, value: "XXXX-\(TimeValues.pad(Int(x.v), 2))", type: .set) }
        if x.cat == .season { return Hit(first: i, last: k, value: "XXXX-\(TimeValues.seasonCodes[Int(x.v)])", type: .set) }
        if x.cat == .partOfDay { return Hit(first: i, last: k, value: "XXXX-XX-XXT\(partCode(x.v).dropFirst())", type: .set) }
        return nil
    }
}
