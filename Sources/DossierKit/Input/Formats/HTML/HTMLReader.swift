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
        let bodyWords = blocks.filter { $0.kind != .title }.reduce(0) { n, b in
            n + HTMLText.wordCount(String(text.unicodeScalars[text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: b.span.start)..<text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: b.span.end)]))
        }
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
}
