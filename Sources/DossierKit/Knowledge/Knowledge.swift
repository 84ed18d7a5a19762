/// Gazetteers the recognizer uses: countries, capitals, demonyms, places, organizations, outlets.
///
/// STUB: to be replaced by the entities work.
public struct Knowledge: Sendable {
    public static let shared = Knowledge()
    public init() {}
}
