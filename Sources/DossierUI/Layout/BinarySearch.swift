import DossierKit

/// The one binary search the reader uses: over positions `0..<count` where a predicate is false
/// for a prefix and true after it, the first position where it is true (`count` when none).
enum BinarySearch {
    @inline(__always)
    static func partition(_ count: Int, isAfter: (Int) -> Bool) -> Int {
        var a = 0
        var b = count
        while a < b {
            let mid = (a + b) / 2
            if isAfter(mid) { b = mid } else { a = mid + 1 }
        }
        return a
    }

    /// The first span starting at or after `offset` in spans sorted by start.
    static func firstStarting(atOrAfter offset: Int, in spans: [Span]) -> Int {
        partition(spans.count) { spans[$0].start >= offset }
    }

    /// The first span ending after `offset` in sorted, non-overlapping spans.
    static func firstEnding(after offset: Int, in spans: [Span]) -> Int {
        partition(spans.count) { spans[$0].end > offset }
    }
}
