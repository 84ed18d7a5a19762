import Foundation

/// Small text helpers of the HTML reader.
enum HTMLText {
    /// Whitespace runs (including no-break spaces) become one space; ends trimmed.
    static func collapse(_ s: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(s.unicodeScalars.count)
        var space = false
        for u in s.unicodeScalars {
            if TextAssembler.isSpace(u) {
                space = !out.isEmpty
            } else {
                if space { out.unicodeScalars.append(" ") }
                space = false
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// Words separated by whitespace.
    static func wordCount(_ s: String) -> Int {
        s.split(whereSeparator: { $0.isWhitespace }).count
    }
}

/// The article title from a page's `<title>`, without the site's name: Mozilla Readability's
/// rules (a hierarchical separator `|`, `-`, `–`, `—`, `»` … drops the site's side; a colon keeps
/// the part after it when the page's headings do not repeat the whole; a title of four words
/// or fewer after cutting goes back to the original).
enum HTMLTitle {
    static let separators: [String] = [" | ", " - ", " – ", " — ", " \\ ", " / ", " > ", " » "]

    static func headings(_ doc: HTMLDocument) -> [String] {
        doc.nodes.indices.filter { doc.nodes[$0].tag == "h1" || doc.nodes[$0].tag == "h2" }.prefix(50).map {
            HTMLText.collapse(doc.textContent($0))
        }
    }

    static func clean(_ original: String, headings: [String]) -> String {
        let orig = HTMLText.collapse(original)
        var cur = orig
        var hierarchical = false
        if let sep = separators.compactMap({ s in orig.range(of: s, options: .backwards).map { (s, $0) } }).max(by: { $0.1.lowerBound < $1.1.lowerBound }) {
            hierarchical = [" \\ ", " / ", " > ", " » "].contains(sep.0)
            cur = String(orig[..<sep.1.lowerBound])
            if HTMLText.wordCount(cur) < 3, let first = separators.compactMap({ orig.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
                cur = String(orig[first.upperBound...])
            }
        } else if orig.contains(": ") {
            if !headings.contains(orig) {
                if let r = orig.range(of: ": ", options: .backwards) { cur = String(orig[r.upperBound...]) }
                if HTMLText.wordCount(cur) < 3, let r = orig.range(of: ": ") {
                    cur = String(orig[r.upperBound...])
                } else if let r = orig.range(of: ": "), HTMLText.wordCount(String(orig[..<r.lowerBound])) > 5 {
                    cur = orig
                }
            }
        } else if orig.count > 150 || orig.count < 15 {
            let h1s = headings
            if h1s.count == 1 { cur = h1s[0] }
        }
        cur = HTMLText.collapse(cur)
        let n = HTMLText.wordCount(cur)

        var stripped = orig
        for s in separators { stripped = stripped.replacingOccurrences(of: s, with: " ") }
        if n <= 4 && (!hierarchical || n != HTMLText.wordCount(stripped) - 1) { return orig }
        return cur.isEmpty ? orig : cur
    }
}
