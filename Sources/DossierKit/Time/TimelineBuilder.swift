/// Builds the timeline from time expressions and citation dates (guidelines §4).
///
/// STUB: to be replaced by the time work; handles citation dates only.
public enum TimelineBuilder {
    public static func build(timexes: [Timex], citations: [Citation], sentences: [Span]) -> [TimelineEntry] {
        var out: [TimelineEntry] = []
        func sentence(_ o: Int) -> Span? { sentences.first { $0.contains(o) } }
        for c in citations {
            for r in c.refs {
                for d in r.dates {
                    out.append(TimelineEntry(start: d, end: d, label: "\(d) \(r.source)", origin: .citation, at: c.span, sentence: sentence(c.span.start)))
                }
            }
        }
        return out.sorted { ($0.start, $0.at.start) < ($1.start, $1.at.start) }
    }
}
