import DossierUI

/// A terminal in memory with the same interface as ``CursesTerminal``: it replays queued keys,
/// keeps the screen as a ``CellGrid`` and counts the cells each frame wrote, so tests drive the
/// real reader loop and check what the diffing sends.
public final class MemoryTerminal: TerminalBackend {
    /// What the screen shows now.
    public private(set) var screen: CellGrid
    /// Cells written by the last `draw` (diffed against the previous frame).
    public private(set) var lastWriteCount = 0
    /// Frames drawn so far.
    public private(set) var frames = 0
    public private(set) var claimed = false
    public private(set) var restored = false
    /// True once `readKey` was called with no key left.
    public private(set) var exhausted = false
    private var previous: CellGrid?
    private var keys: [Key] = []
    private var width: Int
    private var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
        screen = CellGrid(width: width, height: height)
    }

    /// Queues keys for `readKey`.
    public func type(_ keys: [Key]) { self.keys += keys }

    /// Changes the size and queues the resize event, as a terminal does.
    public func resize(width: Int, height: Int) {
        self.width = width
        self.height = height
        keys.append(.resize)
    }

    public func claim() throws(TerminalError) { claimed = true }
    public func restore() { restored = true }
    public func size() -> (width: Int, height: Int) { (width, height) }

    public func invalidate() { previous = nil }

    /// Texts the reader asked to put on the clipboard, in order.
    public private(set) var copies: [String] = []
    public func copyToClipboard(_ text: String) { copies.append(text) }

    public func draw(_ grid: CellGrid) {
        let runs = FrameDiff.changes(from: previous, to: grid)
        if screen.width != grid.width || screen.height != grid.height {
            screen = CellGrid(width: grid.width, height: grid.height)
        }
        var n = 0
        for r in runs {
            for x in r.x..<(r.x + r.count) {
                screen[x, r.y] = grid[x, r.y]
                n += 1
            }
        }
        lastWriteCount = n
        frames += 1
        previous = grid
    }

    public func readKey(timeout: Int) -> Key? {
        guard !keys.isEmpty else { exhausted = true; return nil }
        return keys.removeFirst()
    }
}
