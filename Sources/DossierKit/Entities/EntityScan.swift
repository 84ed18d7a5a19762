import Foundation

/// Flags of one token of the name scanner.
struct TokFlags: OptionSet {
    let rawValue: UInt16
    static let cap = TokFlags(rawValue: 1)          // first letter uppercase
    static let allCaps = TokFlags(rawValue: 2)      // ≥ 2 letters, none lowercase
    static let lower = TokFlags(rawValue: 4)        // first letter lowercase
    static let digitFirst = TokFlags(rawValue: 8)
    static let hasDigit = TokFlags(rawValue: 16)
    static let hasDot = TokFlags(rawValue: 32)      // internal dot (domains, U.S)
    static let sentStart = TokFlags(rawValue: 64)   // first word of a sentence or line
    static let title = TokFlags(rawValue: 128)      // in the title block (every word capitalized)
    static let domain = TokFlags(rawValue: 256)     // name.tld
    static let citeItem = TokFlags(rawValue: 512)   // starts a source item inside a citation-like parenthetical
}

/// The per-document scanner (value type; all state is local to one call).
struct EntityScan {
    let text: TextBuffer
    let bytes: [UInt8]
    let knowledge: Knowledge
    /// The learned tagger, if any (see ``EntityRecognizer/model``).
    var model: NERModel?
    /// Minimum tagger confidence to accept a span the rules could not decide (~97% precise on
    /// CoNLL at ≥ 0.9 per Data/ner/README.md).
    static let modelThreshold = 0.9
    /// The tagger's confidence needed to call a plain pair of unknown words a person when no cue
    /// (given name, role, reporting verb, surname ending) says so: in this genre the tagger's
    /// PERSON calls are far less precise than on wire news (Data/ner/README.md).
    static let personWithoutCueThreshold = 0.97
    /// The tagger's answer for each plain unknown pair already asked about (by name hash): the
    /// same name is not tagged again in every sentence of a chunk that repeats it. It starts
    /// empty in each chunk of the first look (so chunks may run on several threads) and once
    /// more for the later steps.
    final class TaggerMemo { var typeOfName: [UInt64: EntityType?] = [:] }
    var taggerMemo = TaggerMemo()
    /// Look at the chunks of a big text on several threads (see ``firstLook(_:)``).
    var parallel = false

    /// One token of the current chunk.
    struct Tok {
        var start: Int32
        var len: UInt16
        var gap: NameTokenizer.Gap
        var flags: TokFlags
        var lex: UInt32
        var hash: UInt64
    }
    /// The current chunk's tokens (reused between chunks).
    var toks: [Tok] = []
    /// Byte ranges of known citation sources (from the citation stage).
    var sourceRanges: [Range<Int>] = []
    var titleRanges: [Range<Int>] = []
    /// Hashes of every lowercase-initial token: a capitalized word also used in lowercase is a
    /// common word, not a name.
    var lowercaseSeen = HashMap64(capacity: 1024)

    init(text: TextBuffer, knowledge: Knowledge, blocks: [Block], citations: [Citation]) {
        self.text = text
        self.bytes = text.bytes
        self.knowledge = knowledge
        for c in citations {
            for r in c.refs {
                let range = text.byteRange(r.sourceSpan)
                // A credit naming a photographer and agencies ("Tam Orsk/AFP/Getty Images") is
                // several names: its words are read as in running text.
                if c.kind == .credit, text.bytes[range].contains(0x2F) || text.bytes[range].count > 40 { continue }
                sourceRanges.append(range)
            }
        }
        for bl in blocks where bl.kind == .title || bl.kind == .heading {
            // Only a real headline: short, one line, not a paragraph of prose.
            let r = text.byteRange(bl.span)
            guard r.count <= 240, !text.bytes[r].contains(0x0A), !text.bytes[r].contains(where: { $0 == 0x2E }) || r.count < 120
            else { continue }
            titleRanges.append(r)
        }
        sourceRanges.sort { $0.lowerBound < $1.lowerBound }
        titleRanges.sort { $0.lowerBound < $1.lowerBound }
    }

    var count: Int { toks.count }
    @inline(__always) func startByte(_ t: Int) -> Int { Int(toks[t].start) }
    @inline(__always) func endByte(_ t: Int) -> Int { Int(toks[t].start) + Int(toks[t].len) }
    /// The token's hash, computed on demand (cheaper in memory than storing one per token).
    @inline(__always) func lex(_ t: Int, _ c: Lexicon.Cls) -> Bool { toks[t].lex & c.rawValue != 0 }
    @inline(__always) func hash(_ t: Int) -> UInt64 { toks[t].hash }
    @inline(__always) func has(_ t: Int, _ f: TokFlags) -> Bool { toks[t].flags.contains(f) }
    @inline(__always) func nameLike(_ t: Int) -> Bool {
        toks[t].flags.contains(.cap) || toks[t].flags.contains(.domain) || (toks[t].flags.contains(.digitFirst) && toks[t].flags.contains(.hasDot))
    }
}
