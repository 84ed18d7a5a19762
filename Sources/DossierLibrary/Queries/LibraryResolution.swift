import DossierKit
import GRDB

extension Library {
    /// The library articles of publication `source` (any alias the knowledge lists know) that
    /// one of `dates` may point to: an article with a stated date matches on that day, one with
    /// an inferred date within its uncertainty. Per cited date, nearest first; `excluding` leaves
    /// out the citing article itself.
    public func resolve(source: String, dates: [CalendarDate], excluding: Int64? = nil) throws(LibraryError) -> [CitationMatch] {
        let key = keys.publicationKey(source)
        let w = LibraryKeys.inferredDateUncertainty
        return try read { db in
            let stmt = try db.cachedStatement(sql: """
                SELECT \(Self.summaryColumns), abs(a.day - ?) AS distance FROM article a
                WHERE a.publication_key = ? AND a.day BETWEEN ? AND ? AND abs(a.day - ?) <= a.date_uncertainty
                    AND a.id != ?
                ORDER BY distance, a.id
                """)
            var out: [CitationMatch] = []
            for d in dates {
                let n = d.dayNumber
                for r in try Row.fetchAll(stmt, arguments: [n, key, n - w, n + w, n, excluding ?? -1]) {
                    let a = Self.summary(r)
                    let distance: Int = r[9]
                    out.append(CitationMatch(
                        article: a, cited: d, distance: distance,
                        approximate: distance != 0 || (a.dateUncertainty ?? 0) > 0))
                }
            }
            return out
        }
    }

    /// Each ref of `citation` resolved, in ref order.
    public func resolve(_ citation: Citation, excluding: Int64? = nil) throws(LibraryError) -> [[CitationMatch]] {
        var out: [[CitationMatch]] = []
        for r in citation.refs { out.append(try resolve(source: r.source, dates: r.dates, excluding: excluding)) }
        return out
    }

    /// The library articles whose citations point to article `id`, oldest citing article first,
    /// one row per citation.
    public func citedBy(_ id: Int64) throws(LibraryError) -> [CitingArticle] {
        try read { db in
            guard let me = try Row.fetchOne(db, sql: "SELECT publication_key, day, date_uncertainty FROM article WHERE id = ?", arguments: [id]),
                  let key: String = me[0], let day: Int = me[1], let u: Int = me[2]
            else { return [] }
            var out: [CitingArticle] = []
            let rows = try Row.fetchCursor(db, sql: """
                SELECT \(Self.summaryColumns), c.ord, c.start, c."end", substr(x.body, c.start + 1, c."end" - c.start),
                    c.sentence_start, c.sentence_end, r.day, c.article_id
                FROM citation_ref r JOIN citation c ON c.article_id = r.article_id AND c.ord = r.ord
                JOIN article a ON a.id = c.article_id JOIN article_text x ON x.id = c.article_id
                WHERE r.source_key = ? AND r.day BETWEEN ? AND ? AND r.article_id != ?
                ORDER BY a.day, a.id, c.start, abs(r.day - ?)
                """, arguments: [key, day - u, day + u, id, day])
            var seen = Set<[Int64]>()
            while let r = try rows.next() {
                let citing: Int64 = r[16]
                let ord: Int64 = r[9]
                guard seen.insert([citing, ord]).inserted else { continue }
                let s: Int? = r[13]
                let e: Int? = r[14]
                let cited = CalendarDate(dayNumber: r[15])
                out.append(CitingArticle(
                    article: Self.summary(r), citation: Span(r[10], r[11]), citationText: r[12],
                    sentence: s.flatMap { s in e.map { Span(s, $0) } }, cited: cited,
                    approximate: cited.dayNumber != day || u > 0))
            }
            return out
        }
    }
}

extension Library {
    /// The library fields of article `id`'s export: what each citation ref resolves to and who
    /// cites it.
    public func exportContext(for id: Int64, document doc: Document) throws(LibraryError) -> LibraryExportContext {
        func ref(_ a: ArticleSummary, at: Span? = nil) -> LibraryExportContext.ArticleRef {
            .init(id: a.id, title: a.title, date: a.date, at: at)
        }
        var resolved: [Int: [[LibraryExportContext.ArticleRef]]] = [:]
        for (i, c) in doc.citations.enumerated() where c.kind != .credit {
            resolved[i] = try resolve(c, excluding: id).map { $0.map { ref($0.article) } }
        }
        let citing = try citedBy(id).map { ref($0.article, at: $0.citation) }
        return LibraryExportContext(libraryID: id, resolved: resolved, citedBy: citing)
    }
}
