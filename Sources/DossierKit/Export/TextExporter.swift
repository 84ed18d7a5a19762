/// Writes a ``Document`` as clean plain text, like `w3m -dump` or trafilatura's text output:
/// the title, one metadata line (byline · site · date · address), then the body blocks
/// separated by blank lines; list items start with "• ", quotes with "> ", table cells are
/// separated by " | " and code is indented. No markup, no wrapping (the terminal or the next
/// program wraps).
public enum TextExporter {
    public static func text(_ doc: Document) -> String {
        let buffer = TextBuffer(doc.text)
        func slice(_ s: Span) -> String {
            let n = buffer.scalarCount
            return buffer.string(Span(max(0, min(s.start, n)), max(0, min(s.end, n))))
        }
        var parts: [String] = []
        let m = doc.metadata
        let titleBlock = doc.blocks.first { $0.kind == .title }
        if let t = m.title ?? titleBlock.map({ slice($0.span) }) { parts.append(t) }
        var line: [String] = []
        if let b = m.byline { line.append(b) }
        if let s = m.site ?? m.publication { line.append(s) }
        if let d = m.date, !d.assumed { line.append(d.value.description + (d.inferred ? " (inferred)" : "")) }
        if let u = m.url { line.append(u) }
        if !line.isEmpty { parts.append(line.joined(separator: " · ")) }
        let blocks = doc.blocks.isEmpty ? [Block(kind: .paragraph, span: Span(0, buffer.scalarCount))] : doc.blocks
        for b in blocks {
            if b.kind == .title && (m.title != nil || b == titleBlock) { continue }
            // The metadata line already says what a publication or byline line says.
            if b.kind == .meta && (m.publication != nil || m.volume != nil || m.byline != nil) { continue }
            let t = slice(b.span)
            switch b.kind {
            case .listItem: parts.append("• " + t)
            case .quote: parts.append(t.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }.joined(separator: "\n"))
            case .tableRow: parts.append(t.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingSpaces }.joined(separator: " | "))
            case .code: parts.append(t.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))
            default: parts.append(t)
            }
        }
        return parts.filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n"
    }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        String(self.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
