/// Turns an article's text into a ``Document``: structure, citations, document date, time
/// expressions, entities and the timeline, in that order (each stage may use the ones before).
public struct Annotator: Sendable {
    public var knowledge: Knowledge

    public init(knowledge: Knowledge = .shared) {
        self.knowledge = knowledge
    }

    /// Annotates `text`. `date` overrides the inferred document date (`--date`).
    public func annotate(_ text: String, path: String? = nil, date: CalendarDate? = nil) -> Document {
        let buffer = TextBuffer(text)
        let structure = StructureParser.parse(buffer)
        var citations = CitationParser.parse(buffer, blocks: structure.blocks)
        var metadata = structure.metadata
        let dct = DocumentDateInference.infer(
            buffer, metadata: metadata, citations: citations, given: date)
        metadata.date = dct
        for c in citations.indices {
            for r in citations[c].refs.indices {
                citations[c].refs[r].dates = citations[c].refs[r].rawDates.compactMap { $0.resolved(against: dct.value) }
            }
        }
        let timexes = TimeTagger().tag(
            buffer, sentences: structure.sentences, excluding: citations.map(\.span), dct: dct.value)
        let entities = EntityRecognizer(knowledge: knowledge).recognize(
            buffer, blocks: structure.blocks, sentences: structure.sentences,
            citations: citations, timexes: timexes)
        let timeline = TimelineBuilder.build(
            timexes: timexes, citations: citations, sentences: structure.sentences)
        return Document(
            text: text, source: Document.Source(path: path), metadata: metadata,
            blocks: structure.blocks, sentences: structure.sentences, entities: entities,
            citations: citations, timexes: timexes, timeline: timeline)
    }
}
