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
            var derived = false
            if shortNames.contains(h) { type = .org }
            else if surnames.contains(h) { type = .person }
            else if let ty = localType(t) { type = ty }
            // The same word was recognized elsewhere in the article ("told Rzeczpospolita" and
            // later "(Rzeczpospolita, July 4)"); the word's own context comes first above.
            else if let ty = seen.get(h) { type = types[Int(ty)]; derived = true }
            else if let c = coordinatedType(t, out, m) { type = c }
            // "a Steinmeier-type arrangement", "Brezhnev-era": eponyms are people.
            else if t + 1 < count, toks[t].gap == .hyphen, has(t + 1, .lower), lex(t + 1, .eponymTails) { type = .person }
            // A single unknown word after a locative preposition is a place ("in Prudboi").
            else if t > 0, toks[t - 1].gap == .space, lex(t - 1, .locatives) { type = .place }
            // Where rules run out, the learned tagger may know the word, but not a person: a lone
            // unknown word with no cue for one ("the cash Verizon is paying") stays untyped.
            else if let ty = modelType(startByte(t)..<endByte(t), personThreshold: .infinity) { type = ty }
            if let type {
                added.append(Found(bytes: startByte(t)..<endByte(t), type: type, entry: nil, tokens: 1, derived: derived))
            }
        }
        return added
    }

    /// The type the words around isolated word `t` give it: a place noun after it, an origin
    /// ("Grodno-born"), members or a company form after it, an outlet or organization noun
    /// around it. Nil when its context says nothing.
    func localType(_ t: Int) -> EntityType? {
        if placeNounFollows(t) { return .place }
        // "the Danube port of Izmail", "the former German city of Königsberg".
        if t >= 2, toks[t - 1].gap == .space, toks[t - 2].gap == .space, hash(t - 1) == Self.ofHash,
           has(t - 2, .lower), lex(t - 2, .placeCueNouns) { return .place }
        // "a Grodno-born researcher", "a Comrat-based journalist".
        if t + 1 < count, toks[t].gap == .hyphen, has(t + 1, .lower), lex(t + 1, .placeOrigins) { return .place }
        // "Wagner fighters", "Gazprom executives".
        if t + 1 < count, toks[t].gap == .space, has(t + 1, .lower), lex(t + 1, .orgMembers) { return .org }
        if hasCompanySuffix(t) { return .org }
        if t > 0, toks[t - 1].gap == .space, has(t - 1, .lower), lex(t - 1, .mediaNouns) { return .media }
        if t > 0, toks[t - 1].gap == .space, has(t - 1, .lower), lex(t - 1, .orgNouns) { return .org }
        if mediaNounFollows(t + 1) { return .media }
        if t + 1 < count, toks[t].gap == .space, has(t + 1, .lower), lex(t + 1, .orgNouns) { return .org }
        if orgAfterPeopleAt(t) { return .org }
        return nil
    }

    func resolveDeferred(_ deferred: [(Int, Int)], seen: HashMap64, surnames: HashMap64, shortNames: HashMap64) -> [Found] {
        let types = EntityType.allCases
        var added: [Found] = []
        for (t, end) in deferred {
            // Try the whole run, then the run without its first word ("Moreover Omarov").
            var u = t
            while u < end {
                if !has(u, .cap) { u += 1; continue }
                let h = NameHash.add(NameHash.start, bytes, startByte(u)..<endByte(end - 1))
                // A company's short name first ("Innopac shares rose" after "Innopac Inc").
                let short: EntityType? = shortNames.contains(h) ? .org : nil
                let fromSeen = short == nil ? seen.get(h).map({ types[Int($0)] }) : nil
                if let ty = short ?? fromSeen ?? (end - u == 1 && surnames.contains(h) ? .person : nil) {
                    added.append(Found(bytes: startByte(u)..<endByte(end - 1), type: ty, entry: nil, tokens: end - u,
                                       derived: fromSeen != nil))
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

    /// One type per unknown name in an article: where the same name (no knowledge entry) was
    /// typed differently in different places, the type most of its own-evidence mentions got
    /// wins (ties: the earliest), and every mention takes it. "Zubex had bought…" made a person
    /// of a company that "Zubex executives" and "the Zubex subsidiary" show to be one.
    func unifyUnknownNames(_ out: inout [Found]) {
        struct Votes {
            var counts = SIMD8<Int32>()
            var first: Int8 = -1
            var mixed = false
            var seenType: Int8 = -1
        }
        let types = EntityType.allCases
        var votes: [UInt64: Votes] = [:]
        for f in out where f.entry == nil {
            let h = NameHash.add(NameHash.start, bytes, f.bytes)
            let ty = Int8(types.firstIndex(of: f.type) ?? 0)
            var v = votes[h] ?? Votes()
            if v.seenType >= 0 && v.seenType != ty { v.mixed = true }
            v.seenType = ty
            if !f.derived {
                v.counts[Int(ty)] += 1
                if v.first < 0 { v.first = ty }
            }
            votes[h] = v
        }
        var winner: [UInt64: EntityType] = [:]
        for (h, v) in votes where v.mixed && v.first >= 0 {
            var best = Int(v.first)
            for k in 0..<types.count where v.counts[k] > v.counts[best] { best = k }
            winner[h] = types[best]
        }
        guard !winner.isEmpty else { return }
        for i in out.indices where out[i].entry == nil {
            if let w = winner[NameHash.add(NameHash.start, bytes, out[i].bytes)] { out[i].type = w }
        }
    }

    /// "de Miranda" after "Luis de Miranda": a person's surname keeps the lowercase particle
    /// the article's full name gives it. ("De Miranda" found whole at a sentence start joins the
    /// full name in EntityGrouper.)
    func attachNameParticles(_ out: inout [Found]) {
        var tails = HashMap64(capacity: 16)
        for f in out where f.type == .person && f.tokens >= 2 {
            var i = f.bytes.lowerBound
            while i < f.bytes.upperBound {
                guard bytes[i] == 0x20 else { i += 1; continue }
                let ws = i + 1
                var we = ws
                while we < f.bytes.upperBound && bytes[we] != 0x20 { we += 1 }
                if we < f.bytes.upperBound, ws < we, bytes[ws] >= 0x61, bytes[ws] <= 0x7A,
                   Lexicon.cls(NameHash.add(NameHash.start, bytes, ws..<we)).contains(.nameParticles) {
                    tails.set(NameHash.add(NameHash.start, bytes, ws..<f.bytes.upperBound), 1)
                }
                i = we
            }
        }
        guard tails.count > 0 else { return }
        // The particle, as the full name writes it (a capital at a sentence start is lowered),
        // and the rest of the name from byte `a` to `z`.
        func tailHash(_ a: Int, _ z: Int) -> UInt64 {
            let first = bytes[a]
            return NameHash.add(NameHash.add(NameHash.start, byte: first >= 0x41 && first <= 0x5A ? first | 0x20 : first),
                                bytes, (a + 1)..<z)
        }
        for k in out.indices where out[k].type == .person {
            let lo = out[k].bytes.lowerBound
            guard lo >= 2, bytes[lo - 1] == 0x20 else { continue }
            var ws = lo - 1
            while ws > 0, bytes[ws - 1] != 0x20, bytes[ws - 1] != 0x0A, lo - ws <= 8 { ws -= 1 }
            guard ws < lo - 1, k == 0 || out[k - 1].bytes.upperBound <= ws else { continue }
            if tails.contains(tailHash(ws, out[k].bytes.upperBound)) { out[k].bytes = ws..<out[k].bytes.upperBound }
        }
    }

    /// True when organization mention `r` ends in an abbreviated legal form written with its
    /// period ("Remain Co.", "Brovex Inc."): the mention keeps the period.
    func endsInAbbreviatedLegalForm(_ r: Range<Int>) -> Bool {
        guard r.upperBound < bytes.count, bytes[r.upperBound] == 0x2E else { return false }
        var j = r.upperBound
        while j > r.lowerBound, bytes[j - 1] != 0x20 { j -= 1 }
        guard j > r.lowerBound, r.upperBound - j <= 4, bytes[j] >= 0x41, bytes[j] <= 0x5A else { return false }
        for i in (j + 1)..<r.upperBound where !(bytes[i] >= 0x61 && bytes[i] <= 0x7A) { return false }
        return Lexicon.cls(NameHash.add(NameHash.start, bytes, j..<r.upperBound)).contains(.corpSuffixes)
    }
}
