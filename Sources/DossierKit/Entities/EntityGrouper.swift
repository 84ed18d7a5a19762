import Foundation

/// Groups recognized mentions into entities: one per referent in the article.
///
/// Known names share their knowledge id (aliases such as `Duma`/`State Duma`); a bare surname
/// joins the nearest preceding full name that ends with it (else the nearest following one);
/// an acronym defined in parentheses after a name joins that name; spelling variants
/// (`Pashinyan`/`Pashinian`) meet on a normalized key. `actor` links capitals, seats of
/// government and nationality words to their state's entity when the article names the state.
public struct EntityGrouper: Sendable {
    public var knowledge: Knowledge

    public init(knowledge: Knowledge) { self.knowledge = knowledge }

    public func group(_ found: [EntityRecognizer.Found], text: TextBuffer) -> [Entity] {
        let b = text.bytes
        // Keys are 64-bit hashes of what mentions of one entity share: the knowledge id, a
        // person's normalized name, or the type and exact text (salted so kinds never meet).
        var keys: [UInt64] = []
        keys.reserveCapacity(found.count)
        var acronymOf = HashMap64()
        // Normalized surname → index of the latest multi-word person ending with it, and of
        // the first one anywhere (for a surname used before the full name).
        var latestBySurname = HashMap64()
        var firstBySurname = HashMap64()
        for (i, f) in found.enumerated() where f.type == .person && f.tokens >= 2 {
            let last = Self.normHash(b, Self.lastWord(b, f.bytes))
            if firstBySurname.get(last) == nil { firstBySurname.set(last, Int32(i)) }
        }
        // The last words of a longer person's name from a lowercase particle on ("de Miranda" of
        // "Luis de Miranda"), by normalized hash: a shorter multi-word mention equal to them is
        // that person ("De Miranda" at a sentence start).
        var byNameTail = HashMap64()
        for (i, f) in found.enumerated() where f.type == .person && f.tokens >= 3 {
            var j = f.bytes.upperBound
            var words = 0
            while j > f.bytes.lowerBound {
                j -= 1
                guard b[j] == 0x20 else { continue }
                words += 1
                // Only a tail that starts with a lowercase particle ("de", "van", "bin"): "Paul
                // Smith" is not "John Paul Smith".
                if words >= 2, b[j + 1] >= 0x61 && b[j + 1] <= 0x7A, byNameTail.get(Self.normHash(b, (j + 1)..<f.bytes.upperBound)) == nil {
                    byNameTail.set(Self.normHash(b, (j + 1)..<f.bytes.upperBound), Int32(i))
                }
            }
        }
        // An outlet's last word → its first multi-word mention: "the Post" after "The Washington
        // Post", "Gazeta" after "Novaya Gazeta" is that outlet.
        var outletByLastWord = HashMap64()
        for (i, f) in found.enumerated() where f.type == .media && f.tokens >= 2 {
            let last = Self.normHash(b, Self.lastWord(b, f.bytes))
            if outletByLastWord.get(last) == nil { outletByLastWord.set(last, Int32(i)) }
        }
        // A Korean name's first word is the surname: "Yoon" is "Yoon Suk Yeol".
        var bySurnameFirst = HashMap64()
        for (i, f) in found.enumerated() where f.type == .person && f.tokens >= 2 {
            let first = Self.firstWord(b, f.bytes)
            if Lexicon.eastAsianSurnames.contains(NameHash.add(NameHash.start, b, first)) {
                let h = Self.normHash(b, first)
                if bySurnameFirst.get(h) == nil { bySurnameFirst.set(h, Int32(i)) }
            }
        }
        var personKeyOf: [Int32: UInt64] = [:]
        // The key of a multi-word person mention: a known person under any spelling keeps its
        // knowledge id; others their normalized name.
        func fullPersonKey(_ j: Int) -> UInt64 {
            if let e = found[j].entry, knowledge.entries[Int(e)].type == .person {
                return Self.stringHash(knowledge.entries[Int(e)].id) ^ 0x5045_5253
            }
            return Self.normHash(b, found[j].bytes) ^ 0x5045_5253
        }
        // Knowledge id → first multi-word mention of that person ("Xi" joins "Xi Jinping").
        var fullByEntryId: [String: Int] = [:]
        for (i, f) in found.enumerated() where f.type == .person && f.tokens >= 2 {
            if let e = f.entry, knowledge.entries[Int(e)].type == .person, fullByEntryId[knowledge.entries[Int(e)].id] == nil {
                fullByEntryId[knowledge.entries[Int(e)].id] = i
            }
        }

        for (i, f) in found.enumerated() {
            var key: UInt64
            let entry = f.entry.map { knowledge.entries[Int($0)] }
            if f.type == .person {
                let full = Self.normHash(b, f.bytes) ^ 0x5045_5253
                if f.tokens == 1 {
                    // "de Miranda" is the surname "Miranda" with the particle kept in the mention.
                    let surname = Self.normHash(b, Self.lastWord(b, f.bytes))
                    // "the elder Berdimuhamedov": of two people with this surname, the one the
                    // text calls father (or son, for "the younger").
                    if let gen = Self.generation(b, before: f.bytes.lowerBound),
                       let j = Self.relative(found, b, surname: surname, generation: gen, near: i) {
                        key = personKeyOf[Int32(j)] ?? fullPersonKey(j)
                    } else if let j = latestBySurname.get(surname) ?? firstBySurname.get(surname) {
                        key = personKeyOf[j] ?? fullPersonKey(Int(j))
                    } else if let e = entry, e.type == .person, let j = fullByEntryId[e.id] {
                        key = fullPersonKey(j)
                    } else if bySurnameFirst.count > 0, let j = bySurnameFirst.get(surname) {
                        key = personKeyOf[j] ?? fullPersonKey(Int(j))
                    } else {
                        key = full
                    }
                } else if byNameTail.count > 0, let j = byNameTail.get(Self.normHash(b, f.bytes)), Int(j) != i {
                    key = personKeyOf[j] ?? fullPersonKey(Int(j))
                    personKeyOf[Int32(i)] = key
                    latestBySurname.set(Self.normHash(b, Self.lastWord(b, f.bytes)), j)
                } else {
                    key = fullPersonKey(i)
                    personKeyOf[Int32(i)] = key
                    latestBySurname.set(Self.normHash(b, Self.lastWord(b, f.bytes)), Int32(i))
                }
            } else if let e = entry, e.type == f.type || f.type != .media || (e.type == .place && e.actor == nil) {
                // A state or region named where an outlet is expected ("(Interfax, Ukraine, May 3)")
                // is still that place: a split name never makes a second state entity.
                key = Self.stringHash(e.id) ^ 0x4B4E_4F57
            } else {
                // "Innopac Inc" and "Innopac" are one company.
                var r = f.bytes
                while f.type == .org, let shorter = EntityScan.withoutCorporateSuffix(b, r) { r = shorter }
                key = NameHash.add(NameHash.start ^ UInt64(f.type.hashSalt), b, r)
            }
            // Acronym defined as "Long Name (ACR)": the acronym joins the long name. A whole
            // name in parentheses right after a name of the same type is a translation or
            // alias: "Halk Maslahaty (People’s Council)".
            let acr = NameHash.add(NameHash.start, b, f.bytes)
            let isAcronym = f.tokens == 1 && f.bytes.count >= 2
                && b[f.bytes].allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) })
            if f.bytes.lowerBound > 0, b[f.bytes.lowerBound - 1] == 0x28, i > 0,
               f.bytes.upperBound < b.count, b[f.bytes.upperBound] == 0x29,
               isAcronym || (found[i - 1].type == f.type && f.tokens >= 2 && f.entry == nil) {
                let prev = found[i - 1]
                var q = prev.bytes.upperBound
                while q < f.bytes.lowerBound - 1, b[q] == 0x20 { q += 1 }
                // Only organizations, outlets and events have acronyms; a known acronym must
                // agree in type ("Puerto Rico (AP)" is a dateline credit, not a definition).
                let compatible = [.org, .media, .event].contains(prev.type)
                    && (f.entry == nil || f.type == prev.type)
                if compatible, q == f.bytes.lowerBound - 1, prev.tokens >= 2 || prev.bytes.count > f.bytes.count {
                    acronymOf.set(acr, Int32(i - 1))
                }
            }
            if acronymOf.count > 0, let j = acronymOf.get(acr) { key = keys[Int(j)] }
            if f.type == .media, f.tokens == 1, outletByLastWord.count > 0,
               let j = outletByLastWord.get(Self.normHash(b, f.bytes)), Int(j) < i {
                key = keys[Int(j)]
            }
            keys.append(key)
        }

        // Build entities in order of first mention. Count mentions per entity first so each
        // mention list is allocated once at its final size (big inputs have many mentions).
        var index = HashMap64()
        var owner: [Int32] = []
        owner.reserveCapacity(found.count)
        var sizes: [Int] = []
        for i in found.indices {
            if let at = index.get(keys[i]) {
                owner.append(at)
                sizes[Int(at)] += 1
            } else {
                index.set(keys[i], Int32(sizes.count))
                owner.append(Int32(sizes.count))
                sizes.append(1)
            }
        }
        keys = []
        var entities: [Entity] = []
        entities.reserveCapacity(sizes.count)
        var entryOf: [Int: KnowledgeEntry] = [:]
        var nameTokens: [Int] = []
        for (i, f) in found.enumerated() {
            let t = text.string(f.bytes)
            let m = Mention(span: text.span(bytes: f.bytes), text: t, type: f.type)
            let at = Int(owner[i])
            if at < entities.count {
                entities[at].mentions.append(m)
                // The fullest name: more words, then more bytes; an all-caps form (a wire dateline's
                // "ANKARA") gives way to the same name in ordinary case.
                let sameSize = f.tokens == nameTokens[at] && f.bytes.count == entities[at].name.utf8.count
                if f.tokens > nameTokens[at] || (f.tokens == nameTokens[at] && f.bytes.count > entities[at].name.utf8.count)
                    || (sameSize && t != entities[at].name && Self.isAllCaps(entities[at].name) && !Self.isAllCaps(t)) {
                    entities[at].name = t
                    nameTokens[at] = f.tokens
                }
            } else {
                if let e = f.entry.map({ knowledge.entries[Int($0)] }) { entryOf[entities.count] = e }
                var ms: [Mention] = []
                ms.reserveCapacity(sizes[at])
                ms.append(m)
                entities.append(Entity(id: "", name: t, type: f.type, actor: nil, mentions: ms))
                nameTokens.append(f.tokens)
            }
        }
        // A soft hyphen kept from a web page ("Vo\u{AD}rel") is no part of the entity's name.
        for i in entities.indices where entities[i].name.utf8.contains(0xAD) {
            entities[i].name = entities[i].name.replacingOccurrences(of: "\u{AD}", with: "")
        }
        // Ids: the knowledge id when known, else a slug of the name; unique in the document.
        var used = Set<String>()
        var idOfKnowledge: [String: String] = [:]
        for i in entities.indices {
            var base = entryOf[i]?.id ?? Self.slug(entities[i].name)
            if entryOf[i]?.type == .person { base = Self.slug(entities[i].name) }
            if base.isEmpty { base = "entity" }
            var id = base
            var n = 2
            while used.contains(id) { id = "\(base)-\(n)"; n += 1 }
            used.insert(id)
            entities[i].id = id
            if let e = entryOf[i] { idOfKnowledge[e.id] = id }
        }
        // Actors: only to states that are entities of this article.
        for i in entities.indices {
            guard let actors = entryOf[i]?.actor else { continue }
            for a in actors.split(separator: "|") {
                if let id = idOfKnowledge[String(a)], id != entities[i].id {
                    entities[i].actor = id
                    break
                }
            }
        }
        return entities
    }

    /// The word before byte `a` (skipping spaces and one comma), or nil at the text start.
    static func wordBefore(_ b: [UInt8], _ a: Int) -> Range<Int>? {
        var z = a
        while z > 0, b[z - 1] == 0x20 || b[z - 1] == 0x2C { z -= 1 }
        var y = z
        while y > 0, (b[y - 1] >= 0x61 && b[y - 1] <= 0x7A) || (b[y - 1] >= 0x41 && b[y - 1] <= 0x5A) { y -= 1 }
        return y < z ? y..<z : nil
    }

    /// Which generation the word before byte `a` names: +1 elder ("elder", "father", "senior"),
    /// -1 younger ("younger", "son", "junior"), nil otherwise.
    static func generation(_ b: [UInt8], before a: Int) -> Int? {
        guard let w = wordBefore(b, a), w.count <= 9 else { return nil }
        let word = b[w]
        for e in ["elder", "father", "senior", "mother", "predecessor"] where word.elementsEqual(e.utf8) { return 1 }
        for y in ["younger", "son", "junior", "daughter", "successor", "heir"] where word.elementsEqual(y.utf8) { return -1 }
        return nil
    }

    /// The multi-word person with `surname` that the text marks with generation `gen` (or, of
    /// exactly two such people, the other one when only that one is marked with the opposite).
    /// Looks at no more than 4,000 mentions around `near`, so big inputs stay linear.
    static func relative(_ found: [EntityRecognizer.Found], _ b: [UInt8], surname: UInt64, generation gen: Int, near: Int) -> Int? {
        var people: [(Int, UInt64, Int?)] = []
        let lo = max(0, near - 2_000)
        let hi = min(found.count, near + 2_000)
        for j in lo..<hi where found[j].type == .person && found[j].tokens >= 2 {
            guard normHash(b, lastWord(b, found[j].bytes)) == surname else { continue }
            let key = normHash(b, found[j].bytes)
            let g = generation(b, before: found[j].bytes.lowerBound)
            if let k = people.firstIndex(where: { $0.1 == key }) {
                if people[k].2 == nil { people[k].2 = g }
            } else {
                people.append((j, key, g))
            }
        }
        guard people.count >= 2 else { return nil }
        if let p = people.first(where: { $0.2 == gen }) { return p.0 }
        if people.count == 2, let k = people.firstIndex(where: { $0.2 == -gen }) { return people[1 - k].0 }
        return nil
    }

    /// The byte range of the first space-separated word of `r`.
    static func firstWord(_ b: [UInt8], _ r: Range<Int>) -> Range<Int> {
        var j = r.lowerBound
        while j < r.upperBound, b[j] != 0x20 { j += 1 }
        return r.lowerBound..<j
    }

    /// The byte range of the last space-separated word of `r`.
    static func lastWord(_ b: [UInt8], _ r: Range<Int>) -> Range<Int> {
        var j = r.upperBound
        while j > r.lowerBound, b[j - 1] != 0x20 { j -= 1 }
        return j..<r.upperBound
    }

    /// A spelling-insensitive hash of a name: ASCII case folded, y→i (so "-ian"/"-yan" and
    /// "Pashinyan"/"Pashinian" meet), apostrophes, hyphens and dots ignored.
    static func normHash(_ b: [UInt8], _ r: Range<Int>) -> UInt64 {
        var h = NameHash.start
        var i = r.lowerBound
        while i < r.upperBound {
            var x = b[i]
            i += 1
            if x == 0xC2, i < r.upperBound, b[i] == 0xAD { i += 1; continue }  // soft hyphen
            if x >= 0x41 && x <= 0x5A { x |= 0x20 }
            if x == 0x79 { x = 0x69 }
            if x == 0x27 || x == 0x2D || x == 0x2E { continue }
            h = (h ^ UInt64(x)) &* 0x0000_0100_0000_01B3
        }
        return h
    }

    static func stringHash(_ s: String) -> UInt64 { NameHash.of(s) }

    /// True when `a` is a fuller name than `b`: more words, then longer.
    static func fuller(_ a: String, than b: String) -> Bool {
        if a == b { return false }
        var wa = 0
        for c in a.utf8 where c == 0x20 { wa += 1 }
        var wb = 0
        for c in b.utf8 where c == 0x20 { wb += 1 }
        return wa != wb ? wa > wb : a.utf8.count > b.utf8.count
    }

    /// A spelling-insensitive key: lowercase letters with y→i (so "-ian"/"-yan" meet), without
    /// apostrophes, hyphens and dots; non-ASCII letters fold to their base letter.
    static func normalize(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var ascii = true
        for c in s.utf8 {
            if c >= 0x80 { ascii = false; break }
            var x = c
            if x >= 0x41 && x <= 0x5A { x |= 0x20 }
            if x == 0x79 { x = 0x69 }
            if x == 0x27 || x == 0x2D || x == 0x2E { continue }
            out.append(x)
        }
        if ascii { return String(decoding: out, as: UTF8.self) }
        var v = String.UnicodeScalarView()
        for sc in s.lowercased().unicodeScalars {
            var c = sc
            if c.value >= 0x80 {
                c = String(c).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? c
            }
            if c == "y" { c = "i" }
            if c == "’" || c == "'" || c == "-" || c == "." { continue }
            v.append(c)
        }
        return String(v)
    }

    /// True when the name has two or more letters and none of them is lowercase.
    static func isAllCaps(_ name: String) -> Bool {
        var letters = 0
        for c in name.unicodeScalars where c.properties.isAlphabetic {
            if c.properties.isLowercase { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// A URL-safe id from a name: lowercase ASCII letters and digits joined by hyphens.
    public static func slug(_ s: String) -> String {
        var out = ""
        var dash = false
        // Letters that do not decompose to a base letter.
        let extra: [Unicode.Scalar: String] = ["ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "ı": "i", "œ": "oe", "ð": "d", "þ": "th", "ħ": "h"]
        for sc0 in s.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            let subs = extra[sc0].map { Array($0.unicodeScalars) } ?? [sc0]
            for sc in subs {
            if (sc >= "a" && sc <= "z") || (sc >= "0" && sc <= "9") {
                if dash && !out.isEmpty { out.append("-") }
                dash = false
                out.unicodeScalars.append(sc)
            } else if sc.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                dash = true
            }
            }
        }
        return out
    }
}
