import ArgumentParser
import DossierKit
import DossierUI
import Foundation

@main
struct Dossier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "A terminal reader for analytical articles.",
        discussion: """
            With no FILE, opens the built-in reference article. FILE may be "-" for standard input.
            """,
        subcommands: [Read.self, Export.self, Evaluate.self, EvaluateHTML.self, BenchHTML.self, Bench.self, BenchUI.self],
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
    @Argument(help: "The article to open: a file (text, Markdown or HTML), - for standard input, or an http(s) address. Default: the built-in reference article.")
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
    /// `outlineOnly`: blocks, metadata and date without entities and time expressions (text export).
    func document(openEmpty: Bool = false, outlineOnly: Bool = false) throws -> Document {
        let date = try parsedDate()
        let format = try parsedFormat()
        guard let file else {
            if outlineOnly {
                return Outline.document(FormattedText(text: BuiltinArticle.text, blocks: [], format: .text), path: BuiltinArticle.displayName, date: date)
            }
            return Annotator().annotate(BuiltinArticle.text, path: BuiltinArticle.displayName, date: date)
        }
        if URLFetcher.isURL(file) {
            let page: URLFetcher.Page
            do { page = try URLFetcher(timeout: timeout).fetch(file) } catch { CLI.fail(error.description, status: error.exitStatus) }
            do {
                let origin = DocumentLoader.Origin(url: page.url, charset: page.charset)
                if outlineOnly { return try DocumentLoader.outline(data: page.data, origin: origin, format: format ?? .html, date: date) }
                return try DocumentLoader.load(data: page.data, origin: origin, format: format ?? .html, date: date)
            } catch {
                CLI.fail(error.description, status: error.exitStatus)
            }
        }
        do {
            return try DocumentLoader.load(path: file, format: format, date: date, outlineOnly: outlineOnly)
        } catch {
            if openEmpty, case .empty = error {
                var doc = Annotator().annotate("", path: file == "-" ? nil : file, date: date)
                doc.notices.append(error.description)
                return doc
            }
            CLI.fail(error.description, status: error.exitStatus)
        }
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

    static func write(_ s: String) {
        FileHandle.standardOutput.write(Data(s.utf8))
    }
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the article's model (entities, citations, time expressions, timeline) as JSON, or its clean text.")

    @OptionGroup var article: ArticleOptions

    @Option(help: "Output format: json (the model) or text (the article as clean plain text).")
    var format: String = "json"

    @Flag(help: "One line of JSON instead of indented output.")
    var compact = false

    func validate() throws {
        guard format == "json" || format == "text" else { throw ValidationError("unknown --format “\(format)”; use json or text") }
    }

    func run() throws {
        let doc = try article.document(outlineOnly: format == "text")
        for n in doc.notices { CLI.warn(n) }
        let out = FileHandle.standardOutput
        if format == "text" {
            // Control characters and bidi overrides become visible placeholders; tabs and newlines stay.
            var safe = String.UnicodeScalarView()
            for u in TextExporter.text(doc).unicodeScalars {
                if u == "\n" || u == "\t" || Sanitizer.isSafe(u) { safe.append(u) } else { safe.append(contentsOf: Sanitizer.placeholder(u).unicodeScalars) }
            }
            out.write(Data(String(safe).utf8))
            return
        }
        DocumentExporter.write(doc, pretty: !compact) { out.write(Data($0)) }
    }
}
