/// The input formats Dossier reads, and how one is recognized.
public enum InputFormat: String, Sendable, CaseIterable {
    case text, markdown, html

    /// The format of an input: its extension when it names one, else a look at the content
    /// (`<!DOCTYPE html`, `<html`, `<head`, `<body` near the start: HTML; Markdown markers such
    /// as `# `, `**`, `](`, a YAML front matter or a `|---|` table rule: Markdown), else text.
    public static func detect(path: String?, bytes: [UInt8]) -> InputFormat {
        if let path, let ext = path.split(separator: "/").last?.split(separator: ".", omittingEmptySubsequences: false).dropFirst().last {
            switch ext.lowercased() {
            case "html", "htm", "xhtml", "shtml": return .html
            case "md", "markdown", "mdown", "mkd": return .markdown
            case "txt", "text": return .text
            default: break
            }
        }
        return sniff(bytes)
    }

    /// Content sniffing on the first 4 KB.
    public static func sniff(_ bytes: [UInt8]) -> InputFormat {
        var head = String(decoding: bytes.prefix(4096), as: UTF8.self)
        if head.hasPrefix("\u{FEFF}") { head.removeFirst() }
        let trimmed = head.drop(while: { $0.isWhitespace })
        let lower = trimmed.prefix(1024).lowercased()
        if lower.hasPrefix("<!doctype html") || lower.hasPrefix("<html") || lower.hasPrefix("<?xml") && lower.contains("<html")
            || lower.hasPrefix("<head") || lower.hasPrefix("<body") || lower.hasPrefix("<!--") && lower.contains("<html")
            || lower.hasPrefix("<meta") || lower.hasPrefix("<div") || lower.hasPrefix("<p>") || lower.hasPrefix("<article") {
            return .html
        }
        if trimmed.hasPrefix("---\n") || trimmed.hasPrefix("---\r\n") { return .markdown }
        var score = 0
        for line in head.split(separator: "\n", omittingEmptySubsequences: true).prefix(80) {
            let l = line.drop(while: { $0 == " " })
            if l.hasPrefix("# ") || l.hasPrefix("## ") || l.hasPrefix("### ") { score += 2 }
            if l.hasPrefix("```") { score += 2 }
            if l.hasPrefix("|") && l.contains("---") { score += 2 }
            if l.contains("**") { score += 1 }
            if l.contains("](") { score += 2 }
        }
        return score >= 2 ? .markdown : .text
    }
}
