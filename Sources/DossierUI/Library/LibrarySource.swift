import DossierKit

/// What the library view asks of a library. The `dossier` executable answers from the
/// SQLite library (DossierLibrary); picture and state tests answer from a fake.
public protocol LibrarySource {
    /// Every article, newest first.
    func articles() throws -> [LibraryArticle]
    /// A few most-mentioned entity names of each given article.
    func topEntities(of ids: [Int64]) throws -> [Int64: [String]]
    /// Full-text hits, best first.
    func search(_ query: String, limit: Int) throws -> [LibraryHit]
    /// Entities across the library, most mentioned first.
    func entities(limit: Int) throws -> [LibraryEntitySummary]
    /// The entity page of an entity.
    func entityPage(_ id: Int64) throws -> LibraryEntityPage?
    /// The articles a source and dates point to (a cross-reference), nearest first.
    func resolve(source: String, dates: [CalendarDate], excluding: Int64?) throws -> [LibraryCitationTarget]
    /// The articles citing an article.
    func citedBy(_ id: Int64) throws -> [LibraryCitingRow]
}

/// An article as the library view lists it.
public struct LibraryArticle: Sendable, Equatable {
    public var id: Int64
    public var title: String
    public var publication: String?
    public var date: CalendarDate?
    public var dateInferred: Bool

    public init(id: Int64, title: String, publication: String?, date: CalendarDate?, dateInferred: Bool) {
        self.id = id
        self.title = title
        self.publication = publication
        self.date = date
        self.dateInferred = dateInferred
    }
}

/// A full-text hit: the article and a snippet with its matches as scalar ranges.
public struct LibraryHit: Sendable, Equatable {
    public var article: LibraryArticle
    public var snippet: String
    public var matches: [Range<Int>]

    public init(article: LibraryArticle, snippet: String, matches: [Range<Int>]) {
        self.article = article
        self.snippet = snippet
        self.matches = matches
    }
}

public struct LibraryEntitySummary: Sendable, Equatable {
    public var id: Int64
    public var name: String
    public var type: EntityType
    public var articles: Int
    public var mentions: Int

    public init(id: Int64, name: String, type: EntityType, articles: Int, mentions: Int) {
        self.id = id
        self.name = name
        self.type = type
        self.articles = articles
        self.mentions = mentions
    }
}

/// The entity page: the articles mentioning an entity and its dated sentences in date order.
public struct LibraryEntityPage: Sendable, Equatable {
    public struct ArticleRow: Sendable, Equatable {
        public var article: LibraryArticle
        public var mentions: Int
        /// Where to open the article (a scalar offset).
        public var at: Int
        public init(article: LibraryArticle, mentions: Int, at: Int) {
            self.article = article
            self.mentions = mentions
            self.at = at
        }
    }

    public struct TimelineRow: Sendable, Equatable {
        public var articleID: Int64
        public var start: CalendarDate
        public var label: String
        public var sentence: String
        /// Where the sentence starts in its article.
        public var at: Int
        public init(articleID: Int64, start: CalendarDate, label: String, sentence: String, at: Int) {
            self.articleID = articleID
            self.start = start
            self.label = label
            self.sentence = sentence
            self.at = at
        }
    }

    public var entity: LibraryEntitySummary
    public var articles: [ArticleRow]
    public var timeline: [TimelineRow]

    public init(entity: LibraryEntitySummary, articles: [ArticleRow], timeline: [TimelineRow]) {
        self.entity = entity
        self.articles = articles
        self.timeline = timeline
    }
}

/// An article a cross-reference resolves to.
public struct LibraryCitationTarget: Sendable, Equatable {
    public var article: LibraryArticle
    public var distance: Int
    public var approximate: Bool

    public init(article: LibraryArticle, distance: Int, approximate: Bool) {
        self.article = article
        self.distance = distance
        self.approximate = approximate
    }
}

/// An article citing another, opened at the citing sentence.
public struct LibraryCitingRow: Sendable, Equatable {
    public var article: LibraryArticle
    public var at: Int
    public var citation: String

    public init(article: LibraryArticle, at: Int, citation: String) {
        self.article = article
        self.at = at
        self.citation = citation
    }
}
