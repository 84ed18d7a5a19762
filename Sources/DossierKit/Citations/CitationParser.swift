/// Finds parenthetical source citations (guidelines §2).
///
/// STUB: to be replaced by the citations work. Returns no citations.
public enum CitationParser {
    public static func parse(_ text: TextBuffer, blocks: [Block]) -> [Citation] { [] }
}
