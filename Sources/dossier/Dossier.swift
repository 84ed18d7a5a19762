import ArgumentParser
import DossierKit
import DossierUI
import Foundation

@main
struct Dossier: ParsableCommand {
    /// What `dossier --version` prints after the name.
    static let version = "0.10.0"

    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "A terminal reader for analytical articles.",
        discussion: """
            With no FILE, opens your library, or the built-in sample library when you have none. \
            FILE may be "-" for standard input.

            Reading options (dossier [read] [FILE] ...):
              --theme NAME|PATH   default, light, high-contrast, mono, or a .toml file
              --date YYYY-MM-DD   the document date (else inferred from the text)
              --plain             print the article as plain wrapped text
            In the reader, ? lists every key; see dossier help read for the details.

            Examples:
              dossier                          open the library (or the built-in sample library)
              dossier article.txt --theme light
              curl -s URL | dossier -          read standard input
              dossier export article.txt | jq '.entities[0]'
            """,
        version: "dossier \(Dossier.version)",
        subcommands: [Read.self, Export.self, Add.self, Remove.self, Search.self, LibraryCommand.self, Evaluate.self, EvaluateHTML.self, BenchHTML.self, Bench.self, BenchUI.self],
        defaultSubcommand: Read.self
    )

    /// `dossier FILE`, the commonest call, parsed as the read command it is, without building
    /// the whole command tree (a few milliseconds of the reader's open time).
    static func fastPath() throws -> ParsableCommand? {
        let args = Array(CommandLine.arguments.dropFirst())
        guard args.count == 1, let a = args.first, !a.isEmpty, !a.hasPrefix("-"), a != "help",
              !configuration.subcommands.contains(where: { $0._commandName == a }) else { return nil }
        return try Read.parse(args)
    }

    /// Parses and runs the command; usage errors are one line on stderr (status 64), not a
    /// usage screen, and help goes to stdout.
    static func main() {
        do {
            var command = try fastPath() ?? parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            if code.rawValue == ExitCode.failure.rawValue, error is ExitCode { Foundation.exit(code.rawValue) }
            let message = self.message(for: error)
                .split(separator: "\n").first.map(String.init) ?? "\(error)"
            let status = code == .validationFailure ? 64 : code.rawValue
            CLI.fail(message + (status == 64 ? " (see dossier --help)" : ""), status: status)
        }
    }
}

/// Options shared by the commands that open an article.
struct ArticleOptions: ParsableArguments {
    @Argument(help: "The article to open: a file (text, Markdown or HTML), - for standard input, or an http(s) address. Default: the built-in reference article (the reader, on a terminal, opens the library instead).")
    var file: String?

    @Option(help: "The document date (YYYY-MM-DD); taken from the page's metadata or inferred from the text when omitted.")
    var date: String?

    @Option(name: .customLong("format-in"), help: "The input format: text, markdown or html (default: from the extension, then the content).")
    var formatIn: String?

    @Option(help: "Seconds to wait for a web page before giving up.")
    var timeout: Double = 20

    func parsedDate() throws -> CalendarDate? {
        guard let date else { return nil }
        guard let d = CalendarDate(iso: date) else {
            throw ValidationError("--date must be a real day written YYYY-MM-DD, not “\(date)”")
        }
        return d
    }

    func parsedFormat() throws -> InputFormat? {
        guard let formatIn else { return nil }
        guard let f = InputFormat(rawValue: formatIn.lowercased()) else {
            throw ValidationError("unknown --format-in “\(formatIn)”; use text, markdown or html")
        }
        return f
    }

    /// Loads and annotates the article, or exits with the loader's status and a one-line message.
    /// `openEmpty`: an empty file opens as an empty document with a notice (the interactive
    /// reader, like `less`) instead of being refused (export and plain output, for scripts).
    /// `rememberedDate`: a date the user set in the reader for this file, used without --date.
    /// `outlineOnly`: blocks, metadata and date without entities and time expressions (text export).
    func document(openEmpty: Bool = false, rememberedDate: CalendarDate? = nil, outlineOnly: Bool = false) throws -> Document {
        let date = try parsedDate() ?? rememberedDate
        switch try load(openEmpty: openEmpty) {
        case .document(let doc): return doc
        case .formatted(let input, let path):
            if outlineOnly { return Outline.document(input, path: path, date: date) }
            return annotate(input, path: path, date: date, textLimit: nil)
        }
    }

    /// What loading gave: what a format reader made of the bytes (display text, blocks, styles,
    /// metadata) and the path to show, or an empty document opened with a notice.
    enum Load {
        case formatted(FormattedText, path: String?)
        case document(Document)
    }

    /// Reads the article (a file, standard input, a URL or the built-in article) through its
    /// format's reader, or exits with the loader's status and a one-line message.
    func load(openEmpty: Bool) throws -> Load {
        let format = try parsedFormat()
        guard let file else {
            return .formatted(FormattedText(text: BuiltinArticle.text, blocks: [], format: .text), path: BuiltinArticle.displayName)
        }
        let data: Data
        let origin: DocumentLoader.Origin
        if URLFetcher.isURL(file) {
            let page: URLFetcher.Page
            do { page = try URLFetcher(timeout: timeout).fetch(file) } catch { CLI.fail(error.description, status: error.exitStatus) }
            data = page.data
            origin = DocumentLoader.Origin(url: page.url, charset: page.charset)
        } else {
            do { data = try ArticleLoader.readData(path: file) } catch { CLI.fail(error.description, status: error.exitStatus) }
            origin = DocumentLoader.Origin(path: file == "-" ? nil : file)
        }
        do {
            return .formatted(try DocumentLoader.read(data: data, origin: origin, format: format), path: origin.path)
        } catch {
            if openEmpty, case .empty = error {
                var doc = CLI.annotator().annotate("", path: origin.path, date: nil)
                doc.notices.append(error.description)
                return .document(doc)
            }
            CLI.fail(error.description, status: error.exitStatus)
        }
    }

    /// Annotates what the reader made; `textLimit` (scalars) annotates only that much of a plain
    /// text's start, cut at a paragraph break (the first screen of a big file, while the rest is
    /// annotated in the background).
    func annotate(_ input: FormattedText, path: String?, date: CalendarDate?, textLimit: Int?) -> Document {
        var input = input
        if let limit = textLimit, input.format == .text, input.blocks.isEmpty {
            input.text = Self.prefix(of: input.text, scalars: limit)
        }
        var doc = CLI.annotator().annotate(input, path: path, date: date)
        doc.notices = input.notices + doc.notices
        return doc
    }

    /// The start of `text`: about `scalars` long, ending at a blank line when one is near.
    static func prefix(of text: String, scalars: Int) -> String {
        let v = text.unicodeScalars
        // Not v.count: that walks the whole text, which is what this is here to avoid.
        guard let cut = v.index(v.startIndex, offsetBy: scalars, limitedBy: v.endIndex), cut < v.endIndex else { return text }
        var i = cut
        var steps = 0
        var newlines = 0
        while i < v.endIndex, steps < 20_000 {
            if v[i] == "\n" { newlines += 1; if newlines == 2 { break } } else if v[i] != " " && v[i] != "\r" { newlines = 0 }
            i = v.index(after: i)
            steps += 1
        }
        return String(v[v.startIndex..<i])
    }
}

enum CLI {
    /// Prints `dossier: message` on stderr and exits.
    static func fail(_ message: String, status: Int32) -> Never {
        FileHandle.standardError.write(Data("dossier: \(message)\n".utf8))
        exit(status)
    }

    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("dossier: \(message)\n".utf8))
    }

    /// The annotator with the knowledge lists and the name tagger found for this binary, loaded
    /// once per command. Without the tagger (no Data/ner/model.bin) it says so once on stderr:
    /// names are then typed by rules and lists alone, which scores lower on wire news.
    static func annotator() -> Annotator { loadedAnnotator }

    private static let loadedAnnotator: Annotator = {
        var annotator = Annotator.loadDefault()
        annotator.parallel = true
        if annotator.model == nil {
            warn("note: the name tagger Data/ner/model.bin was not found or could not be read; names are typed by rules and lists only (DOSSIER_DATA names the Data folder)")
        }
        return annotator
    }()

    static func write(_ s: String) {
        FileHandle.standardOutput.write(Data(s.utf8))
    }
}

#if os(Linux)
@_silgen_name("mallopt")
private func glibcMallopt(_ param: Int32, _ value: Int32) -> Int32
#endif

struct Export: ParsableCommand {
    /// A big export allocates and frees many large buffers (text, token arrays, JSON slices):
    /// glibc returns each one to the system and the next one faults its pages in again. Keeping
    /// freed memory for reuse saves that (50 MB: system time 0.5 → 0.35 s, peak 290 → 309 MB).
    static func keepFreedMemory() {
        #if os(Linux)
        // glibc's <malloc.h> (not in the Glibc module): M_TRIM_THRESHOLD -1, M_TOP_PAD -2,
        // M_MMAP_THRESHOLD -3.
        _ = glibcMallopt(-3, 32 << 20)  // the largest glibc accepts on 64-bit
        _ = glibcMallopt(-1, 512 << 20)
        _ = glibcMallopt(-2, 64 << 20)
        #endif
    }

    static let configuration = CommandConfiguration(
        abstract: "Print the article's model (entities, citations, time expressions, timeline) as JSON, or its clean text.",
        discussion: """
            Example:
              dossier export article.txt --date 2019-10-08 | jq '.citations[] | .refs[].source'
            """)

    @OptionGroup var article: ArticleOptions

    @Option(help: "Output format: json (the model) or text (the article as clean plain text).")
    var format: String = "json"

    @Flag(help: "One line of JSON instead of indented output.")
    var compact = false

    func validate() throws {
        guard format == "json" || format == "text" else { throw ValidationError("unknown --format “\(format)”; use json or text") }
    }

    @Option(help: "The library whose article this is (default: $DOSSIER_LIBRARY or $XDG_DATA_HOME/dossier/library.sqlite); adds what its citations resolve to and who cites it.")
    var library: String?

    @Option(help: "Export the library's article with this id (from `dossier library list`) instead of a file.")
    var id: Int64?

    func run() throws {
        let out = FileHandle.standardOutput
        if format == "text" {
            let doc = try article.document(outlineOnly: true)
            for n in doc.notices { CLI.warn(n) }
            // Control characters and bidi overrides become visible placeholders; tabs and newlines stay.
            let safe = Sanitizer.visible(TextExporter.text(doc), keeping: { $0 == "\n" || $0 == "\t" })
            out.write(Data(safe.utf8))
            return
        }
        Self.keepFreedMemory()
        let (doc, context) = try LibraryExport.document(article: article, library: library, id: id)
        for n in doc.notices { CLI.warn(n) }
        DocumentExporter.write(doc, pretty: !compact, library: context) { out.write(Data($0)) }
    }
}
