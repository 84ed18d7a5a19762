/// A half-open range of Unicode scalar offsets into a document's text.
///
/// Every offset in the model counts Unicode scalars (code points) of the text
/// exactly as read, as `spec/export-format.md` requires; `end` is exclusive.
///
/// Stored as two 32-bit numbers: documents hold millions of spans (mentions, sentences, timeline
/// entries), and inputs are capped far below 2^31 scalars (ArticleLoader.maxBytes).
public struct Span: Hashable, Comparable, Sendable {
    private var storedStart: Int32
    private var storedEnd: Int32

    public var start: Int {
        get { Int(storedStart) }
        set { storedStart = Int32(clamping: newValue) }
    }

    public var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = Int32(clamping: newValue) }
    }

    public init(_ start: Int, _ end: Int) {
        storedStart = Int32(clamping: start)
        storedEnd = Int32(clamping: end)
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { end <= start }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func contains(_ other: Span) -> Bool { other.start >= start && other.end <= end }
    public func overlaps(_ other: Span) -> Bool { other.start < end && start < other.end }

    public static func < (a: Span, b: Span) -> Bool {
        a.start != b.start ? a.start < b.start : a.end < b.end
    }
}

extension Array where Element == Span {
    /// The index of the span containing `offset`, for sorted, disjoint spans (binary search).
    public func index(containing offset: Int) -> Int? {
        var lo = 0
        var hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if self[mid].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo < count, self[lo].start <= offset else { return nil }
        return lo
    }
}
