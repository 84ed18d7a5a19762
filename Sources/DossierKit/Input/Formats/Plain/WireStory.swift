import Foundation

/// What a plain-text wire story states in its head: a byline line ("By Jane Doe") right under
/// the headline, and the dateline opening the first paragraph ("MOSCOW, May 17 (Reuters) -",
/// "ANKARA, March 3, 2021 /TASS/ -") whose place becomes metadata. The dateline's date is read
/// by the document-date inference like any header date.
enum WireStory {
    /// Marks the byline block as `.meta` and fills `byline` and `place`.
    static func apply(_ doc: inout Document) {
        // Only the head matters: a buffer of the first few KB, not of the whole text.
        let head = String(doc.text.unicodeScalars.prefix(headScalars))
        let buffer = TextBuffer(head)
        var i = 0
        var checked = 0
        while i < doc.blocks.count, checked < 4 {
            let b = doc.blocks[i]
            i += 1
            guard b.kind != .title else { continue }
            checked += 1
            guard b.kind == .paragraph || b.kind == .meta, b.span.end <= buffer.scalarCount else { continue }
            let text = buffer.string(b.span)
            let firstLine = text.prefix(while: { $0 != "\n" && $0 != "\r\n" })
            if doc.metadata.byline == nil, let name = byline(String(firstLine)) {
                doc.metadata.byline = name
                let lineEnd = b.span.start + firstLine.unicodeScalars.count
                doc.blocks[i - 1] = Block(kind: .meta, span: Span(b.span.start, lineEnd))
                // A byline glued to the first paragraph (no blank line): split the block there.
                let rest = text.unicodeScalars.dropFirst(firstLine.unicodeScalars.count)
                let lead = rest.prefix(while: { $0 == "\n" || $0 == "\r" || $0 == " " }).count
                if lineEnd + lead < b.span.end {
                    let body = Span(lineEnd + lead, b.span.end)
                    doc.blocks.insert(Block(kind: .paragraph, span: body), at: i)
                    for s in doc.sentences.indices where doc.sentences[s].start < body.start && doc.sentences[s].end > body.start {
                        doc.sentences[s].start = body.start
                    }
                    doc.sentences.insert(Span(b.span.start, lineEnd), at: doc.sentences.firstIndex { $0.start >= b.span.start } ?? doc.sentences.endIndex)
                }
                continue
            }
            if doc.metadata.place == nil, let p = place(text) {
                doc.metadata.place = p
                break
            }
        }
    }

    static let headScalars = 8192

    /// "By Jane Doe", "By Jane Doe and John Roe, Reuters": a short line without a sentence end.
    static func byline(_ line: String) -> String? {
        guard line.count <= 120, !line.contains("\n"), line.hasPrefix("By ") || line.hasPrefix("BY ") else { return nil }
        let rest = line.dropFirst(3).trimmingCharacters(in: .whitespaces)
        guard let f = rest.unicodeScalars.first, f.properties.isUppercase, !rest.hasSuffix(".") || rest.split(separator: " ").count <= 4 else { return nil }
        return rest
    }

    /// The place of a dateline: an upper-case name (with an optional ", Country") before a
    /// comma and a date, or before "(Agency)" / "/AGENCY/" and a dash.
    static func place(_ paragraph: String) -> String? {
        let head = paragraph.prefix(120)
        var name = ""
        for ch in head {
            if ch.isUppercase || ch == " " || ch == "." || ch == "-" || ch == "'" { name.append(ch) } else { break }
        }
        name = name.trimmingCharacters(in: .whitespaces)
        // "MOSCOW" but not "A" or "I" (a sentence's first word).
        guard name.filter(\.isLetter).count >= 3 else { return nil }
        let after = head.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        guard after.hasPrefix(",") || after.hasPrefix("(") || after.hasPrefix("/") || after.hasPrefix("—") || after.hasPrefix("-") else { return nil }
        let tail = after.prefix(60)
        guard tail.contains("(") && tail.contains(")") || tail.contains("/") || tail.contains(" - ") || tail.contains("—") || tail.contains("–") else { return nil }
        return name
    }
}
