import DossierUI
import Foundation

/// A one-line progress bar on standard error, drawn only when it is a terminal and at most ten
/// times a second; `finish` clears it.
struct ProgressBar {
    let total: Int
    let enabled: Bool
    private var lastDraw = 0.0

    init(total: Int) {
        self.total = total
        enabled = isatty(2) == 1 && total > 1
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
        finish()
        CLI.warn(Sanitizer.visible(message))
    }
}
