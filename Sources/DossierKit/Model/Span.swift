/// A half-open range of Unicode scalar offsets into a document's text.
///
/// Every offset in the model counts Unicode scalars (code points) of the text
/// exactly as read, as `spec/export-format.md` requires; `end` is exclusive.
public struct Span: Hashable, Comparable, Sendable, Codable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
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
