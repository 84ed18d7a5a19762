import DossierUI

/// The library view's event loop: draw, wait for a key (waking to check for signals), apply it,
/// until the view asks to open an article or to quit.
public enum LibraryLoop {
    public enum Outcome: Equatable, Sendable {
        case quit
        case open(articleID: Int64, at: Int?)
        /// A full-text hit: the article at the hit's sentence.
        case openHit(articleID: Int64, hit: LibraryHit)
        case signal(Int32)
    }

    public static func run(
        state: inout LibraryState, theme: Theme, terminal: some TerminalBackend,
        poll: Int = 100, pendingSignal: () -> Int32 = SignalTrap.poll
    ) -> Outcome {
        var dirty = true
        while true {
            let sig = pendingSignal()
            if sig != 0 { return .signal(sig) }
            if dirty {
                ScreenLoop.draw(&state, theme: theme, terminal: terminal)
                dirty = false
            }
            let key: Key
            switch ScreenLoop.input(&state, terminal: terminal, timeout: poll) {
            case .none: continue
            case .resized: dirty = true; continue
            case .key(let k): key = k
            }
            dirty = true
            if key == .ctrl("l") { terminal.invalidate(); continue }
            switch state.handle(key) {
            case .quit?: return .quit
            case .open(let id, let at)?: return .open(articleID: id, at: at)
            case .openHit(let id, let hit)?: return .openHit(articleID: id, hit: hit)
            case nil: break
            }
        }
    }
}
