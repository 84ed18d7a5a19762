import DossierKit
import Foundation
import GRDB

/// What `add` did with one article.
public enum AddOutcome: Sendable, Equatable {
    case added(Int64)
    case updated(Int64)
    /// Same source, same content hash: nothing written.
    case unchanged(Int64)
}

extension Library {
    /// The content hash stored for `source`, if the library holds it.
    public func storedHash(source: String) throws(LibraryError) -> String? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT content_hash FROM article WHERE source = ?", arguments: [source])
        }
    }

    /// One article to add: its model, where it came from and the hash of its text.
    public struct Addition: Sendable {
        public var document: Document
        public var source: String
        public var format: String
        public var contentHash: String

        public init(document: Document, source: String, format: String, contentHash: String) {
            self.document = document
            self.source = source
            self.format = format
            self.contentHash = contentHash
        }
    }

    /// Adds an annotated article, replacing the one from the same source if its hash differs;
    /// one transaction, so the article is either fully in or absent.
    @discardableResult
    public func add(
        _ doc: Document, source: String, format: String, contentHash: String, added: Date = Date()
    ) throws(LibraryError) -> AddOutcome {
        try add([Addition(document: doc, source: source, format: format, contentHash: contentHash)], added: added)[0]
    }

    /// Adds several articles in one transaction (a batch of `dossier add`): all of them or none.
    /// Batching writes each touched index page once per batch instead of once per article.
    public func add(_ batch: [Addition], added: Date = Date()) throws(LibraryError) -> [AddOutcome] {
        let keys = self.keys
        let stamp = Self.timestamp(added)
        return try write { db in
            var out: [AddOutcome] = []
            out.reserveCapacity(batch.count)
            for a in batch {
                var replaced = false
                if let row = try Row.fetchOne(
                    db, sql: "SELECT id, content_hash FROM article WHERE source = ?", arguments: [a.source]) {
                    let id: Int64 = row[0]
                    if (row[1] as String) == a.contentHash {
                        out.append(.unchanged(id))
                        continue
                    }
                    try Self.delete(id: id, db)
                    replaced = true
                }
                let id = try Self.insert(a.document, source: a.source, format: a.format, hash: a.contentHash, added: stamp, keys: keys, db)
                out.append(replaced ? .updated(id) : .added(id))
            }
            return out
        }
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` in UTC.
    static func timestamp(_ date: Date) -> String {
        var t = time_t(date.timeIntervalSince1970)
        var tm = tm()
        gmtime_r(&t, &tm)
        func p(_ n: Int32, _ w: Int = 2) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        return "\(p(tm.tm_year + 1900, 4))-\(p(tm.tm_mon + 1))-\(p(tm.tm_mday))T\(p(tm.tm_hour)):\(p(tm.tm_min)):\(p(tm.tm_sec))Z"
    }

    /// Removes articles by id; false for an id the library does not hold.
    @discardableResult
    public func remove(id: Int64) throws(LibraryError) -> Bool {
        try write { db in
            guard try Int.fetchOne(db, sql: "SELECT 1 FROM article WHERE id = ?", arguments: [id]) != nil else { return false }
            try Self.delete(id: id, db)
            return true
        }
    }

    /// The id of the article from `source` (a path or URL as added).
    public func articleID(source: String) throws(LibraryError) -> Int64? {
        try read { db in try Int64.fetchOne(db, sql: "SELECT id FROM article WHERE source = ?", arguments: [source]) }
    }

    static func delete(id: Int64, _ db: Database) throws {
        let ids = try Int64.fetchAll(db, sql: "SELECT entity_id FROM article_entity WHERE article_id = ?", arguments: [id])
        try db.execute(sql: """
            DELETE FROM entity_timeline WHERE (entity_id, start_day, article_id, ord) IN (
                SELECT ae.entity_id, t.start_day, t.article_id, t.ord
                FROM article_entity ae JOIN timeline t ON t.article_id = ae.article_id WHERE ae.article_id = ?)
            """, arguments: [id])
        try db.execute(sql: """
            UPDATE entity SET articles = articles - 1,
                mentions = mentions - (SELECT ae.mentions FROM article_entity ae WHERE ae.article_id = ? AND ae.entity_id = entity.id)
            WHERE id IN (SELECT entity_id FROM article_entity WHERE article_id = ?)
            """, arguments: [id, id])
        try db.execute(sql: "DELETE FROM article WHERE id = ?", arguments: [id])
        let del = try db.cachedStatement(sql: "DELETE FROM entity WHERE id = ? AND articles <= 0")
        for e in ids { try del.execute(arguments: [e]) }
    }

    static func title(of doc: Document, source: String) -> String {
        if let t = doc.metadata.title?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty { return t }
        let firstLine = doc.text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        let t = firstLine.trimmingCharacters(in: .whitespaces)
        if !t.isEmpty { return String(t.prefix(200)) }
        return (source as NSString).lastPathComponent
    }

    static func insert(
        _ doc: Document, source: String, format: String, hash: String, added: String, keys: LibraryKeys,
        _ db: Database
    ) throws -> Int64 {
        let title = title(of: doc, source: source)
        let date = doc.metadata.date
        let known = date.map { !$0.assumed } ?? false
        let publication = doc.metadata.publication
        try db.execute(
            sql: """
                INSERT INTO article (title, publication, publication_key, day, date_inferred, date_assumed,
                    date_uncertainty, date_basis, source, format, content_hash, added, length)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                title, publication, publication.map(keys.publicationKey),
                known ? date?.value.dayNumber : nil, date?.inferred ?? true, date?.assumed ?? true,
                date.flatMap(LibraryKeys.uncertainty), date?.basis ?? "no date", source, format, hash,
                added, doc.text.unicodeScalars.count,
            ])
        let id = db.lastInsertedRowID
        try db.execute(sql: "INSERT INTO article_text (id, title, body) VALUES (?, ?, ?)", arguments: [id, title, doc.text])
        let sentenceEntities = try insertEntities(doc, article: id, keys: keys, db)
        try insertTimeline(doc, article: id, sentenceEntities: sentenceEntities, db)
        try insertCitations(doc, article: id, keys: keys, db)
        return id
    }

    /// Inserts the article's entities, merged by library key; returns, per sentence index, the
    /// library ids of the entities mentioned in it.
    static func insertEntities(_ doc: Document, article: Int64, keys: LibraryKeys, _ db: Database) throws -> [Int: Set<Int64>] {
        var byKey: [String: (name: String, type: EntityType, mentions: [Mention])] = [:]
        var order: [String] = []
        for e in doc.entities {
            let k = keys.entityKey(e)
            if byKey[k] == nil {
                byKey[k] = (e.name, e.type, [])
                order.append(k)
            }
            byKey[k]!.mentions += e.mentions
        }
        let upsert = try FastInsert(db, """
            INSERT INTO entity (key, name, type, articles, mentions) VALUES (?, ?, ?, 1, ?)
            ON CONFLICT(key) DO UPDATE SET articles = articles + 1, mentions = mentions + excluded.mentions
            RETURNING id
            """)
        let link = try FastInsert(db, """
            INSERT INTO article_entity (article_id, entity_id, mentions, spans, sentences) VALUES (?, ?, ?, ?, ?)
            """)
        var sentenceEntities: [Int: Set<Int64>] = [:]
        for k in order {
            let e = byKey[k]!
            let mentions = e.mentions.sorted { $0.span < $1.span }
            let entityID = try upsert.runReturningID(k, e.name, e.type.rawValue, mentions.count)
            var spans: [Int32] = []
            var sentences: [Int32] = []
            spans.reserveCapacity(mentions.count * 2)
            sentences.reserveCapacity(mentions.count)
            for m in mentions {
                spans += [Int32(m.span.start), Int32(m.span.end)]
                // The index of the mention's sentence in the article (-1 outside every sentence).
                if let s = doc.sentences.index(containing: m.span.start) {
                    sentences.append(Int32(s))
                    sentenceEntities[s, default: []].insert(entityID)
                } else {
                    sentences.append(-1)
                }
            }
            try link.run(article, entityID, mentions.count, PackedSpans.data(spans), PackedSpans.data(sentences))
        }
        return sentenceEntities
    }

    static func insertTimeline(_ doc: Document, article: Int64, sentenceEntities: [Int: Set<Int64>], _ db: Database) throws {
        let ins = try FastInsert(db, """
            INSERT INTO timeline (article_id, ord, start_day, end_day, label, origin, at_start, at_end, sentence_start, sentence_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let link = try FastInsert(db, "INSERT OR IGNORE INTO entity_timeline (entity_id, start_day, article_id, ord) VALUES (?, ?, ?, ?)")
        for (ord, t) in doc.timeline.enumerated() {
            let start = t.start.dayNumber
            try ins.run(
                article, ord, start, t.end.dayNumber, t.label, t.origin == .timex ? 0 : 1, t.at.start, t.at.end,
                t.sentence?.start, t.sentence?.end)
            guard let s = t.sentence, let si = doc.sentences.index(containing: s.start), let ents = sentenceEntities[si] else { continue }
            for e in ents { try link.run(e, start, article, ord) }
        }
    }

    static func insertCitations(_ doc: Document, article: Int64, keys: LibraryKeys, _ db: Database) throws {
        let ins = try FastInsert(db, """
            INSERT INTO citation (article_id, ord, start, "end", kind, see, sentence_start, sentence_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let ref = try FastInsert(db, """
            INSERT INTO citation_ref (article_id, ord, ref_index, date_index, source_key, source_start, source_end, day)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var keyCache: [String: String] = [:]
        for (ord, c) in doc.citations.enumerated() where c.kind != .credit {
            let sentence = doc.sentences.index(containing: c.span.start).map { doc.sentences[$0] }
            try ins.run(article, ord, c.span.start, c.span.end, c.kind.rawValue, c.see, sentence?.start, sentence?.end)
            for (i, r) in c.refs.enumerated() {
                let key = keyCache[r.source] ?? keys.publicationKey(r.source)
                keyCache[r.source] = key
                let s = r.sourceSpan
                if r.dates.isEmpty {
                    try ref.run(article, ord, i, 0, key, s.start, s.end, nil)
                }
                for (j, d) in r.dates.enumerated() {
                    try ref.run(article, ord, i, j, key, s.start, s.end, d.dayNumber)
                }
            }
        }
    }
}

/// Lists of offsets stored compactly in a blob: each value as the zigzag varint of its
/// difference from the one before (mention offsets grow slowly, so most take one or two bytes).
enum PackedSpans {
    static func data(_ values: [Int32]) -> Data {
        var d = Data(capacity: values.count * 2)
        var prev: Int64 = 0
        for v in values {
            let delta = Int64(v) - prev
            prev = Int64(v)
            var z = UInt64(bitPattern: (delta << 1) ^ (delta >> 63))
            while z >= 0x80 {
                d.append(UInt8(z & 0x7F) | 0x80)
                z >>= 7
            }
            d.append(UInt8(z))
        }
        return d
    }

    static func values(_ data: Data) -> [Int32] {
        var out: [Int32] = []
        var prev: Int64 = 0
        var z: UInt64 = 0
        var shift: UInt64 = 0
        for b in data {
            z |= UInt64(b & 0x7F) << shift
            if b & 0x80 != 0 {
                shift += 7
                continue
            }
            let delta = Int64(bitPattern: z >> 1) ^ -Int64(bitPattern: z & 1)
            prev += delta
            out.append(Int32(truncatingIfNeeded: prev))
            z = 0
            shift = 0
        }
        return out
    }

    /// The first value (the first mention's start), or 0.
    static func first(_ data: Data) -> Int {
        Int(values(data.prefix(5)).first ?? 0)
    }
}
