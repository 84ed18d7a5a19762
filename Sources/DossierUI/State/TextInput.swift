/// A one-line text input (the search prompt's and the finder's): typed characters appended,
/// Backspace, clear. The cursor is always at the end.
struct TextInput: Sendable, Equatable {
    private(set) var text = ""

    init(_ text: String = "") { self.text = text }

    mutating func insert(_ c: Character) { text.append(c) }

    mutating func deleteBackward() {
        if !text.isEmpty { text.removeLast() }
    }

    mutating func clear() { text = "" }

    mutating func replace(with s: String) { text = s }

    var isEmpty: Bool { text.isEmpty }
}
