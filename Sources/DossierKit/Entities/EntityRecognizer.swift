/// Finds entity mentions and groups them into entities (annotation guidelines §1).
///
/// Mentions come from three sources, combined per capitalized run of tokens: the knowledge
/// base (longest known name wins), rules over the run's shape and context (organization and
/// event heads, role words before a person, reporting verbs after one, web domains, citation
/// source positions), and a document-level pass that accepts a sentence-initial word once the
/// same name has been seen mid-sentence. ``EntityGrouper`` then builds entities and actors.
public struct EntityRecognizer: Sendable {
    public var knowledge: Knowledge
    /// The learned tagger (``NERModel``), consulted only where the rules find no evidence:
    /// isolated unknown words, unconfirmed sentence-initial runs, and last the capitalized runs
    /// the rules left untyped; in a text of sports results it also tells a team named after its
    /// town from the town (see EntityScan+ModelFill.swift). Nil: rules alone.
    ///
    /// Given by the annotator (``Annotator/loadDefault()`` loads Data/ner/model.bin): measured
    /// 2026-11-28, it lifts CoNLL eng.testa (wire news) PER/LOC/ORG F1 from 0.730 to 0.805 and
    /// leaves the genre sets level (dev 1.000, held-out core 0.985 → 0.984) for +2.5 MB peak
    /// memory and a few percent of speed.
    public var model: NERModel?

    public init(knowledge: Knowledge, model: NERModel?) {
        self.knowledge = knowledge
        self.model = model
    }

    /// Recognizes mentions and groups them into entities ordered by first mention.
    /// `lowercase`: what ``lowercaseWords(_:)`` gave for this text, when a caller computed it
    /// ahead (on another thread while the text's structure is parsed); computed here otherwise.
    /// `parallel`: look at a big text's chunks on several threads (the same mentions).
    public func recognize(
        _ text: TextBuffer, blocks: [Block], citations: [Citation], lowercase: LowercaseWords? = nil, parallel: Bool = false
    ) -> [Entity] {
        let found = mentions(text, blocks: blocks, citations: citations, lowercase: lowercase, parallel: parallel)
        return EntityGrouper(knowledge: knowledge).group(found, text: text)
    }

    /// A recognized mention before grouping: byte range, type, and the knowledge entry if any.
    /// Stored compactly (16 bytes): a big input has hundreds of thousands of these.
    public struct Found: Sendable, Equatable {
        private var lo: Int32
        private var hi: Int32
        private var entryRaw: Int32
        private var tokenCount: UInt16
        public var type: EntityType
        /// Typed only because the same name was typed elsewhere in the article (no evidence of
        /// its own): it follows the article's vote instead of casting one.
        public var derived: Bool

        public init(bytes: Range<Int>, type: EntityType, entry: Int32?, tokens: Int, derived: Bool = false) {
            lo = Int32(truncatingIfNeeded: bytes.lowerBound)
            hi = Int32(truncatingIfNeeded: bytes.upperBound)
            entryRaw = entry ?? -1
            tokenCount = UInt16(clamping: tokens)
            self.type = type
            self.derived = derived
        }

        public var bytes: Range<Int> {
            get { Int(lo)..<max(Int(lo), Int(hi)) }
            set { lo = Int32(truncatingIfNeeded: newValue.lowerBound); hi = Int32(truncatingIfNeeded: newValue.upperBound) }
        }
        /// Index into ``Knowledge/entries`` when the name is known.
        public var entry: Int32? {
            get { entryRaw < 0 ? nil : entryRaw }
            set { entryRaw = newValue ?? -1 }
        }
        /// Token count (for grouping surnames with full names).
        public var tokens: Int { Int(tokenCount) }
    }

    /// All mentions in text order (no overlaps).
    public func mentions(
        _ text: TextBuffer, blocks: [Block], citations: [Citation], lowercase: LowercaseWords? = nil, parallel: Bool = false
    ) -> [Found] {
        var scan = EntityScan(text: text, knowledge: knowledge, blocks: blocks, citations: citations)
        scan.model = model
        scan.parallel = parallel
        if let lowercase { scan.lowercaseSeen = lowercase.hashes }
        return scan.run()
    }
}

typealias Found = EntityRecognizer.Found

extension EntityRecognizer {
    /// Every lowercase-initial word of a text (by hash): a capitalized word also used in
    /// lowercase is a common word, not a name. Needs only the bytes, so it can be computed
    /// while the rest of the annotation prepares.
    public struct LowercaseWords: Sendable {
        let hashes: HashMap64
    }

    public static func lowercaseWords(_ text: TextBuffer) -> LowercaseWords {
        LowercaseWords(hashes: EntityScan.lowercaseWords(text.bytes))
    }
}

extension EntityType {
    /// A per-type salt for hash keys.
    var hashSalt: UInt64 {
        switch self {
        case .person: 0x11
        case .place: 0x22
        case .org: 0x33
        case .media: 0x44
        case .event: 0x55
        case .norp: 0x66
        }
    }
}
