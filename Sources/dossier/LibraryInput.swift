import DossierKit
import DossierLibrary
import Foundation

/// The one place where the library reads an article source. Today it is the plain-text loader;
/// the per-format readers (Markdown, HTML, URLs) plug in here when they land.
enum LibraryInput {
    struct Loaded {
        var text: String
        var format: String
        var notices: [String]
    }

    enum Failure: Error, CustomStringConvertible {
        case load(ArticleLoader.LoadError)
        case unsupported(String, String)

        var description: String {
            switch self {
            case .load(let e): return e.description
            case .unsupported(let s, let why): return "\(s): \(why)"
            }
        }
    }

    /// Reads `source` (an absolute path, or a URL) as text.
    static func load(_ source: String) throws(Failure) -> Loaded {
        if SourceCollector.isURL(source) {
            throw .unsupported(source, "URLs cannot be added yet (this build reads local files only)")
        }
        do {
            let l = try ArticleLoader.load(path: source)
            let ext = (source as NSString).pathExtension.lowercased()
            let format = ext == "md" || ext == "markdown" ? "markdown" : ext == "html" || ext == "htm" ? "html" : "text"
            return Loaded(text: l.text, format: format, notices: l.notices)
        } catch {
            throw .load(error)
        }
    }

    /// Annotates loaded text the way the reader does.
    static func annotate(_ loaded: Loaded, source: String) -> Document {
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

