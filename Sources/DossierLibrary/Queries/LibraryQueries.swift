import DossierKit
import Foundation
import GRDB

extension Library {
    static let summaryColumns = """
        a.id, a.title, a.publication, a.day, a.date_inferred, a.date_uncertainty, a.source, a.format, a.added
        """

    static func summary(_ row: Row, from i: Int = 0) -> ArticleSummary {
        let day: Int? = row[i + 3]
        return ArticleSummary(
            id: row[i], title: row[i + 1], publication: row[i + 2],
            date: day.map { CalendarDate(dayNumber: $0) }, dateInferred: row[i + 4],
            dateUncertainty: row[i + 5], source: row[i + 6], format: row[i + 7], added: row[i + 8])
    }

    /// Every article, newest first (undated last).
    public func articles() throws(LibraryError) -> [ArticleSummary] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT \(Self.summaryColumns) FROM article a ORDER BY a.day DESC, a.id DESC")
                .map { Self.summary($0) }
        }
    }

    /// A row of the library view's list: no more than it shows.
    public struct Listing: Sendable, Equatable {
        public var id: Int64
        public var title: String
        public var publication: String?
        public var date: CalendarDate?
        /// True when the date is an estimate (or unknown).
        public var approximate: Bool
    }

    /// Every article as the library view lists it, newest first: a lighter query than
    /// ``articles()`` for the first frame of a large library.
    public func listing() throws(LibraryError) -> [Listing] {
        try read { db in
            var out: [Listing] = []
            let rows = try Row.fetchCursor(db, sql: "SELECT id, title, publication, day, date_uncertainty FROM article ORDER BY day DESC, id DESC")
            while let r = try rows.next() {
                let day: Int? = r[3]
                let u: Int? = r[4]
                out.append(Listing(id: r[0], title: r[1], publication: r[2], date: day.map { CalendarDate(dayNumber: $0) }, approximate: u != 0))
            }
            return out
        }
    }

    /// One article by id.
    public func article(id: Int64) throws(LibraryError) -> ArticleSummary? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT \(Self.summaryColumns) FROM article a WHERE a.id = ?", arguments: [id])
                .map { Self.summary($0) }
        }
    }

    /// The stored text of an article (what was annotated when it was added).
    public func text(of id: Int64) throws(LibraryError) -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT body FROM article_text WHERE id = ?", arguments: [id]) }
    }

    /// The `limit` entities with the most mentions in each article, by article id.
    public func topEntities(limit: Int = 3) throws(LibraryError) -> [Int64: [String]] {
        try read { db in
            var out: [Int64: [String]] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT article_id, name FROM (
                    SELECT ae.article_id, e.name,
                        row_number() OVER (PARTITION BY ae.article_id ORDER BY ae.mentions DESC, e.name) AS n
                    FROM article_entity ae JOIN entity e ON e.id = ae.entity_id
                    WHERE e.type != 'MEDIA'
                ) WHERE n <= ?
                """, arguments: [limit])
            while let r = try rows.next() { out[r[0], default: []].append(r[1]) }
            return out
        }
    }

    /// The top entities of the given articles only (a visible page of the list).
    public func topEntities(of ids: [Int64], limit: Int = 3) throws(LibraryError) -> [Int64: [String]] {
        try read { db in
            var out: [Int64: [String]] = [:]
            let stmt = try db.cachedStatement(sql: """
                SELECT e.name FROM article_entity ae JOIN entity e ON e.id = ae.entity_id
                WHERE ae.article_id = ? AND e.type != 'MEDIA' ORDER BY ae.mentions DESC, e.name LIMIT ?
                """)
            for id in ids { out[id] = try String.fetchAll(stmt, arguments: [id, limit]) }
            return out
        }
    }

    /// Full-text search (FTS5 query syntax; plain words are ANDed), best first.
    ///
    /// A query FTS5 cannot parse (an unbalanced quote) is retried as a quoted phrase of its words.
    public func search(_ query: String, limit: Int = 50) throws(LibraryError) -> [SearchHit] {
        let q = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !q.isEmpty else { return [] }
        do {
            return try runSearch(q, limit: limit)
        } catch {
            let words = q.split { !$0.isLetter && !$0.isNumber }.map { "\"\($0)\"" }.joined(separator: " ")
            guard !words.isEmpty else { return [] }
            return try runSearch(words, limit: limit)
        }
    }

    private func runSearch(_ q: String, limit: Int) throws(LibraryError) -> [SearchHit] {
        let open = String(SearchHit.highlightStart)
        let close = String(SearchHit.highlightEnd)
        return try read { db in
            // The FTS query alone, so that FTS5 ranks and stops at the limit and makes snippets for
            // those rows only; then the articles' rows by id.
            let ranked = try Row.fetchAll(db, sql: """
                SELECT rowid, snippet(article_fts, 1, ?, ?, '…', 16), rank FROM article_fts
                WHERE article_fts MATCH ? ORDER BY rank LIMIT ?
                """, arguments: [open, close, q, limit])
            guard !ranked.isEmpty else { return [] }
            let ids = ranked.map { $0[0] as Int64 }
            var byID: [Int64: ArticleSummary] = [:]
            let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
            for r in try Row.fetchAll(db, sql: "SELECT \(Self.summaryColumns) FROM article a WHERE a.id IN (\(marks))",
                                      arguments: StatementArguments(ids)) {
                let a = Self.summary(r)
                byID[a.id] = a
            }
            return ranked.compactMap { r in byID[r[0]].map { SearchHit(article: $0, snippet: r[1], rank: r[2]) } }
        }
    }

    /// Entities across the library, most mentioned first; `matching` filters by name prefix words.
    public func entities(limit: Int = 500) throws(LibraryError) -> [LibraryEntity] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, key, name, type, articles, mentions FROM entity ORDER BY mentions DESC LIMIT ?
                """, arguments: [limit]).map(Self.entity)
        }
    }

    static func entity(_ r: Row) -> LibraryEntity {
        LibraryEntity(id: r[0], key: r[1], name: r[2], type: EntityType(rawValue: r[3]) ?? .org, articles: r[4], mentions: r[5])
    }

    /// The entity with this library key (`kb:russia`, `person:nikol pashinyan`) or name.
    public func entity(named name: String) throws(LibraryError) -> LibraryEntity? {
        try read { db in
            if let r = try Row.fetchOne(db, sql: "SELECT id, key, name, type, articles, mentions FROM entity WHERE key = ?", arguments: [name]) {
                return Self.entity(r)
            }
            return try Row.fetchOne(db, sql: """
                SELECT id, key, name, type, articles, mentions FROM entity WHERE name = ? COLLATE NOCASE
                ORDER BY mentions DESC LIMIT 1
                """, arguments: [name]).map(Self.entity)
        }
    }

    /// The entity page: articles mentioning the entity (newest first) and its cross-article
    /// timeline in date order, at most `timelineLimit` rows from `timelineOffset`.
    public func entityPage(
        _ entityID: Int64, articleLimit: Int = 1000, timelineLimit: Int = 200, timelineOffset: Int = 0
    ) throws(LibraryError) -> EntityPage? {
        try read { db in
            guard let er = try Row.fetchOne(db, sql: "SELECT id, key, name, type, articles, mentions FROM entity WHERE id = ?", arguments: [entityID])
            else { return nil }
            let entity = Self.entity(er)
            var articles: [EntityPage.ArticleRow] = []
            // An entity in most articles: walk the articles newest first and stop at the limit;
            // a rarer one: its own links, sorted. (Undated articles sort last: NULL is smallest.)
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0
            let sql = entity.articles * 8 > total
                ? """
                  SELECT \(Self.summaryColumns), ae.mentions, ae.spans FROM article a CROSS JOIN article_entity ae
                  WHERE ae.article_id = a.id AND ae.entity_id = ? ORDER BY a.day DESC, a.id DESC LIMIT ?
                  """
                : """
                  SELECT \(Self.summaryColumns), ae.mentions, ae.spans FROM article_entity ae CROSS JOIN article a
                  WHERE a.id = ae.article_id AND ae.entity_id = ? ORDER BY a.day DESC, a.id DESC LIMIT ?
                  """
            let rows = try Row.fetchCursor(db, sql: sql, arguments: [entityID, articleLimit])
            while let r = try rows.next() {
                let first = PackedSpans.first(r[10] as Data)
                articles.append(.init(article: Self.summary(r), mentions: r[9], firstMention: first))
            }
            var timeline: [EntityPage.TimelineRow] = []
            let trows = try Row.fetchCursor(db, sql: """
                SELECT t.article_id, a.title, t.start_day, t.end_day, t.label, t.sentence_start, t.sentence_end,
                    substr(x.body, t.sentence_start + 1, t.sentence_end - t.sentence_start)
                FROM entity_timeline et JOIN timeline t ON t.article_id = et.article_id AND t.ord = et.ord
                JOIN article a ON a.id = t.article_id JOIN article_text x ON x.id = t.article_id
                WHERE et.entity_id = ? ORDER BY et.start_day, et.article_id, et.ord LIMIT ? OFFSET ?
                """, arguments: [entityID, timelineLimit + 1, timelineOffset])
            while let r = try trows.next() {
                timeline.append(.init(
                    articleID: r[0], articleTitle: r[1], start: CalendarDate(dayNumber: r[2]),
                    end: CalendarDate(dayNumber: r[3]), label: r[4], sentence: Span(r[5] ?? 0, r[6] ?? 0),
                    sentenceText: r[7] ?? ""))
            }
            let more = timeline.count > timelineLimit
            if more { timeline.removeLast() }
            return EntityPage(entity: entity, articles: articles, timeline: timeline, timelineHasMore: more)
        }
    }
}

