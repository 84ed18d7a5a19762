import DossierKit

/// Everything the reader shows, as a value: the document, the viewport, selections, overlays.
/// Key presses become ``Command``s applied by pure transitions, so key sequences are testable
/// without a terminal.
///
/// STUB (contract for the `ui` and `term` work): the `ui` helper fills this in.
public struct ReaderState: Sendable {
    public let document: Document
    public var config: ReaderConfig
    public private(set) var width: Int
    public private(set) var height: Int
    /// Set by the quit command; the run loop exits.
    public private(set) var shouldQuit = false
    /// A message for the status line (errors, notices), cleared by the next key.
    public var message: String?

    /// `anchor`: a scalar offset into the text to show at the top (a remembered reading position).
    public init(document: Document, config: ReaderConfig = ReaderConfig(), width: Int, height: Int, anchor: Int = 0) {
        self.document = document
        self.config = config
        self.width = width
        self.height = height
    }

    /// The scalar offset of the first text on the top line: saved as the reading position,
    /// and kept across resizes.
    public var anchorOffset: Int { 0 }

    public mutating func resize(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// Handles one key through the key map.
    public mutating func handle(_ key: Key) {
        if key == .char("q") { shouldQuit = true }
    }
}
