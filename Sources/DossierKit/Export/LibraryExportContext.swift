/// What a library adds to an article's export (spec/export-format.md, "In a library"):
/// its id, the articles each citation ref resolves to, and the articles that cite it.
public struct LibraryExportContext: Sendable, Equatable {
    /// A library article as the export names it.
    public struct ArticleRef: Sendable, Equatable {
        public var id: Int64
        public var title: String
        public var date: CalendarDate?
        /// For `cited_by`: the citation's span in the citing article.
        public var at: Span?

        public init(id: Int64, title: String, date: CalendarDate?, at: Span? = nil) {
            self.id = id
            self.title = title
            self.date = date
            self.at = at
        }
    }

    public var libraryID: Int64
    /// Per citation (index into `Document.citations`), per ref: the articles it resolves to.
    public var resolved: [Int: [[ArticleRef]]]
    public var citedBy: [ArticleRef]

    public init(libraryID: Int64, resolved: [Int: [[ArticleRef]]], citedBy: [ArticleRef]) {
        self.libraryID = libraryID
        self.resolved = resolved
        self.citedBy = citedBy
    }

    func write(_ a: ArticleRef, into w: inout JSONWriter) {
        w.beginObject()
        w.field("id", Int(a.id)); w.field("title", a.title); w.field("date", a.date?.description)
        if let at = a.at {
            w.key("at"); w.beginObject(); w.field("start", at.start); w.field("end", at.end); w.endObject()
        }
        w.endObject()
    }
}
