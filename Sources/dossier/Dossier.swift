import ArgumentParser
import DossierKit
import Foundation

@main
struct Dossier: ParsableCommand {
    /// What `dossier --version` prints after the name.
    static let version = "0.10.0"

    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "A terminal reader for analytical articles.",
        discussion: """
            With no FILE, opens the built-in reference article. FILE may be "-" for standard input.

            Reading options (dossier [read] [FILE] ...):
              --theme NAME|PATH   default, light, high-contrast, mono, or a .toml file
              --date YYYY-MM-DD   the document date (else inferred from the text)
              --plain             print the article as plain wrapped text
            In the reader, ? lists every key; see dossier help read for the details.

            Examples:
              dossier                          read the built-in reference article
              dossier article.txt --theme light
              curl -s URL | dossier -          read standard input
              dossier export article.txt | jq '.entities[0]'
            """,
        version: "dossier \(Dossier.version)",
        subcommands: [Read.self, Export.self, Add.self, Remove.self, Search.self, LibraryCommand.self, Evaluate.self, Bench.self, BenchUI.self],
        defaultSubcommand: Read.self
    )

    /// Parses and runs the command; usage errors are one line on stderr (status 64), not a
    /// usage screen, and help goes to stdout.
    static func main() {
        do {
            var command = try parseAsRoot()
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
    @Argument(help: "The article to open: a text file, or - for standard input. Default: the built-in reference article.")
    var file: String?

    @Option(help: "The document date (YYYY-MM-DD); inferred from the text when omitted.")
    var date: String?

    func parsedDate() throws -> CalendarDate? {
        guard let date else { return nil }
        guard let d = CalendarDate(iso: date) else {
            throw ValidationError("--date must be a real day written YYYY-MM-DD, not “\(date)”")
        }
        return d
    }

    /// Loads and annotates the article, or exits with the loader's status and a one-line message.
    /// `openEmpty`: an empty file opens as an empty document with a notice (the interactive
    /// reader, like `less`) instead of being refused (export and plain output, for scripts).
    /// `rememberedDate`: a date the user set in the reader for this file, used without --date.
    func document(openEmpty: Bool = false, rememberedDate: CalendarDate? = nil) throws -> Document {
        let date = try parsedDate() ?? rememberedDate
        switch try load(openEmpty: openEmpty, date: date) {
        case .document(let doc): return doc
        case .text(let loaded): return annotate(loaded, date: date, textLimit: nil)
        }
    }

    /// What loading gave: the text to annotate, or an empty document opened with a notice.
    enum Load {
        case text(ArticleLoader.Loaded)
        case document(Document)
    }

    /// Loads the article's text, or exits with the loader's status and a one-line message.
    func load(openEmpty: Bool, date: CalendarDate?) throws -> Load {
        let loaded: ArticleLoader.Loaded
        if let file {
            do {
                loaded = try ArticleLoader.load(path: file)
            } catch {
                if openEmpty, case .empty = error {
                    var doc = CLI.annotator().annotate("", path: file == "-" ? nil : file, date: date)
                    doc.notices.append(error.description)
                    return .document(doc)
                }
                CLI.fail(error.description, status: error.exitStatus)
            }
        } else {
            loaded = ArticleLoader.Loaded(text: BuiltinArticle.text, path: nil, notices: [])
        }
        return .text(loaded)
    }

    /// Annotates a loaded article; `textLimit` (scalars) annotates only that much of its start,
    /// cut at a paragraph break (the first screen of a big file, while the rest is annotated in
    /// the background).
    func annotate(_ loaded: ArticleLoader.Loaded, date: CalendarDate?, textLimit: Int?) -> Document {
        var text = loaded.text
        if let limit = textLimit { text = Self.prefix(of: loaded.text, scalars: limit) }
        var doc = CLI.annotator().annotate(text, path: loaded.path ?? (file == nil ? BuiltinArticle.displayName : nil), date: date)
        doc.notices += loaded.notices
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
        let annotator = Annotator.loadDefault()
        if annotator.model == nil {
            warn("note: the name tagger Data/ner/model.bin was not found or could not be read; names are typed by rules and lists only (DOSSIER_DATA names the Data folder)")
        }
        return annotator
    }()

    static func write(_ s: String) {
        FileHandle.standardOutput.write(Data(s.utf8))
    }
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the article's model (entities, citations, time expressions, timeline) as JSON.",
        discussion: """
            Example:
              dossier export article.txt --date 2019-10-08 | jq '.citations[] | .refs[].source'
            """)

    @OptionGroup var article: ArticleOptions

    @Option(help: "Output format: json.")
    var format: String = "json"

    @Flag(help: "One line of JSON instead of indented output.")
    var compact = false

    func validate() throws {
        guard format == "json" else { throw ValidationError("unknown --format “\(format)”; the only format is json") }
    }

    @Option(help: "The library whose article this is (default: $DOSSIER_LIBRARY or $XDG_DATA_HOME/dossier/library.sqlite); adds what its citations resolve to and who cites it.")
    var library: String?

    @Option(help: "Export the library's article with this id (from `dossier library list`) instead of a file.")
    var id: Int64?

    func run() throws {
        let (doc, context) = try LibraryExport.document(article: article, library: library, id: id)
        for n in doc.notices { CLI.warn(n) }
        let out = FileHandle.standardOutput
        DocumentExporter.write(doc, pretty: !compact, library: context) { out.write(Data($0)) }
    }
}
