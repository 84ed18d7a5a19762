import DossierUI
import Foundation

/// A one-line progress bar on standard error, drawn only when it is a terminal and at most ten
/// times a second; `finish` clears it.
struct ProgressBar {
    let total: Int
    let enabled: Bool
    private var lastDraw = 0.0
    /// Where error lines go instead of stderr (the reader's add key, under the screen).
    var errors: ((String) -> Void)?

    init(total: Int, errors: ((String) -> Void)? = nil) {
        self.total = total
        self.errors = errors
        enabled = errors == nil && isatty(2) == 1 && total > 1
    }

    mutating func update(done: Int, note: String) {
        guard enabled else { return }
        let now = Date().timeIntervalSinceReferenceDate
        guard now - lastDraw >= 0.1 || done == total else { return }
        lastDraw = now
        let width = 30
        let filled = total == 0 ? width : done * width / total
        let bar = String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled)
        let name = String(Sanitizer.visible(note).suffix(40))
        FileHandle.standardError.write(Data("\r\u{1B}[K[\(bar)] \(done)/\(total) \(name)".utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    /// Writes an error line without tearing the bar.
    func error(_ message: String) {
        if let errors { return errors(message) }
        finish()
        CLI.warn(Sanitizer.visible(message))
    }
}
