/// What an element's tag, `class`, `id` and `role` say about it: boilerplate, likely content,
/// hidden. The word lists are Mozilla Readability's (the ones trafilatura and most extractors
/// share in some form); matching is by substring on the lower-cased `class` + `id`.
enum HTMLClassHints {
    static let unlikely = [
        "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus",
        "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss",
        "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate",
        "pagination", "pager", "popup", "yom-remote", "newsletter", "cookie", "subscribe", "paywall",
    ]
    static let maybe = ["and", "article", "body", "column", "content", "main", "mathjax", "shadow"]
    static let positive = ["article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text", "blog", "story"]
    static let negative = [
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media", "meta",
        "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping",
        "tags", "widget",
    ]
    static let unlikelyRoles: Set<String> = ["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"]
    static let bylineWords = ["byline", "author", "dateline", "writtenby", "p-author"]

    /// Tags whose content is never article text.
    static let dropTags: Set<String> = [
        "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "button",
        "input", "select", "textarea", "option", "nav", "form", "fieldset", "link", "meta", "head", "title",
        "footer", "aside", "dialog", "menu", "audio", "video", "source", "track", "map", "label",
    ]

    /// Tags that never hold visible text at all (dropped before anything else is looked at).
    static let neverText: Set<String> = ["script", "style", "noscript", "template", "svg", "link", "meta", "head", "title", "iframe", "object", "embed", "canvas"]

    /// Block-level tags: a `div` holding one of these is a container, not a paragraph.
    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
        "pre", "section", "table", "ul", "select", "tbody", "thead", "tr", "td", "th", "center", "details",
    ]

    static func classAndID(_ n: HTMLDocument.Node) -> String {
        let c = n.attribute("class"), i = n.attribute("id")
        if c == nil && i == nil { return "" }
        return ((c ?? "") + " " + (i ?? "")).lowercased()
    }

    /// Substring test on UTF-8 bytes (Foundation's `contains` is many times slower, and this
    /// runs for every element against every word).
    static func matches(_ s: String, _ words: [String]) -> Bool {
        if s.isEmpty { return false }
        var s = s
        return s.withUTF8 { hay in
            for w in words {
                var w = w
                let found = w.withUTF8 { needle -> Bool in
                    guard needle.count <= hay.count, let first = needle.first else { return false }
                    var i = 0
                    let last = hay.count - needle.count
                    while i <= last {
                        if hay[i] == first {
                            var k = 1
                            while k < needle.count && hay[i + k] == needle[k] { k += 1 }
                            if k == needle.count { return true }
                        }
                        i += 1
                    }
                    return false
                }
                if found { return true }
            }
            return false
        }
    }

    /// +25 for a content-like class and id each, −25 for a boilerplate-like one.
    static func weight(_ n: HTMLDocument.Node) -> Double {
        var w = 0.0
        for part in [n.attribute("class"), n.attribute("id")] {
            guard let p = part?.lowercased(), !p.isEmpty else { continue }
            let words = p.split(whereSeparator: { $0 == " " })
            if matches(p, negative) || words.contains("hid") { w -= 25 }
            // (`words` are split on spaces only: Readability's `\bhid\b` forms.)
            if matches(p, positive) { w += 25 }
        }
        return w
    }

    /// `hidden`, `aria-hidden="true"`, `display:none`, `visibility:hidden`.
    static func isHidden(_ n: HTMLDocument.Node) -> Bool {
        if n.attribute("hidden") != nil { return true }
        if n.attribute("aria-hidden") == "true", !(n.attribute("class") ?? "").contains("fallback-image") { return true }
        if let style = n.attribute("style") {
            let compact = String(style.lowercased().unicodeScalars.filter { $0 != " " })
            if matches(compact, ["display:none", "visibility:hidden"]) { return true }
        }
        return false
    }

    /// The starting score of a container by its tag (Readability's `_initializeNode`).
    static func tagScore(_ tag: String) -> Double {
        switch tag {
        case "div": return 5
        case "pre", "td", "blockquote": return 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": return -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": return -5
        default: return 0
        }
    }
}
