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
                let (w, h) = terminal.size()
                if w != state.width || h != state.height { state.resize(width: w, height: h) }
                var grid = CellGrid(width: w, height: h)
                LibraryView.render(state, theme: theme, into: &grid)
                terminal.draw(grid)
                dirty = false
            }
            guard let key = terminal.readKey(timeout: poll) else { continue }
            dirty = true
            if key == .resize {
                let (w, h) = terminal.size()
                state.resize(width: w, height: h)
                continue
            }
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
