import DossierKit

/// What a side-pane row does on Enter (or a click).
enum PaneAction: Sendable, Equatable {
    /// Jump to a timeline entry's sentence and highlight it.
    case timeline(Int)
    /// Make an entity the current search and go to its next mention.
    case entity(Int)
    /// Jump to a citation and select it.
    case citation(Int)
    /// Go to the next citation of a source.
    case source([Int])
    /// Open a library article at a text offset (a "Cited by" row).
    case article(id: Int64, at: Int)
}

/// One row of a side-pane list.
struct PaneRow: Sendable, Equatable {
    /// A leading date column (timeline), drawn in `pane.date`.
    var date: String = ""
    var text: String
    /// Right-aligned detail (a count).
    var detail: String = ""
    /// Group headings use `pane.title` and cannot be selected.
    var isHeading: Bool = false
    var indent: Int = 0
    var action: PaneAction?
}

/// Builds the rows of the three side-pane tabs.
enum PaneRows {
    /// Timeline entries in date order, each `YYYY-MM-DD  label` (the label is cut from the text
    /// when the row is drawn, so only visible rows pay for it).
    static func timeline(_ d: Document, scalars: [Unicode.Scalar]) -> [PaneRow] {
        let order = d.timeline.indices.sorted { a, b in
            let x = d.timeline[a], y = d.timeline[b]
            if x.start != y.start { return x.start < y.start }
            if x.end != y.end { return x.end < y.end }
            return x.at < y.at
        }
        return order.map { i in
            PaneRow(date: date(d.timeline[i]), text: "", action: .timeline(i))
        }
    }

    /// The date column of a timeline row: the normalized date alone (a citation's label also
    /// names its source, which goes in the label column), a range's end shortened when it
    /// shares the start's year (`2019-09-30 → 10-03`).
    static func date(_ e: TimelineEntry) -> String {
        if e.origin == .citation { return e.start.description }
        let label = Sanitizer.visible(TextScalars.flatten(e.label))
        let arrow = " → "
        guard let r = label.range(of: arrow) else { return label }
        let left = label[..<r.lowerBound], right = label[r.upperBound...]
        guard left.count >= 7, right.count >= 7, left.prefix(5) == right.prefix(5),
              left.prefix(4).allSatisfy(\.isNumber), left.dropFirst(4).first == "-" else { return label }
        return String(left) + arrow + String(right.dropFirst(5))
    }

    /// What a timeline row says after its date: for a time expression the clause around it, the
    /// words the export's `label` carries after the date; without one, its own words, then the
    /// rest of its sentence as context (`More than 20 years ago` · `Baku-based commentator…`);
    /// for a citation its source (`EDM`, `Aze.az`).
    /// A timex that only repeats `date` ("2019") gives way to the rest of its sentence, or when
    /// it ends the sentence, to the words before it.
    static func label(_ e: TimelineEntry, date: String, index: DocumentIndex) -> (text: String, context: String) {
        let scalars = index.scalars
        let count = scalars.count
        guard e.at.start >= 0, e.at.start <= count, e.at.end <= count, e.at.start <= e.at.end else { return ("", "") }
        if e.origin == .citation {
            // The citation's source that gave this date; else what the label says after the date.
            let cits = index.document.citations
            for p in index.citations.overlapping(e.at.start, e.at.end) {
                let c = index.citations.payloads[p]
                guard c < cits.count, cits[c].span == e.at else { continue }
                if let r = cits[c].refs.first(where: { $0.dates.contains(e.start) }) ?? cits[c].refs.first {
                    return (Sanitizer.visible(TextScalars.flatten(r.source)), "")
                }
            }
            let date = e.start.description
            let source = e.label.hasPrefix(date + " ") ? String(e.label.dropFirst(date.count + 1)) : ""
            return (Sanitizer.visible(TextScalars.flatten(source)), "")
        }
        // The clause around the expression, as the export's label says it (guidelines §4).
        let clause = e.words(in: index.document.text)
        if !clause.isEmpty { return (Sanitizer.visible(clause), "") }
        func text(_ a: Int, _ b: Int) -> String {
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[a..<max(a, b)])
            return Sanitizer.visible(TextScalars.flatten(String(v)))
        }
        let own = text(e.at.start, min(e.at.end, e.at.start + 80))
        // The sentence after the expression, up to 80 scalars (the row shows far less).
        var hi = min(count, e.at.end + 80)
        if let s = e.sentence, s.end >= e.at.end, s.end <= count { hi = min(hi, s.end) }
        let rest = text(e.at.end, hi)
        // Punctuation or a glued word ("this year’s") follows directly; a new word after a space.
        let glued = e.at.end < hi && !TextScalars.isSpace(scalars[e.at.end])
        if own == date {
            let after = String(rest.drop { $0 == "," || $0 == ";" || $0 == ":" || $0 == " " })
            if !after.isEmpty { return ("", after) }
            // The words before it in its sentence (the nearest 60 scalars, from a word start).
            var lo = max(0, e.at.start - 60)
            if let s = e.sentence, s.start >= 0, s.start <= e.at.start { lo = max(lo, s.start) }
            let cut = lo > 0 && lo > (e.sentence?.start ?? 0)
            if cut { while lo < e.at.start, !TextScalars.isSpace(scalars[lo - 1]) { lo += 1 } }
            let before = text(lo, e.at.start)
            return ("", before.isEmpty ? "" : (cut ? "…" : "") + before)
        }
        return (own, glued || rest.isEmpty ? rest : " " + rest)
    }

    /// Entities grouped by type, most mentioned first; a state gathers its metonyms and
    /// nationality words under it (Russia ← Moscow, Kremlin, Russian) and ranks by their mentions too.
    static func entities(_ d: Document, byID: [String: Int], gathered: [String: [Int]]) -> [PaneRow] {
        var rows: [PaneRow] = []
        let isGathered = Set(gathered.values.flatMap { $0 })
        func name(_ i: Int) -> String { Sanitizer.visible(TextScalars.flatten(d.entities[i].name)) }
        // A state is ranked by everything said of it: its own mentions and its metonyms'.
        func total(_ i: Int) -> Int {
            d.entities[i].mentions.count + (gathered[d.entities[i].id] ?? []).reduce(0) { $0 + d.entities[$1].mentions.count }
        }
        for type in EntityType.allCases {
            let members = d.entities.indices.filter { d.entities[$0].type == type && !isGathered.contains($0) }
                .sorted { a, b in
                    let ca = total(a), cb = total(b)
                    return ca != cb ? ca > cb : name(a) < name(b)
                }
            guard !members.isEmpty else { continue }
            // The heading counts the names listed under it, gathered ones included.
            let listed = members.reduce(0) { $0 + 1 + (gathered[d.entities[$1].id]?.count ?? 0) }
            rows.append(PaneRow(text: "\(type.rawValue) (\(listed))", isHeading: true))
            for i in members {
                let gatheredCount = (gathered[d.entities[i].id] ?? []).reduce(0) { $0 + d.entities[$1].mentions.count }
                let own = String(d.entities[i].mentions.count)
                rows.append(PaneRow(text: name(i), detail: gatheredCount > 0 ? own + "+" + String(gatheredCount) : own,
                                    action: .entity(i)))
                for g in (gathered[d.entities[i].id] ?? []).sorted(by: { d.entities[$0].mentions.count > d.entities[$1].mentions.count }) {
                    rows.append(PaneRow(text: "← " + name(g), detail: String(d.entities[g].mentions.count), indent: 2, action: .entity(g)))
                }
            }
        }
        return rows
    }

    /// Citations by source, most cited first, then each citation of that source with its dates.
    static func citations(_ d: Document) -> [PaneRow] {
        var bySource: [String: [(Int, [CalendarDate])]] = [:]
        var display: [String: String] = [:]
        var order: [String] = []
        for (i, c) in d.citations.enumerated() {
            for r in c.refs {
                let name = Sanitizer.visible(TextScalars.flatten(r.source))
                let key = name.lowercased()
                if bySource[key] == nil { order.append(key); display[key] = name }
                bySource[key, default: []].append((i, r.dates))
            }
        }
        order.sort { a, b in
            let ca = bySource[a]?.count ?? 0, cb = bySource[b]?.count ?? 0
            return ca != cb ? ca > cb : a < b
        }
        var rows: [PaneRow] = []
        for key in order {
            let items = bySource[key] ?? []
            rows.append(PaneRow(text: display[key] ?? key, detail: "×\(items.count)", action: .source(items.map(\.0))))
            // Children in date order (undated last), so a source's dates read as a chronology;
            // the source row itself steps through them in text order.
            let chrono = items.enumerated().sorted { a, b in
                switch (a.element.1.min(), b.element.1.min()) {
                case let (x?, y?): return x != y ? x < y : a.offset < b.offset
                case (.some, nil): return true
                case (nil, .some): return false
                case (nil, nil): return a.offset < b.offset
                }
            }.map(\.element)
            for (i, dates) in chrono {
                let undated = d.citations[i].kind == .credit ? "image credit" : "(no date)"
                let text = dates.isEmpty ? undated : dates.sorted().map(\.description).joined(separator: ", ")
                let see = d.citations[i].see ? "see " : ""
                rows.append(PaneRow(text: see + text, indent: 2, action: .citation(i)))
            }
        }
        return rows
    }
}
