/// The words the time tagger knows, looked up by a collision-free key packed from the
/// lowercased ASCII letters of a word (5 bits a letter, at most 12 letters).
///
/// The table is an open-addressing hash built once; a lookup costs one multiply and
/// usually one probe, so it can run on every word of the text.
struct TimeLexicon: Sendable {
    /// What a word is to the tagger.
    enum Cat: UInt8, Sendable {
        case none
        case month          // v = 1...12
        case monthAbbr      // v = 1...12 ("Aug", "Sept")
        case weekday        // v = 1...7 (ISO)
        case numWord        // v = value ("two", "twenty")
        case ordWord        // v = value ("third")
        case unit           // v = Unit raw value; plural flag
        case season         // v = 1 SP, 2 SU, 3 FA, 4 WI
        case partOfDay      // v = 1 MO, 2 AF, 3 EV, 4 NI
        case word           // v = Word raw value
    }

    /// Time units; the raw value indexes ``Unit.letter``.
    enum Unit: Int16, Sendable {
        case year = 1, month, week, day, hour, minute, second, decade, century, quarter, weekend, fortnight, millennium, night
    }

    /// Function words and modifiers the grammar tests for.
    enum Word: Int16, Sendable {
        case the = 1, of, a, an, this, last, next, past, previous, coming, following, recent, upcoming, current
        case ago, earlier, later, early, late, mid, middle, end, beginning, start, close
        case more, less, than, about, around, nearly, almost, approximately, roughly, some, over, under, least, most, up, to, no, at, within, only, just
        case every, each, per, other
        case several, few, many, couple, dozen, dozens, half, hundreds, numerous
        case annually, yearly, daily, weekly, monthly, hourly, quarterly
        case now, currently, recently, lately, previously, nowadays, future, present, moment, today, yesterday, tomorrow, tonight, overnight, soon
        case fiscal, noon, midnight, am, pm, oclock
        case and, or, so, throughout, `in`, on, by, since, until, from, through, during, before, after, `for`, into, ahead, between, `as`
        case these, that, then, same, latest, first, second
        case year1, era, period, term, times
        // Tense cues.
        case will, shall, would, expected, scheduled, due, plans, plan, going, intends, set
        case schedule, track
        case was, were, had, did, said, pastVerb
        case `is`, are, has, have, does
        case which, when, who, `while`, but, because
        // Named days and quarter codes.
        case qLetter, christmas, eve, newWord
    }

    struct Entry: Sendable {
        var cat: Cat
        var v: Int16
        var plural: Bool
    }

    private let keys: [UInt64]
    private let entries: [Entry]
    private let mask: Int

    static let shared = TimeLexicon()

    /// Packs a lowercase ASCII word; 0 when it is not letters only or longer than 12.
    @inline(__always)
    static func pack(_ s: String) -> UInt64 {
        var k: UInt64 = 0
        var n = 0
        for b in s.utf8 {
            let c = b | 0x20
            guard c >= 0x61 && c <= 0x7A, n < 12 else { return 0 }
            k = k << 5 | UInt64(c - 0x60)
            n += 1
        }
        return k
    }

    @inline(__always)
    private static func slot(_ k: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    @inline(__always)
    func lookup(_ key: UInt64) -> Entry? {
        guard key != 0 else { return nil }
        var i = TimeLexicon.slot(key, mask)
        while true {
            let k = keys[i]
            if k == key { return entries[i] }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    init() {
        var list: [(String, Entry)] = []
        /// Registers one word.
        func add(_ w: String, _ c: Cat, _ v: Int16, plural: Bool = false) { list.append((w, Entry(cat: c, v: v, plural: plural))) }
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        for (i, m) in months.enumerated() { add(m, .month, Int16(i + 1)) }
        for (a, m) in [("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12)] {
            add(a, .monthAbbr, Int16(m))
        }
        for (i, d) in ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].enumerated() { add(d, .weekday, Int16(i + 1)) }
        let small = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                     "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
        for (i, w) in small.enumerated() { add(w, .numWord, Int16(i)) }
        for (i, w) in ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].enumerated() { add(w, .numWord, Int16(20 + 10 * i)) }
        add("hundred", .numWord, 100)
        let ords = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"]
        for (i, w) in ords.enumerated() where i >= 2 { add(w, .ordWord, Int16(i + 1)) }
        add("twentieth", .ordWord, 20); add("thirtieth", .ordWord, 30)
        let units: [(String, String, Unit)] = [
            ("year", "years", .year), ("month", "months", .month), ("week", "weeks", .week), ("day", "days", .day),
            ("hour", "hours", .hour), ("minute", "minutes", .minute), ("second", "seconds", .second),
            ("decade", "decades", .decade), ("century", "centuries", .century), ("quarter", "quarters", .quarter),
            ("weekend", "weekends", .weekend), ("fortnight", "fortnights", .fortnight), ("millennium", "millennia", .millennium),
            ("night", "nights", .night),
        ]
        for (s, p, u) in units where s != "second" && s != "night" {
            add(s, .unit, u.rawValue); add(p, .unit, u.rawValue, plural: true)
        }
        add("seconds", .unit, Unit.second.rawValue, plural: true)
        add("yrs", .unit, Unit.year.rawValue, plural: true)
        add("mins", .unit, Unit.minute.rawValue, plural: true)
        add("nights", .unit, Unit.night.rawValue, plural: true)
        for (w, v) in [("spring", 1), ("summer", 2), ("fall", 3), ("autumn", 3), ("winter", 4)] as [(String, Int16)] { add(w, .season, v) }
        for (w, v) in [("springs", 1), ("summers", 2), ("autumns", 3), ("winters", 4)] as [(String, Int16)] { add(w, .season, v, plural: true) }
        for (w, v) in [("morning", 1), ("afternoon", 2), ("evening", 3), ("night", 4)] as [(String, Int16)] { add(w, .partOfDay, v) }
        let words: [(String, Word)] = [
            ("the", .the), ("of", .of), ("a", .a), ("an", .an), ("this", .this), ("last", .last), ("next", .next), ("past", .past),
            ("previous", .previous), ("coming", .coming), ("following", .following), ("recent", .recent), ("upcoming", .upcoming),
            ("current", .current), ("ago", .ago), ("earlier", .earlier), ("later", .later), ("early", .early), ("late", .late),
            ("mid", .mid), ("middle", .middle), ("end", .end), ("beginning", .beginning), ("start", .start), ("close", .close),
            ("more", .more), ("less", .less), ("than", .than), ("about", .about), ("around", .around), ("nearly", .nearly),
            ("almost", .almost), ("approximately", .approximately), ("roughly", .roughly), ("some", .some), ("over", .over),
            ("under", .under), ("least", .least), ("most", .most), ("up", .up), ("to", .to), ("no", .no), ("at", .at),
            ("within", .within), ("only", .only), ("just", .just), ("every", .every), ("each", .each), ("per", .per), ("other", .other),
            ("several", .several), ("few", .few), ("many", .many), ("couple", .couple), ("dozen", .dozen), ("dozens", .dozens),
            ("half", .half), ("hundreds", .hundreds), ("numerous", .numerous),
            ("annually", .annually), ("yearly", .yearly), ("daily", .daily), ("weekly", .weekly), ("monthly", .monthly),
            ("hourly", .hourly), ("quarterly", .quarterly),
            ("now", .now), ("currently", .currently), ("recently", .recently), ("lately", .lately), ("previously", .previously), ("nowadays", .nowadays),
            ("future", .future), ("present", .present), ("moment", .moment), ("today", .today), ("yesterday", .yesterday),
            ("tomorrow", .tomorrow), ("tonight", .tonight), ("overnight", .overnight), ("soon", .soon),
            ("fiscal", .fiscal), ("noon", .noon), ("midnight", .midnight), ("am", .am), ("pm", .pm), ("oclock", .oclock),
            ("and", .and), ("throughout", .throughout), ("or", .or), ("so", .so), ("in", .in), ("on", .on), ("by", .by), ("since", .since), ("until", .until),
            ("till", .until), ("from", .from), ("through", .through), ("during", .during), ("before", .before), ("after", .after),
            ("for", .for), ("into", .into), ("ahead", .ahead), ("between", .between), ("as", .as),
            ("these", .these), ("that", .that), ("then", .then), ("same", .same), ("latest", .latest), ("first", .first), ("second", .second),
            ("era", .era), ("period", .period), ("term", .term), ("times", .times),
            ("will", .will), ("shall", .shall), ("would", .would), ("expected", .expected), ("scheduled", .scheduled), ("due", .due),
            ("plans", .plans), ("plan", .plan), ("planned", .plans), ("going", .going), ("intends", .intends), ("set", .set),
            ("aims", .intends), ("hopes", .intends), ("expect", .intends), ("expects", .intends), ("anticipate", .intends), ("anticipates", .intends), ("seeks", .intends), ("intend", .intends), ("schedule", .schedule), ("track", .track),
            ("upcoming", .upcoming),
            ("was", .was), ("were", .were), ("had", .had), ("did", .did), ("said", .said),
            ("is", .is), ("are", .are), ("has", .has), ("have", .have), ("does", .does),
            ("which", .which), ("when", .when), ("who", .who), ("while", .while), ("but", .but), ("because", .because),
            ("q", .qLetter), ("christmas", .christmas), ("eve", .eve), ("new", .newWord),
        ]
        for (w, c) in words { add(w, .word, c.rawValue) }
        let irregular = ["began", "came", "went", "took", "made", "met", "held", "saw", "gave", "became", "broke", "led", "left",
                         "told", "won", "lost", "fell", "rose", "got", "sent", "spent", "brought", "thought", "found", "kept", "ran",
                         "stood", "wrote", "spoke", "chose", "drew", "grew", "flew", "knew", "paid", "sold", "struck", "shot",
                         "fought", "sought", "caught", "bought", "built", "felt", "meant", "heard", "arose", "ended", "opened",
                         "began", "signed", "took", "threw", "wore", "swore", "forgot", "hid", "laid", "lay", "overtook", "withdrew"]
        for w in irregular where !list.contains(where: { $0.0 == w }) { add(w, .word, Word.pastVerb.rawValue) }

        var size = 1
        while size < list.count * 4 { size <<= 1 }
        var keys = [UInt64](repeating: 0, count: size)
        var entries = [Entry](repeating: Entry(cat: .none, v: 0, plural: false), count: size)
        let mask = size - 1
        for (w, e) in list {
            let k = TimeLexicon.pack(w)
            var i = TimeLexicon.slot(k, mask)
            // Later entries of the same word do not override the first (e.g. "second" the unit stays a unit).
            while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
            if keys[i] == k { continue }
            keys[i] = k
            entries[i] = e
        }
        self.keys = keys
        self.entries = entries
        self.mask = mask
    }
}
