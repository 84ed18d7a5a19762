import Foundation

/// The OSC 52 escape sequence that asks a terminal (or tmux with `set-clipboard on`) to put
/// text on the system clipboard, as helix and neovim do.
public enum Clipboard {
    /// Copies larger than this are refused (terminals cap the sequence; xterm at about 100 KB).
    public static let maxBytes = 74_000

    /// `ESC ] 52 ; c ; base64 BEL` for `text`, or nil when it is too long to send.
    public static func osc52(_ text: String) -> String? {
        let data = Data(text.utf8)
        guard data.count <= maxBytes else { return nil }
        return "\u{1B}]52;c;" + data.base64EncodedString() + "\u{07}"
    }
}
