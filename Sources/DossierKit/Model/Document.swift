/// The document model of one article: what the reader shows and `dossier export` prints.
///
/// All spans are Unicode scalar offsets into ``text``.
public struct Document: Sendable {
    /// The file's content exactly as read (after UTF-8 decoding; CRLF kept).
    public var text: String
    public var source: Source
    public var metadata: Metadata
    public var blocks: [Block]
    /// Inline styles the input marked up (emphasis, strong, code, links with their targets).
    public var styles: [InlineStyle]
    public var sentences: [Span]
    /// Entities in order of first mention; each gathers its mentions.
    public var entities: [Entity]
    public var citations: [Citation]
    public var timexes: [Timex]
    public var timeline: [TimelineEntry]
    /// Things the user should know about the input (for example replaced invalid UTF-8).
    public var notices: [String]

    public init(
        text: String, source: Source = Source(path: nil), metadata: Metadata = Metadata(),
        blocks: [Block] = [], styles: [InlineStyle] = [], sentences: [Span] = [], entities: [Entity] = [],
        citations: [Citation] = [], timexes: [Timex] = [], timeline: [TimelineEntry] = [],
        notices: [String] = []
    ) {
        self.text = text
        self.source = source
        self.metadata = metadata
        self.blocks = blocks
        self.styles = styles
        self.sentences = sentences
        self.entities = entities
        self.citations = citations
        self.timexes = timexes
        self.timeline = timeline
        self.notices = notices
    }

    /// Where the text came from.
    public struct Source: Sendable, Equatable {
        /// The path as given, or nil for standard input / the built-in article.
        public var path: String?
        /// `text`, `markdown` or `html` (the reader that turned the input into this model).
        public var format: String
        public init(path: String?, format: String = "text") {
            self.path = path
            self.format = format
        }
    }

    /// All mentions of all entities sorted by position, each with its entity index.
    public func allMentions() -> [(mention: Mention, entity: Int)] {
        var out: [(mention: Mention, entity: Int)] = []
        for (i, e) in entities.enumerated() {
            for m in e.mentions { out.append((m, i)) }
        }
        out.sort { $0.mention.span < $1.mention.span }
        return out
    }
}

/// Title, publication line and document date.
public struct Metadata: Sendable, Equatable {
    public var title: String?
    public var publication: String?
    public var volume: Int?
    public var issue: Int?
    public var caption: String?
    public var date: DocumentDate?
    /// The author line of a web page or wire story ("By Jane Doe").
    public var byline: String?
    /// The site or publication name a web page gives (`og:site_name`, JSON-LD publisher).
    public var site: String?
    /// Where the input was fetched from, or the page's canonical address.
    public var url: String?
    /// The place a wire story's dateline names ("MOSCOW").
    public var place: String?

    public init(
        title: String? = nil, publication: String? = nil, volume: Int? = nil, issue: Int? = nil,
        caption: String? = nil, date: DocumentDate? = nil, byline: String? = nil, site: String? = nil,
        url: String? = nil
    ) {
        self.byline = byline
        self.site = site
        self.url = url
        self.title = title
        self.publication = publication
        self.volume = volume
        self.issue = issue
        self.caption = caption
        self.date = date
    }
}

/// The document creation time (DCT) and how it was found.
public struct DocumentDate: Sendable, Equatable {
    public var value: CalendarDate
    public var inferred: Bool
    /// A sentence saying how the date was found.
    public var basis: String
    /// True when the text gave no clue at all and today's date stands in for the real one.
    public var assumed: Bool

    public init(value: CalendarDate, inferred: Bool, basis: String, assumed: Bool = false) {
        self.value = value
        self.inferred = inferred
        self.basis = basis
        self.assumed = assumed
    }
}

/// A structural block of the article.
public struct Block: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case title, meta, caption, paragraph, heading, quote, list
        case listItem = "list-item"
        case tableRow = "table-row"
        case code
    }
    public var kind: Kind
    public var span: Span
    public init(kind: Kind, span: Span) {
        self.kind = kind
        self.span = span
    }
}

/// An inline style over a span of the display text: what Markdown's `*…*` or HTML's `<a href>`
/// marked, with the markup itself gone.
public struct InlineStyle: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case emphasis, strong, code, link
    }
    public var kind: Kind
    public var span: Span
    /// The link's target (only for `.link`).
    public var target: String?

    public init(kind: Kind, span: Span, target: String? = nil) {
        self.kind = kind
        self.span = span
        self.target = target
    }
}
