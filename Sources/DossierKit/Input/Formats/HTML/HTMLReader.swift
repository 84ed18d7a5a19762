import Foundation

/// Reads an HTML page into display text: the charset chosen (``HTMLCharset``), the page parsed
/// by libxml2 (``HTMLDocument``), its metadata read (``HTMLMetadata``), its main content found
/// (``HTMLExtractor``) and written out as blocks with inline styles (``HTMLBlockWriter``).
/// The title comes first as a `.title` block. A page without an article (a login form, an
/// index of links) still opens, with what text it has and a notice saying so.
public enum HTMLReader {
    /// Fewer words than this in the extracted body: the page has no article.
    static let minimumArticleWords = 40

    public static func read(_ bytes: [UInt8], charset: String? = nil, url: String? = nil) -> FormattedText {
        let encoding = HTMLCharset.choose(bytes, declaredByServer: charset)
        let doc = HTMLDocument(bytes: bytes, encoding: encoding)
        var notices: [String] = []
        if encoding != "UTF-8" { notices.append("decoded the page as \(encoding)") }
        let meta = HTMLMetadata.read(doc)
        let result = HTMLExtractor(doc: doc, title: meta.title, knownByline: meta.byline != nil).extract()
        let baseHref = doc.nodes.first(where: { $0.tag == "base" })?.attribute("href")
        let base = [baseHref, meta.url, url].compactMap { $0.flatMap { URL(string: $0) } }.first

        var writer = HTMLBlockWriter(doc: doc, dead: result.dead, base: base)
        if let t = meta.title, !t.isEmpty {
            writer.out.begin(.title)
            writer.out.append(t)
            writer.out.end()
        }
        for c in result.containers { writer.write(c) }
        var (text, blocks, styles) = writer.out.finish()
        let bodyWords = wordCount(text, outside: blocks.first { $0.kind == .title }?.span)
        if bodyWords < minimumArticleWords {
            notices.append("no article found on this page (\(bodyWords) word\(bodyWords == 1 ? "" : "s") of text outside navigation and forms)")
            if bodyWords == 0, blocks.isEmpty {
                // Nothing at all: show the page's title or say it is empty, rather than nothing.
                text = meta.title ?? ""
                blocks = text.isEmpty ? [] : [Block(kind: .title, span: Span(0, text.unicodeScalars.count))]
                styles = []
            }
        }
        var metadata = Metadata(title: meta.title, byline: meta.byline ?? result.byline, site: meta.site, url: meta.url ?? url)
        if let d = meta.date {
            metadata.date = DocumentDate(value: d, inferred: false, basis: meta.dateBasis ?? "the page's metadata")
        }
        return FormattedText(text: text, blocks: blocks, styles: styles, metadata: metadata, format: .html, notices: notices)
    }

    /// Words of `text` outside `excluded` (the title), in one pass.
    static func wordCount(_ text: String, outside excluded: Span?) -> Int {
        var n = 0, i = 0
        var inWord = false
        for u in text.unicodeScalars {
            let skip = excluded.map { $0.contains(i) } ?? false
            if TextAssembler.isSpace(u) || skip { inWord = false } else if !inWord { inWord = true; n += 1 }
            i += 1
        }
        return n
    }
}
