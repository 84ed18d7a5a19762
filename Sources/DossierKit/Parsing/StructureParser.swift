/// Finds the title, the publication line, the caption, paragraphs and sentences.
///
/// STUB (to be replaced by the structure/citations work): paragraphs by blank lines,
/// first block as title, one sentence per block.
public enum StructureParser {
    public struct Result: Sendable {
        public var metadata: Metadata
        public var blocks: [Block]
        public var sentences: [Span]
    }

    public static func parse(_ text: TextBuffer) -> Result {
        var blocks: [Block] = []
        let b = text.bytes
        var i = 0
        while i < b.count {
            while i < b.count && (b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x20 || b[i] == 0x09) { i += 1 }
            guard i < b.count else { break }
            let start = i
            var end = i
            while i < b.count {
                if b[i] == 0x0A {
                    var j = i + 1
                    while j < b.count && (b[j] == 0x20 || b[j] == 0x09 || b[j] == 0x0D) { j += 1 }
                    if j >= b.count || b[j] == 0x0A { break }
                }
                if b[i] != 0x0A && b[i] != 0x0D && b[i] != 0x20 { end = i + 1 }
                i += 1
            }
            blocks.append(Block(kind: blocks.isEmpty ? .title : .paragraph, span: text.span(bytes: start..<end)))
        }
        let title = blocks.first.map { text.string($0.span) }
        return Result(metadata: Metadata(title: title), blocks: blocks, sentences: blocks.map(\.span))
    }
}
