import Foundation

/// Title, byline, site name, address and published date of a page, from its `<meta>` tags,
/// JSON-LD (schema.org Article), `<title>`, `<time datetime>` and the address's date path.
struct HTMLMetadata {
    var title: String?
    var byline: String?
    var site: String?
    var url: String?
    var date: CalendarDate?
    /// Where the date came from (becomes the document date's basis).
    var dateBasis: String?

    /// `meta`: lower-cased `name`/`property`/`itemprop` → content, first wins.
    static func read(_ doc: HTMLDocument) -> HTMLMetadata {
        var meta: [String: String] = [:]
        var jsonld: [[String: Any]] = []
        var titleTag: String?
        var canonical: String?
        var timeAttr: String?
        for i in doc.nodes.indices where !doc.nodes[i].isText {
            let node = doc.nodes[i]
            switch node.tag {
            case "meta":
                guard let content = node.attribute("content")?.trimmingCharacters(in: .whitespacesAndNewlines), !content.isEmpty else { continue }
                for key in ["property", "name", "itemprop"] {
                    guard let v = node.attribute(key) else { continue }
                    // `property="og:title twitter:title"` names several at once.
                    for k in v.lowercased().split(separator: " ") where meta[String(k)] == nil { meta[String(k)] = content }
                }
            case "title":
                // An <svg>'s <title> names a picture, not the page.
                if titleTag == nil || doc.nodes[Int(node.parent)].tag == "head" {
                    if doc.nodes[Int(node.parent)].tag != "svg" { titleTag = HTMLText.collapse(doc.textContent(i)) }
                }
            case "script":
                if node.attribute("type")?.lowercased().contains("ld+json") == true {
                    let text = node.children.map { doc.nodes[Int($0)].text }.joined()
                    jsonld += articleObjects(text)
                }
            case "link":
                if node.attribute("rel")?.lowercased() == "canonical", let h = node.attribute("href") { canonical = canonical ?? h }
            case "time":
                if timeAttr == nil, let d = node.attribute("datetime") { timeAttr = d }
            default: continue
            }
        }
        var m = HTMLMetadata()
        let ld = jsonld.first ?? [:]
        // Title: JSON-LD headline, the Open Graph / Dublin Core / Twitter titles, then <title>
        // without the site's part.
        // Both a name and a headline: the one closer to <title> (a headline is sometimes a
        // description, a name sometimes the section).
        var ldTitle = (ld["headline"] as? String) ?? (ld["name"] as? String)
        if let h = ld["headline"] as? String, let n = ld["name"] as? String, h != n, let t = titleTag {
            ldTitle = HTMLExtractor.Pass.overlap(n, t) > HTMLExtractor.Pass.overlap(h, t) ? n : h
        }
        let metaTitle = ["dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title", "twitter:title", "parsely-title"].lazy.compactMap { meta[$0] }.first
        m.title = [ldTitle, metaTitle].compactMap { $0.map(HTMLText.collapse) }.first { !$0.isEmpty }
        if m.title == nil, let t = titleTag { m.title = HTMLTitle.clean(t, headings: HTMLTitle.headings(doc)) }
        m.byline = ldAuthor(ld) ?? ["dc:creator", "dcterm:creator", "author", "parsely-author"].lazy.compactMap { meta[$0] }.first
            ?? meta["article:author"].flatMap { $0.hasPrefix("http") ? nil : $0 }
        m.byline = m.byline.map(HTMLText.collapse)
        if let p = ld["publisher"] as? [String: Any], let n = p["name"] as? String { m.site = n }
        m.site = m.site ?? meta["og:site_name"] ?? meta["application-name"]
        m.url = meta["og:url"] ?? canonical
        let candidates: [(String?, String)] = [
            (meta["article:published_time"] ?? meta["og:article:published_time"] ?? meta["parsely-pub-date"] ?? meta["datepublished"],
             "the page's article:published_time"),
            (ld["datePublished"] as? String, "the page's JSON-LD datePublished"),
            (timeAttr, "the page's <time datetime>"),
            (m.url, "the date in the page's address"),
        ]
        for (raw, basis) in candidates {
            guard let raw else { continue }
            let d = basis.contains("address") ? urlDate(raw) : isoDate(raw)
            if let d { m.date = d; m.dateBasis = basis; break }
        }
        return m
    }

    /// schema.org objects that describe the article (Article, NewsArticle, BlogPosting …).
    static func articleObjects(_ json: String) -> [[String: Any]] {
        var json = json.trimmingCharacters(in: .whitespacesAndNewlines)
        if json.hasPrefix("<![CDATA[") { json = String(json.dropFirst(9)) }
        if json.hasSuffix("]]>") { json = String(json.dropLast(3)) }
        guard let data = json.data(using: .utf8),
              let top = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return [] }
        var out: [[String: Any]] = []
        var queue: [Any] = [top]
        var steps = 0
        while !queue.isEmpty, steps < 200 {
            steps += 1
            let x = queue.removeFirst()
            if let a = x as? [Any] { queue += a; continue }
            guard let o = x as? [String: Any] else { continue }
            if let g = o["@graph"] { queue.append(g) }
            let types: [String] = (o["@type"] as? String).map { [$0] } ?? (o["@type"] as? [String]) ?? []
            if types.contains(where: { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" || $0 == "NewsArticle" }) {
                out.append(o)
            }
        }
        return out
    }

    static func ldAuthor(_ ld: [String: Any]) -> String? {
        func name(_ x: Any) -> String? {
            if let s = x as? String { return s.hasPrefix("http") ? nil : s }
            if let o = x as? [String: Any] { return o["name"] as? String }
            return nil
        }
        guard let a = ld["author"] else { return nil }
        let names = ((a as? [Any]) ?? [a]).compactMap(name).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return names.isEmpty ? nil : names.joined(separator: ", ")
    }

    /// `2019-10-08`, `2019-10-08T12:00:00Z`, `2019/10/08`: the calendar date written first.
    static func isoDate(_ s: String) -> CalendarDate? {
        let u = Array(s.trimmingCharacters(in: .whitespaces).utf8.prefix(10))
        guard u.count == 10, u[4] == u[7], u[4] == UInt8(ascii: "-") || u[4] == UInt8(ascii: "/") else { return nil }
        func num(_ r: Range<Int>) -> Int? { Int(String(decoding: u[r], as: UTF8.self)) }
        guard let y = num(0..<4), let mo = num(5..<7), let d = num(8..<10) else { return nil }
        return TimeValues.date(y, mo, d)
    }

    /// A date path in an address: `/2019/10/08/` or `/2019-10-08`.
    static func urlDate(_ s: String) -> CalendarDate? {
        let parts = s.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "_" || $0 == "." })
        guard parts.count >= 3 else { return nil }
        for i in 0..<(parts.count - 2) {
            guard parts[i].count == 4, let y = Int(parts[i]), (1990...2100).contains(y),
                  parts[i + 1].count <= 2, let mo = Int(parts[i + 1]),
                  parts[i + 2].count <= 2, let d = Int(parts[i + 2]) else { continue }
            if let date = TimeValues.date(y, mo, d) { return date }
        }
        return nil
    }
}
