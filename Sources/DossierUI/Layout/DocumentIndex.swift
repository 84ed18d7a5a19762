import DossierKit

/// A place Tab stops at: a citation (index into `document.citations`) or a link (index into
/// `document.styles`).
public enum TabStop: Sendable, Equatable {
    case citation(Int)
    case link(Int)
}

/// What the reader derives once per document, whatever the screen size: the text as scalars
/// (random access by offset), the blocks to show, mentions and citations indexed by position,
/// and the side pane's rows.
struct DocumentIndex: Sendable {
    let document: Document
    let scalars: [Unicode.Scalar]
    /// The blocks drawn under the header (title and publication blocks are in the header already).
    let bodyBlocks: [Block]
    /// Mention spans → entity index.
    let mentions: SpanIndex
    /// Citation spans → citation index; positions are citations in text order.
    let citations: SpanIndex
    /// Inline styles of Markdown and HTML input (emphasis, strong, links) → style index.
    let styles: SpanIndex
    /// The citations Tab and Shift-Tab stop at: sources and cross-references. Image credits
    /// ("(Source: kremlin.ru)") are drawn as citations but skipped, as w3m skips images,
    /// unless the article has nothing else.
    let citationStops: SpanIndex
    /// Every Tab stop in text order: the citation stops and the links kept from a web page or
    /// Markdown (a link inside a citation goes with its citation).
    let tabStops: [TabStop]
    /// The spans of `tabStops`, sorted by start.
    let tabStopSpans: [Span]
    /// Entity indices by id.
    let entityByID: [String: Int]
    /// For an entity id, the entities that name it by metonymy or nationality (`actor` = that id).
    let gathered: [String: [Int]]
    let timelineRows: [PaneRow]
    /// The timeline rows of time expressions only, and of citations only (the `T` filter).
    let timelineEventRows: [PaneRow]
    let timelineCitedRows: [PaneRow]
    let entityRows: [PaneRow]
    let citationRows: [PaneRow]
    /// Per entity: its name, then its most used other names, sanitized (what the finder matches).
    let finderNames: [[String]]
    /// The distinct widths of the timeline's date column entries, ascending.
    let timelineDateWidths: [Int]

    init(_ document: Document) {
        self.document = document
        let scalars = Array(document.text.unicodeScalars)
        self.scalars = scalars
        bodyBlocks = DocumentIndex.bodyBlocks(document, scalars: scalars)
        var ms: [(Span, Int)] = []
        for (i, e) in document.entities.enumerated() {
            for m in e.mentions where m.span.start >= 0 && m.span.end <= scalars.count && !m.span.isEmpty {
                ms.append((m.span, i))
            }
        }
        mentions = SpanIndex(ms)
        let valid = document.citations.enumerated().compactMap { i, c in
            c.span.start >= 0 && c.span.end <= scalars.count && !c.span.isEmpty ? (c.span, i) : nil
        }
        citations = SpanIndex(valid)
        styles = SpanIndex(document.styles.enumerated().compactMap { i, st in
            st.span.start >= 0 && st.span.end <= scalars.count && !st.span.isEmpty ? (st.span, i) : nil
        })
        let stops = valid.filter { document.citations[$0.1].kind != .credit }
        let citationStops = stops.isEmpty ? citations : SpanIndex(stops)
        self.citationStops = citationStops
        var all: [(Span, TabStop)] = zip(citationStops.spans, citationStops.payloads).map { ($0, .citation($1)) }
        for (i, st) in document.styles.enumerated() where st.kind == .link {
            guard let t = st.target, !t.isEmpty, st.span.start >= 0, st.span.end <= scalars.count, !st.span.isEmpty,
                  citationStops.overlapping(st.span.start, st.span.end).isEmpty else { continue }
            all.append((st.span, .link(i)))
        }
        all.sort { $0.0 < $1.0 }
        tabStops = all.map(\.1)
        tabStopSpans = all.map(\.0)
        var byID: [String: Int] = [:]
        for (i, e) in document.entities.enumerated() where byID[e.id] == nil { byID[e.id] = i }
        entityByID = byID
        var g: [String: [Int]] = [:]
        for (i, e) in document.entities.enumerated() {
            if let a = e.actor, a != e.id, byID[a] != nil { g[a, default: []].append(i) }
        }
        gathered = g
        timelineRows = PaneRows.timeline(document, scalars: scalars)
        func origin(_ r: PaneRow) -> TimelineEntry.Origin? {
            if case .timeline(let i)? = r.action, i < document.timeline.count { return document.timeline[i].origin }
            return nil
        }
        timelineEventRows = timelineRows.filter { origin($0) == .timex }
        timelineCitedRows = timelineRows.filter { origin($0) == .citation }
        finderNames = document.entities.map { e in
            var seen: Set<String> = []
            var names: [String] = []
            // Aliases counts mentions once per entity here, not once per keystroke.
            for n in [e.name] + e.aliases.prefix(8) {
                let clean = Sanitizer.visible(TextScalars.flatten(n))
                if !clean.isEmpty, seen.insert(clean).inserted { names.append(clean) }
            }
            return names
        }
        timelineDateWidths = Set(timelineRows.map { DisplayWidth.of($0.date) }).sorted()
        entityRows = PaneRows.entities(document, byID: byID, gathered: g)
        citationRows = PaneRows.citations(document)
    }

    /// Blocks to draw: all but the title and publication blocks that the header shows; when the
    /// structure is missing, paragraphs split at blank lines.
    static func bodyBlocks(_ d: Document, scalars: [Unicode.Scalar]) -> [Block] {
        let m = d.metadata
        let hasPubLine = m.publication != nil || m.volume != nil || m.issue != nil
        var blocks = d.blocks.filter { b in
            switch b.kind {
            case .title: return m.title == nil
            case .meta: return !hasPubLine
            default: return true
            }
        }
        .filter { $0.span.start >= 0 && $0.span.start < $0.span.end && $0.span.end <= scalars.count }
        .sorted { $0.span < $1.span }
        if !d.blocks.isEmpty { return blocks }
        // No structure: paragraphs at blank lines (degrade, never lose text).
        blocks = []
        var start = 0
        var i = 0
        var newlines = 0
        var lastContent = 0
        while i < scalars.count {
            let v = scalars[i].value
            if v == 0x0A { newlines += 1 } else if !TextScalars.isSpace(scalars[i]) {
                if newlines >= 2, lastContent > start {
                    blocks.append(Block(kind: .paragraph, span: Span(start, lastContent)))
                    start = i
                }
                newlines = 0
                lastContent = i + 1
            }
            i += 1
        }
        if lastContent > start { blocks.append(Block(kind: .paragraph, span: Span(start, lastContent))) }
        return blocks
    }

    /// The text of a span, sanitized and flattened to one line.
    func snippet(_ span: Span, maxScalars: Int = 200) -> String {
        let a = max(0, min(span.start, scalars.count))
        let b = max(a, min(span.end, scalars.count, a + maxScalars))
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[a..<b])
        return Sanitizer.visible(TextScalars.flatten(String(v)))
    }

    /// The mention spans of entity `e`, and with `gather` those of the entities standing for it.
    func mentionSpans(of e: Int, gather: Bool) -> [Span] {
        guard e >= 0, e < document.entities.count else { return [] }
        var out = document.entities[e].mentions.map(\.span)
        if gather {
            for g in gathered[document.entities[e].id] ?? [] { out += document.entities[g].mentions.map(\.span) }
        }
        return out.filter { $0.start >= 0 && $0.end <= scalars.count && !$0.isEmpty }.sorted()
    }

    /// `EDM 2016-07-19` for one citation: each source with its resolved dates.
    func citationSummary(_ i: Int) -> String {
        guard i >= 0, i < document.citations.count else { return "" }
        let c = document.citations[i]
        let refs = c.refs.map { r -> String in
            let dates = r.dates.map(\.description)
            return ([Sanitizer.visible(r.source)] + dates).joined(separator: " ")
        }
        let body = refs.isEmpty ? snippet(c.span) : refs.joined(separator: "; ")
        return (c.see ? "see " : "") + body
    }
}
