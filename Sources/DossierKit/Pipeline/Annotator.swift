import Foundation
/// Turns an article's text into a ``Document``: structure, citations, document date, time
/// expressions, entities and the timeline, in that order (each stage may use the ones before).
///
/// The knowledge lists and the learned tagger are given to it (the command line loads them once
/// with ``loadDefault()``); nothing is read from disk behind the caller's back.
public struct Annotator: Sendable {
    public var knowledge: Knowledge
    /// The learned name tagger; nil: names are typed by rules and lists alone.
    public var model: NERModel?

    /// Texts of at least this many UTF-8 bytes are annotated on two threads when ``parallel``
    /// is set: names on the caller's, time expressions and the timeline on another.
    public static let parallelFrom = 256 * 1024
    /// Use a second thread for big texts (`dossier export` and the reader); the annotation
    /// benchmark leaves it off to measure one core.
    public var parallel: Bool

    public init(knowledge: Knowledge, model: NERModel?, parallel: Bool = false) {
        self.knowledge = knowledge
        self.model = model
        self.parallel = parallel
    }

    /// Names, time expressions and the timeline: independent of each other once citations and
    /// the document date are known, so a big text runs the time side on a second thread.
    private func entitiesAndTime(
        _ buffer: TextBuffer, blocks: [Block], sentences: [Span], citations: [Citation], dct: CalendarDate,
        lowercase: ThreadResult<EntityRecognizer.LowercaseWords>?
    ) -> ([Entity], [Timex], [TimelineEntry]) {
        let time: @Sendable () -> ([Timex], [TimelineEntry]) = {
            let timexes = TimeTagger().tag(buffer, excluding: citations.map(\.span), dct: dct)
            return (timexes, TimelineBuilder.build(timexes: timexes, citations: citations, sentences: sentences, text: buffer))
        }
        let recognizer = EntityRecognizer(knowledge: knowledge, model: model)
        guard onThreads(buffer) else {
            let (timexes, timeline) = time()
            return (recognizer.recognize(buffer, blocks: blocks, citations: citations), timexes, timeline)
        }
        let result = ThreadResult.start(time)
        let entities = recognizer.recognize(buffer, blocks: blocks, citations: citations, lowercase: lowercase?.wait(), parallel: true)
        let (timexes, timeline) = result.wait()
        return (entities, timexes, timeline)
    }

    /// An annotator with the knowledge from `Data/knowledge` (or the copy compiled in) and the
    /// tagger from `Data/ner/model.bin` when found (nil otherwise: check ``model`` and say so).
    /// Each call loads the files again: make one annotator and reuse it.
    public static func loadDefault() -> Annotator {
        Annotator(knowledge: Knowledge.loadDefault(), model: NERModel.load())
    }

    /// Annotates `text`. `date` overrides the inferred document date (`--date`).
    public func annotate(_ text: String, path: String? = nil, date: CalendarDate? = nil) -> Document {
        annotate(text, path: path, given: date.map { GivenDate($0) })
    }

    /// Whether `buffer` is annotated on several threads.
    private func onThreads(_ buffer: TextBuffer) -> Bool { parallel && buffer.bytes.count >= Self.parallelFrom }

    /// The lowercase words the name recognizer needs, started on another thread for a big text
    /// (they need only the bytes) while the structure and citations are parsed.
    private func lowercaseAhead(_ buffer: TextBuffer) -> ThreadResult<EntityRecognizer.LowercaseWords>? {
        guard onThreads(buffer) else { return nil }
        return ThreadResult.start { EntityRecognizer.lowercaseWords(buffer) }
    }

    /// Annotates `text` with a document date the caller knows (`--date`, page metadata, front
    /// matter); it outranks every clue in the text.
    public func annotate(_ text: String, path: String? = nil, given date: GivenDate?) -> Document {
        let buffer = TextBuffer(text)
        let lowercase = lowercaseAhead(buffer)
        let structure = StructureParser.parse(buffer, parallel: onThreads(buffer))
        var citations = CitationParser.parse(buffer, blocks: structure.blocks, parallel: onThreads(buffer))
        var metadata = structure.metadata
        let dct = DocumentDateInference.infer(
            buffer, metadata: metadata, citations: citations, given: date)
        metadata.date = dct
        for c in citations.indices {
            for r in citations[c].refs.indices {
                citations[c].refs[r].dates = citations[c].refs[r].rawDates.compactMap { $0.resolved(against: dct.value) }
            }
        }
        let (entities, timexes, timeline) = entitiesAndTime(
            buffer, blocks: structure.blocks, sentences: structure.sentences, citations: citations, dct: dct.value,
            lowercase: lowercase)
        return Document(
            text: text, source: Document.Source(path: path), metadata: metadata,
            blocks: structure.blocks, sentences: structure.sentences, entities: entities,
            citations: citations, timexes: timexes, timeline: timeline)
    }

    /// Annotates what a format reader produced. Plain text (no blocks) goes through the structure
    /// parser as above; HTML and Markdown keep their own blocks, styles and metadata. A date the
    /// input declares enters where `--date` does (which still wins) and keeps its origin as basis.
    public func annotate(_ input: FormattedText, path: String? = nil, date: CalendarDate? = nil) -> Document {
        // --date wins; a date the input declares comes next, with its origin as basis.
        let given = date.map { GivenDate($0) } ?? input.metadata.date.map { GivenDate($0.value, basis: $0.basis) }
        if input.format == .text && input.blocks.isEmpty {
            var doc = annotate(input.text, path: path, given: given)
            doc.source.format = input.format.rawValue
            doc.metadata.byline = doc.metadata.byline ?? input.metadata.byline
            doc.metadata.url = input.metadata.url
            WireStory.apply(&doc)
            return doc
        }
        let buffer = TextBuffer(input.text)
        let lowercase = lowercaseAhead(buffer)
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
        var citations = CitationParser.parse(buffer, blocks: blocks, parallel: onThreads(buffer))
        var metadata = input.metadata
        let dct = DocumentDateInference.infer(buffer, metadata: metadata, citations: citations, given: given)
        metadata.date = dct
        let links = input.styles.filter { $0.kind == .link && $0.target != nil }
        for c in citations.indices {
            for r in citations[c].refs.indices {
                citations[c].refs[r].dates = citations[c].refs[r].rawDates.compactMap { $0.resolved(against: dct.value) }
            }
            let span = citations[c].span
            citations[c].links = links.filter { $0.span.start >= span.start && $0.span.end <= span.end }.compactMap(\.target)
        }
        let (entities, timexes, timeline) = entitiesAndTime(
            buffer, blocks: blocks, sentences: sentences, citations: citations, dct: dct.value,
            lowercase: lowercase)
        return Document(
            text: input.text, source: Document.Source(path: path, format: input.format.rawValue),
            metadata: metadata, blocks: blocks, styles: input.styles, sentences: sentences,
            entities: entities, citations: citations, timexes: timexes, timeline: timeline)
    }
}

/// The value a second thread computes, handed over once (set before the semaphore is signalled,
/// read after it is waited for).
private final class ThreadResult<Value>: @unchecked Sendable {
    private var value: Value?
    private let done = DispatchSemaphore(value: 0)

    /// Runs `work` on a new thread (8 MB of stack, as the main thread has).
    static func start(_ work: @escaping @Sendable () -> Value) -> ThreadResult<Value> {
        let result = ThreadResult<Value>()
        let thread = Thread { result.finish(work()) }
        thread.stackSize = 8 << 20
        thread.start()
        return result
    }

    func finish(_ v: Value) {
        value = v
        done.signal()
    }

    func wait() -> Value {
        done.wait()
        return value!
    }
}
