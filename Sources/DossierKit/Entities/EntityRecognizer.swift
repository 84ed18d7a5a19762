/// Finds entity mentions and groups them into entities (guidelines §1).
///
/// STUB: to be replaced by the entities work.
public struct EntityRecognizer: Sendable {
    public var knowledge: Knowledge
    public init(knowledge: Knowledge) { self.knowledge = knowledge }
    public func recognize(
        _ text: TextBuffer, blocks: [Block], sentences: [Span], citations: [Citation], timexes: [Timex]
    ) -> [Entity] { [] }
}
