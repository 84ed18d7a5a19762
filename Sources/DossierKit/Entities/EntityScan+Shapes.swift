import Foundation

/// Evidence from the shape of a name and a few words around it, for runs the knowledge base
/// does not cover: place-name endings and cues of the region, outlets named after a region,
/// numbered military formations.
extension EntityScan {
    static let nearHash: UInt64 = { let w = Array("near".utf8); return NameHash.add(NameHash.start, w, 0..<w.count) }()
    static let outsideHash: UInt64 = { let w = Array("outside".utf8); return NameHash.add(NameHash.start, w, 0..<w.count) }()
    /// Nouns that name a settlement or area before "of": "the village of X", "the town of X".
    static let settlementHashes: Set<UInt64> = Set(["village", "villages", "town", "towns", "city", "settlement", "settlements",
                                                   "district", "region", "hamlet", "suburb", "outskirts"].map { s in
        let w = Array(s.utf8); return NameHash.add(NameHash.start, w, 0..<w.count)
    })
    /// Heads of military formations that take a number: "the 20th Combined Arms Army", "58th Army".
    static let formationHashes: Set<UInt64> = Set(["Army", "Division", "Brigade", "Regiment", "Corps", "Battalion", "Fleet",
                                                  "Flotilla", "Squadron", "Detachment", "Group"].map { s in
        let w = Array(s.utf8); return NameHash.add(NameHash.start, w, 0..<w.count)
    })

    /// True for an unknown word with a place-name ending of the region ("Novoivanivka",
    /// "Pokrovske", "Sloviansk", "Mariupol") that is not a given name.
    func hasPlaceSuffix(_ t: Int) -> Bool {
        guard endByte(t) - startByte(t) >= 5, has(t, .cap), !has(t, .allCaps), !knowledge.isGivenName(hash: hash(t)) else { return false }
        return endsWith(t, oneOf: Lexicon.placeSuffixes, stem: 3)
    }

    /// True when "near", "outside" or "the village/town/city … of" stands right before token `t`.
    func settlementCueBefore(_ t: Int) -> Bool {
        guard t > 0, toks[t - 1].gap == .space, has(t - 1, .lower) else { return false }
        let h = hash(t - 1)
        if h == Self.nearHash || h == Self.outsideHash { return true }
        if h == Self.ofHash, t > 1, toks[t - 2].gap == .space, Self.settlementHashes.contains(hash(t - 2)) { return true }
        return false
    }

    /// The type the run's shape gives it without a person cue: a place by its ending or a
    /// settlement cue before it, a company by its morphology; nil when the shape says nothing.
    func shapeType(_ t: Int, _ end: Int) -> EntityType? {
        if hasPlaceSuffix(end - 1) || settlementCueBefore(t) { return .place }
        for y in t..<end where hasCompanySuffix(y) { return .org }
        return nil
    }

    /// The ordinal before a numbered formation ("20th" in "the 20th Combined Arms Army"), when
    /// the run ending at `end` is one.
    func formationNumber(before t: Int, end: Int) -> Int? {
        guard t > 0, end > t, Self.formationHashes.contains(hash(end - 1)), toks[t - 1].gap == .space,
              has(t - 1, .digitFirst), !has(t - 1, .hasDot) else { return nil }
        let z = endByte(t - 1)
        guard z - startByte(t - 1) >= 3 else { return nil }
        let tail = (bytes[z - 2] | 0x20, bytes[z - 1] | 0x20)
        let ordinal = tail == (0x73, 0x74) || tail == (0x6E, 0x64) || tail == (0x72, 0x64) || tail == (0x74, 0x68)
        return ordinal ? t - 1 : nil
    }

    /// The end of an outlet name that continues a known outlet: "Interfax-Ukraine", "RIA Dagestan",
    /// "TRT Haber" (a hyphen, or an acronym and one more capitalized word of the run).
    func outletContinuation(_ t: Int, _ gk: Int, _ end: Int) -> Int? {
        let next = t + gk
        guard next < end, has(next, .cap), !isOrgHead(next), !lex(next, .roleHeads) else { return nil }
        if toks[next - 1].gap == .hyphen { return next + 1 }
        if gk == 1, has(t, .allCaps), endByte(t) - startByte(t) <= 4, toks[t].gap == .space,
           !knowledge.isGivenName(hash: hash(next)), !has(next, .allCaps) {
            return next + 1
        }
        return nil
    }
}
