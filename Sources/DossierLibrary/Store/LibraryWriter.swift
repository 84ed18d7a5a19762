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

    /// Adds an annotated article, replacing the one from the same source if its hash differs;
    /// one transaction, so the article is either fully in or absent.
    @discardableResult
    public func add(
        _ doc: Document, source: String, format: String, contentHash: String, added: Date = Date()
    ) throws(LibraryError) -> AddOutcome {
        let keys = self.keys
        return try write { db in
            var replaced = false
            if let row = try Row.fetchOne(
                db, sql: "SELECT id, content_hash FROM article WHERE source = ?", arguments: [source]) {
                let id: Int64 = row[0]
                if (row[1] as String) == contentHash { return .unchanged(id) }
                try Self.delete(id: id, db)
                replaced = true
            }
            let id = try Self.insert(doc, source: source, format: format, hash: contentHash, added: added, keys: keys, db)
            return replaced ? .updated(id) : .added(id)
        }
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
        _ doc: Document, source: String, format: String, hash: String, added: Date, keys: LibraryKeys,
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
                ISO8601DateFormatter().string(from: added), doc.text.unicodeScalars.count,
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
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO entity (key, name, type, articles, mentions) VALUES (?, ?, ?, 1, ?)
            ON CONFLICT(key) DO UPDATE SET articles = articles + 1, mentions = mentions + excluded.mentions
            RETURNING id
            """)
        let link = try db.cachedStatement(sql: """
            INSERT INTO article_entity (article_id, entity_id, mentions, spans, sentences) VALUES (?, ?, ?, ?, ?)
            """)
        var sentenceEntities: [Int: Set<Int64>] = [:]
        for k in order {
            let e = byKey[k]!
            let mentions = e.mentions.sorted { $0.span < $1.span }
            guard let entityID = try Int64.fetchOne(upsert, arguments: [k, e.name, e.type.rawValue, mentions.count]) else { continue }
            var spans: [Int32] = []
            var sentences: [Int32] = []
            spans.reserveCapacity(mentions.count * 2)
            for m in mentions {
                spans += [Int32(m.span.start), Int32(m.span.end)]
                if let s = doc.sentences.index(containing: m.span.start) {
                    sentences += [Int32(doc.sentences[s].start), Int32(doc.sentences[s].end)]
                    sentenceEntities[s, default: []].insert(entityID)
                } else {
                    sentences += [-1, -1]
                }
            }
            try link.execute(arguments: [article, entityID, mentions.count, PackedSpans.data(spans), PackedSpans.data(sentences)])
        }
        return sentenceEntities
    }

    static func insertTimeline(_ doc: Document, article: Int64, sentenceEntities: [Int: Set<Int64>], _ db: Database) throws {
        let ins = try db.cachedStatement(sql: """
            INSERT INTO timeline (article_id, start_day, end_day, label, origin, at_start, at_end, sentence_start, sentence_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let link = try db.cachedStatement(sql: "INSERT OR IGNORE INTO entity_timeline (entity_id, start_day, timeline_id) VALUES (?, ?, ?)")
        for t in doc.timeline {
            let start = t.start.dayNumber
            try ins.execute(arguments: [
                article, start, t.end.dayNumber, t.label, t.origin.rawValue, t.at.start, t.at.end,
                t.sentence?.start, t.sentence?.end,
            ])
            let tid = db.lastInsertedRowID
            guard let s = t.sentence, let si = doc.sentences.index(containing: s.start), let ents = sentenceEntities[si] else { continue }
            for e in ents { try link.execute(arguments: [e, start, tid]) }
        }
    }

    static func insertCitations(_ doc: Document, article: Int64, keys: LibraryKeys, _ db: Database) throws {
        let ins = try db.cachedStatement(sql: """
            INSERT INTO citation (article_id, start, "end", kind, see, text, sentence_start, sentence_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let ref = try db.cachedStatement(sql: """
            INSERT INTO citation_ref (citation_id, ref_index, source, source_key, day) VALUES (?, ?, ?, ?, ?)
            """)
        for c in doc.citations where c.kind != .credit {
            let sentence = doc.sentences.index(containing: c.span.start).map { doc.sentences[$0] }
            try ins.execute(arguments: [
                article, c.span.start, c.span.end, c.kind.rawValue, c.see, c.text, sentence?.start, sentence?.end,
            ])
            let cid = db.lastInsertedRowID
            for (i, r) in c.refs.enumerated() {
                let key = keys.publicationKey(r.source)
                if r.dates.isEmpty {
                    try ref.execute(arguments: [cid, i, r.source, key, nil as Int?])
                }
                for d in r.dates { try ref.execute(arguments: [cid, i, r.source, key, d.dayNumber]) }
            }
        }
    }
}

/// Spans stored as little-endian 32-bit integers in a blob (a mention list is read whole).
enum PackedSpans {
    static func data(_ values: [Int32]) -> Data {
        var d = Data(capacity: values.count * 4)
        for v in values { withUnsafeBytes(of: v.littleEndian) { d.append(contentsOf: $0) } }
        return d
    }

    static func values(_ data: Data) -> [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(data.count / 4)
        data.withUnsafeBytes { raw in
            var i = 0
            while i + 4 <= raw.count {
                out.append(Int32(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: Int32.self)))
                i += 4
            }
        }
        return out
    }
}
