import ArgumentParser
import DossierKit
import DossierLibrary
import DossierTerminal
import DossierUI
import Foundation

/// `dossier` with no file, or `dossier --library [PATH]`: the library view, and the reader for
/// the article chosen in it; quitting the article comes back to the list.
struct LibraryReader {
    let read: Read
    /// The library file named after `--library`, if any.
    let path: String?

    func run(interactive: Bool) throws {
        let env = ProcessInfo.processInfo.environment
        let location = LibraryLocation.path(path)
        let lib: Library
        let name: String
        if Library.exists(at: location) {
            lib = LibraryLocation.open(location)
            name = "Library"
        } else {
            do { lib = try SampleLibrary.make() } catch { CLI.fail(error.description, status: error.exitStatus) }
            name = "Sample library (read-only)"
        }
        if !interactive {
            // Plain output: the list, as `dossier library list` prints it.
            for a in (try? lib.articles()) ?? [] {
                CLI.write("\(a.date?.description ?? "undated   ")  \(Sanitizer.visible(a.title))\n")
            }
            return
        }
        let settings = ConfigLoader.load(path: ConfigLoader.defaultPath(env))
        for w in settings.warnings { CLI.warn(w) }
        let theme = read.resolveTheme(settings: settings, env: env)
        if let w = CursesTerminal.ensureUTF8Locale() { CLI.warn(w) }

        let exitHandlers = SignalTrap.installExitHandlers()
        let terminal = CursesTerminal(keysFromTTY: false)
        do {
            try terminal.claim()
        } catch {
            SignalTrap.restore(exitHandlers)
            CLI.fail("\(error)", status: 1)
        }
        let crashHandlers = SignalTrap.installCrashHandlers()
        defer {
            terminal.restore()
            SignalTrap.restore(crashHandlers)
            SignalTrap.restore(exitHandlers)
        }
        let (w, h) = terminal.size()
        var state = LibraryState(source: LibraryAdapter(library: lib), name: name, width: w, height: h)
        while true {
            switch LibraryLoop.run(state: &state, theme: theme, terminal: terminal) {
            case .quit:
                return
            case .signal(let s):
                terminal.restore()
                throw ExitCode(128 + s)
            case .open(let id, let at):
                guard let doc = Self.document(lib, id) else {
                    state.message = "article \(id) is no longer in the library"
                    continue
                }
                let (w, h) = terminal.size()
                let source = LibraryAdapter(library: lib)
                var reader = ReaderState(document: doc, config: settings.config, width: w, height: h, anchor: at ?? 0,
                                         library: LibraryContext.make(source: source, articleID: id, document: doc))
                reader.message = "q: back to the library"
                let sample = !Library.exists(at: location)
                let outcome = Self.runReader(&reader, library: lib, name: name, theme: theme, terminal: terminal,
                                             add: { sample ? LinkFollower.sampleIsReadOnly : LinkFollower.add($0, to: lib) })
                if case .signal(let s) = outcome {
                    terminal.restore()
                    throw ExitCode(128 + s)
                }
                state.message = nil
            }
        }
    }

    /// The reader on a library article (or a file the library holds): citations open the
    /// articles they resolve to, the finder's library scope opens entity pages, all on the
    /// reader's jump list.
    static func runReader(_ reader: inout ReaderState, library lib: Library, name: String, theme: Theme, terminal: CursesTerminal,
                          update: () -> Document? = { nil }, reannotate: (CalendarDate) -> Document? = { _ in nil },
                          timeout: Double = 20, add: (String) -> String) -> ReaderLoop.Outcome {
        let source = LibraryAdapter(library: lib)
        // A signal that arrives while an entity page opened from the finder is shown.
        var caught: Int32 = 0
        return ReaderLoop.run(
            state: &reader, theme: theme, terminal: terminal,
            pendingSignal: { caught != 0 ? caught : SignalTrap.poll() }, update: update, reannotate: reannotate,
            open: { article in
                guard let id = LibraryContext.id(in: article), let doc = document(lib, id) else { return nil }
                return (doc, LibraryContext.make(source: source, articleID: id, document: doc))
            },
            libraryEntities: { (try? source.entities(limit: LibraryState.entityLimit)) ?? [] },
            entityPage: { entity in
                let (w, h) = terminal.size()
                var page = LibraryState(source: source, name: name, width: w, height: h)
                page.leavesFromPage = true
                page.openPage(entity)
                switch LibraryLoop.run(state: &page, theme: theme, terminal: terminal) {
                case .open(let id, let at): return Place(article: LibraryContext.key(id), offset: at ?? 0)
                case .signal(let s): caught = s; return nil
                case .quit: return nil
                }
            },
            follow: { LinkFollower.load($0, timeout: timeout) },
            addToLibrary: add)
    }

    /// The library holding `file` (the default one) and the file's id in it, if any.
    static func holding(_ file: String?) -> (Library, Int64)? {
        guard let file, file != "-" else { return nil }
        let path = LibraryLocation.path(nil)
        guard Library.exists(at: path),
              let lib = try? Library.open(path: path, readOnly: true, knowledge: CLI.annotator().knowledge),
              let id = try? lib.articleID(source: SourceCollector.absolute(file)) else { return nil }
        return (lib, id)
    }

    /// The stored article annotated as the reader shows it.
    static func document(_ lib: Library, _ id: Int64) -> Document? {
        guard let a = try? lib.article(id: id), let text = try? lib.text(of: id) else { return nil }
        var doc = CLI.annotator().annotate(text, path: (a.source as NSString).lastPathComponent)
        doc.source.format = a.format
        return doc
    }
}
