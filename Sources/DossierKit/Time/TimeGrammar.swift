/// The patterns of the time tagger, tried at candidate tokens of one chunk of text.
///
/// Every `match…` function looks at tokens from an index and returns a ``Hit`` (first and
/// last token, value, type, mod) or nil. They read tokens only through the bounds-checked
/// helpers, so no input can make them trap.
struct TimeGrammar {
    typealias W = TimeLexicon.Word
    typealias U = TimeLexicon.Unit

    struct Hit {
        var first: Int
        var last: Int
        var value: String
        var type: Timex.TimexType = .date
        var mod: Timex.Mod? = nil
        /// False for values derived from the anchor ("a year earlier"), which must not move it.
        var anchorable = true
    }

    enum Tense { case past, present, future, unknown }

    /// What earlier expressions of the document established (for "a year earlier", "the next day").
    struct Anchor: Sendable {
        var day: CalendarDate?
        var quarter: (year: Int, q: Int)?
        /// The first day of the last month named (for "the following month").
        var month: CalendarDate?
        var year: Int?
    }

    let t: [TimeToken]
    let buf: UnsafeBufferPointer<UInt8>
    let dct: CalendarDate
    var anchor: Anchor

    var n: Int { t.count }

    // MARK: - Token helpers

    @inline(__always) func tok(_ i: Int) -> TimeToken? { i >= 0 && i < t.count ? t[i] : nil }
    @inline(__always) func isWord(_ i: Int, _ w: W) -> Bool { i >= 0 && i < t.count && t[i].isWord(w) }
    @inline(__always) func word(_ i: Int) -> W? { tok(i)?.word }
    @inline(__always) func adjacent(_ i: Int) -> Bool { i > 0 && i < t.count && !t[i].has(TimeToken.spaceBefore) }
    @inline(__always) func isPunct(_ i: Int, _ c: Character) -> Bool {
        guard let a = c.asciiValue else { return false }
        return tok(i)?.isPunct(a) ?? false
    }
    func isDash(_ i: Int) -> Bool { tok(i)?.isDash ?? false }

    /// A plain number token (no separators, no suffix).
    func plainNumber(_ i: Int) -> Int? {
        guard let x = tok(i), x.kind == .number, x.flags & (TimeToken.notPlain | TimeToken.clock | TimeToken.plainS | TimeToken.ordinal) == 0 else { return nil }
        return x.num
    }

    /// A day of the month: "21", "21st".
    func dayNumber(_ i: Int) -> Int? {
        guard let x = tok(i), x.kind == .number, x.digits <= 2, x.flags & (TimeToken.notPlain | TimeToken.clock | TimeToken.plainS) == 0,
              (1...31).contains(x.num) else { return nil }
        // "May 5-year plan", "June 30 percent": a following hyphen-word or unit word makes it a count.
        if let nx = tok(i + 1), nx.cat == .unit, !nx.plural { return nil }
        if isDash(i + 1) && adjacent(i + 1), let nx = tok(i + 2), nx.cat == .unit, adjacent(i + 2) { return nil }
        return x.num
    }

    /// A year written in digits, 1000…2199, not part of a name or a bigger number.
    func yearNumber(_ i: Int, loose: Bool = false) -> Int? {
        guard let x = tok(i), x.kind == .number, x.digits == 4,
              x.flags & (TimeToken.notPlain | TimeToken.clock | TimeToken.ordinal | TimeToken.plainS) == 0 else { return nil }
        let y = x.num
        guard y >= 1000 && y <= 2199 else { return nil }
        // "Kavkaz-2020", "S-2000", "#2019", "$2000": a glued prefix makes it a name or an amount.
        if let p = tok(i - 1), adjacent(i) {
            if p.kind == .word || p.kind == .number { return nil }
            if p.isDash, let pp = tok(i - 2), pp.kind == .word, !pp.isWord(.mid), adjacent(i - 1), !(pp.cat == .month || pp.cat == .monthAbbr) { return nil }
            if p.kind == .punct && (p.ch == UInt8(ascii: "$") || p.ch == UInt8(ascii: "#") || p.ch == 0xFF) { return nil }
        }
        // Glued to what follows ("2020-ready" is fine, "2020x" is not a year; "2019.5" is caught by the tokenizer).
        if let q = tok(i + 1), adjacent(i + 1), q.kind == .word { return nil }
        if let q = tok(i + 1), q.isPunct(UInt8(ascii: "%")) { return nil }
        if isOneOf(i + 1, TimeKeys.quantityNouns) || isOneOf(i - 1, TimeKeys.numberLabels) { return nil }
        // "Zapad 2021", "Vision 2030", "Euro 2020": a year after a capitalized name word is part of the name.
        if let p = tok(i - 1), p.kind == .word, p.cat == .none, p.has(TimeToken.capitalized), adjacentSpaceOnly(i), !p.has(TimeToken.allCaps) || p.end - p.start > 1 {
            if !(i >= 2 && isSentenceEnd(i - 2)) && i >= 1 { return nil }
        }
        if y < 1900 && !loose {
            // Older years only after a temporal preposition ("in 1648"), to keep counts out.
            guard let w = word(i - 1), [.in, .since, .by, .until, .from, .of, .before, .after, .during, .through].contains(w) else { return nil }
        }
        return y
    }

    /// The packed lowercase key of a word token (see ``TimeLexicon/pack(_:)``); 0 if not letters only.
    func key(_ i: Int) -> UInt64 {
        guard let x = tok(i) else { return 0 }
        return DocumentDateInference.lowerKey(x, buf)
    }

    /// True when word token `i` is spelled `s` (lowercase ASCII), whatever its length or case.
    func spelled(_ i: Int, _ s: String) -> Bool {
        guard let x = tok(i), x.kind == .word, x.end - x.start == s.utf8.count, x.end <= buf.count else { return false }
        var k = x.start
        for b in s.utf8 {
            if buf[k] | 0x20 != b { return false }
            k += 1
        }
        return true
    }

    /// True when word token `i` is one of `words` (packed keys from ``TimeKeys``).
    func isOneOf(_ i: Int, _ words: [UInt64]) -> Bool {
        let k = key(i)
        return k != 0 && words.contains(k)
    }

    /// A sentence-ending mark at `i` (a period after a month abbreviation or an initial does not count).
    func isSentenceEnd(_ i: Int) -> Bool {
        guard let x = tok(i), x.kind == .punct else { return false }
        if x.ch == UInt8(ascii: "!") || x.ch == UInt8(ascii: "?") || x.ch == UInt8(ascii: ";") { return true }
        if x.ch == UInt8(ascii: ".") {
            if let p = tok(i - 1), p.kind == .word, p.cat == .monthAbbr || p.end - p.start == 1 { return false }
            // "Peoria, Ill., bank": a period before a comma ends an abbreviation, not a sentence.
            if isPunct(i + 1, ",") { return false }
            return true
        }
        return false
    }

    // MARK: - Tense

    /// The tense of the clause around tokens `a...b`: the nearest cue to the left within the
    /// clause, else the first cue to the right within the sentence.
    func tense(_ a: Int, _ b: Int) -> Tense {
        func cue(_ j: Int) -> Tense? {
            // "agreed to acquire the unit in January", "an agreement to buy": a commitment looks ahead.
            if isWord(j + 1, .to), isOneOf(j, TimeKeys.commitments), let v = tok(j + 2), v.kind == .word, !v.has(TimeToken.capitalized) {
                return .future
            }
            guard let x = tok(j), let w = x.word else { return nil }
            // "set to resume Monday", "is to resume trading Tuesday": an arrangement ahead.
            if (w == .set || w == .is || w == .are) && isWord(j + 1, .to), let v = tok(j + 2), v.kind == .word, v.cat == .none || v.word == .pastVerb {
                return .future
            }
            // "on schedule to open", "on track to finish": a plan under way.
            if w == .schedule || w == .track {
                return isWord(j - 1, .on) && (isWord(j + 1, .to) || isWord(j + 1, .for)) ? .future : nil
            }
            // "announced the plan Aug. 21": a plan named as a thing is no future; "plans to" is.
            if (w == .plan || w == .plans) && !isWord(j + 1, .to),
               isWord(j - 1, .the) || isWord(j - 1, .a) || isWord(j - 1, .this) || isWord(j - 1, .that) || isWord(j - 1, .these) {
                return nil
            }
            if w == .expected || w == .scheduled || w == .due {
                // "lower-than-expected" is an adjective; "had been scheduled" is a plan of the past.
                if w == .expected && isDash(j - 1) && adjacent(j) { return nil }
                if key(j - 1) == TimeKeys.been && isWord(j - 2, .had) { return .past }
            }
            switch w {
            case .will, .shall, .would, .expected, .scheduled, .due, .plans, .plan, .going, .intends, .upcoming, .next, .coming: return .future
            case .was, .were, .had, .did, .pastVerb, .ago, .has, .have: return .past
            case .is, .are, .does: return .present
            default: return nil
            }
        }
        // A future cue anywhere in the clause wins ("said it will pay Dec. 15");
        // otherwise the nearest cue to the left, then to the right.
        var nearest: Tense?
        var j = a - 1
        var steps = 0
        while j >= 0 && steps < 20 {
            if isSentenceEnd(j) { break }
            if let x = tok(j) {
                if x.kind == .barrier { j -= 1; continue }
                if let c = cue(j) {
                    if c == .future { return .future }
                    if nearest == nil { nearest = c }
                }
                if let w = x.word, [.and, .but, .that, .which, .who, .when, .while, .because].contains(w), !joinsNames(j) { break }
            }
            j -= 1; steps += 1
        }
        // A verb of the date's own clause to the left decides it ("approved in 2022, is on
        // schedule to open", "said on Tuesday it would review").
        if let nearest { return nearest }
        j = b + 1
        steps = 0
        var right: Tense?
        while j < n && steps < 16 {
            if isSentenceEnd(j) { break }
            if let x = tok(j) {
                if let c = cue(j) {
                    // The first cue to the right is the verb of the date's clause ("In September,
                    // it announced plans to …" is past).
                    if right == nil && nearest == nil { return c }
                    if c == .future { return .future }
                    if right == nil { right = c }
                }
                // "said on Tuesday that Iraq would retaliate": the reported clause has its own tense.
                if let w = x.word, [.that, .and, .but, .which, .who, .when, .while, .because].contains(w) { break }
            }
            j += 1; steps += 1
        }
        return nearest ?? right ?? .unknown
    }

    /// "Australia and India", "Monday and Tuesday": an "and" between two capitalized words joins
    /// names inside one clause rather than starting a new one.
    func joinsNames(_ j: Int) -> Bool {
        guard isWord(j, .and), let p = tok(j - 1), let q = tok(j + 1), p.kind == .word, q.kind == .word else { return false }
        return p.has(TimeToken.capitalized) && q.has(TimeToken.capitalized) && !isSentenceEnd(j - 2)
    }

    /// A past-tense verb right before `a`, possibly across one preposition ("began on",
    /// "promised in", "was held in"), and not a passive infinitive ("to be completed by").
    /// "said on Tuesday it would review" is the day of the saying: the date follows "said".
    func nearPast(_ a: Int) -> Bool {
        var j = a - 1
        if let w = word(j), [.on, .in, .since, .by, .until, .from, .during, .at, .before, .after, .through].contains(w) { j -= 1 }
        guard let w = word(j) else { return false }
        switch w {
        case .was, .were, .had, .did, .said: return true
        case .pastVerb:
            if let p = word(j - 1), p == .to || p == .will || p == .would || p == .shall || p == .is || p == .are { return false }
            if isOneOf(j - 1, TimeKeys.beBeen) { return false }
            return true
        default: return false
        }
    }

    /// What a word right before a date says about its direction.
    enum Deadline {
        case none
        /// "by", "until": a limit, ahead of the DCT unless the clause is past narrative.
        case limit
        /// "effective", "payable": the date a change or payment takes effect, the next such date
        /// whatever the tense of the announcing verb ("created an office, effective Feb. 1").
        case takesEffect
        /// "through": the end of a span that may lie before or after the DCT; the nearer one.
        case through
    }

    /// "compared with" (or "compared to") earlier in the sentence, within a dozen tokens before `a`.
    func followsComparison(_ a: Int) -> Bool {
        var j = a - 1
        while j >= 1 && a - j <= 12 {
            if isSentenceEnd(j) { return false }
            if spelled(j - 1, "compared"), spelled(j, "with") || isWord(j, .to) { return true }
            j -= 1
        }
        return false
    }

    /// "by", "until", "effective", "payable", "through" right before token `a`.
    func isDeadline(_ a: Int) -> Deadline {
        if let w = word(a - 1) {
            if w == .by || w == .until { return .limit }
            if w == .through { return .through }
        }
        // "payable Jan. 2": a dividend or bond date in financial prose is ahead of the DCT.
        let k = key(a - 1)
        return k == TimeKeys.effective || k == TimeKeys.payable ? .takesEffect : .none
    }

    // MARK: - Resolution against the DCT

    /// The year of a month (and day) named without one.
    func yearFor(month m: Int, day d: Int?, tense: Tense, nearPast: Bool = false, deadline: Deadline = .none) -> Int {
        let y = dct.year
        let after = m > dct.month || (m == dct.month && (d ?? 0) > dct.day)
        if !after {
            // A deadline ("by February") outside past narrative looks ahead; a date something takes
            // effect on looks ahead in any clause; "through January" is the nearer January.
            switch deadline {
            case .takesEffect: if m < dct.month { return y + 1 }
            case .limit: if tense != .past && m < dct.month { return y + 1 }
            case .through: if dct.month - m > 6 { return y + 1 }
            case .none: break
            }
            if tense == .future && m < dct.month { return y + 1 }
            return y
        }
        if deadline == .takesEffect || (deadline == .limit && tense != .past) { return y }
        // Soon after the DCT: a future date unless a past verb stands right before it
        // ("began on December 12"); long after it: last year's, as citation dates are.
        let daysAfter = (m - dct.month) * 30 + (d ?? 1) - dct.day
        if deadline == .through { return daysAfter > 180 ? y - 1 : y }
        if daysAfter <= 60 { return nearPast ? y - 1 : y }
        switch tense {
        case .future: return y
        // More than five months ahead with no future cue: last year's ("worth more in October",
        // "its record high set on Aug. 6" in February).
        case .present, .unknown: return daysAfter > 150 ? y - 1 : y
        case .past: return y - 1
        }
    }

    /// The day a weekday names: the most recent on or before the DCT, or the next one in a future clause.
    func weekdayDate(_ wd: Int, tense: Tense, rel: W? = nil) -> CalendarDate {
        let cur = dct.weekday
        switch rel {
        case .last?, .past?, .previous?:
            var back = (cur - wd + 7) % 7
            if back == 0 { back = 7 }
            return dct.adding(days: -back)
        case .next?, .coming?, .upcoming?:
            var fwd = (wd - cur + 7) % 7
            if fwd == 0 { fwd = 7 }
            return dct.adding(days: fwd)
        case .this?:
            return dct.adding(days: wd - cur)
        default:
            if tense == .future { return dct.adding(days: (wd - cur + 7) % 7) }
            return dct.adding(days: -((cur - wd + 7) % 7))
        }
    }

    // MARK: - Entry point

    /// The expression starting at token `i` (its first token may lie after `i` when a
    /// leading "the" or signal word is dropped), or nil.
    mutating func match(_ i: Int) -> Hit? {
        guard let x = tok(i) else { return nil }
        switch x.kind {
        case .barrier: return nil
        case .number: return matchNumber(i)
        case .punct:
            // "'90s"
            if x.ch == UInt8(ascii: "'"), let y = tok(i + 1), y.kind == .number, y.digits == 2, y.has(TimeToken.plainS), adjacent(i + 1) {
                let century = y.num >= 30 ? 19 : 20
                return Hit(first: i, last: i + 1, value: "\(century)\(y.num / 10)X")
            }
            return nil
        case .word: break
        }
        switch x.cat {
        case .month, .monthAbbr: return matchCalendar(i)
        case .weekday: return matchWeekday(i, rel: nil, first: i)
        case .season: return matchCalendar(i)
        case .numWord: return matchCounted(i, first: i) ?? matchSpokenYear(i)
        case .ordWord: return matchOrdinalPeriod(i, first: i)
        case .unit: return matchBareUnit(i)
        case .partOfDay, .none: return nil
        case .word: break
        }
        guard let w = x.word else { return nil }
        switch w {
        case .the: return matchThe(i)
        case .a, .an, .several, .few, .many, .couple, .dozens, .hundreds, .numerous:
            if isWord(i + 1, .while), let p = word(i - 1), p == .for || p == .after || p == .in || p == .within {
                return Hit(first: i, last: i + 1, value: "PXX", type: .duration)
            }
            return matchCounted(i, first: i)
        case .some:
            return matchCounted(i, first: i)
        case .more, .less, .about, .around, .nearly, .almost, .approximately, .roughly, .over, .under, .at, .up, .no, .within, .just:
            return matchQuantified(i)
        case .this, .last, .next, .past, .previous, .coming, .following, .recent, .upcoming, .current, .latest:
            return matchRelative(i, first: i, withThe: false)
        case .early, .late, .mid, .middle, .end, .beginning, .start, .close:
            return matchPartOfPeriod(i, first: i)
        case .earlier, .later:
            // "earlier this year" (TimeML keeps the signal, START/END).
            if let r = calendarCore(i + 1), r.type == .date || r.type == .time, !r.value.hasPrefix("P"), !r.value.hasSuffix("_REF"),
               tok(i + 1)?.kind == .word, tok(i + 1)?.cat != .month {
                var h = r
                h.first = i
                h.mod = w == .earlier ? .start : .end
                return h
            }
            return nil
        case .first, .second: return matchOrdinalPeriod(i, first: i)
        case .qLetter: return matchQuarterCode(i)
        case .christmas: return matchChristmas(i)
        case .newWord: return matchNewYear(i)
        case .half:
            // "half an hour", "half a century"
            guard isWord(i + 1, .a) || isWord(i + 1, .an), let u = tok(i + 2)?.unit, tok(i + 2)?.plural == false else { return nil }
            let v: String?
            switch u {
            case .hour: v = "PT30M"
            case .minute: v = "PT30S"
            case .day: v = "PT12H"
            case .year: v = "P6M"
            case .decade: v = "P5Y"
            case .century: v = "P50Y"
            case .month: v = "P2W"
            default: v = nil
            }
            return v.map { Hit(first: i, last: i + 2, value: $0, type: .duration) }
        case .now:
            // "now-defunct" is an adjective prefix, not a time.
            if isDash(i + 1) && adjacent(i + 1) { return nil }
            return Hit(first: i, last: i, value: "PRESENT_REF")
        case .present:
            // "at present"
            guard isWord(i - 1, .at), !x.has(TimeToken.capitalized) else { return nil }
            return Hit(first: i, last: i, value: "PRESENT_REF")
        case .currently, .nowadays:
            return Hit(first: i, last: i, value: "PRESENT_REF")
        case .soon:
            // "soon" looks ahead; "as soon as", "soon after" are connectives.
            if isWord(i - 1, .as) || isWord(i + 1, .after) || isWord(i + 1, .as) || isOneOf(i - 1, TimeKeys.tooHow) { return nil }
            return Hit(first: i, last: i, value: "FUTURE_REF")
        case .recently, .lately:
            return Hit(first: i, last: i, value: "PAST_REF")
        case .these:
            if let u = tok(i + 1), u.unit == .day, u.plural { return Hit(first: i, last: i + 1, value: "PRESENT_REF") }
            return nil
        case .today, .yesterday, .tomorrow, .tonight:
            return matchDeictic(i)
        case .every, .each:
            return matchSet(i)
        case .annually, .yearly:
            guard !x.has(TimeToken.capitalized) || !adjacentCapitalized(i) else { return nil }
            return Hit(first: i, last: i, value: "XXXX", type: .set)
        case .hourly:
            return Hit(first: i, last: i, value: "PT1H", type: .set)
        case .daily, .weekly, .monthly, .quarterly:
            // Adverbs only ("published weekly."): as adjectives they start names ("Eurasia Daily Monitor").
            guard !x.has(TimeToken.capitalized), let nx = tok(i + 1), nx.kind == .punct, !nx.isDash else { return nil }
            let v: String = w == .daily ? "XXXX-XX-XX" : w == .weekly ? "P1W" : w == .monthly ? "P1M" : "P3M"
            return Hit(first: i, last: i, value: v, type: .set)
        case .noon, .midnight:
            return matchNoon(i)
        case .that:
            // "that year", "that quarter": the year or quarter the text last named.
            guard !x.has(TimeToken.capitalized), let u = tok(i + 1), !u.plural else { return nil }
            if isWord(i + 2, .of) || isWord(i + 2, .when) { return nil }
            if u.unit == .year, let y = anchor.year { return Hit(first: i, last: i + 1, value: TimeValues.year(y), anchorable: false) }
            if u.unit == .quarter, let q = anchor.quarter { return Hit(first: i, last: i + 1, value: "\(TimeValues.year(q.year))-Q\(q.q)", anchorable: false) }
            return nil
        case .then:
            // "until then", "by then": the day the text last named ("will terminate on Nov. 30. Until then, …").
            guard let p = word(i - 1), p == .until || p == .by, let d = anchor.day, !isWord(i + 1, .on) else { return nil }
            return Hit(first: i, last: i, value: d.description, anchorable: false)
        case .fiscal:
            if let y = yearNumber(i + 1, loose: true) { return Hit(first: i, last: i + 1, value: TimeValues.year(y)) }
            if tok(i + 1)?.unit == .year, let y = yearNumber(i + 2, loose: true) { return Hit(first: i, last: i + 2, value: TimeValues.year(y)) }
            return nil
        default:
            return nil
        }
    }

    /// A capitalized word right before `i` (names like "Eurasia Daily").
    func adjacentCapitalized(_ i: Int) -> Bool {
        guard let p = tok(i - 1), p.kind == .word else { return false }
        return p.has(TimeToken.capitalized)
    }

    // MARK: - Fuzzy and deictic words

    /// "today", "yesterday", "tomorrow", "tonight", optionally with a part of the day.
    mutating func matchDeictic(_ i: Int) -> Hit? {
        guard let w = word(i) else { return nil }
        // "Russia Today", "USA Today": a capitalized word before a capitalized "Today" is a name.
        if tok(i)?.has(TimeToken.capitalized) == true, adjacentCapitalized(i), !isSentenceEnd(i - 1) { return nil }
        let d: CalendarDate
        switch w {
        case .yesterday: d = dct.adding(days: -1)
        case .tomorrow: d = dct.adding(days: 1)
        case .tonight: return Hit(first: i, last: i, value: dct.description + "TNI", type: .time)
        default: d = dct
        }
        if let p = tok(i + 1), p.cat == .partOfDay {
            return Hit(first: i, last: i + 1, value: d.description + partCode(p.v), type: .time)
        }
        setDay(d)
        return Hit(first: i, last: i, value: d.description)
    }

    /// The TIMEX3 part-of-day suffix (`TMO`, `TAF`, `TEV`, `TNI`).
    func partCode(_ v: Int16) -> String {
        switch v {
        case 1: return "TMO"
        case 2: return "TAF"
        case 3: return "TEV"
        default: return "TNI"
        }
    }

    /// Makes `d` the reference day for anchored expressions ("the next day").
    mutating func setDay(_ d: CalendarDate) { anchor.day = d }

    // MARK: - "the …"

    /// Expressions after "the": kept in the span for relative ones ("the past", "the last two decades",
    /// "the coming months"), dropped before calendar and part-of-period ones ("the end of September").
    mutating func matchThe(_ i: Int) -> Hit? {
        let j = i + 1
        guard let x = tok(j) else { return nil }
        // "for the full year", "in the fiscal year": this year in financial prose; "the fiscal
        // year ended Jan. 31" and "throughout the fiscal year" are twelve-month periods.
        if x.isWord(.fiscal) || key(j) == TimeKeys.full, let yt = tok(j + 1), yt.unit == .year, !yt.plural,
           let p = word(i - 1), [.for, .in, .during, .throughout].contains(p), !isWord(j + 2, .of) {
            if isOneOf(j + 2, TimeKeys.endedEnding) || p == .throughout { return Hit(first: i, last: j + 1, value: "P1Y", type: .duration) }
            return Hit(first: i, last: j + 1, value: TimeValues.year(dct.year))
        }
        // "the near term", "in the short term", "over the long term": the future.
        if isWord(j + 1, .term), !(tok(j + 1)?.plural ?? false), key(j) == TimeKeys.near || key(j) == TimeKeys.short || key(j) == TimeKeys.long {
            if let nx = tok(j + 2), nx.kind == .word, nx.cat == .none, !nx.has(TimeToken.capitalized) { return nil }
            return Hit(first: i, last: j + 1, value: "FUTURE_REF")
        }
        // "the corresponding period last year", "the same period last year": the reported quarter a year before.
        if spelled(j, "corresponding") || spelled(j, "comparable") || x.isWord(.same), isWord(j + 1, .period), isWord(j + 2, .last),
           tok(j + 3)?.unit == .year, tok(j + 3)?.plural == false {
            if let q = anchor.quarter { return Hit(first: i, last: j + 3, value: "\(TimeValues.year(q.year - 1))-Q\(q.q)", anchorable: false) }
            return Hit(first: i, last: j + 3, value: TimeValues.year(dct.year - 1), anchorable: false)
        }
        // "later in the day", "earlier in the day": the day the story is about.
        if x.unit == .day, !x.plural, isWord(i - 1, .in), isWord(i - 2, .later) || isWord(i - 2, .earlier) {
            return Hit(first: i, last: j, value: (anchor.day ?? dct).description)
        }
        if x.kind == .word, let w = x.word {
            switch w {
            case .past:
                if let r = matchRelative(j, first: i, withThe: true) { return r }
                // "the past" alone (not "the past decade", not "the past two years").
                if isWord(j + 1, .of) { return nil }
                return Hit(first: i, last: j, value: "PAST_REF")
            case .future:
                // "the future of Karabakh talks" is a noun phrase, not a time.
                if isWord(j + 1, .of) { return nil }
                return Hit(first: i, last: j, value: "FUTURE_REF")
            case .present:
                if let nx = tok(j + 1), nx.kind == .word, !nx.isWord(.and), nx.unit != .day { return nil }
                if let nx = tok(j + 1), nx.unit == .day { return Hit(first: i, last: j + 1, value: "PRESENT_REF") }
                return Hit(first: i, last: j, value: "PRESENT_REF")
            case .moment:
                guard let p = word(i - 1), p == .at || p == .for else { return nil }
                return Hit(first: i, last: j, value: "PRESENT_REF")
            case .last, .next, .coming, .previous, .following, .upcoming, .current, .latest, .recent:
                return matchRelative(j, first: i, withThe: true)
            case .first:
                // "the first nine months" (a duration), else "the first quarter of 2023" (calendar).
                if let c = count(j + 1), let u = tok(c.last + 1)?.unit {
                    return Hit(first: i, last: c.last + 1, value: TimeValues.duration(c.value, u) ?? "PXY", type: .duration)
                }
                return matchOrdinalPeriod(j, first: j)
            case .same, .this, .that:
                return nil
            case .end, .beginning, .start, .middle, .close, .early, .late, .mid, .second:
                return matchPartOfPeriod(j, first: j) ?? matchOrdinalPeriod(j, first: j)
            default:
                break
            }
 }
        if x.kind == .word {
            // "the near future"
            if isOneOf(j, TimeKeys.futureAdjectives) {
                if isWord(j + 1, .future) { return Hit(first: i, last: j + 1, value: "FUTURE_REF") }
                return nil
            }
        }
        if x.kind == .word, let d = TimeKeys.decadeWords.firstIndex(of: key(j)) {
            // "the nineties" → 199X
            return Hit(first: j, last: j, value: "19\(d + 2)X")
        }
        if x.kind == .number {
            // "the 1988 period" in an earnings report: that year's quarter of the one being reported.
            if let y = yearNumber(j, loose: true), isWord(j + 1, .period), let q = anchor.quarter {
                return Hit(first: i, last: j + 1, value: "\(TimeValues.year(y))-Q\(q.q)", anchorable: false)
            }
            // "the six months" / "the nine months ended": a duration in TimeML.
            if let c = count(j), let u = tok(c.last + 1)?.unit, u != .night, tok(c.last + 1)?.plural == true,
               !(yearNumber(j) != nil) {
                return Hit(first: i, last: c.last + 1, value: TimeValues.duration(c.value, u) ?? "PXY", type: .duration)
            }
            return matchNumber(j)
        }
        if x.cat == .numWord, let c = count(j), let u = tok(c.last + 1)?.unit, tok(c.last + 1)?.plural == true {
            return Hit(first: i, last: c.last + 1, value: TimeValues.duration(c.value, u) ?? "PXY", type: .duration)
        }
        if let u = x.unit, x.plural, u != .second, isWord(j + 1, .ahead) {
            // "the months ahead", like "the coming months"
            return Hit(first: i, last: j + 1, value: "FUTURE_REF")
        }
        if x.unit == .year, !x.plural, isDash(j + 1), var h = matchBareUnit(j) {
            // "the year-ago quarter" keeps "the"; the bare adjective "year-ago" does not.
            if h.last > j + 2 { h.first = i }
            return h
        }
        // "the year 2000", "the year two thousand", "the year nineteen ninety"
        if x.cat == .unit, x.unit == .year, !x.plural {
            if let y = yearNumber(j + 1, loose: true) { return Hit(first: i, last: j + 1, value: TimeValues.year(y)) }
            if let (y, l) = spokenYear(j + 1) ?? spokenTwoThousand(j + 1) { return Hit(first: i, last: l, value: TimeValues.year(y)) }
        }
        // "the week" of a market report ("For the week, the index dropped 3.8%"): a week of the
        // DCT's year that the text does not pin down (TimeML writes `1989-WXX`).
        if x.cat == .unit, x.unit == .week, !x.plural, !x.has(TimeToken.capitalized), !isWord(j + 1, .of), !isWord(j + 1, .ahead),
           !isWord(j + 1, .before), !isWord(j + 1, .after), !isWord(j + 1, .earlier), !isWord(j + 1, .later), !isOneOf(j + 1, TimeKeys.endedEnding) {
            return Hit(first: i, last: j, value: "\(TimeValues.year(dct.year))-WXX")
        }
        // "in the morning", "during the afternoon": that part of the day the text last named.
        if x.cat == .partOfDay, !x.plural, let p = word(i - 1), p == .in || p == .during, !isWord(j + 1, .of) {
            return Hit(first: i, last: j, value: (anchor.day ?? dct).description + partCode(x.v), type: .time)
        }
        // "the first nine months of the year": the year the span lies in, this one.
        if x.cat == .unit, x.unit == .year, !x.plural, !x.has(TimeToken.capitalized), isWord(i - 1, .of), let pu = tok(i - 2),
           pu.plural, pu.unit == .month || pu.unit == .week || pu.unit == .quarter, !isWord(j + 1, .of) {
            return Hit(first: i, last: j, value: TimeValues.year(dct.year))
        }
        // "a high for the year of $42.875": "of" and an amount do not make "the year of …" a name.
        let ofAmount = isWord(j + 1, .of) && (tok(j + 2)?.kind == .number || isPunct(j + 2, "$"))
        if x.cat == .unit, x.unit == .year, !x.has(TimeToken.capitalized), let p = word(i - 1),
           [.for, .in, .during, .over, .through, .throughout].contains(p), !isWord(j + 1, .of) || ofAmount, !isWord(j + 1, .in), !isWord(j + 1, .when), !isWord(j + 1, .that) {
            // "for the year", "over the years": a period in financial and narrative prose.
            if x.plural {
                guard p == .over || p == .through || p == .throughout else { return nil }
                return Hit(first: i, last: j, value: "PXY", type: .duration)
            }
            // "for the year ended June 30" is a twelve-month period; "for the year" alone is this year.
            if isOneOf(j + 1, TimeKeys.endedEnding) { return Hit(first: i, last: j, value: "P1Y", type: .duration) }
            guard p == .for || p == .during || p == .in else { return nil }
            return Hit(first: i, last: j, value: TimeValues.year(dct.year))
        }
        if x.cat == .unit, x.unit == .quarter, !x.plural {
            // "the quarter a year ago": the same quarter of the year before.
            if isWord(j + 1, .a), tok(j + 2)?.unit == .year, tok(j + 2)?.plural == false, isWord(j + 3, .ago) || isWord(j + 3, .earlier) {
                let (y, q) = anchor.quarter ?? lastQuarter()
                return Hit(first: i, last: j + 3, value: "\(TimeValues.year(y - 1))-Q\(q)", anchorable: false)
            }
            // "the quarter": the latest completed quarter in financial prose.
            let (y, q) = lastQuarter()
            anchor.quarter = (y, q)
            return Hit(first: i, last: j, value: "\(TimeValues.year(y))-Q\(q)")
        }
        if x.cat == .unit, x.unit == .weekend, !x.plural {
            let d = weekdayDate(6, tense: tense(i, j))
            return Hit(first: i, last: j, value: TimeValues.week(d) + "-WE")
        }
        if x.cat == .ordWord { return matchOrdinalPeriod(j, first: j) }
        if x.cat == .season || x.cat == .month || x.cat == .monthAbbr { return matchCalendar(j) }
        return nil
    }

    /// The latest quarter completed before the DCT.
    func lastQuarter() -> (Int, Int) {
        var q = TimeValues.quarter(of: dct) - 1
        var y = dct.year
        if q == 0 { q = 4; y -= 1 }
        return (y, q)
    }

    // MARK: - Counts and durations

    /// A count: digits, number words ("twenty-five"), "a"/"an" (1), or a vague amount (nil value).
    func count(_ i: Int) -> (value: Int?, last: Int, article: Bool, vague: Bool)? {
        guard let x = tok(i) else { return nil }
        if x.kind == .number {
            guard x.flags & (TimeToken.notPlain | TimeToken.clock | TimeToken.plainS | TimeToken.ordinal) == 0, x.digits <= 6 else { return nil }
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
        guard let v = TimeValues.shifted(ref, unit, sign * c) else {
            return Hit(first: first, last: last, value: ref.description, mod: mod)
        }
        return Hit(first: first, last: last, value: v, mod: mod)
    }

    /// True when a calendar value (`2019`, `2019-10`, `2019-10-08`, `2019-Q4`) lies after the DCT
    /// at its own granularity.
    func isAfterDCT(_ v: String) -> Bool {
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

/// Packed keys of the few words the grammar checks by spelling rather than by lexicon class.
enum TimeKeys {
    static let quantityNouns = ["percent", "per", "people", "troops", "soldiers", "km", "tons", "meters", "miles", "barrels", "units"].map(TimeLexicon.pack)
    static let numberLabels = ["no", "vol", "volume", "issue", "page", "pp", "p", "number", "resolution", "flight", "route", "article", "code"].map(TimeLexicon.pack)
    static let futureAdjectives = ["near", "distant", "foreseeable", "immediate"].map(TimeLexicon.pack)
    static let oldLong = ["old", "long"].map(TimeLexicon.pack)
    static let old = [TimeLexicon.pack("old")]
    static let endedEnding = ["ended", "ending", "through", "to"].map(TimeLexicon.pack)
    static let durationVerbs = ["took", "takes", "take", "lasted", "lasts", "spent", "spend", "waited", "wait"].map(TimeLexicon.pack)
    static let fall = TimeLexicon.pack("fall")
    static let tooHow = ["too", "how", "very", "so"].map(TimeLexicon.pack)
    static let effective = TimeLexicon.pack("effective")
    static let payable = TimeLexicon.pack("payable")
    static let full = TimeLexicon.pack("full")
    static let near = TimeLexicon.pack("near")
    static let short = TimeLexicon.pack("short")
    static let long = TimeLexicon.pack("long")
    /// Words of commitment that, before "to" and a verb, put what follows ahead of the saying.
    static let commitments = ["agreed", "agree", "agrees", "agreement", "decided", "decision", "promised", "pledged", "vowed",
                              "voted", "offered", "proposed", "committed", "deal", "bid", "undertook"].map(TimeLexicon.pack)
    static let beBeen = ["be", "been", "being"].map(TimeLexicon.pack)
    static let been = TimeLexicon.pack("been")
    static let amountAdverbs = ["barely", "another", "almost", "nearly", "exactly", "roughly", "only", "just", "once", "half"].map(TimeLexicon.pack)
    static let decadeWords = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"].map(TimeLexicon.pack)
    static let s = TimeLexicon.pack("s")
    static let a = TimeLexicon.pack("a")
    static let p = TimeLexicon.pack("p")
    static let m = TimeLexicon.pack("m")
}
