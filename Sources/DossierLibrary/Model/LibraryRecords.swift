import DossierKit

/// One article of the library as lists show it.
public struct ArticleSummary: Sendable, Equatable, Hashable {
    public var id: Int64
    public var title: String
    public var publication: String?
    /// Nil when the text gave no clue to its date.
    public var date: CalendarDate?
    public var dateInferred: Bool
    /// Days either side of `date` within which the article may have appeared.
    public var dateUncertainty: Int?
    public var source: String
    public var format: String
    public var added: String

    public init(
        id: Int64, title: String, publication: String?, date: CalendarDate?, dateInferred: Bool,
        dateUncertainty: Int?, source: String, format: String, added: String
    ) {
        self.id = id
        self.title = title
        self.publication = publication
        self.date = date
        self.dateInferred = dateInferred
        self.dateUncertainty = dateUncertainty
        self.source = source
        self.format = format
        self.added = added
    }
}

/// A full-text hit: the article and a snippet whose matches sit between
/// ``SearchHit/highlightStart`` and ``SearchHit/highlightEnd``.
public struct SearchHit: Sendable, Equatable {
    public static let highlightStart: Character = "\u{E000}"
    public static let highlightEnd: Character = "\u{E001}"

    public var article: ArticleSummary
    public var snippet: String
    /// bm25 rank: lower is better.
    public var rank: Double

    public init(article: ArticleSummary, snippet: String, rank: Double) {
        self.article = article
        self.snippet = snippet
        self.rank = rank
    }
}

/// An entity across the library.
public struct LibraryEntity: Sendable, Equatable, Hashable {
    public var id: Int64
    public var key: String
    public var name: String
    public var type: EntityType
    public var articles: Int
    public var mentions: Int

    public init(id: Int64, key: String, name: String, type: EntityType, articles: Int, mentions: Int) {
        self.id = id
        self.key = key
        self.name = name
        self.type = type
        self.articles = articles
        self.mentions = mentions
    }
}

/// What the entity page shows: the articles that mention the entity and every dated sentence
/// that mentions it, across the library, in date order.
public struct EntityPage: Sendable, Equatable {
    public struct ArticleRow: Sendable, Equatable {
        public var article: ArticleSummary
        public var mentions: Int
        /// Where the first mention is (a scalar offset), to open the article there.
        public var firstMention: Int
    }

    public struct TimelineRow: Sendable, Equatable {
        public var articleID: Int64
        public var articleTitle: String
        public var start: CalendarDate
        public var end: CalendarDate
        public var label: String
        /// The sentence's span in its article and its text.
        public var sentence: Span
        public var sentenceText: String
    }

    public var entity: LibraryEntity
    /// Newest first.
    public var articles: [ArticleRow]
    /// In date order; at most the limit asked for.
    public var timeline: [TimelineRow]
    /// True when more rows follow (ask again with an offset).
    public var timelineHasMore: Bool
}

/// A library article that a citation's date points to.
public struct CitationMatch: Sendable, Equatable {
    public var article: ArticleSummary
    /// The cited date this article answers.
    public var cited: CalendarDate
    /// Days between the cited date and the article's date.
    public var distance: Int
    /// True when the article's date is an estimate or differs from the cited one.
    public var approximate: Bool

    public init(article: ArticleSummary, cited: CalendarDate, distance: Int, approximate: Bool) {
        self.article = article
        self.cited = cited
        self.distance = distance
        self.approximate = approximate
    }
}

/// A library article that cites a given article, with where.
public struct CitingArticle: Sendable, Equatable {
    public var article: ArticleSummary
    public var citation: Span
    public var citationText: String
    /// The sentence holding the citation, to open the citing article there.
    public var sentence: Span?
    public var cited: CalendarDate
    public var approximate: Bool
}
