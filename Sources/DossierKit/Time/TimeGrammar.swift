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
            if let nx = tok(i + 1), nx.isPunct(UInt8(ascii: ",")) { return false }
            return true
        }
        return false
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
        // "The World of Tomorrow", "Cities of Today": a capitalized name ends in it.
        if tok(i)?.has(TimeToken.capitalized) == true, isWord(i - 1, .of), tok(i - 2)?.has(TimeToken.capitalized) == true { return nil }
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
        if w == .today && genericToday(i) { return Hit(first: i, last: i, value: "PRESENT_REF") }
        setDay(d)
        return Hit(first: i, last: i, value: d.description)
    }

    /// "Today, they seem…", "Yet today neon is experiencing…": "today" opening a statement
    /// about the present, with no past or future verb in its clause, means "these days", not
    /// the article's date (PRESENT_REF, as "now"). "Today, crowds gathered", "said today",
    /// "today is the eighth day" stay the date.
    func genericToday(_ i: Int) -> Bool {
        var j = i - 1
        if isOneOf(j, TimeKeys.clauseOpeners) { j -= 1 }
        let opensClause = j < 0 || isSentenceEnd(j) || isPunct(j, ",") || isPunct(j, "\"") || tok(j)?.kind == .barrier
        guard opensClause else { return false }
        if let nx = word(i + 1), nx == .is || nx == .was { return false }
        let tense = tense(i, i)
        return tense == .present || tense == .unknown
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
    /// Words that may open a clause before "today" ("Yet today…").
    static let clauseOpeners = ["yet", "but", "and", "even", "still", "so"].map(TimeLexicon.pack)
    static let been = TimeLexicon.pack("been")
    static let amountAdverbs = ["barely", "another", "almost", "nearly", "exactly", "roughly", "only", "just", "once", "half"].map(TimeLexicon.pack)
    static let decadeWords = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"].map(TimeLexicon.pack)
    static let s = TimeLexicon.pack("s")
    static let a = TimeLexicon.pack("a")
    static let p = TimeLexicon.pack("p")
    static let m = TimeLexicon.pack("m")
}
