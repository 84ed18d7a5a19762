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
    /// Cut from the left when too wide (the words nearest the date matter most).
    var keepsEnd = false
}

/// Builds the rows of the three side-pane tabs.
enum PaneRows {
    /// Timeline entries in date order, each `YYYY-MM-DD  what the text says`.
    static func timeline(_ d: Document, scalars: [Unicode.Scalar]) -> [PaneRow] {
        let order = d.timeline.indices.sorted { a, b in
            let x = d.timeline[a], y = d.timeline[b]
            if x.start != y.start { return x.start < y.start }
            if x.end != y.end { return x.end < y.end }
            return x.at < y.at
        }
        return order.map { i in
            let e = d.timeline[i]
            // The context is cut from the text when the row is drawn: only visible rows pay for it.
            return PaneRow(date: TextScalars.flatten(Sanitizer.visible(e.label)), text: "", action: .timeline(i), keepsEnd: true)
        }
    }

    /// What a timeline row says beside its date: the words just before the date or citation in
    /// its sentence (the claim being dated), then the time expression itself.
    static func context(_ e: TimelineEntry, scalars: [Unicode.Scalar]) -> String {
        let count = scalars.count
        guard e.at.start >= 0, e.at.start <= count, e.at.end <= count, e.at.start <= e.at.end else { return "" }
        var lo = max(0, e.at.start - 48)
        if let s = e.sentence, s.start >= 0, s.start <= e.at.start { lo = max(lo, s.start) }
        var cut = false
        if lo > 0, e.sentence.map({ lo > $0.start }) ?? true {
            // Start at a word.
            while lo < e.at.start, !TextScalars.isSpace(scalars[lo - 1]) { lo += 1 }
            cut = true
        }
        let hi = e.origin == .timex ? min(e.at.end, e.at.start + 60) : e.at.start
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[lo..<max(lo, hi)])
        let text = TextScalars.flatten(Sanitizer.visible(String(v)))
        return text.isEmpty ? "" : (cut ? "…" : "") + text
    }

    /// Entities grouped by type, most mentioned first; a state gathers its metonyms and
    /// nationality words under it (Russia ← Moscow, Kremlin, Russian).
    static func entities(_ d: Document, byID: [String: Int], gathered: [String: [Int]]) -> [PaneRow] {
        var rows: [PaneRow] = []
        let isGathered = Set(gathered.values.flatMap { $0 })
        func name(_ i: Int) -> String { TextScalars.flatten(Sanitizer.visible(d.entities[i].name)) }
        for type in EntityType.allCases {
            let members = d.entities.indices.filter { d.entities[$0].type == type && !isGathered.contains($0) }
                .sorted { a, b in
                    let ca = d.entities[a].mentions.count, cb = d.entities[b].mentions.count
                    return ca != cb ? ca > cb : name(a) < name(b)
                }
            guard !members.isEmpty else { continue }
            rows.append(PaneRow(text: type.rawValue, isHeading: true))
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
                let name = TextScalars.flatten(Sanitizer.visible(r.source))
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
            for (i, dates) in items {
                let text = dates.isEmpty ? "(no date)" : dates.map(\.description).joined(separator: ", ")
                let see = d.citations[i].see ? "see " : ""
                rows.append(PaneRow(text: see + text, indent: 2, action: .citation(i)))
            }
        }
        return rows
    }
}
