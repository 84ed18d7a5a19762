import Foundation

/// Document-level passes: decisions that need the whole article (surnames, coordination, deferred sentence starts).
extension EntityScan {
    /// Second look with the whole document known: a minor place name that is the surname of a
    /// person in the article is that person ("Satpayev"); an unknown single capitalized word is
    /// a place before a place noun ("the Hakari bridge") or when coordinated with a place
    /// ("Kapustin Yar and Prudboi"), and a person when it is the surname of one.
    func resolveByContext(_ out: [Found], only: ArraySlice<Int32>, surnames: HashMap64, shortNames: HashMap64, seen: HashMap64) -> [Found] {
        let types = EntityType.allCases
        // Unknown single words mid-sentence, only those the first pass found isolated (the
        // window's edges lack context).
        var added: [Found] = []
        var m = 0
        var next = only.startIndex
        for t in 0..<count where has(t, .cap) && !has(t, .sentStart) && !has(t, .title) {
            while next < only.endIndex && Int(only[next]) < startByte(t) { next += 1 }
            guard next < only.endIndex, Int(only[next]) == startByte(t) else { continue }
            while m < out.count && out[m].bytes.upperBound <= startByte(t) { m += 1 }
            if m < out.count && out[m].bytes.lowerBound <= startByte(t) { continue }
            // Only isolated words: neighbours joined by a space or hyphen are not capitalized.
            if !isContextCandidate(t) { continue }
            let h = hash(t)
            var type: EntityType?
            if shortNames.contains(h) { type = .org }
            // The same word was recognized elsewhere in the article ("told Rzeczpospolita" and
            // later "(Rzeczpospolita, July 4)").
            else if let ty = seen.get(h) { type = types[Int(ty)] }
            else if surnames.contains(h) { type = .person }
            else if placeNounFollows(t) { type = .place }
            // "the Danube port of Izmail", "the former German city of Königsberg".
            else if t >= 2, toks[t - 1].gap == .space, toks[t - 2].gap == .space, hash(t - 1) == Self.ofHash,
                    has(t - 2, .lower), lex(t - 2, .placeCueNouns) { type = .place }
            // "a Grodno-born researcher", "a Comrat-based journalist".
            else if t + 1 < count, toks[t].gap == .hyphen, has(t + 1, .lower), lex(t + 1, .placeOrigins) { type = .place }
            // "Wagner fighters", "Gazprom executives".
            else if t + 1 < count, toks[t].gap == .space, has(t + 1, .lower), lex(t + 1, .orgMembers) { type = .org }
            else if hasCompanySuffix(t) { type = .org }
            else if t > 0, toks[t - 1].gap == .space, has(t - 1, .lower), lex(t - 1, .mediaNouns) { type = .media }
            else if t > 0, toks[t - 1].gap == .space, has(t - 1, .lower), lex(t - 1, .orgNouns) { type = .org }
            else if mediaNounFollows(t + 1) { type = .media }
            else if t + 1 < count, toks[t].gap == .space, has(t + 1, .lower), lex(t + 1, .orgNouns) { type = .org }
            else if orgAfterPeopleAt(t) { type = .org }
            else if let c = coordinatedType(t, out, m) { type = c }
            // "a Steinmeier-type arrangement", "Brezhnev-era": eponyms are people.
            else if t + 1 < count, toks[t].gap == .hyphen, has(t + 1, .lower), lex(t + 1, .eponymTails) { type = .person }
            // A single unknown word after a locative preposition is a place ("in Prudboi").
            else if t > 0, toks[t - 1].gap == .space, lex(t - 1, .locatives) { type = .place }
            // Where rules run out, the learned tagger may know the word ("a Steinmeier-type plan").
            else if let ty = modelType(startByte(t)..<endByte(t)) { type = ty }
            if let type {
                added.append(Found(bytes: startByte(t)..<endByte(t), type: type, entry: nil, tokens: 1))
            }
        }
        return added
    }

    func resolveDeferred(_ deferred: [(Int, Int)], seen: HashMap64, surnames: HashMap64) -> [Found] {
        let types = EntityType.allCases
        var added: [Found] = []
        for (t, end) in deferred {
            // Try the whole run, then the run without its first word ("Moreover Omarov").
            var u = t
            while u < end {
                if !has(u, .cap) { u += 1; continue }
                let h = NameHash.add(NameHash.start, bytes, startByte(u)..<endByte(end - 1))
                if let ty = seen.get(h).map({ types[Int($0)] }) ?? (end - u == 1 && surnames.contains(h) ? .person : nil) {
                    added.append(Found(bytes: startByte(u)..<endByte(end - 1), type: ty, entry: nil, tokens: end - u))
                    break
                }
                if let ty = classifyRun(u, end, cite: false).0, u > t, strongEvidence(u, end, ty) || !has(u, .sentStart) {
                    added.append(Found(bytes: startByte(u)..<endByte(end - 1), type: ty, entry: nil, tokens: end - u))
                    break
                }
                // "Srbijagas said it would…": a company-built word at a sentence start, or any
                // word that "said its" network…: people are not "it".
                if end - u == 1, hasCompanySuffix(u) || saidIts(end) {
                    added.append(Found(bytes: startByte(u)..<endByte(u), type: .org, entry: nil, tokens: 1))
                    break
                }
                // A known name at the start of an unconfirmed longer run ("Zapad Exercises").
                if let (gk, gi) = gazetteer(at: u), u + gk < end, !lex(u, .commonCapitalized) {
                    added.append(Found(bytes: startByte(u)..<endByte(u + gk - 1), type: knowledge.entries[Int(gi)].type, entry: gi, tokens: gk))
                    break
                }
                // The learned tagger, for the whole remaining run only.
                if !has(u, .title), !lex(u, .commonCapitalized), let ty = modelType(startByte(u)..<endByte(end - 1)) {
                    added.append(Found(bytes: startByte(u)..<endByte(end - 1), type: ty, entry: nil, tokens: end - u))
                    break
                }
                u += 1
            }
        }
        return added
    }
}
