import Foundation

/// Finds a page's main content the way Readability does: drop what is never article text
/// (scripts, navigation, forms, hidden nodes, boilerplate by class and id), score every
/// paragraph-like element (its length and commas) into its ancestors, weigh containers by
/// class hints and link density, take the best container with the siblings that score near it,
/// then clean what it holds conditionally (link lists, image galleries, share bars).
/// When that leaves less than ``minimumText`` characters, it retries with fewer rules.
struct HTMLExtractor {
    struct Flags: OptionSet {
        let rawValue: Int
        static let stripUnlikely = Flags(rawValue: 1)
        static let weightClasses = Flags(rawValue: 2)
        static let cleanConditionally = Flags(rawValue: 4)
        static let all: Flags = [.stripUnlikely, .weightClasses, .cleanConditionally]
    }

    /// The outcome: nodes whose subtrees hold the article, and those to skip inside them.
    struct Result {
        var containers: [Int]
        var dead: [Bool]
        var byline: String?
        var textLength: Int
    }

    static let minimumText = 500

    let doc: HTMLDocument
    let title: String?
    let knownByline: Bool

    /// Runs the extraction with all rules, then with fewer when the article comes out short.
    func extract() -> Result {
        var best: Result?
        for flags: Flags in [.all, [.weightClasses, .cleanConditionally], [.cleanConditionally], []] {
            var pass = Pass(doc: doc, flags: flags, title: title, knownByline: knownByline)
            let r = pass.run()
            if r.textLength >= Self.minimumText { return r }
            if best == nil || r.textLength > best!.textLength { best = r }
        }
        return best!
    }

    /// One attempt with a given set of rules.
    struct Pass {
        let doc: HTMLDocument
        let flags: Flags
        let title: String?
        let knownByline: Bool
        var dead: [Bool]
        var score: [Double]
        var scored: [Bool]
        var textLen: [Int] = []
        var linkLen: [Int] = []
        var commas: [Int] = []
        var byline: String?

        init(doc: HTMLDocument, flags: Flags, title: String?, knownByline: Bool) {
            self.doc = doc
            self.flags = flags
            self.title = title
            self.knownByline = knownByline
            dead = Array(repeating: false, count: doc.nodes.count)
            score = Array(repeating: 0, count: doc.nodes.count)
            scored = Array(repeating: false, count: doc.nodes.count)
        }

        mutating func run() -> Result {
            preclean()
            measure()
            let top = chooseContainers()
            if flags.contains(.cleanConditionally) {
                for c in top { cleanConditionally(inside: c) }
                measure()
            }
            let length = top.reduce(0) { $0 + textLen[$1] }
            return Result(containers: top, dead: dead, byline: byline, textLength: length)
        }

        var nodes: [HTMLDocument.Node] { doc.nodes }

        // MARK: dropping boilerplate

        mutating func preclean() {
            var titleHeadingDropped = false
            for i in nodes.indices {
                let n = nodes[i]
                if i > 0, dead[Int(n.parent)] { dead[i] = true; continue }
                if n.isText { continue }
                if HTMLClassHints.neverText.contains(n.tag) || HTMLClassHints.isHidden(n) { dead[i] = true; continue }
                let ci = HTMLClassHints.classAndID(n)
                // The byline is looked for before menus and footers go, as Readability does.
                if !knownByline, byline == nil, isBylineLike(n, ci) {
                    let whole = HTMLText.collapse(doc.textContent(i))
                    if !whole.isEmpty && whole.count < 100 {
                        // A name marked up inside the byline is the byline ("By <span itemprop=name>…").
                        let end = doc.subtreeEnd(i)
                        let named = (i + 1..<end).first { doc.nodes[$0].attribute("itemprop")?.contains("name") == true }
                        byline = named.map { HTMLText.collapse(doc.textContent($0)) } ?? whole
                        dead[i] = true
                        continue
                    }
                }
                if HTMLClassHints.dropTags.contains(n.tag) { dead[i] = true; continue }
                if let role = n.attribute("role")?.lowercased(), HTMLClassHints.unlikelyRoles.contains(role) { dead[i] = true; continue }
                if !titleHeadingDropped, n.tag == "h1" || n.tag == "h2", let title,
                   Self.similar(HTMLText.collapse(doc.textContent(i)), title) {
                    titleHeadingDropped = true
                    dead[i] = true
                    continue
                }
                if flags.contains(.stripUnlikely), ci.count > 1, n.tag != "body", n.tag != "a", n.tag != "html", n.tag != "article",
                   HTMLClassHints.matches(ci, HTMLClassHints.unlikely), !HTMLClassHints.matches(ci, HTMLClassHints.maybe),
                   !hasAncestor(i, ["table", "code"]) {
                    dead[i] = true
                    continue
                }
                if HTMLClassHints.matches(ci, ["share", "sharing"]) && !HTMLClassHints.matches(ci, HTMLClassHints.maybe) {
                    // A share bar is short; a long element that merely mentions "share" is kept.
                    if HTMLText.collapse(doc.textContent(i)).count < 500 { dead[i] = true }
                }
            }
        }

        func isBylineLike(_ n: HTMLDocument.Node, _ ci: String) -> Bool {
            if n.attribute("rel") == "author" { return true }
            if let ip = n.attribute("itemprop"), ip.contains("author") { return true }
            return HTMLClassHints.matches(ci, HTMLClassHints.bylineWords)
        }

        func hasAncestor(_ i: Int, _ tags: Set<String>, within levels: Int = 400) -> Bool {
            var p = Int(nodes[i].parent)
            var k = 0
            while p > 0, k < levels {
                if tags.contains(nodes[p].tag) { return true }
                p = Int(nodes[p].parent)
                k += 1
            }
            return false
        }

        /// Whitespace-collapsed text length, text inside links and commas of each live subtree
        /// (children have larger indices than their parents, so one reverse pass adds them up).
        mutating func measure() {
            let n = nodes.count
            textLen = Array(repeating: 0, count: n)
            linkLen = Array(repeating: 0, count: n)
            commas = Array(repeating: 0, count: n)
            for i in stride(from: n - 1, through: 0, by: -1) {
                if dead[i] { continue }
                let node = nodes[i]
                if node.isText {
                    var len = 0, c = 0
                    var space = true
                    for u in node.text.unicodeScalars {
                        if TextAssembler.isSpace(u) {
                            if !space { len += 1 }
                            space = true
                        } else {
                            len += 1
                            space = false
                            if u == "," || u == "，" || u == "、" || u == "،" { c += 1 }
                        }
                    }
                    textLen[i] = len
                    commas[i] = c
                } else if node.tag == "a" {
                    linkLen[i] = textLen[i]
                }
                if i > 0 {
                    let p = Int(node.parent)
                    textLen[p] += textLen[i]
                    linkLen[p] += linkLen[i]
                    commas[p] += commas[i]
                }
            }
        }

        func linkDensity(_ i: Int) -> Double {
            textLen[i] == 0 ? 0 : Double(linkLen[i]) / Double(textLen[i])
        }

        // MARK: scoring

        func hasBlockChild(_ i: Int) -> Bool {
            nodes[i].children.contains { c in !dead[Int(c)] && HTMLClassHints.blockTags.contains(nodes[Int(c)].tag) }
        }

        /// Text directly in a container (text nodes and inline elements between its blocks).
        func inlineTextLength(_ i: Int) -> (length: Int, commas: Int) {
            var len = 0, c = 0
            for ch in nodes[i].children where !dead[Int(ch)] {
                let k = nodes[Int(ch)]
                if k.isText || !HTMLClassHints.blockTags.contains(k.tag) { len += textLen[Int(ch)]; c += commas[Int(ch)] }
            }
            return (len, c)
        }

        mutating func initialize(_ i: Int) {
            guard !scored[i] else { return }
            scored[i] = true
            score[i] = HTMLClassHints.tagScore(nodes[i].tag) + (flags.contains(.weightClasses) ? HTMLClassHints.weight(nodes[i]) : 0)
        }

        /// Adds a paragraph's score to its parent (whole), grandparent (half) and three more
        /// ancestors (a third of the level each).
        mutating func credit(from parent: Int, length: Int, commas c: Int) {
            guard length >= 25 else { return }
            let s = 1 + Double(c) + Double(min(length / 100, 3))
            var a = parent
            var level = 0
            while a > 0, level < 5 {
                let tag = nodes[a].tag
                if tag == "html" || tag == "#root" { break }
                initialize(a)
                let divider: Double = level == 0 ? 1 : (level == 1 ? 2 : Double(level * 3))
                score[a] += s / divider
                a = Int(nodes[a].parent)
                level += 1
            }
        }

        mutating func chooseContainers() -> [Int] {
            let body = doc.first("body") ?? 0
            for i in nodes.indices where !dead[i] && !nodes[i].isText {
                let tag = nodes[i].tag
                switch tag {
                case "p", "td", "pre", "section", "h2", "h3", "h4", "h5", "h6":
                    credit(from: Int(nodes[i].parent), length: textLen[i], commas: commas[i])
                case "div", "article", "main":
                    if !hasBlockChild(i) {
                        credit(from: Int(nodes[i].parent), length: textLen[i], commas: commas[i])
                    } else {
                        let (len, c) = inlineTextLength(i)
                        credit(from: i, length: len, commas: c)
                    }
                default: continue
                }
            }
            var candidates: [(Int, Double)] = []
            for i in nodes.indices where scored[i] && !dead[i] {
                score[i] *= (1 - linkDensity(i))
                candidates.append((i, score[i]))
            }
            candidates.sort { $0.1 > $1.1 }
            guard var top = candidates.first?.0, nodes[top].tag != "body" else { return [body] }
            let topScore = score[top]
            // Several strong candidates under one ancestor: the ancestor holds the article.
            let alternatives = candidates.dropFirst().prefix(4).filter { $0.1 / max(topScore, 0.001) >= 0.75 }.map(\.0)
            if alternatives.count >= 3 {
                var p = Int(nodes[top].parent)
                while p > 0, nodes[p].tag != "body" {
                    if alternatives.filter({ isAncestor(p, of: $0) }).count >= 3 { top = p; initialize(top); break }
                    p = Int(nodes[p].parent)
                }
            }
            // Climb while the parent scores better than what it holds.
            var last = score[top]
            let threshold = last / 3
            var p = Int(nodes[top].parent)
            while p > 0, nodes[p].tag != "body", nodes[p].tag != "html" {
                if !scored[p] { p = Int(nodes[p].parent); continue }
                if score[p] < threshold { break }
                if score[p] > last { top = p; break }
                last = score[p]
                p = Int(nodes[p].parent)
            }
            // An only child stands for its parent.
            while nodes[top].parent > 0, nodes[Int(nodes[top].parent)].tag != "body",
                  nodes[Int(nodes[top].parent)].children.filter({ !dead[Int($0)] && !nodes[Int($0)].isText }).count == 1 {
                top = Int(nodes[top].parent)
                initialize(top)
            }
            return siblings(of: top)
        }

        func isAncestor(_ a: Int, of i: Int) -> Bool { a < i && i < doc.subtreeEnd(a) }

        /// The top container and the siblings that belong with it (scored near it, or
        /// paragraphs of prose with few links).
        func siblings(of top: Int) -> [Int] {
            let parent = Int(nodes[top].parent)
            guard parent > 0 else { return [top] }
            let topScore = score[top]
            let threshold = max(10, topScore * 0.2)
            let topClass = nodes[top].attribute("class") ?? ""
            var out: [Int] = []
            for c in nodes[parent].children {
                let s = Int(c)
                if dead[s] || nodes[s].isText { continue }
                if s == top { out.append(s); continue }
                var bonus = 0.0
                if !topClass.isEmpty, nodes[s].attribute("class") == topClass { bonus = topScore * 0.2 }
                if scored[s], score[s] + bonus >= threshold { out.append(s); continue }
                if nodes[s].tag == "p" {
                    let len = textLen[s], ld = linkDensity(s)
                    if len > 80, ld < 0.25 { out.append(s); continue }
                    if len > 0, len <= 80, ld == 0 {
                        let t = HTMLText.collapse(doc.textContent(s))
                        if t.hasSuffix(".") || t.contains(". ") { out.append(s) }
                    }
                }
            }
            return out
        }

        // MARK: cleaning inside the article

        /// Removes lists, tables, divs and forms that look like boilerplate rather than prose:
        /// link-heavy, more list items or images than paragraphs, negative class hints
        /// (Readability's `_cleanConditionally`). Deepest first, so a container is judged
        /// without what was already removed inside it.
        mutating func cleanConditionally(inside root: Int) {
            let end = subtreeEnd(root)
            for i in stride(from: end - 1, to: root, by: -1) {
                let tag = nodes[i].tag
                guard !dead[i], tag == "div" || tag == "ul" || tag == "ol" || tag == "table" || tag == "section" else { continue }
                if tag == "table", isDataTable(i) { continue }
                if hasAncestor(i, ["code", "pre"]) { continue }
                if shouldRemove(i, end: subtreeEnd(i)) { dead[i] = true; markSubtree(i) }
            }
        }

        func subtreeEnd(_ i: Int) -> Int { doc.subtreeEnd(i) }

        mutating func markSubtree(_ i: Int) {
            let e = subtreeEnd(i)
            if i + 1 < e { for j in (i + 1)..<e { dead[j] = true } }
        }

        func isDataTable(_ i: Int) -> Bool {
            if nodes[i].attribute("role") == "presentation" { return false }
            if nodes[i].attribute("datatable") == "0" { return false }
            if nodes[i].attribute("summary") != nil { return true }
            let end = subtreeEnd(i)
            var rows = 0, cols = 0, cells = 0
            for j in (i + 1)..<end where !nodes[j].isText {
                switch nodes[j].tag {
                case "table": return false
                case "caption", "th", "thead", "tfoot", "colgroup", "col": return true
                case "tr": rows += 1; cols = max(cols, cells); cells = 0
                case "td": cells += 1
                default: continue
                }
            }
            cols = max(cols, cells)
            return rows >= 10 || cols > 4 || rows * cols > 10
        }

        func shouldRemove(_ i: Int, end: Int) -> Bool {
            let node = nodes[i]
            let isList = node.tag == "ul" || node.tag == "ol"
            let weight = flags.contains(.weightClasses) ? HTMLClassHints.weight(node) : 0
            if weight + (scored[i] ? score[i] : 0) < 0 { return true }
            if commas[i] >= 10 { return false }
            var p = 0, img = 0, li = 0, input = 0, embed = 0, headingLen = 0
            var j = i + 1
            while j < end {
                if dead[j] { j += 1; continue }
                switch nodes[j].tag {
                case "p": p += 1
                case "img": img += 1
                case "li": li += 1
                case "input": input += 1
                case "embed", "object", "iframe": embed += 1
                case "h1", "h2", "h3", "h4", "h5", "h6": headingLen += textLen[j]
                default: break
                }
                j += 1
            }
            li -= 100
            let len = textLen[i]
            let ld = linkDensity(i)
            let headingDensity = len == 0 ? 0 : Double(headingLen) / Double(len)
            let inFigure = hasAncestor(i, ["figure"])
            if img > 1 && Double(p) / Double(img) < 0.5 && !inFigure { return true }
            if !isList && li > p { return true }
            if input > p / 3 { return true }
            if !isList && headingDensity < 0.9 && len < 25 && (img == 0 || img > 2) && !inFigure { return true }
            if !isList && weight < 25 && ld > 0.2 { return true }
            if weight >= 25 && ld > 0.5 { return true }
            if (embed == 1 && len < 75) || embed > 1 { return true }
            return false
        }

        /// Readability's title test: the heading says the same as the title (word overlap).
        static func similar(_ a: String, _ b: String) -> Bool { overlap(a, b) >= 0.75 }

        /// The share of `b`'s text made of words that `a` also has.
        static func overlap(_ a: String, _ b: String) -> Double {
            let ta = Set(a.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }))
            let tb = b.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            guard !ta.isEmpty, !tb.isEmpty else { return 0 }
            let missing = tb.filter { !ta.contains($0) }.joined(separator: " ").count
            let whole = tb.joined(separator: " ").count
            return 1 - Double(missing) / Double(max(whole, 1))
        }
    }
}
