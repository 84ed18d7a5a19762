/// Placeholder replaced below.
enum MarkdownReader {
    static func read(_ text: String) -> FormattedText {
        FormattedText(text: text, blocks: [], format: .markdown)
    }
}
