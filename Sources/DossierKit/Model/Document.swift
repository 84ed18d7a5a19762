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
    /// How likely the date is right to within a few days, 0…1: 1 for a date given (`--date`,
    /// page metadata, front matter), 0.9–0.95 for a full date the header states, lower for
    /// estimates from clues, 0 for today's date standing in. See ``uncertainBelow``.
    public var confidence: Double

    /// Below this confidence the date counts as uncertain: the reader says "date uncertain" with
    /// the best guess and lets the user set it. Estimates from a volume number with dated
    /// citations, or from a full date in the text's own header, stay above it; a year taken
    /// from the latest year the text names, a day guessed from an issue number or from mid-year,
    /// and today's date fall below it.
    public static let uncertainBelow = 0.7

    /// True when ``confidence`` is below ``uncertainBelow``.
    public var isUncertain: Bool { confidence < Self.uncertainBelow }

    public init(value: CalendarDate, inferred: Bool, basis: String, assumed: Bool = false, confidence: Double? = nil) {
        self.value = value
        self.inferred = inferred
        self.basis = basis
        self.assumed = assumed
        self.confidence = max(0, min(1, confidence ?? (assumed ? 0 : inferred ? 0.5 : 1)))
    }
}

/// A document date the caller knows: from `--date`, or from a page's metadata or front matter
/// (the readers of HTML and Markdown pass it the same way). It outranks every clue in the text
/// and has confidence 1; `basis` says where it came from ("given with --date",
/// "the page's article:published_time").
public struct GivenDate: Sendable, Equatable {
    public var value: CalendarDate
    public var basis: String
    public init(_ value: CalendarDate, basis: String = "given with --date") {
        self.value = value
        self.basis = basis
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
