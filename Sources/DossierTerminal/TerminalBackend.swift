import DossierUI

/// What the reader loop needs from a terminal, in helix's backend shape. ``CursesTerminal`` is
/// the real one; ``MemoryTerminal`` records frames and replays keys for tests.
public protocol TerminalBackend: AnyObject {
    /// Takes over the terminal (alternate screen, raw-ish input, colours).
    func claim() throws(TerminalError)
    /// Gives the terminal back as it was. Safe to call twice, or without a claim.
    func restore()
    /// Columns and rows now.
    func size() -> (width: Int, height: Int)
    /// Shows `grid`, writing only what changed since the last frame.
    func draw(_ grid: CellGrid)
    /// The next key, or nil when `timeout` milliseconds pass without one.
    func readKey(timeout: Int) -> Key?
    /// Forgets what is on screen, so the next `draw` writes every cell (Ctrl-L).
    func invalidate()
    /// Puts text on the system clipboard through the terminal (OSC 52).
    func copyToClipboard(_ text: String)
}

/// Why the terminal cannot be used; the reader prints plain text instead.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (a pipe, a file).
    case notATerminal
    /// TERM is unset, or terminfo has no entry for it.
    case unknownTerminal(String)
    /// The terminal cannot move the cursor (TERM=dumb, a printing terminal).
    case noCursorAddressing(String)

    public var description: String {
        switch self {
        case .notATerminal: return "standard input or output is not a terminal"
        case .unknownTerminal(let t):
            return t.isEmpty ? "TERM is not set, so the terminal type is unknown"
                : "the terminal type “\(t)” is unknown to terminfo"
        case .noCursorAddressing(let t): return "the terminal “\(t)” cannot move the cursor"
        }
    }
}
