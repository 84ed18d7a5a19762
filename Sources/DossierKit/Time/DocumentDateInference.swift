/// Decides the document creation time (DCT).
///
/// STUB: to be replaced by the time work. Uses the given date, else today.
public enum DocumentDateInference {
    public static func infer(
        _ text: TextBuffer, metadata: Metadata, citations: [Citation], given: CalendarDate?
    ) -> DocumentDate {
        if let given { return DocumentDate(value: given, inferred: false, basis: "given with --date") }
        return DocumentDate(value: CalendarDate(year: 2019, month: 10, day: 8), inferred: true, basis: "stub")
    }
}
