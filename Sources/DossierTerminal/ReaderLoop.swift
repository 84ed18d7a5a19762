import DossierKit
import DossierUI

/// The reader's event loop, independent of the terminal: render the state into a grid, draw
/// it, wait for a key (waking every `poll` milliseconds to check for a signal), apply it.
/// `open` loads another article for a jump (``Effect/open(article:offset:)``).
public enum ReaderLoop {
    public enum Outcome: Equatable, Sendable {
        /// The user quit.
        case quit
        /// An exit signal (SIGINT, SIGTERM, SIGHUP) arrived.
        case signal(Int32)
    }

    public static func run(
        state: inout ReaderState, theme: Theme, terminal: some TerminalBackend,
        poll: Int = 100, pendingSignal: () -> Int32 = SignalTrap.poll,
        update: () -> Document? = { nil },
        reannotate: (CalendarDate) -> Document? = { _ in nil },
        open: (String) -> (document: Document, library: LibraryContext?)? = { _ in nil },
        libraryEntities: () -> [LibraryEntitySummary] = { [] },
        entityPage: (Int64) -> Place? = { _ in nil },
        follow: (String) -> Result<Document, LinkFailure> = { _ in .failure(LinkFailure("Links cannot be followed here")) },
        addToLibrary: (String) -> String = { _ in "There is no library to add to here" }
    ) -> Outcome {
        var dirty = true
        let home = state.articleID
        // Articles left for another one that the library cannot give back (files and pages a
        // link led from or to), so that Backspace and Ctrl-R return without reading them again.
        var left: [String: Document] = [:]
        func draw() { ScreenLoop.draw(&state, theme: theme, terminal: terminal) }
        func leaving() {
            guard state.library == nil else { return }
            if left.count >= 32 { left.removeAll() }
            left[state.articleID] = state.document
        }
        while true {
            let sig = pendingSignal()
            if sig != 0 { return .signal(sig) }
            if dirty {
                draw()
                dirty = false
            }
            // The whole document, annotated in the background, replaces the first part (asked
            // after a frame is drawn, so the first one is not delayed by it).
            if let doc = update() {
                state.complete(with: doc)
                dirty = true
                continue
            }
            // The first frame was an outline: keys act on names, so they wait for the document
            // (`update` waits for it now).
            if state.holdsKeys {
                state.holdsKeys = false
                if let doc = update() { state.complete(with: doc) }
                dirty = true
                continue
            }
            // While the rest of a big file is read, wake often to take it as soon as it is ready.
            let key: Key
            switch ScreenLoop.input(&state, terminal: terminal, timeout: state.incompleteNote == nil ? poll : min(poll, 20)) {
            case .none: continue
            case .resized: dirty = true; continue
            case .key(let k): key = k
            }
            dirty = true
            for effect in state.handle(key) {
                switch effect {
                case .quit: return .quit
                case .redraw: terminal.invalidate()
                case .copy(let text): terminal.copyToClipboard(text)
                case .open(let article, let offset):
                    // A jump between articles: the dossier target loads it (the library's, by
                    // id); the state keeps its jump list so that Backspace comes back.
                    if let (doc, lib) = open(article) {
                        leaving()
                        state.show(doc, library: lib, offset: offset)
                    } else if let doc = left[article] {
                        leaving()
                        state.show(doc, library: nil, offset: offset)
                    } else if LibraryContext.id(in: article) == nil, !article.isEmpty, case .success(let doc) = follow(article) {
                        leaving()
                        state.show(doc, library: nil, offset: offset)
                    } else {
                        state.message = LibraryContext.id(in: article) == nil
                            ? "Opening another article needs the library" : "That article is no longer in the library"
                    }
                case .libraryEntities:
                    state.setLibraryEntities(libraryEntities())
                case .entityPage(let id):
                    // The library's entity page takes the screen; a row chosen there is a jump.
                    terminal.invalidate()
                    guard let p = entityPage(id) else { continue }
                    if let (doc, lib) = open(p.article) {
                        state.recordJump(reason: "entity page")
                        leaving()
                        state.show(doc, library: lib, offset: p.offset)
                    } else {
                        state.message = "That article is no longer in the library"
                    }
                case .follow(let target):
                    // Fetching may take a while: the status line says so first.
                    draw()
                    switch follow(target) {
                    case .success(let doc):
                        leaving()
                        state.showLinked(doc, target: target)
                    case .failure(let why):
                        state.message = why.message
                    }
                case .addToLibrary(let source):
                    state.message = "Adding to the library…"
                    draw()
                    state.message = addToLibrary(source)
                case .setDate(let d):
                    // `reannotate` reads the article the reader was opened on, not one jumped to.
                    if state.articleID != home {
                        state.message = "The document date can be set on the article the reader was opened on"
                    } else if let doc = reannotate(d) {
                        state.applyDocumentDate(d, document: doc)
                    } else {
                        state.message = "The document date cannot be changed here"
                    }
                }
            }
        }
    }
}
