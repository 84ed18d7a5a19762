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
        /// Reads library article `id`: at `at` (an entity page's or Citing row's sentence), at a
        /// full-text hit's sentence, else where it was left (its saved reading position).
        func readArticle(_ id: Int64, at: Int?, hit: LibraryHit?) throws {
            guard let doc = Self.document(lib, id) else {
                state.message = "article \(id) is no longer in the library"
                return
            }
            let (w, h) = terminal.size()
            let source = LibraryAdapter(library: lib)
            let store = PositionStore()
            let key = Self.positionKey(lib, id)
            let hitSpan = hit.flatMap { HitLocator.sentence(of: $0, in: doc) }
            var saved = PositionStore.Saved()
            if at == nil, hitSpan == nil, let key, case .success(let s?) = store.loadSaved(path: key),
               s.offset <= doc.text.unicodeScalars.count {
                saved = s
            }
            var reader = ReaderState(document: doc, config: settings.config, width: w, height: h,
                                     anchor: at ?? hitSpan?.start ?? saved.offset,
                                     library: LibraryContext.make(source: source, articleID: id, document: doc))
            reader.marks = saved.marks.filter { $0.value <= doc.text.unicodeScalars.count }
            if let hitSpan {
                reader.highlight(hitSpan, label: "search hit")
                reader.message = "At the search hit · q: back to the library"
            } else if at == nil, saved.offset > 0 {
                reader.message = [reader.message, "q: back to the library"].compactMap { $0 }.joined(separator: " · ")
            } else {
                reader.message = "q: back to the library"
            }
            let sample = !Library.exists(at: location)
            let outcome = Self.runReader(&reader, library: lib, name: name, theme: theme, terminal: terminal,
                                         add: { sample ? LinkFollower.sampleIsReadOnly : LinkFollower.add($0, to: lib) })
            // The position is kept for the library article the reader ended on.
            if let now = reader.library?.articleID, let key = now == id ? key : Self.positionKey(lib, now) {
                _ = store.save(path: key, PositionStore.Saved(offset: reader.anchorOffset, marks: reader.marks))
            }
            if case .signal(let s) = outcome {
                terminal.restore()
                throw ExitCode(128 + s)
            }
            state.message = nil
        }

        while true {
            switch LibraryLoop.run(state: &state, theme: theme, terminal: terminal) {
            case .quit:
                return
            case .signal(let s):
                terminal.restore()
                throw ExitCode(128 + s)
            case .open(let id, let at):
                try readArticle(id, at: at, hit: nil)
            case .openHit(let id, let hit):
                try readArticle(id, at: nil, hit: hit)
            }
        }

    }

    /// What keys a library article's reading position: its content hash (the same text reads
    /// on where it was left, whichever library holds it), else the library file and its id.
    static func positionKey(_ lib: Library, _ id: Int64) -> String? {
        guard let a = try? lib.article(id: id) else { return nil }
        if let hash = try? lib.storedHash(source: a.source) { return "library-article:" + hash }
        return nil
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
                case .openHit(let id, let hit):
                    let at = document(lib, id).flatMap { HitLocator.sentence(of: hit, in: $0)?.start }
                    return Place(article: LibraryContext.key(id), offset: at ?? 0)
                case .signal(let s): caught = s; return nil
                case .quit: return nil
                }
            },
            follow: { LinkFollower.load($0, timeout: timeout) },
            addToLibrary: add)
    }

    /// The library holding `file` (the default one) and the file's id in it, if any.
    /// Whether a library exists that could hold `file` (cheap: no database is opened).
    static func mayHold(_ file: String?) -> Bool {
        guard let file, file != "-" else { return false }
        return Library.exists(at: LibraryLocation.path(nil))
    }

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
        // A web page or Markdown file still on disk as it was added is read again, so that its
        // blocks, styles and links show as when it is opened directly; the library's offsets
        // (cited-by sentences, timeline rows, search hits) hold because the text is the same.
        if a.format != InputFormat.text.rawValue, !a.source.contains("://"), FileManager.default.isReadableFile(atPath: a.source),
           let data = try? ArticleLoader.readData(path: a.source),
           let input = try? DocumentLoader.read(data: data, origin: DocumentLoader.Origin(path: a.source), format: InputFormat(rawValue: a.format)),
           input.text == text {
            return CLI.annotator().annotate(input, path: (a.source as NSString).lastPathComponent)
        }
        var doc = CLI.annotator().annotate(text, path: (a.source as NSString).lastPathComponent)
        doc.source.format = a.format
        return doc
    }
}
