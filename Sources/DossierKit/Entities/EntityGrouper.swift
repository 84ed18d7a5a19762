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

    /// What mentions of one entity share.
    enum Key: Hashable {
        case known(String)
        case person(String)
        case other(EntityType, String)
    }

    public func group(_ found: [EntityRecognizer.Found], text: TextBuffer) -> [Entity] {
        let b = text.bytes
        var keys: [Key] = []
        keys.reserveCapacity(found.count)
        let texts = found.map { text.string($0.bytes) }
        var acronymOf: [String: Key] = [:]
        // Normalized surname → key of the latest multi-word person ending with it, and of the
        // first one anywhere (for a surname used before the full name).
        var latestBySurname: [String: Key] = [:]
        var firstBySurname: [String: Key] = [:]
        for (i, f) in found.enumerated() where f.type == .person && f.tokens >= 2 {
            let last = Self.normalize(Self.lastWord(texts[i]))
            if firstBySurname[last] == nil { firstBySurname[last] = .person(Self.normalize(texts[i])) }
        }

        for (i, f) in found.enumerated() {
            var key: Key
            let entry = f.entry.map { knowledge.entries[Int($0)] }
            if f.type == .person {
                let full = Self.normalize(texts[i])
                if f.tokens == 1 {
                    key = latestBySurname[full] ?? firstBySurname[full] ?? .person(full)
                } else {
                    key = .person(full)
                    // A known person under another spelling keeps one key.
                    if let e = entry, e.type == .person { key = .person(Self.normalize(e.name)) }
                    latestBySurname[Self.normalize(Self.lastWord(texts[i]))] = key
                }
            } else if let e = entry, e.type == f.type || f.type != .media {
                key = .known(e.id)
            } else {
                key = .other(f.type, texts[i])
            }
            // Acronym defined as "Long Name (ACR)": the acronym joins the long name.
            if f.tokens == 1, f.bytes.lowerBound > 0, b[f.bytes.lowerBound - 1] == 0x28, i > 0,
               f.bytes.upperBound < b.count, b[f.bytes.upperBound] == 0x29,
               f.bytes.count >= 2, b[f.bytes].allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) }) {
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
        var index: [Key: Int] = [:]
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

    static func lastWord(_ s: String) -> String {
        if let r = s.lastIndex(of: " ") { return String(s[s.index(after: r)...]) }
        return s
    }

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
