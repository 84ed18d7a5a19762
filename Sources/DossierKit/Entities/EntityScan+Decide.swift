import Foundation

/// Deciding one run: knowledge match against rules, titles cut off, source items.
extension EntityScan {
    /// Decides what the run at `t` is; returns the next token to look at.
    func decide(at t: Int, into out: inout [Found], deferred: inout [(Int, Int)]) -> Int {
        if isMonthOrDay(t) && !has(t, .citeItem) { return t + 1 }
        // Domains: "Aze.az", "kremlin.ru", "Turkmenistan.gov.tm".
        if has(t, .domain) {
            out.append(Found(bytes: startByte(t)..<endByte(t), type: .media, entry: knowledge.entry(hash: hash(t)), tokens: 1))
            return t + 1
        }
        guard has(t, .cap) else { return t + 1 }
        if let stop = byline(at: t, into: &out) { return stop }
        if let stop = koreanName(at: t) {
            out.append(Found(bytes: startByte(t)..<endByte(stop - 1), type: .person, entry: nil, tokens: stop - t))
            return stop
        }
        let weak = has(t, .sentStart) || has(t, .title)
        // "The", "In", "However"… at a sentence start: look at the next word on its own.
        if weak && lex(t, .commonCapitalized) && gazetteer(at: t) == nil { return t + 1 }
        var end = runEnd(from: t)
        // Roles split a run: "Deputy Foreign Minister Mikhail Galuzin" → the name after the role.
        if let r = firstRoleCut(t, end) {
            if r.0 > t {
                end = r.0
            } else {
                return r.1
            }
        }
        let g = gazetteer(at: t)
        // "East Asian", "North African", "Central Asian": a compass word and a nationality word
        // are one group word (not a place and a nationality).
        if Self.compassWords.contains(hash(t)), (g?.0 ?? 1) <= 1, toks[t].gap == .space, t + 1 < count,
           let (nk, ni) = gazetteer(at: t + 1), nk == 1, knowledge.entries[Int(ni)].type == .norp {
            out.append(Found(bytes: startByte(t)..<endByte(t + 1), type: .norp, entry: nil, tokens: 2))
            return t + 2
        }
        let n = end - t
        let cite = has(t, .citeItem) || inSource(startByte(t))
        if let (gk, gi) = g {
            let entry = knowledge.entries[Int(gi)]
            // An outlet named after a region is one name: "Interfax-Ukraine", "RIA Dagestan".
            if entry.type == .media, let stop = outletContinuation(t, gk, end) {
                out.append(Found(bytes: startByte(t)..<endByte(stop - 1), type: .media, entry: nil, tokens: stop - t))
                return stop
            }
            if gk >= n || !extendsBeyond(t, gk, end, entry) {
                // Common words that are also names ("Trend", "Union") need mid-sentence use.
                // A nationality-like word before a lowercase noun is used as one ("Western
                // officials said"), even at a sentence start.
                let adjectival = entry.type == .norp && toks[t].gap == .space && t + 1 < count && has(t + 1, .lower)
                if weak && gk == 1 && lex(t, .commonCapitalized) && !cite && !adjectival {
                    return t + 1
                }
                // A small town named like a common word the text also writes in lowercase ("Man’s
                // best friend … a man"): at a sentence start it is the word.
                if weak && gk == 1 && entry.isMinorPlace && !cite && seenLowercase(t) {
                    return t + 1
                }
                var type = entry.type
                if cite && sourceItemEnds(t + gk) { type = .media }
                // "President Bush", "Bush said": a minor place name used as a surname.
                // "a spokesman in Benghazi said": a locative keeps the place.
                // ("Chicago is", "Dayton has": a place does those too; only speech makes a person.)
                // ("Senator Ann Vell of Kentucky said": after "of" it is the person's place.)
                if entry.isMinorPlace, gk == 1, isPersonContext(t), personCueBefore(t) || !plainVerbFollows(t),
                   !(t > 0 && toks[t - 1].gap == .space && has(t - 1, .lower) && (lex(t - 1, .locatives) || hash(t - 1) == Self.ofHash)) {
                    type = .person
                }
                // A minor place that is also a given name ("Martin") needs a place context.
                if entry.isMinorPlace, gk == 1, knowledge.isGivenName(hash: hash(t)),
                   !(t > 0 && toks[t - 1].gap == .space && lex(t - 1, .locatives)) {
                    return t + 1
                }
                out.append(Found(bytes: startByte(t)..<endByte(t + gk - 1), type: type, entry: gi, tokens: gk))
                return t + gk
            }
        }
        // "Securities and Exchange Commission", "Trade and Industry Committee": one body.
        if g == nil, let stop = bodyJoinedByAnd(t, end) {
            out.append(Found(bytes: startByte(t)..<endByte(stop - 1), type: .org, entry: nil, tokens: stop - t))
            return stop
        }
        // Unknown run (or one that extends past a known name).
        let (type, stop) = classifyRun(t, end, cite: cite)
        // A numbered formation: "the 20th Combined Arms Army", "the 58th Army".
        if let number = formationNumber(before: t, end: stop), type == .org || type == nil {
            out.append(Found(bytes: startByte(number)..<endByte(stop - 1), type: .org, entry: nil, tokens: stop - number))
            return stop
        }
        guard let type else {
            if weak && stop > t {
                deferred.append((t, stop))
                return stop
            }
            // "the North-South Transport Corridor": a run after "the" was judged whole; a run with
            // no evidence for any type stays untyped as a whole.
            if stop > t + 1, !has(t, .title) { return stop }
            // Only the first token was undecided; the rest may hold names (e.g. a title).
            return t + 1
        }
        if weak && !cite && (has(t, .title) || !strongEvidence(t, stop, type)) {
            deferred.append((t, stop))
            return stop
        }
        out.append(Found(bytes: startByte(t)..<endByte(stop - 1), type: type, entry: nil, tokens: stop - t))
        return stop
    }

    /// The end of an organization named "A and B Head" when the run `t..<end` is the "A" part:
    /// one or two unknown capitalized words (not a given name), then "and", then a run of
    /// unknown capitalized words ending in an organization head that is not a legal form
    /// ("Kalumet and Brovex Inc" are two companies).
    func bodyJoinedByAnd(_ t: Int, _ end: Int) -> Int? {
        guard end - t <= 2, end + 1 < count, toks[end - 1].gap == .space, hash(end) == Self.andHash,
              toks[end].gap == .space, has(end + 1, .cap), !has(end + 1, .allCaps) else { return nil }
        for u in t..<end where !has(u, .cap) || has(u, .allCaps) || anyHead(u) || isRole(u) { return nil }
        if knowledge.isGivenName(hash: hash(t)) || lex(t, .commonCapitalized) { return nil }
        let stop = runEnd(from: end + 1)
        guard stop - end - 1 <= 3, isOrgHead(stop - 1), !lex(stop - 1, .corpSuffixes) else { return nil }
        for u in (end + 1)..<stop where !has(u, .cap) || gazetteer(at: u) != nil { return nil }
        return stop
    }

    /// Merges two lists sorted by position.
    static func merge(_ a: [Found], _ c: [Found]) -> [Found] {
        var out: [Found] = []
        out.reserveCapacity(a.count + c.count)
        var i = 0
        var j = 0
        while i < a.count || j < c.count {
            if j >= c.count || (i < a.count && a[i].bytes.lowerBound <= c[j].bytes.lowerBound) {
                out.append(a[i]); i += 1
            } else {
                out.append(c[j]); j += 1
            }
        }
        return out
    }

    /// True when the byte offset lies in a source span reported by the citation stage.
    func inSource(_ a: Int) -> Bool { Self.contains(sourceRanges, a) }

    /// True when `a` lies in one of the sorted, non-overlapping `ranges` (binary search).
    static func contains(_ ranges: [Range<Int>], _ a: Int) -> Bool {
        var lo = 0
        var hi = ranges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[mid].upperBound <= a { lo = mid + 1 } else { hi = mid }
        }
        return lo < ranges.count && ranges[lo].contains(a)
    }


    /// True when a source item ends after token `u - 1` (next is ",", ";", ")", "[" or a date).
    func sourceItemEnds(_ u: Int) -> Bool {
        guard u - 1 >= 0, u - 1 < count else { return true }
        var q = endByte(u - 1)
        while q < bytes.count, bytes[q] == 0x20 { q += 1 }
        guard q < bytes.count else { return true }
        let c = bytes[q]
        if c == 0x2C || c == 0x3B || c == 0x29 || c == 0x5B { return true }
        if u < count, isMonthOrDay(u) { return true }
        return false
    }

    /// The first title in the run ("Deputy Foreign Minister"): (cut position, resume position).
    /// A title ends in a role head (Minister, President…); the modifiers before it belong to
    /// it. A role head followed by an organization head ("General Staff") is not a title.
    func firstRoleCut(_ t: Int, _ end: Int) -> (Int, Int)? {
        var u = t
        while u < end {
            // "Expert-Grup": a role word hyphenated to a capitalized word is part of a name.
            // "John Major", "Billie Jean King": a role word after a name, ending the run, is a surname.
            let surnameLike = u > t && u == end - 1 && !isRole(u - 1) && (knowledge.isGivenName(hash: hash(t)) || u - t >= 2)
            if lex(u, .roleHeads), !(toks[u].gap == .hyphen && u + 1 < end), !surnameLike {
                let nextIsHead = u + 1 < end && (isOrgHead(u + 1) || isEventHead(u + 1) || isMediaHead(u + 1))
                if !nextIsHead {
                    var a = u
                    while a > t, isRole(a - 1), !isOrgHead(a - 1) { a -= 1 }
                    var r = u + 1
                    while r < end, lex(r, .roleHeads) { r += 1 }
                    return (a, r)
                }
            }
            u += 1
        }
        return nil
    }

    /// Whether an unknown capitalized continuation after a known name makes a longer name.
    /// "Lee Jae-myung", "Han Dong-hoon": a Korean surname, then a given name of two syllables
    /// joined by a hyphen, the second in lowercase; the end of the name, or nil.
    func koreanName(at t: Int) -> Int? {
        guard t + 2 < count, Lexicon.eastAsianSurnames.contains(hash(t)), toks[t].gap == .space,
              has(t + 1, .cap), !has(t + 1, .allCaps), toks[t + 1].gap == .hyphen, has(t + 2, .lower),
              (2...5).contains(endByte(t + 2) - startByte(t + 2)), toks[t + 2].gap != .hyphen, gazetteer(at: t + 1) == nil
        else { return nil }
        for i in startByte(t + 2)..<endByte(t + 2) where !(bytes[i] >= 0x61 && bytes[i] <= 0x7A) { return nil }
        return t + 3
    }

    static let compassWords: Set<UInt64> = Set(["North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western",
                                                "Southeast", "Northeast", "Southwest", "Northwest"].map { NameHash.of($0) })

    static let stateBodyHeads: Set<UInt64> = Set(["Ministry", "Department", "Office", "Bureau", "Directorate", "Inspectorate"].map { NameHash.of($0) })

    func extendsBeyond(_ t: Int, _ gk: Int, _ end: Int, _ entry: KnowledgeEntry) -> Bool {
        let last = end - 1
        // "Zapad-2025", "Kavkaz-2020": a name with a year is an exercise or games.
        if last == t + gk, isYear(last) { return true }
        // A place before an organization or event name with a connector: "Vilnius Institute for
        // Policy Analysis", "Minsk International Conference on Eurasian Security".
        if entry.type == .place || entry.type == .norp, t + gk < end {
            // But a country before a head-first state body is two names: "the New Zealand
            // Department of Conservation" → New Zealand, Department of Conservation.
            if entry.type == .place, entry.actor == nil, !entry.isMinorPlace, toks[t + gk - 1].gap == .space,
               Self.stateBodyHeads.contains(hash(t + gk)), t + gk + 1 < end, has(t + gk + 1, .lower) {
                return false
            }
            var x = t + gk
            while x < end, has(x, .cap) {
                if (isOrgHead(x) || isEventHead(x)) && x + 1 < end && has(x + 1, .lower) { return true }
                x += 1
            }
        }
        // A nationality or faith word before a known place is two names: "Jewish West Bank",
        // "Turkish Cyprus" (whole names such as "Russian Far East" match as one first).
        if entry.type == .norp, gk == 1, toks[t].gap == .space, let (rk, ri) = gazetteer(at: t + 1), t + 1 + rk == end,
           knowledge.entries[Int(ri)].type == .place {
            return false
        }
        // "Georgian Dream" is known; "Ukrainian Navy", "China–Central Asia Summit": head-terminated.
        if isOrgHead(last) || isEventHead(last) || isMediaHead(last) || isPlaceHead(last) {
            // But not when the known name itself ends the run's name part and the rest is a second name.
            if isDocHead(last) { return false }
            return true
        }
        // A nationality word and an unknown capitalized word make one name: "Georgian Dream".
        if entry.type == .norp, gk == 1, end - t == 2, toks[t].gap == .space, gazetteer(at: t + 1) == nil,
           !knowledge.isGivenName(hash: hash(t + 1)), !lex(t + 1, .commonCapitalized), !seenLowercase(t + 1),
           !has(t + 1, .allCaps) {
            return true
        }
        // An apposition describes the whole run: "Zarya Okrainy, a local weekly,".
        if gk == 1, end - t >= 2, end - t <= 4, entry.type != .norp, entry.type != .person, appositionType(end) != nil,
           gazetteer(at: t + 1) == nil { return true }
        // A minor place that starts a person's name: "writer Dasha Litvinova", "Bela Korvinova".
        if entry.isMinorPlace, gk == 1, end - t == 2, toks[t].gap == .space, gazetteer(at: t + 1) == nil,
           hasSurnameSuffix(t + 1) || isPersonContext(t) {
            return true
        }
        // A connector continues the name: "Gulf of Finland".
        if t + gk < end, has(t + gk, .lower) { return true }
        // A given name that is also a place: "Ararat Mirzoyan", "Christian Danielsson".
        if gk == 1, knowledge.isGivenName(hash: hash(t)), end - t <= 3, entry.type != .person {
            let tail = t + 1
            if gazetteer(at: tail) == nil && !anyHead(tail) { return true }
        }
        return false
    }

    /// A byline: "By Jane Doe", "BY LAURIE OAKES", "By Jane Doe and John Roe, Reuters" — a
    /// short line of its own that starts with "By" names its authors (people): two to four
    /// capitalized or all-caps words each, separated by "and" or a comma; what follows a
    /// comma that is not a name (an agency) is left to the rules. Returns the token after the
    /// last name, or nil when `t` does not start a byline.
    func byline(at t: Int, into out: inout [Found]) -> Int? {
        guard hash(t) == Self.byHash || hash(t) == Self.byCapsHash, toks[t].gap == .space else { return nil }
        let a = startByte(t)
        guard a == 0 || bytes[a - 1] == 0x0A else { return nil }
        var lineEnd = a
        while lineEnd < bytes.count, bytes[lineEnd] != 0x0A, lineEnd - a <= 120 { lineEnd += 1 }
        guard lineEnd - a <= 120, bytes[lineEnd - 1] != 0x2E else { return nil }
        var u = t + 1
        var found: [Found] = []
        while u < count, endByte(u) <= lineEnd {
            var z = u
            while z < count, endByte(z) <= lineEnd, has(z, .cap), !has(z, .hasDigit), z - u < 4 {
                z += 1
                if toks[z - 1].gap != .space { break }
            }
            // Two to four words, the last one ending the name (a comma, "and", or the line end).
            guard z - u >= 2, z - u <= 4 else { break }
            found.append(Found(bytes: startByte(u)..<endByte(z - 1), type: .person, entry: nil, tokens: z - u))
            let g = toks[z - 1].gap
            if z < count, endByte(z) <= lineEnd, g == .space, has(z, .lower), hash(z) == Self.andHash { u = z + 1; continue }
            if z < count, endByte(z) <= lineEnd, g == .other, bytes[endByte(z - 1)] == 0x2C { u = z; continue }
            u = z
            break
        }
        guard !found.isEmpty else { return nil }
        out.append(contentsOf: found)
        return found.last.map { f in
            var v = t + 1
            while v < count, startByte(v) < f.bytes.upperBound { v += 1 }
            return v
        }
    }
}
