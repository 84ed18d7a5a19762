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

    /// Annotates what a format reader produced. Plain text (no blocks) goes through the structure
    /// parser as above; HTML and Markdown keep their own blocks, styles and metadata. A date the
    /// input declares enters where `--date` does (which still wins) and keeps its origin as basis.
    public func annotate(_ input: FormattedText, path: String? = nil, date: CalendarDate? = nil) -> Document {
        if input.format == .text && input.blocks.isEmpty {
            var doc = annotate(input.text, path: path, date: date ?? input.metadata.date?.value)
            doc.source.format = input.format.rawValue
            if date == nil, let declared = input.metadata.date { doc.metadata.date = declared }
            doc.metadata.byline = doc.metadata.byline ?? input.metadata.byline
            doc.metadata.url = input.metadata.url
            WireStory.apply(&doc)
            return doc
        }
        let buffer = TextBuffer(input.text)
        let blocks = input.blocks
        var sentences: [Span] = []
        sentences.reserveCapacity(blocks.count * 3)
        for b in blocks {
            switch b.kind {
            case .title, .meta, .caption, .heading, .tableRow, .code:
                sentences.append(b.span)
            case .paragraph, .quote, .list, .listItem:
                let r = buffer.byteRange(b.span)
                for s in SentenceSplitter.split(buffer.bytes, r) { sentences.append(buffer.span(bytes: s)) }
            }
        }
        var citations = CitationParser.parse(buffer, blocks: blocks)
        var metadata = input.metadata
        let declared = metadata.date
        var dct = DocumentDateInference.infer(
            buffer, metadata: metadata, citations: citations, given: date ?? declared?.value)
        if date == nil, let declared { dct = declared }
        metadata.date = dct
        let links = input.styles.filter { $0.kind == .link && $0.target != nil }
        for c in citations.indices {
            for r in citations[c].refs.indices {
                citations[c].refs[r].dates = citations[c].refs[r].rawDates.compactMap { $0.resolved(against: dct.value) }
            }
            let span = citations[c].span
            citations[c].links = links.filter { $0.span.start >= span.start && $0.span.end <= span.end }.compactMap(\.target)
        }
        let timexes = TimeTagger().tag(
            buffer, sentences: sentences, excluding: citations.map(\.span), dct: dct.value)
        let entities = EntityRecognizer(knowledge: knowledge).recognize(
            buffer, blocks: blocks, sentences: sentences, citations: citations, timexes: timexes)
        let timeline = TimelineBuilder.build(timexes: timexes, citations: citations, sentences: sentences)
        return Document(
            text: input.text, source: Document.Source(path: path, format: input.format.rawValue),
            metadata: metadata, blocks: blocks, styles: input.styles, sentences: sentences,
            entities: entities, citations: citations, timexes: timexes, timeline: timeline)
    }
}
