import ArgumentParser
import DossierKit
import DossierTerminal
import DossierUI
import Foundation
import Synchronization

/// Opens the reader: loads the article, the config, the theme and the saved reading position,
/// runs the terminal loop, and saves the position on the way out.
///
/// Exit statuses of `dossier [read]`:
///
///     0         quit normally, or printed plain text (output not a terminal, input not a
///               terminal and the article not piped in, TERM unknown or without cursor
///               addressing, or --plain)
///     64        bad command line (swift-argument-parser), e.g. a malformed --date
///     65–69, 74 the article could not be opened (ArticleLoader.LoadError: 66 no such file,
///               67 a directory, 65 binary, 68 empty, 69 too large, 74 unreadable)
///     78        the theme named by --theme could not be loaded (EX_CONFIG); a bad theme or
///               setting in config.toml only warns
///     129, 130, 143  SIGHUP, SIGINT, SIGTERM: the terminal was restored, then exit 128+signal
///               (Ctrl-C is a key in the reader, bound to quit, so it exits 0; `kill -INT` gives 130)
///     132–136   SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV (139): a crash; the terminal
///               was restored best-effort and the signal re-raised
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read", abstract: "Open an article in the reader (the default command).",
        discussion: """
            Settings are read from $XDG_CONFIG_HOME/dossier/config.toml (default ~/.config), \
            themes from Themes/ and $XDG_CONFIG_HOME/dossier/themes; the reading position of each \
            file is kept in $XDG_STATE_HOME/dossier (default ~/.local/state). With NO_COLOR set, the \
            mono theme is used unless --theme or the config names another. When output is not a \
            terminal, the article is printed as plain wrapped text.

            Examples:
              dossier read article.txt --theme high-contrast
              dossier article.txt --date 2019-10-08
              dossier article.txt --plain | less
            """)

    @OptionGroup var article: ArticleOptions

    @Option(help: "Theme: a name (default, light, high-contrast, mono, or a file in Themes/) or a path to a .toml theme.")
    var theme: String?

    @Flag(help: "Print the article as plain wrapped text instead of opening the reader.")
    var plain = false

    /// Files bigger than this (UTF-8 bytes) open with their start annotated first.
    static let backgroundThreshold = 256 * 1024
    /// How much of a big file is annotated before the first frame (scalars, to a paragraph end).
    static let firstPartScalars = 24 * 1024

    @Flag(name: .customLong("library"), help: "Open the library view (FILE, if given, is the library file). With no FILE and no flag, `dossier` opens the library, or the built-in sample library when there is none.")
    var openLibrary = false

    /// Exit status for a theme that was asked for and could not be loaded.
    static let themeFailure: Int32 = 78

    func run() throws {
        let env = ProcessInfo.processInfo.environment
        // An article piped in on stdin is read like `less` does: keys come from /dev/tty.
        let keysFromTTY = article.file == "-"
        let interactive = !plain && CursesTerminal.isInteractive(keysFromTTY: keysFromTTY)
        if openLibrary || (article.file == nil && interactive) {
            try LibraryReader(read: self, path: openLibrary ? article.file : nil).run(interactive: interactive)
            return
        }
        let positionKey = rememberedPath()
        let store = PositionStore()
        var saved = PositionStore.Saved()
        if interactive, let key = positionKey {
            switch store.loadSaved(path: key) {
            case .success(let s?): saved = s
            case .failure(let why): CLI.warn(why.message)
            default: break
            }
        }
        let savedDate = saved.date.flatMap { CalendarDate(iso: $0) }
        let date = try article.parsedDate() ?? savedDate
        // A big file shows its first screen first: its start is annotated now, the whole text
        // in the background, and the reader takes it when it is ready.
        var doc: Document
        let rest = BackgroundDocument()
        var reannotate: (CalendarDate) -> Document? = { _ in nil }
        switch try article.load(openEmpty: interactive) {
        case .document(let d):
            doc = d
        case .formatted(let input, let path):
            let options = article
            reannotate = { options.annotate(input, path: path, date: $0, textLimit: nil) }
            let firstPart = Self.firstPartScalars
            if interactive, input.format == .text, input.text.utf8.count > Self.backgroundThreshold, saved.offset < firstPart / 2 {
                doc = article.annotate(input, path: path, date: date, textLimit: firstPart)
                rest.start { options.annotate(input, path: path, date: date, textLimit: nil) }
            } else if interactive, !LibraryReader.mayHold(article.file) {
                // The first frame needs no names: the text, its structure and its date are on
                // screen before the knowledge lists and the tagger are loaded; the annotated
                // document follows on another thread, and keys wait for it (they act on names).
                doc = Outline.document(input, path: path, date: date)
                rest.start(holdingKeys: true) { options.annotate(input, path: path, date: date, textLimit: nil) }
            } else {
                doc = article.annotate(input, path: path, date: date, textLimit: nil)
            }
        }
        for n in doc.notices { CLI.warn(n) }

        let settings = ConfigLoader.load(path: ConfigLoader.defaultPath(env))
        for w in settings.warnings { CLI.warn(w) }
        let chosenTheme = resolveTheme(settings: settings, env: env)

        if !interactive {
            printPlain(doc, settings: settings, env: env)
            return
        }
        if let w = CursesTerminal.ensureUTF8Locale() { CLI.warn(w) }

        let scalarCount = rest.isRunning ? Int.max : doc.text.unicodeScalars.count
        let anchor = saved.offset <= scalarCount ? saved.offset : 0

        // Before newterm, so that ncurses leaves SIGINT/SIGTERM to us (it only replaces SIG_DFL).
        let exitHandlers = SignalTrap.installExitHandlers()
        let terminal = CursesTerminal(keysFromTTY: keysFromTTY)
        do {
            try terminal.claim()
        } catch {
            SignalTrap.restore(exitHandlers)
            CLI.warn("\(error); printing plain text")
            printPlain(doc, settings: settings, env: env)
            return
        }
        let crashHandlers = SignalTrap.installCrashHandlers()
        let (w, h) = terminal.size()
        var state = ReaderState(document: doc, config: settings.config, width: w, height: h, anchor: anchor)
        if rest.isRunning {
            state.incompleteNote = rest.holdsKeys ? "finding names and dates…" : "reading the rest of the file…"
            state.holdsKeys = rest.holdsKeys
        }
        state.marks = saved.marks.filter { $0.value <= scalarCount }
        // Config problems were printed before the screen was taken; the status line says so.
        if let first = settings.warnings.first {
            let note = settings.warnings.count == 1 ? "config: \(first)" : "config: \(settings.warnings.count) problems (listed after you quit)"
            state.message = [state.message, note].compactMap { $0 }.joined(separator: " · ")
        }
        // A file the library holds reads as a library article (resolved citations, Citing tab);
        // a big file read in the background does not (its citations are not all known yet).
        let held = rest.isRunning ? nil : LibraryReader.holding(article.file)
        if let (lib, id) = held {
            state.attach(library: LibraryContext.make(source: LibraryAdapter(library: lib), articleID: id, document: doc))
        }
        let home = state.articleID
        let outcome: ReaderLoop.Outcome
        if let (lib, _) = held {
            outcome = LibraryReader.runReader(&state, library: lib, name: "Library", theme: chosenTheme, terminal: terminal,
                                              update: rest.take, reannotate: reannotate, timeout: article.timeout,
                                              add: { LinkFollower.add($0) })
        } else {
            let timeout = article.timeout
            outcome = ReaderLoop.run(state: &state, theme: chosenTheme, terminal: terminal, update: rest.take, reannotate: reannotate,
                                     follow: { LinkFollower.load($0, timeout: timeout) }, addToLibrary: { LinkFollower.add($0) })
        }
        terminal.restore()
        SignalTrap.restore(crashHandlers)
        SignalTrap.restore(exitHandlers)
        // H changed the highlighting: remember it in the config, as the help says.
        if state.config.highlight != settings.config.highlight,
           let w = ConfigLoader.remember("highlight", state.config.highlight.name, path: ConfigLoader.defaultPath(env)) {
            CLI.warn(w)
        }
        // Bad [keys] entries are found by the key map, after the screen was taken: list them now.
        for e in state.configErrors { CLI.warn("\(ConfigLoader.defaultPath(env).path): \(e)") }

        // The position, marks and date are this file's: not saved when the reader ended on
        // another article it jumped to (its marks and date are not this file's).
        if state.articleID == home {
            saved.offset = state.anchorOffset
            saved.marks = state.marks
            if let d = state.userDate { saved.date = d.description }
            if let key = positionKey, let warning = store.save(path: key, saved) {
                CLI.warn(warning)
            }
        }
        if case .signal(let s) = outcome { throw ExitCode(128 + s) }
    }

    /// The theme: --theme (a failure exits 78), else config.toml's (a failure warns), else
    /// `mono` when NO_COLOR is set (no-color.org: explicit choices override it), else `default`.
    func resolveTheme(settings: ConfigLoader.Result, env: [String: String]) -> Theme {
        let loader = ThemeLoader()
        if let theme {
            do { return try loader.load(theme) } catch { CLI.fail("theme: \(error)", status: Self.themeFailure) }
        }
        if settings.themeIsExplicit {
            do { return try loader.load(settings.config.theme) } catch { CLI.warn("theme: \(error); using the default theme") }
        }
        if let nc = env["NO_COLOR"], !nc.isEmpty {
            return (try? loader.load("mono")) ?? BuiltinThemes.mono
        }
        do { return try loader.load("default") } catch {
            CLI.warn("theme: \(error); using the built-in default")
            return BuiltinThemes.fallback
        }
    }

    /// The article's absolute path, which keys its saved position; nil for stdin and the built-in.
    func rememberedPath() -> String? {
        guard let f = article.file, f != "-" else { return nil }
        return URL(fileURLWithPath: f).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Plain output is wrapped at the configured measure, else at COLUMNS (capped by the
    /// default measure), else at 80.
    func printPlain(_ doc: Document, settings: ConfigLoader.Result, env: [String: String]) {
        var width = 80
        if settings.measureIsExplicit {
            width = settings.config.measure
        } else if let c = env["COLUMNS"].flatMap({ Int($0) }), c >= 20 {
            width = min(c, settings.config.measure)
        } else {
            width = min(80, settings.config.measure)
        }
        CLI.write(PlainRenderer.render(doc, width: width))
    }
}

/// A document annotated on another thread, handed over once: the reader loop polls `take`.
final class BackgroundDocument: Sendable {
    private let result = Mutex<Document?>(nil)
    private let running = Atomic<Bool>(false)

    /// True from `start` until the loop took the document.
    var isRunning: Bool { running.load(ordering: .acquiring) }

    private let work = Mutex<(@Sendable () -> Document)?>(nil)
    private let ready = DispatchSemaphore(value: 0)
    private let holding = Atomic<Bool>(false)

    /// True when the first frame shows an outline whose keys must wait for the document:
    /// `take` after the first one then waits for it.
    var holdsKeys: Bool { holding.load(ordering: .acquiring) }

    /// Arranges for `work` to run on its own thread once the first frame is on screen (the
    /// first `take`), so it does not compete with that frame for a core.
    func start(holdingKeys: Bool = false, _ work: @escaping @Sendable () -> Document) {
        running.store(true, ordering: .releasing)
        holding.store(holdingKeys, ordering: .releasing)
        self.work.withLock { $0 = work }
    }

    /// The document once it is ready (then nil again). The first call starts the work and
    /// returns nil; later calls wait for it when keys are held, else return nil until it is done.
    func take() -> Document? {
        guard isRunning else { return nil }
        if let job = work.withLock({ w -> (@Sendable () -> Document)? in
            defer { w = nil }
            return w
        }) {
            Thread.detachNewThread { [self] in
                let doc = job()
                result.withLock { $0 = doc }
                ready.signal()
            }
            return nil
        }
        if holdsKeys {
            ready.wait()
            holding.store(false, ordering: .releasing)
        }
        let doc = result.withLock { d -> Document? in
            defer { d = nil }
            return d
        }
        if doc != nil { running.store(false, ordering: .releasing) }
        return doc
    }
}
