/// Tense of the clause around an expression and the resolution of year-less dates and weekdays
/// against the DCT (past narrative → the previous occurrence, future or deadline → the next).
extension TimeGrammar {
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
}
