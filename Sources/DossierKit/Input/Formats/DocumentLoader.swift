import Foundation

/// The one door every input goes through: bytes (from a file, standard input or a URL) and an
/// optional format hint in, an annotated ``Document`` out. The command line and the library
/// (which stores what was read) both call this.
public enum DocumentLoader {
    /// Where the bytes came from, for metadata and notices.
    public struct Origin: Sendable {
        /// The path as given by the user, nil for standard input.
        public var path: String?
        /// The address a page was fetched from.
        public var url: String?
        /// The charset the server declared (`Content-Type`), for fetched pages.
        public var charset: String?
        public init(path: String? = nil, url: String? = nil, charset: String? = nil) {
            self.path = path
            self.url = url
            self.charset = charset
        }
    }

    /// Reads `data` in `format` (detected from the path and content when nil) into the shared
    /// model. Text gets the same checks as before (binary, empty); HTML and Markdown are read by
    /// their parsers; `date` (`--date`) outranks a date the page declares, which outranks inference.
    public static func load(
        data: Data, origin: Origin = Origin(), format: InputFormat? = nil, date: CalendarDate? = nil,
        annotator: Annotator
    ) throws(ArticleLoader.LoadError) -> Document {
        let formatted = try read(data: data, origin: origin, format: format)
        var doc = annotator.annotate(formatted, path: origin.path, date: date)
        doc.notices = formatted.notices + doc.notices
        return doc
    }

    /// Loads a file (or "-" for standard input) through ``load(data:origin:format:date:annotator:)``.
    public static func load(
        path: String, format: InputFormat? = nil, date: CalendarDate? = nil, annotator: Annotator
    ) throws(ArticleLoader.LoadError) -> Document {
        let data = try ArticleLoader.readData(path: path)
        return try load(data: data, origin: Origin(path: path == "-" ? nil : path), format: format, date: date, annotator: annotator)
    }

    /// The reader and the document date only: what a plain-text dump needs (``Outline``).
    public static func outline(
        data: Data, origin: Origin = Origin(), format: InputFormat? = nil, date: CalendarDate? = nil
    ) throws(ArticleLoader.LoadError) -> Document {
        Outline.document(try read(data: data, origin: origin, format: format), path: origin.path, date: date)
    }

    /// The reader step alone: bytes to display text, blocks, styles and metadata.
    public static func read(data: Data, origin: Origin, format: InputFormat?) throws(ArticleLoader.LoadError) -> FormattedText {
        let name = origin.path ?? origin.url ?? "standard input"
        if data.isEmpty { throw .empty(name) }
        // (Not `[UInt8](data)`: that walks Data's iterator byte by byte.)
        let bytes = data.withUnsafeBytes { Array($0.bindMemory(to: UInt8.self)) }
        let hasNUL = bytes.withUnsafeBufferPointer { $0.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false }
        let chosen = format ?? (origin.url != nil && origin.path == nil ? .html : InputFormat.detect(path: origin.path, bytes: bytes))
        switch chosen {
        case .html:
            if hasNUL, !(bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])) { throw .binary(name) }
            var f = HTMLReader.read(bytes, charset: origin.charset)
            if f.metadata.url == nil { f.metadata.url = origin.url }
            return f
        case .markdown:
            if hasNUL { throw .binary(name) }
            let loaded = try ArticleLoader.decode(data, name: name)
            var f = MarkdownReader.read(loaded.text)
            f.notices = loaded.notices + f.notices
            return f
        case .text:
            let loaded = try ArticleLoader.decode(data, name: name)
            return FormattedText(text: loaded.text, blocks: [], metadata: Metadata(), format: .text, notices: loaded.notices)
        }
    }
}
