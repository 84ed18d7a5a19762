import CCmarkGFM

/// A Markdown document parsed by cmark-gfm (with the table, strikethrough and autolink
/// extensions), flattened to enter/exit events as plain Swift values: the only file that
/// touches cmark-gfm.
struct CMarkDocument {
    struct Event: Sendable {
        var entering: Bool
        /// cmark's node type name: `paragraph`, `heading`, `item`, `table_row`, `emph`, `text` …
        var type: String
        /// The text of `text`, `code` and `code_block` nodes.
        var literal: String
        /// A link's destination.
        var url: String?
        var headingLevel: Int
    }

    var events: [Event] = []

    init(_ markdown: String) {
        cmark_gfm_core_extensions_ensure_registered()
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES) else { return }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink"] {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        var bytes = Array(markdown.utf8)
        bytes.withUnsafeMutableBufferPointer { buf in
            buf.baseAddress.map { p in
                p.withMemoryRebound(to: CChar.self, capacity: buf.count) { cmark_parser_feed(parser, $0, buf.count) }
            }
        }
        guard let doc = cmark_parser_finish(parser) else { return }
        defer { cmark_node_free(doc) }
        guard let iter = cmark_iter_new(doc) else { return }
        defer { cmark_iter_free(iter) }
        while true {
            let ev = cmark_iter_next(iter)
            if ev == CMARK_EVENT_DONE || ev == CMARK_EVENT_NONE { break }
            guard let node = cmark_iter_get_node(iter) else { continue }
            let type = cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
            var literal = ""
            if ev == CMARK_EVENT_ENTER, type == "text" || type == "code" || type == "code_block" || type == "html_inline" {
                literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            }
            var url: String?
            if type == "link", let u = cmark_node_get_url(node) { url = String(cString: u) }
            let level = type == "heading" ? Int(cmark_node_get_heading_level(node)) : 0
            events.append(Event(entering: ev == CMARK_EVENT_ENTER, type: type, literal: literal, url: url, headingLevel: level))
        }
    }
}
