import DossierKit
import DossierLibrary
import DossierUI
import Foundation

/// Answers the library view's questions from the SQLite library.
struct LibraryAdapter: LibrarySource {
    let library: Library

    static func article(_ a: ArticleSummary) -> LibraryArticle {
        LibraryArticle(id: a.id, title: a.title, publication: a.publication, date: a.date, dateInferred: a.dateUncertainty != 0)
    }

    func articles() throws -> [LibraryArticle] {
        try library.listing().map {
            LibraryArticle(id: $0.id, title: $0.title, publication: $0.publication, date: $0.date, dateInferred: $0.approximate)
        }
    }

    func topEntities(of ids: [Int64]) throws -> [Int64: [String]] { try library.topEntities(of: ids) }

    func search(_ query: String, limit: Int) throws -> [LibraryHit] {
        try library.search(query, limit: limit).map { h in
            let (plain, matches) = Snippet.split(h.snippet)
            return LibraryHit(article: Self.article(h.article), snippet: plain, matches: matches)
        }
    }

    func entities(limit: Int) throws -> [LibraryEntitySummary] {
        try library.entities(limit: limit).map {
            LibraryEntitySummary(id: $0.id, name: $0.name, type: $0.type, articles: $0.articles, mentions: $0.mentions)
        }
    }

    func entityPage(_ id: Int64) throws -> LibraryEntityPage? {
        guard let p = try library.entityPage(id) else { return nil }
        let e = p.entity
        return LibraryEntityPage(
            entity: LibraryEntitySummary(id: e.id, name: e.name, type: e.type, articles: e.articles, mentions: e.mentions),
            articles: p.articles.map { .init(article: Self.article($0.article), mentions: $0.mentions, at: $0.firstMention) },
            timeline: p.timeline.map { .init(articleID: $0.articleID, start: $0.start, label: $0.label, sentence: $0.sentenceText, at: $0.sentence.start) })
    }

    func resolve(source: String, dates: [CalendarDate], excluding: Int64?) throws -> [LibraryCitationTarget] {
        try library.resolve(source: source, dates: dates, excluding: excluding).map {
            LibraryCitationTarget(article: Self.article($0.article), distance: $0.distance, approximate: $0.approximate)
        }
    }

    func citedBy(_ id: Int64) throws -> [LibraryCitingRow] {
        try library.citedBy(id).map {
            LibraryCitingRow(article: Self.article($0.article), at: $0.sentence?.start ?? $0.citation.start, citation: $0.citationText)
        }
    }
}

/// The sample library `dossier` opens when the user has none: the reference article and the
/// articles in `Data/library`, which cite each other by "see EDM" dates, indexed in memory.
enum SampleLibrary {
    static func make() throws(LibraryError) -> Library {
        let lib = try Library.inMemory(knowledge: CLI.annotator().knowledge)
        var additions: [Library.Addition] = []
        let ref = BuiltinArticle.text
        additions.append(.init(document: CLI.annotator().annotate(ref, path: BuiltinArticle.displayName),
                               source: BuiltinArticle.displayName, format: "text", contentHash: ContentHash.of(ref)))
        if let dir = DataLocator.directories.map({ $0.appendingPathComponent("library") })
            .first(where: { FileManager.default.fileExists(atPath: $0.path) }) {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
            for n in names {
                guard let text = try? String(contentsOf: dir.appendingPathComponent(n), encoding: .utf8) else { continue }
                additions.append(.init(document: CLI.annotator().annotate(text, path: n), source: n, format: "text", contentHash: ContentHash.of(text)))
            }
        }
        _ = try lib.add(additions)
        return lib
    }
}
