import Foundation

/// Rules for a run the knowledge base does not cover.
extension EntityScan {
    /// Rules for a run with no knowledge match covering it: (type or nil, end token).
    func classifyRun(_ t: Int, _ end: Int, cite: Bool) -> (EntityType?, Int) {
        var last = end - 1
        // Exercise and games names with a year: "Kavkaz-2020", "Three Brothers-2021", "Trident Juncture 2018".
        if end - t >= 2, isYear(last), toks[last - 1].gap == .hyphen || end - t >= 3 || isEventHead(t) { return (.event, end) }
        if cite && sourceItemEnds(end) { return (.media, end) }
        // "Communism", "Putinism": a doctrine is no name of a place or a person.
        if end - t == 1, endsWithIsm(t) { return (nil, end) }
        // "the House", "House Republicans": the chamber, apart from the party word after it.
        if hash(t) == Self.houseHash, afterArticle(t) || (end - t >= 2 && gazetteer(at: t + 1).map { knowledge.entries[Int($0.1)].type == .norp } == true) {
            return (.org, t + 1)
        }
        // "the Carter administration", "the Vellan presidency": a surname before the office.
        if end - t == 1, end < count, toks[t].gap == .space, has(end, .lower), lex(end, .presidencyNouns), !has(t, .allCaps) {
            return (.person, end)
        }
        // Firms joined by "&" ("Douglas & Lomason", "Ernst & Young").
        for y in t..<(end - 1) where isAmpersandGap(y) {
            if isMediaHead(last) { return (.media, end) }
            return (.org, end)
        }
        // "Zanu-PF", "Fidesz-KDNP": an unknown word hyphenated to a short acronym is a party or
        // company name.
        if end - t == 2, toks[t].gap == .hyphen, has(last, .allCaps), !has(t, .allCaps),
           (2...4).contains(endByte(last) - startByte(last)), gazetteer(at: t) == nil, gazetteer(at: last) == nil {
            return (.org, end)
        }
        // "Government of National Accord": an organization head before the connector decides,
        // even when the name ends in a document word.
        if let h = headBeforeConnector(t, end), isOrgHead(h) { return (.org, end) }
        // Names of documents are not entities; names inside them still are.
        if isDocHead(last) || (isDocHead(t) && !(end - t >= 2 && knowledge.isGivenName(hash: hash(t)))) { return (nil, t + 1) }
        if isEventHead(last) && end - t >= 2 { return (.event, end) }
        if isMediaHead(last) && end - t >= 2 { return (.media, end) }
        // "Northwestern Federal District": an administrative district is a place.
        if isOrgHead(last) && end - t >= 2 && lex(last - 1, .districtModifiers) && Self.isDistrict(bytes, startByte(last)..<endByte(last)) {
            return (.place, end)
        }
        if isOrgHead(last) && end - t >= 2 { return (.org, end) }
        if isPlaceHead(last) && end - t >= 2 { return (.place, end) }
        // An organization head inside the run followed by a name: "General Staff Valery Gerasimov".
        var y = t + 1
        while y < end - 1 {
            if isOrgHead(y) && !isOrgHead(y + 1) && has(y + 1, .cap) && knowledge.isGivenName(hash: hash(y + 1)) {
                return (.org, y + 1)
            }
            y += 1
        }
        // Head-first names with a connector: "Ministry of Defense", "Sea of Azov", "Battle of Kursk".
        var connected = false
        for z in t..<end where has(z, .lower) { connected = true }
        if (end - t >= 3 && connected) || (end - t == 2 && lex(t, .placePrefixes)) {
            // The last head before the first connector names the kind ("Joint War Committee of …").
            if let h = headBeforeConnector(t, end) {
                if isOrgHead(h) { return (.org, end) }
                if isEventHead(h) { return (.event, end) }
            }
            var x = t
            while x < end - 1 {
                if isOrgHead(x) && x > t - 1 { return (.org, end) }
                if isEventHead(x) || lex(x, .eventPrefixes) { return (.event, end) }
                if lex(x, .placePrefixes) || isPlaceHead(x) { return (.place, end) }
                if isMediaHead(x) { return (.media, end) }
                x += 1
            }
        }
        // Outlets by the noun after them ("RIA news agency reported", "the Anadolu news agency"),
        // and the credit in a wire dateline ("ANKARA, Jan 14 (Reuters) -").
        if mediaNounFollows(end) || isDatelineCredit(t, end) { return (.media, end) }
        // "Operation Barbarossa": an event word first. A battle or siege takes "of" (handled
        // above); "Battle Creek" is a town.
        if end - t >= 2, lex(t, .eventPrefixes), !isOrgHead(t), hash(t) != Self.battleHash, hash(t) != Self.siegeHash {
            return (.event, end)
        }
        // An all-caps acronym: an organization unless it is a known outlet (handled above).
        if end - t == 1 && has(t, .allCaps) {
            if endByte(t) - startByte(t) <= 1 || lex(t, .nonNameAcronyms) { return (nil, end) }
            // A run of all-caps words is a shouted headline or dateline ("NEW YORK"), not acronyms.
            if t > 0, toks[t - 1].gap == .space, has(t - 1, .allCaps) { return (nil, end) }
            if t + 1 < count, toks[t].gap == .space, has(t + 1, .allCaps) { return (nil, end) }
            // "S-400", "B-52": designations, not names.
            if toks[t].gap == .hyphen, t + 1 < count, has(t + 1, .digitFirst) { return (nil, t + 2) }
            return (.org, end)
        }
        // A multi-word run named by the noun after it ("the joint Union Shield exercise").
        if end - t >= 2 && !lex(t, .breakers) {
            if eventNounFollows(end) { return (.event, end) }
            if end < count, toks[end - 1].gap == .space, has(end, .lower), lex(end, .orgNouns) { return (.org, end) }
        }
        if lex(t, .commonCapitalized) && end - t == 1 { return (nil, end) }
        // "the online portal New Era": an outlet noun before the run names it even when its
        // first word is common.
        if end - t >= 2, t > 0, toks[t - 1].gap == .space, has(t - 1, .lower), lex(t - 1, .mediaNouns), !has(t, .title) {
            return (.media, end)
        }
        // A run that starts with a common word is cut after it.
        if lex(t, .commonCapitalized) { return (nil, t + 1) }
        last = end - 1
        // An organization head inside the run followed by a name: "Security Council Askar Umarov".
        var x = t + 1
        while x < end - 1 {
            if isOrgHead(x) && !isOrgHead(x + 1) && (knowledge.isGivenName(hash: hash(x + 1)) || end - x - 1 <= 2) {
                return (.org, x + 1)
            }
            x += 1
        }
        // Organizations and outlets by the noun after or before them: "the Ak Zhol party",
        // "the energy company KazTransGas", "analysts at Halyk Research".
        if end < count, toks[end - 1].gap == .space, has(end, .lower), lex(end, .orgNouns) { return (.org, end) }
        if t > 0, toks[t - 1].gap == .space, has(t - 1, .lower) {
            if lex(t - 1, .mediaNouns) { return (.media, end) }
            if lex(t - 1, .orgNouns) && !has(end - 1, .allCaps) || orgAfterPeopleAt(t) { return (.org, end) }
        }
        // Named events by their context: "the Iron Wolf exercise", "exercise, Joint Efforts,".
        if eventNounFollows(end) || eventNounBefore(t) { return (.event, end) }
        if placeNounFollows(end - 1) && !knowledge.isGivenName(hash: hash(t)) { return (.place, end) }
        // "the Kapustin Yar and Prudboi ranges": the place noun after the coordinated name.
        if end + 1 < count, !knowledge.isGivenName(hash: hash(t)), toks[end - 1].gap == .space, hash(end) == Self.andHash,
           toks[end].gap == .space, has(end + 1, .cap), placeNounFollows(end + 1) { return (.place, end) }
        // A nationality word and an unknown word: a party or movement ("Georgian Dream"), unless
        // a role says a person follows ("bank chief German Gref": German is a given name too).
        if end - t == 2, !knowledge.isGivenName(hash: hash(t)), !personCueBefore(t), let g = gazetteer(at: t), g.0 == 1,
           knowledge.entries[Int(g.1)].type == .norp { return (.org, end) }
        // Party names in the plural: "Social Democrats", "Young Communists".
        if end - t >= 2, let g = gazetteer(at: end - 1), g.0 == 1, knowledge.entries[Int(g.1)].type == .norp,
           knowledge.entries[Int(g.1)].actor == nil, gazetteer(at: t) == nil {
            return (.org, end)
        }
        if let a = appositionType(end) { return (a, end) }
        // People have no acronyms: "Elektroprivreda Srbije (EPS)"; nor are they state-owned.
        if end - t >= 2, acronymFollows(end) { return (.org, end) }
        if t >= 2, toks[t - 1].gap == .space, toks[t - 2].gap == .hyphen, lex(t - 1, .ownershipTails) { return (.org, end) }
        // "the ferry line to Ust-Luga": a hyphenated pair after a locative is a place.
        if end - t == 2 || (end - t == 3 && has(t + 1, .lower)), toks[t].gap == .hyphen, toks[end - 2].gap == .hyphen,
           t > 0, toks[t - 1].gap == .space, has(t - 1, .lower), lex(t - 1, .locatives), !knowledge.isGivenName(hash: hash(t)) {
            return (.place, end)
        }
        // People take no article ("the Kremlin has noticed", "the Halk Maslahaty"), and a run
        // ending in a nationality word is not a name ("the Karabakh Armenians").
        if end - t >= 2, let g = gazetteer(at: end - 1), g.0 == 1, knowledge.entries[Int(g.1)].type == .norp { return (nil, t + 1) }
        // (In a title every word is capitalized, so only the first word is set aside there.)
        if afterArticle(t) { return (nil, has(t, .title) && end - t >= 2 ? t + 1 : end) }
        if end - t == 1, saidIts(end), !knowledge.isGivenName(hash: hash(t)), !hasSurnameSuffix(t) { return (.org, end) }
        // "told Le Monde", "told Novaya Volna": a name told something, without a given name or a
        // surname ending, is an outlet in this genre.
        if end - t >= 2, t > 0, toks[t - 1].gap == .space, hash(t - 1) == Self.toldHash, !knowledge.isGivenName(hash: hash(t)),
           !hasSurnameSuffix(end - 1), plainName(t, end) || lex(t, .nameParticles) {
            // The learned tagger, where loaded, knows many given names the list lacks.
            return (modelType(startByte(t)..<endByte(end - 1)) == .person ? .person : .media, end)
        }
        // A word with a place-name ending of the region, or after "near", "the village of".
        if end - t == 1, hasPlaceSuffix(t) || settlementCueBefore(t), !isPersonLike(t, end) { return (.place, end) }
        if isPersonLike(t, end) && plainName(t, end) { return (.person, end) }
        // "at Pleasant Grove, Utah.": without evidence of a person, a name followed by its
        // state or country is a place.
        if placeQualifierFollows(end) { return (.place, end) }
        if end - t >= 2 {
            // Two or three plain capitalized words with no cue for a person (a given name, a
            // role, a reporting verb, a surname ending were looked for above): the shape of the
            // name, then the tagger decide; without evidence the run stays untyped.
            if end - t <= 3 && plainName(t, end) && !has(t, .title) {
                var common = false
                for y in t..<end where seenLowercase(y) { common = true }
                if !common {
                    if let s = shapeType(t, end) { return (s, end) }
                    // The tagger calls most unknown pairs people; only its surest call counts here.
                    let range = startByte(t)..<endByte(end - 1)
                    let key = NameHash.add(NameHash.start, bytes, range)
                    let m: EntityType?
                    if let known = taggerMemo.typeOfName[key] { m = known } else {
                        m = modelType(range, personThreshold: Self.personWithoutCueThreshold)
                        taggerMemo.typeOfName[key] = m
                    }
                    return (m, end)
                }
            }
            return (nil, t + 1)
        }
        return (nil, end)
    }

    static let houseHash = NameHash.of("House")

    /// True when token `t` ends in "ism" and is longer than five letters ("Marxism", not "Ism").
    func endsWithIsm(_ t: Int) -> Bool {
        let e = endByte(t)
        return e - startByte(t) > 5 && bytes[e - 3] == 0x69 && bytes[e - 2] == 0x73 && bytes[e - 1] == 0x6D
    }

    /// The last head word before the first lowercase connector of the run, or nil when the run
    /// has no connector or no head before it.
    func headBeforeConnector(_ t: Int, _ end: Int) -> Int? {
        var x = t
        var head: Int?
        while x < end, has(x, .cap) {
            if isOrgHead(x) || isEventHead(x) || isMediaHead(x) || isPlaceHead(x) { head = x }
            x += 1
        }
        guard x < end, x > t, has(x, .lower), lex(x, .connectors) else { return nil }
        return head
    }
}
