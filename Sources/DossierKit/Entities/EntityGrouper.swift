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
        var keys: [String] = []
        keys.reserveCapacity(found.count)
        let texts = found.map { text.string($0.bytes) }
        // Normalized key of each mention's last word (people) and of the whole mention.
        let fullKeys = texts.map { Self.normalize($0) }
        let lastKeys = texts.map { Self.normalize(Self.lastWord($0)) }
        var acronymOf: [String: String] = [:]

        for (i, f) in found.enumerated() {
            var key: String
            let entry = f.entry.map { knowledge.entries[Int($0)] }
            if f.type == .person {
                if f.tokens == 1 || !texts[i].contains(" ") {
                    key = personKey(i, found, fullKeys, lastKeys, keys, texts) ?? ("p:" + fullKeys[i])
                } else {
                    key = "p:" + fullKeys[i]
                    // A known person under another spelling keeps the knowledge id.
                    if let e = entry, e.type == .person { key = "p:" + Self.normalize(e.name) }
                }
            } else if let e = entry, e.type == f.type || f.type != .media {
                key = "k:" + e.id
            } else {
                key = "n:" + f.type.rawValue + ":" + fullKeys[i]
            }
            // Acronym defined as "Long Name (ACR)": the acronym joins the long name.
            if f.tokens == 1, texts[i].count >= 2, texts[i].allSatisfy({ $0.isUppercase || $0.isNumber }),
               f.bytes.lowerBound > 0, b[f.bytes.lowerBound - 1] == 0x28, i > 0,
               f.bytes.upperBound < b.count, b[f.bytes.upperBound] == 0x29 {
                let prev = found[i - 1]
                var q = prev.bytes.upperBound
                while q < f.bytes.lowerBound - 1, b[q] == 0x20 { q += 1 }
                // Only organizations, outlets and events have acronyms; a known acronym must
                // agree in type ("Puerto Rico (AP)" is a dateline credit, not a definition).
                let compatible = [.org, .media, .event].contains(prev.type)
                    && (f.entry == nil || f.type == prev.type)
                if compatible, q == f.bytes.lowerBound - 1, prev.tokens >= 2 || prev.bytes.count > f.bytes.count {
                    acronymOf[texts[i]] = keys[i - 1]
                }
            }
            if let k = acronymOf[texts[i]] { key = k }
            keys.append(key)
        }

        // Build entities in order of first mention.
        var index: [String: Int] = [:]
        var entities: [Entity] = []
        var entryOf: [Int: KnowledgeEntry] = [:]
        for (i, f) in found.enumerated() {
            let m = Mention(span: text.span(bytes: f.bytes), text: texts[i], type: f.type)
            if let at = index[keys[i]] {
                entities[at].mentions.append(m)
                if Self.fuller(texts[i], than: entities[at].name) { entities[at].name = texts[i] }
            } else {
                index[keys[i]] = entities.count
                if let e = f.entry.map({ knowledge.entries[Int($0)] }) { entryOf[entities.count] = e }
                entities.append(Entity(id: "", name: texts[i], type: f.type, actor: nil, mentions: [m]))
            }
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

    /// The key of a single-word person mention: the nearest preceding multi-word person whose
    /// last word matches (normalized), else the nearest following one.
    func personKey(
        _ i: Int, _ found: [EntityRecognizer.Found], _ fullKeys: [String], _ lastKeys: [String],
        _ keys: [String], _ texts: [String]
    ) -> String? {
        let want = fullKeys[i]
        var j = i - 1
        while j >= 0 {
            if found[j].type == .person, texts[j].contains(" ") || texts[j].contains("-"), lastKeys[j] == want || Self.surnameOfHyphen(fullKeys[j]) == want {
                return keys[j]
            }
            j -= 1
        }
        j = i + 1
        while j < found.count {
            if found[j].type == .person, texts[j].contains(" "), lastKeys[j] == want {
                return "p:" + fullKeys[j]
            }
            j += 1
        }
        // Another single-word mention with the same normalized key joins it naturally.
        return nil
    }

    static func surnameOfHyphen(_ s: String) -> String { s }

    static func lastWord(_ s: String) -> String {
        if let r = s.lastIndex(of: " ") { return String(s[s.index(after: r)...]) }
        return s
    }

    /// True when `a` is a fuller name than `b`: more words, then longer.
    static func fuller(_ a: String, than b: String) -> Bool {
        let wa = a.split(separator: " ").count
        let wb = b.split(separator: " ").count
        return wa != wb ? wa > wb : a.unicodeScalars.count > b.unicodeScalars.count
    }

    /// A spelling-insensitive key: lowercase ASCII-folded letters, y→i, "ian"/"yan" alike.
    static func normalize(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for sc in s.lowercased().unicodeScalars {
            var c = sc
            if c.value >= 0x80 {
                // Fold common Latin diacritics by decomposing to the base letter.
                let d = String(c).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? c
                c = d
            }
            if c == "y" { c = "i" }
            if c == "’" || c == "'" || c == "-" || c == "." { continue }
            out.append(c)
        }
        return String(out)
    }

    /// A URL-safe id from a name: lowercase ASCII letters and digits joined by hyphens.
    public static func slug(_ s: String) -> String {
        var out = ""
        var dash = false
        for sc in s.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
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
        return out
    }
}
