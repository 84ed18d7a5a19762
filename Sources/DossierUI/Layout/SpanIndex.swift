import DossierKit

/// Spans sorted by start, answering "which spans overlap this range" in O(log n + k),
/// even when some spans nest or are long (a running maximum of ends makes the search monotone).
struct SpanIndex: Sendable {
    /// The spans, sorted by start (then end).
    private(set) var spans: [Span]
    /// Payload per span (an entity, citation or hit index).
    private(set) var payloads: [Int]
    /// `maxEnd[i]` is the largest end among `spans[0...i]`.
    private var maxEnd: [Int]

    init(_ items: [(Span, Int)]) {
        let sorted = items.sorted { $0.0 < $1.0 }
        spans = sorted.map(\.0)
        payloads = sorted.map(\.1)
        maxEnd = []
        maxEnd.reserveCapacity(spans.count)
        var m = Int.min
        for s in spans {
            m = max(m, s.end)
            maxEnd.append(m)
        }
    }

    /// Positions (into `spans`) of the spans overlapping `lo..<hi`, in start order.
    func overlapping(_ lo: Int, _ hi: Int) -> [Int] {
        let maxEnd = self.maxEnd
        var out: [Int] = []
        var i = BinarySearch.partition(maxEnd.count) { maxEnd[$0] > lo }
        while i < spans.count, spans[i].start < hi {
            if spans[i].end > lo || (spans[i].isEmpty && spans[i].start >= lo) { out.append(i) }
            i += 1
        }
        return out
    }

    /// The position of the first span starting at or after `offset`, or `count`.
    func firstStarting(atOrAfter offset: Int) -> Int {
        BinarySearch.firstStarting(atOrAfter: offset, in: spans)
    }

    /// The position of the span containing `offset` (the innermost, latest-starting one), if any.
    func containing(_ offset: Int) -> Int? {
        overlapping(offset, offset + 1).last
    }
}
