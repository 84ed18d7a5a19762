import Foundation

/// Classification cues from the words around a run (roles, appositions, nouns that follow, coordination).
extension EntityScan {
    /// True for "analysts at X", "experts from X": X is where people work, an organization.
    func orgAfterPeopleAt(_ t: Int) -> Bool {
        guard t >= 2, toks[t - 1].gap == .space, toks[t - 2].gap == .space else { return false }
        let w = hash(t - 1)
        guard w == Self.atHash || w == Self.fromHash else { return false }
        return lex(t - 2, .personCues) && has(t - 2, .lower)
    }

    /// True when a role or cue word precedes token `t` or a reporting verb follows it.
    func isPersonContext(_ t: Int) -> Bool {
        if personCueBefore(t) { return true }
        if t + 1 < count, toks[t].gap == .space, lex(t + 1, .reportingVerbs), has(t + 1, .lower) {
            return true
        }
        return false
    }

    /// A role word or person cue just before token `t` ("chief", "analyst").
    func personCueBefore(_ t: Int) -> Bool {
        t > 0 && toks[t - 1].gap == .space && (lex(t - 1, .roleHeads) || lex(t - 1, .personCues))
    }

    /// True when ", a|an|the <lowercase>" follows token end-1: an apposition describing a person.
    func appositionFollows(_ end: Int) -> Bool {
        guard end < count, end + 1 < count, end >= 1 else { return false }
        guard endByte(end - 1) < bytes.count, bytes[endByte(end - 1)] == 0x2C else { return false }
        let w = hash(end)
        // ", who heads…" describes a person too.
        if w == Self.whoHash { return true }
        if let a = appositionType(end) { return a == .person }
        guard w == Self.theHash || w == Self.aHash || w == Self.anHash else { return false }
        return has(end + 1, .lower) || lex(end + 1, .personCues)
    }

    /// The type an apposition after the run gives it: ", the Moldovan state energy trader," →
    /// ORG, ", a local weekly" → MEDIA, ", a Comrat-based journalist" / ", head of …" → PERSON.
    /// The head noun is the last word before punctuation or a connector ("of", "who").
    func appositionType(_ end: Int) -> EntityType? {
        guard end >= 1, end < count, endByte(end - 1) < bytes.count, bytes[endByte(end - 1)] == 0x2C else { return nil }
        var w = end
        let h0 = hash(w)
        if h0 == Self.theHash || h0 == Self.aHash || h0 == Self.anHash { w += 1 }
        // Without an article the description starts in lowercase (", head of …"), not with a
        // name (a sign-off: "Karyn Coleman, BBC news, Pristina").
        else if !has(w, .lower) { return nil }
        let first = w
        var head = -1
        var n = 0
        while w < count, n < 6 {
            if w > first, has(w, .lower), lex(w, .connectors) || hash(w) == Self.whoHash || hash(w) == Self.thatHash || hash(w) == Self.whichHash {
                head = w - 1
                break
            }
            if isMonthOrDay(w) || has(w, .digitFirst) { return nil }
            let g = toks[w].gap
            // "the company’s president": the possessor is not the head.
            if g != .space && g != .hyphen && g != .possessive { head = w; break }
            w += 1
            n += 1
        }
        guard head >= first, has(head, .lower) else { return nil }
        if lex(head, .personCues) { return .person }
        if lex(head, .mediaNouns) { return .media }
        if lex(head, .orgNouns) || lex(head, .appositionOrgNouns) { return .org }
        return nil
    }

    /// True when "news agency", "newspaper", "daily"… follows the run (not "news" alone).
    func mediaNounFollows(_ end: Int) -> Bool {
        guard end < count, end >= 1, toks[end - 1].gap == .space, has(end, .lower), lex(end, .mediaNouns) else { return false }
        // "news" only with "agency"/"outlet"/"site" after it ("Reuters news" is ambiguous).
        if bytes[startByte(end)..<endByte(end)].elementsEqual("news".utf8) {
            return end + 1 < count && toks[end].gap == .space && has(end + 1, .lower)
                && (lex(end + 1, .mediaNouns) || lex(end + 1, .orgNouns))
        }
        // "the Sulina channel" is a waterway as often as a broadcaster.
        if bytes[startByte(end)..<endByte(end)].elementsEqual("channel".utf8) { return false }
        // "daily"/"weekly" are adjectives before another noun ("a Kremlin weekly briefing").
        if bytes[startByte(end)..<endByte(end)].elementsEqual("daily".utf8) || bytes[startByte(end)..<endByte(end)].elementsEqual("weekly".utf8) {
            return !(end + 1 < count && toks[end].gap == .space && has(end + 1, .lower))
        }
        return true
    }

    /// True for the parenthesized credit of a wire dateline: "(Reuters) -", "(AP) —" on a line
    /// that starts with an all-caps place.
    func isDatelineCredit(_ t: Int, _ end: Int) -> Bool {
        let a = startByte(t)
        let z = endByte(end - 1)
        guard a >= 2, bytes[a - 1] == 0x28, z + 2 < bytes.count, bytes[z] == 0x29, bytes[z + 1] == 0x20 else { return false }
        let c = bytes[z + 2]
        // "-", or an en/em dash (E2 80 93/94).
        guard c == 0x2D || (c == 0xE2 && z + 4 < bytes.count && bytes[z + 3] == 0x80 && (bytes[z + 4] == 0x93 || bytes[z + 4] == 0x94)) else { return false }
        var i = a - 1
        while i > 0, bytes[i - 1] != 0x0A { i -= 1 }
        // The line starts with two or more capital letters: "ANKARA", "KYIV".
        return i + 1 < bytes.count && bytes[i] >= 0x41 && bytes[i] <= 0x5A && bytes[i + 1] >= 0x41 && bytes[i + 1] <= 0x5A && a - i < 80
    }

    /// True when a lowercase event noun follows the run ("the Iron Wolf exercise").
    func eventNounFollows(_ end: Int) -> Bool {
        guard end < count, end >= 1, toks[end - 1].gap == .space, has(end, .lower) else { return false }
        return lex(end, .eventNouns)
    }

    /// True when the run stands in apposition after an event noun ("its own exercise, Joint Efforts").
    func eventNounBefore(_ t: Int) -> Bool {
        guard t >= 1, bytes[endByte(t - 1)] == 0x2C, has(t - 1, .lower) else { return false }
        return lex(t - 1, .eventNouns)
    }

    /// True when a place noun follows within two lowercase words ("Anaklia deep-sea port").
    func placeNounFollows(_ t: Int) -> Bool {
        var u = t
        var n = 0
        while n < 3, u + 1 < count, toks[u].gap == .space || toks[u].gap == .hyphen, has(u + 1, .lower) {
            // "Sobol from the city ballot": a preposition or article ends the noun phrase.
            if lex(u + 1, .connectors) || lex(u + 1, .locatives) || hash(u + 1) == Self.aHash { return false }
            let afterHyphen = toks[u].gap == .hyphen
            u += 1
            n += 1
            // "intermediate-range missile": a cue word inside a hyphenated modifier is not the noun.
            if lex(u, .placeCueNouns) && !afterHyphen && (u + 1 >= count || toks[u].gap != .hyphen) { return true }
        }
        return false
    }

    /// The type of a PLACE or PERSON mention joined to token `t` by "and", "or" or a comma.
    func coordinatedType(_ t: Int, _ out: [Found], _ m: Int) -> EntityType? {
        // Previous mention: "X and t".
        if m > 0, t >= 1 {
            let p = out[m - 1]
            let between = p.bytes.upperBound..<startByte(t)
            if isCoordinator(between), p.type == .place { return .place }
        }
        if m < out.count {
            let n = out[m]
            let between = endByte(t)..<n.bytes.lowerBound
            if isCoordinator(between), n.type == .place { return .place }
        }
        return nil
    }

    /// True when the bytes are " and ", " or ", ", " or ", and ".
    func isCoordinator(_ r: Range<Int>) -> Bool {
        guard r.lowerBound <= r.upperBound, r.count <= 6, r.upperBound <= bytes.count else { return false }
        let w = bytes[r]
        return w.elementsEqual(" and ".utf8) || w.elementsEqual(" or ".utf8) || w.elementsEqual(", ".utf8)
            || w.elementsEqual(", and ".utf8)
    }

    /// True when the bytes spell "District".
    static func isDistrict(_ bytes: [UInt8], _ r: Range<Int>) -> Bool { bytes[r].elementsEqual("District".utf8) }

    /// True when " (ACRONYM)" follows the run ending before token `end`.
    func acronymFollows(_ end: Int) -> Bool {
        guard end < count, end >= 1, has(end, .allCaps), !lex(end, .nonNameAcronyms) else { return false }
        let z = endByte(end - 1)
        guard z + 2 == startByte(end), bytes[z] == 0x20, bytes[z + 1] == 0x28, endByte(end) < bytes.count, bytes[endByte(end)] == 0x29 else { return false }
        return true
    }

    /// True when ", <known country or region>" and then punctuation follow the run ("Pleasant
    /// Grove, Utah." / "Kennebunkport, Maine,").
    func placeQualifierFollows(_ end: Int) -> Bool {
        guard end < count, end >= 1, endByte(end - 1) + 2 == startByte(end), bytes[endByte(end - 1)] == 0x2C, bytes[endByte(end - 1) + 1] == 0x20,
              let g = gazetteer(at: end) else { return false }
        let entry = knowledge.entries[Int(g.1)]
        guard entry.type == .place, !knowledge.isGivenName(hash: hash(end)) else { return false }
        let z = end + g.0 - 1
        let gap = toks[z].gap
        guard gap == .other || gap == .end || gap == .period else { return false }
        let c: UInt8 = endByte(z) < bytes.count ? bytes[endByte(z)] : 0x2E
        return c == 0x2E || c == 0x2C || c == 0x3B || c == 0x29 || c == 0x0A
    }

    /// True for "<run> said its …" (a reporting verb, then "its"): an organization speaks.
    func saidIts(_ end: Int) -> Bool {
        guard end + 1 < count, toks[end - 1].gap == .space, lex(end, .reportingVerbs), has(end, .lower),
              toks[end].gap == .space else { return false }
        return bytes[startByte(end + 1)..<endByte(end + 1)].elementsEqual("its".utf8)
    }

    /// True when " & " (or "&") separates token `u` from the next one.
    func isAmpersandGap(_ u: Int) -> Bool {
        guard u + 1 < count else { return false }
        let gap = bytes[endByte(u)..<startByte(u + 1)]
        return gap.elementsEqual(" & ".utf8) || gap.elementsEqual("&".utf8)
    }

    /// True for the speaker after a quotation: "…,” said Parnevik", "“…,” says Olga Brenner".
    func quoteAttribution(_ t: Int) -> Bool {
        guard t >= 1, toks[t - 1].gap == .space, has(t - 1, .lower), lex(t - 1, .reportingVerbs) else { return false }
        var j = startByte(t - 1) - 1
        while j >= 0, bytes[j] == 0x20 { j -= 1 }
        guard j >= 0 else { return false }
        return bytes[j] == 0x22 || (bytes[j] == 0x9D && j >= 2 && bytes[j - 1] == 0x80 && bytes[j - 2] == 0xE2)
    }

    /// True when "the"/"The" stands right before token `t`.
    func afterArticle(_ t: Int) -> Bool {
        guard t > 0, toks[t - 1].gap == .space else { return false }
        let h = hash(t - 1)
        return h == Self.theHash || h == Self.theCapHash
    }

    /// True when the run looks like a personal name: capitalized words (2+ letters, not
    /// all-caps) joined by spaces or hyphens.
    func plainName(_ t: Int, _ end: Int) -> Bool {
        for y in t..<end {
            // Particles inside a name: "Karim al-Muntasir", "Ursula von der Leyen".
            if y > t, y < end - 1, has(y, .lower), lex(y, .nameParticles) { continue }
            if !has(y, .cap) || has(y, .allCaps) || has(y, .hasDigit) { return false }
            if isInitial(y) && y < end - 1 { continue }
            if endByte(y) - startByte(y) < 2 { return false }
            if (anyHead(y) && !(y == t && knowledge.isGivenName(hash: hash(y)))) || lex(y, .commonCapitalized) { return false }
            if y < end - 1 && toks[y].gap != .space && toks[y].gap != .hyphen { return false }
        }
        return true
    }

    /// Evidence that a run names a person: a given name first, a role or cue word before it, a
    /// reporting verb after it, a regional surname ending.
    func isPersonLike(_ t: Int, _ end: Int) -> Bool {
        for y in t..<(end - 1) where isInitial(y) { return true }
        for y in (t + 1)..<max(t + 1, end - 1) where isPatronymic(y) { return true }
        if quoteAttribution(t) { return true }
        if knowledge.isGivenName(hash: hash(t)) && end - t >= 2 { return true }
        if t > 0, toks[t - 1].gap == .space {
            if lex(t - 1, .roleHeads) || lex(t - 1, .personCues) { return true }
        }
        // A reporting verb after the name; "is", "has", "met" are done by companies and places
        // too ("the cash Verizon is paying"): they make a person only with another cue.
        if end < count, toks[end - 1].gap == .space, lex(end, .reportingVerbs), !(end - t == 1 && plainVerbFollows(t)) { return true }
        if end < count, toks[end - 1].gap == .other, bytes[endByte(end - 1)] == 0x2C, end + 1 < count,
           lex(end, .reportingVerbs) { return false }
        if hasSurnameSuffix(end - 1) { return true }
        return false
    }

    /// True for a word built like a post-Soviet company name: "Moldovagaz", "Energocom",
    /// "Uralkali", "Rosatom" (morphemes for gas, oil, industry, energy, bank, telecoms).
    func hasCompanySuffix(_ t: Int) -> Bool {
        guard endByte(t) - startByte(t) >= 6, has(t, .cap), !has(t, .allCaps) else { return false }
        return endsWith(t, oneOf: Lexicon.companySuffixes, stem: 3)
    }

    func hasSurnameSuffix(_ t: Int) -> Bool {
        guard endByte(t) - startByte(t) >= 5 else { return false }
        return endsWith(t, oneOf: Lexicon.surnameSuffixes, stem: 1)
    }

    /// True when token `t` ends in one of `suffixes` with at least `stem` bytes before it.
    func endsWith(_ t: Int, oneOf suffixes: [[UInt8]], stem: Int) -> Bool {
        let a = startByte(t)
        let z = endByte(t)
        for suf in suffixes where suf.count + stem <= z - a {
            var ok = true
            for (i, c) in suf.enumerated() where bytes[z - suf.count + i] != c { ok = false; break }
            if ok { return true }
        }
        return false
    }

    /// For sentence-initial runs: evidence strong enough without mid-sentence confirmation.
    func strongEvidence(_ t: Int, _ end: Int, _ type: EntityType) -> Bool {
        if !lex(t, .commonCapitalized), appositionType(end) == type { return true }
        switch type {
        case .person:
            return end - t >= 2 && (knowledge.isGivenName(hash: hash(t)) || isInitial(t)
                || (end < count && lex(end, .reportingVerbs))
                || hasSurnameSuffix(end - 1) || appositionFollows(end))
        case .org, .event, .media, .place:
            return end - t >= 2 && !lex(t, .commonCapitalized)
        case .norp:
            return false
        }
    }

    /// Resolves sentence-initial runs without evidence: accepted when the same name (or its
}
