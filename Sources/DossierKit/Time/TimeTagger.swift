/// Finds and normalizes time expressions (guidelines §3, TimeBank conventions beyond them).
///
/// STUB: to be replaced by the time work.
public struct TimeTagger: Sendable {
    public init() {}
    public func tag(_ text: TextBuffer, sentences: [Span], excluding: [Span], dct: CalendarDate) -> [Timex] { [] }
}
