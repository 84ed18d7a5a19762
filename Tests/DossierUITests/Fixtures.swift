import DossierKit
@testable import DossierUI

/// Small hand-made documents for the UI tests (own sentences, no corpus text).
enum Fixtures {
    /// Scalar spans of every occurrence of `needle` in `text`.
    static func spans(_ needle: String, in text: String) -> [Span] {
        let t = Array(text.unicodeScalars)
        let n = Array(needle.unicodeScalars)
        guard !n.isEmpty, n.count <= t.count else { return [] }
        var out: [Span] = []
        var i = 0
        while i + n.count <= t.count {
            if Array(t[i..<i + n.count]) == n {
                out.append(Span(i, i + n.count))
                i += n.count
            } else {
                i += 1
            }
        }
        return out
    }

    static func span(_ needle: String, in text: String, _ k: Int = 0) -> Span {
        let s = spans(needle, in: text)
        return k < s.count ? s[k] : Span(0, 0)
    }

    /// Blocks: paragraphs separated by blank lines; the first is the title when `title` is set.
    static func blocks(_ text: String, title: Bool) -> [Block] {
        let t = Array(text.unicodeScalars)
        var out: [Block] = []
        var start = 0
        var i = 0
        func close(_ end: Int) {
            if end > start {
                out.append(Block(kind: out.isEmpty && title ? .title : .paragraph, span: Span(start, end)))
            }
        }
        while i < t.count {
            if t[i] == "\n", i + 1 < t.count, t[i + 1] == "\n" {
                close(i)
                i += 2
                start = i
                continue
            }
            i += 1
        }
        close(t.count)
        return out
    }

    /// An entity with a mention at every occurrence of each of its names.
    static func entity(_ id: String, _ name: String, _ type: EntityType, names: [String]? = nil, actor: String? = nil,
                       in text: String) -> Entity {
        var ms: [Mention] = []
        for n in names ?? [name] {
            for s in spans(n, in: text) { ms.append(Mention(span: s, text: n, type: type)) }
        }
        ms.sort { $0.span < $1.span }
        return Entity(id: id, name: name, type: type, actor: actor, mentions: ms)
    }

    static func citation(_ raw: String, in text: String, _ k: Int = 0, kind: Citation.Kind = .source, see: Bool = false,
                         refs: [(String, [CalendarDate])]) -> Citation {
        let sp = span(raw, in: text, k)
        return Citation(span: sp, text: raw, kind: kind, see: see, refs: refs.map { name, dates in
            Citation.Ref(source: name, sourceSpan: span(name, in: text), rawDates: [], dates: dates)
        })
    }

    static let dct = CalendarDate(year: 2019, month: 10, day: 8)

    /// A short article with entities of several types, two citations, a timeline and tricky characters.
    static let article: Document = {
        let text = """
        Talks in Baku

        Putin met Aliyev in Moscow (see EDM, July 19, 2016). The Kremlin said Russian troops stay (Aze.az, September 16).

        In the spring of 2018 Pashinyan came to power in Yerevan. Moscow watched.
        """
        let sentences = [
            span("Putin met", in: text).start, span("The Kremlin", in: text).start, span("In the spring", in: text).start,
            span("Moscow watched", in: text).start,
        ]
        var sents: [Span] = []
        let ends = [span("2016).", in: text).end, span("September 16).", in: text).end, span("Yerevan.", in: text).end, span("watched.", in: text).end]
        for (a, b) in zip(sentences, ends) { sents.append(Span(a, b)) }
        let entities = [
            entity("vladimir-putin", "Vladimir Putin", .person, names: ["Putin"], in: text),
            entity("ilham-aliyev", "Ilham Aliyev", .person, names: ["Aliyev"], in: text),
            entity("russia", "Russia", .place, names: ["Russia "], in: text),
            entity("moscow", "Moscow", .place, actor: "russia", in: text),
            entity("kremlin", "Kremlin", .org, actor: "russia", in: text),
            entity("russian", "Russian", .norp, actor: "russia", in: text),
            entity("nikol-pashinyan", "Nikol Pashinyan", .person, names: ["Pashinyan"], in: text),
            entity("yerevan", "Yerevan", .place, in: text),
        ]
        let citations = [
            citation("(see EDM, July 19, 2016)", in: text, kind: .crossref, see: true,
                     refs: [("EDM", [CalendarDate(year: 2016, month: 7, day: 19)])]),
            citation("(Aze.az, September 16)", in: text, refs: [("Aze.az", [CalendarDate(year: 2019, month: 9, day: 16)])]),
        ]
        let timeline = [
            TimelineEntry(start: CalendarDate(year: 2019, month: 9, day: 16), end: CalendarDate(year: 2019, month: 9, day: 16),
                          label: "2019-09-16", origin: .citation, at: citations[1].span, sentence: sents[1]),
            TimelineEntry(start: CalendarDate(year: 2016, month: 7, day: 19), end: CalendarDate(year: 2016, month: 7, day: 19),
                          label: "2016-07-19", origin: .citation, at: citations[0].span, sentence: sents[0]),
            TimelineEntry(start: CalendarDate(year: 2018, month: 3, day: 1), end: CalendarDate(year: 2018, month: 5, day: 31),
                          label: "2018 spring", origin: .timex, at: span("the spring of 2018", in: text), sentence: sents[2]),
        ]
        return Document(
            text: text, source: Document.Source(path: "/tmp/talks.txt"),
            metadata: Metadata(title: "Talks in Baku", publication: "Daily Monitor", volume: 3, issue: 7,
                               date: DocumentDate(value: dct, inferred: true, basis: "test")),
            blocks: blocks(text, title: true), sentences: sents, entities: entities, citations: citations,
            timeline: timeline)
    }()

    /// The short article with `n` more paragraphs after it, so that it scrolls.
    static func articleWithTail(_ n: Int) -> Document {
        var d = article
        d.text += String(repeating: "\n\nMore words here to scroll past the first screen.", count: n)
        d.blocks = blocks(d.text, title: true)
        return d
    }

    /// Text with wide and tricky characters and an escape sequence, one paragraph, no title.
    static let tricky: Document = {
        let text = "漢字 and 😀 — “curly” cafe\u{301} end \u{1B}[31mred\u{7} ok. Putin spoke."
        return Document(text: text, blocks: [Block(kind: .paragraph, span: Span(0, text.unicodeScalars.count))],
                        entities: [entity("vladimir-putin", "Vladimir Putin", .person, names: ["Putin"], in: text)])
    }()

    /// A long article: `n` numbered paragraphs, each mentioning Moscow once and citing a source.
    static func long(paragraphs n: Int) -> Document {
        var text = ""
        for i in 0..<n {
            if i > 0 { text += "\n\n" }
            text += "Paragraph \(i) says that Moscow has a plan for the region and the plan has parts (Wire, May \(i % 28 + 1))."
        }
        let moscow = entity("moscow", "Moscow", .place, in: text)
        var cits: [Citation] = []
        for (k, sp) in spans("(Wire, May ", in: text).enumerated() {
            let day = k % 28 + 1
            let end = sp.end + String(day).count + 1
            cits.append(Citation(span: Span(sp.start, end), text: "", kind: .source, see: false,
                                 refs: [Citation.Ref(source: "Wire", sourceSpan: Span(sp.start + 1, sp.start + 5), rawDates: [],
                                                     dates: [CalendarDate(year: 2019, month: 5, day: day)])]))
        }
        return Document(text: text, blocks: blocks(text, title: false), entities: [moscow], citations: cits)
    }

    /// Every scope the views draw, each with its own colour, so a test can tell them apart.
    static let scopes = [
        "text", "title", "header", "entity.person", "entity.place", "entity.org", "entity.media", "entity.event",
        "entity.norp", "citation", "citation.selected", "search.match", "search.current", "selection", "status",
        "status.key", "pane.border", "pane.title", "pane.tab", "pane.tab.active", "pane.row", "pane.row.selected",
        "pane.date", "finder", "finder.match", "finder.selected", "help", "notice", "pane.date.cited", "citation.resolved",
    ]

    static let theme: Theme = {
        var map: [String: Style] = [:]
        for (i, s) in scopes.enumerated() { map[s] = Style(fg: .indexed(UInt8(16 + i))) }
        map["text"] = Style()
        return Theme(name: "test", scopes: map)
    }()

    /// The foreground a scope gets in the test theme.
    static func fg(_ scope: String) -> Color? { theme.style(scope).fg }

    /// The views drawn directly, even below the reader's minimum size (pictures stay small).
    static func screen(_ state: ReaderState) -> CellGrid {
        var g = CellGrid(width: state.width, height: state.height)
        ReaderView.renderViews(state, theme: theme, into: &g)
        return g
    }

    /// What the reader draws, the too-small notice included.
    static func fullScreen(_ state: ReaderState) -> CellGrid {
        var g = CellGrid(width: state.width, height: state.height)
        ReaderView.render(state, theme: theme, into: &g)
        return g
    }

    static func press(_ state: inout ReaderState, _ keys: String) {
        for c in keys { state.handle(.char(c)) }
    }
}
