import DossierUI

/// A full-screen state a loop draws and feeds keys to: the reader and the library view.
protocol LoopScreen {
    var width: Int { get }
    var height: Int { get }
    mutating func resize(width: Int, height: Int)
    func render(theme: Theme, into grid: inout CellGrid)
}

extension ReaderState: LoopScreen {
    func render(theme: Theme, into grid: inout CellGrid) { ReaderView.render(self, theme: theme, into: &grid) }
}

extension LibraryState: LoopScreen {
    func render(theme: Theme, into grid: inout CellGrid) { LibraryView.render(self, theme: theme, into: &grid) }
}

/// The shape both loops share: draw a frame at the terminal's size, and wait for a key,
/// taking a resize in place.
enum ScreenLoop {
    /// Renders `state` into a grid of the terminal's size (resizing the state first when the
    /// terminal changed) and draws it.
    static func draw<S: LoopScreen>(_ state: inout S, theme: Theme, terminal: some TerminalBackend) {
        let (w, h) = terminal.size()
        if w != state.width || h != state.height { state.resize(width: w, height: h) }
        var grid = CellGrid(width: w, height: h)
        state.render(theme: theme, into: &grid)
        terminal.draw(grid)
    }

    /// What waiting for a key gave.
    enum Input {
        /// Nothing within the timeout.
        case none
        /// The terminal changed size; the state has the new size (the frame must be redrawn).
        case resized
        case key(Key)
    }

    static func input<S: LoopScreen>(_ state: inout S, terminal: some TerminalBackend, timeout: Int) -> Input {
        guard let key = terminal.readKey(timeout: timeout) else { return .none }
        guard key == .resize else { return .key(key) }
        let (w, h) = terminal.size()
        state.resize(width: w, height: h)
        return .resized
    }
}
