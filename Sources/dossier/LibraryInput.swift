import DossierKit
import DossierLibrary
import Foundation

/// The one place where the library reads an article source: through the same format readers
/// (plain text, Markdown, HTML) and URL fetching as `dossier FILE`.
enum LibraryInput {
    struct Loaded {
        /// The display text (what the library indexes and hashes).
        var text: String
        var format: String
        var notices: [String]
        /// What the format reader made of the source (blocks, styles, page metadata); nil for
        /// text kept from an earlier read.
        var formatted: FormattedText? = nil
    }

    enum Failure: Error, CustomStringConvertible {
        case load(ArticleLoader.LoadError)
        case fetch(URLFetcher.FetchError)

        var description: String {
            switch self {
            case .load(let e): return e.description
            case .fetch(let e): return e.description
            }
        }
    }

    /// Reads `source` (an absolute path, or a URL) through its format's reader.
    static func load(_ source: String) throws(Failure) -> Loaded {
        let data: Data
        let origin: DocumentLoader.Origin
        if URLFetcher.isURL(source) {
            let page: URLFetcher.Page
            do { page = try URLFetcher().fetch(source) } catch { throw .fetch(error) }
            data = page.data
            origin = DocumentLoader.Origin(url: page.url, charset: page.charset)
        } else {
            do { data = try ArticleLoader.readData(path: source) } catch { throw .load(error) }
            origin = DocumentLoader.Origin(path: source)
        }
        do {
            let f = try DocumentLoader.read(data: data, origin: origin, format: nil)
            return Loaded(text: f.text, format: f.format.rawValue, notices: f.notices, formatted: f)
        } catch {
            throw .load(error)
        }
    }

    /// Annotates a loaded article the way the reader does.
    static func annotate(_ loaded: Loaded, source: String) -> Document {
        if let f = loaded.formatted { return CLI.annotator().annotate(f, path: source) }
        var doc = CLI.annotator().annotate(loaded.text, path: source)
        doc.source.format = loaded.format
        return doc
    }
}

/// `--library PATH` and the default location.
enum LibraryLocation {
    /// The library path: the option, else `$DOSSIER_LIBRARY`, else `$XDG_DATA_HOME/dossier/library.sqlite`.
    static func path(_ option: String?, env: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let option, !option.isEmpty { return option }
        if let e = env["DOSSIER_LIBRARY"], !e.isEmpty { return e }
        return Library.defaultPath(env)
    }

    /// Opens the library or exits with its one-line error and status.
    static func open(_ path: String, readOnly: Bool = false) -> Library {
        do {
            return try Library.open(path: path, readOnly: readOnly, knowledge: CLI.annotator().knowledge)
        } catch {
            CLI.fail(error.description, status: error.exitStatus)
        }
    }

    /// Opens an existing library for reading, or exits (66) when there is none.
    static func openExisting(_ path: String) -> Library {
        guard Library.exists(at: path) else {
            CLI.fail("\(path): no library yet; add articles with `dossier add PATH…`", status: 66)
        }
        return open(path)
    }
}

