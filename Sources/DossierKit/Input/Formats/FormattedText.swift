/// What a format reader hands to the annotator: the display text that every offset points
/// into, its blocks, the inline styles, and the metadata the markup gave (each date with the
/// origin that its `basis` names). No markup is left in `text`.
public struct FormattedText: Sendable {
    public var text: String
    public var blocks: [Block]
    public var styles: [InlineStyle]
    /// Title, byline, site, url, and a date the page declares (which outranks inference).
    public var metadata: Metadata
    public var format: InputFormat
    public var notices: [String]

    public init(
        text: String, blocks: [Block], styles: [InlineStyle] = [], metadata: Metadata = Metadata(),
        format: InputFormat, notices: [String] = []
    ) {
        self.text = text
        self.blocks = blocks
        self.styles = styles
        self.metadata = metadata
        self.format = format
        self.notices = notices
    }
}

/// Builds display text block by block: collapses whitespace the way a browser does, separates
/// blocks with a blank line, and records block and style spans in Unicode scalar offsets.
/// Blocks and styles that end up empty leave nothing behind.
struct TextAssembler {
    private(set) var text = ""
    private(set) var count = 0
    private(set) var blocks: [Block] = []
    private(set) var styles: [InlineStyle] = []
    private var kind: Block.Kind?
    private var blockStart = 0
    private var started = false
    private var pendingSpace = false
    private var pendingBreak: Unicode.Scalar?
    private var open: [(kind: InlineStyle.Kind, start: Int?, target: String?)] = []
    /// Inside `<pre>` or a code block: whitespace and line breaks are kept.
    var preserveWhitespace = false

    var isInBlock: Bool { kind != nil }
    var currentKind: Block.Kind? { kind }

    /// Ends the current block (if any) and starts one of `kind`.
    mutating func begin(_ kind: Block.Kind) {
        end()
        self.kind = kind
        started = false
        pendingSpace = false
        pendingBreak = nil
    }

    /// Ends the current block; a block with no visible character is dropped.
    mutating func end() {
        guard let k = kind else { return }
        if started { blocks.append(Block(kind: k, span: Span(blockStart, count))) }
        kind = nil
        started = false
        pendingSpace = false
        pendingBreak = nil
    }

    /// Appends text, opening a paragraph when no block is open.
    mutating func append(_ s: String) {
        if kind == nil { begin(.paragraph) }
        for u in s.unicodeScalars {
            // Soft hyphens and zero-width characters are hints to the browser's line breaking,
            // invisible on the page: kept, they cut names in two ("Vladi\u{AD}mir Putin").
            if Self.isInvisibleBreakHint(u) { continue }
            if Self.isSpace(u) {
                if preserveWhitespace && started {
                    if let b = pendingBreak { emit(b); pendingBreak = nil }
                    emit(u == "\r" ? "\n" : (u == "\u{A0}" ? " " : u))
                } else {
                    pendingSpace = started
                }
                continue
            }
            if !started {
                if count > 0 { raw("\n\n") }
                blockStart = count
                started = true
                pendingSpace = false
            } else if let b = pendingBreak {
                emit(b)
            } else if pendingSpace {
                raw(" ")
            }
            pendingSpace = false
            pendingBreak = nil
            resolveOpenStyles()
            emit(u)
        }
    }

    /// A hard line break inside the block (`<br>`).
    mutating func lineBreak() {
        guard started else { return }
        pendingBreak = "\n"
    }

    /// A separator between table cells.
    mutating func cellBreak() {
        guard started else { return }
        pendingBreak = "\t"
    }

    mutating func openStyle(_ kind: InlineStyle.Kind, target: String? = nil) {
        open.append((kind, nil, target))
    }

    mutating func closeStyle() {
        guard let s = open.popLast() else { return }
        if let a = s.start, a < count { styles.append(InlineStyle(kind: s.kind, span: Span(a, count), target: s.target)) }
    }

    /// The whole result; open blocks are ended.
    mutating func finish() -> (text: String, blocks: [Block], styles: [InlineStyle]) {
        end()
        while !open.isEmpty { closeStyle() }
        styles.sort { $0.span < $1.span }
        return (text, blocks, styles)
    }

    private mutating func resolveOpenStyles() {
        for i in open.indices.reversed() {
            if open[i].start != nil { break }
            open[i].start = count
        }
    }

    private mutating func emit(_ u: Unicode.Scalar) {
        text.unicodeScalars.append(u)
        count += 1
    }

    private mutating func raw(_ s: String) {
        for u in s.unicodeScalars { emit(u) }
    }

    static func isSpace(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0xA0: return true
        default: return false
        }
    }

    /// Soft hyphen, zero-width space, word joiner and a byte-order mark inside the text.
    static func isInvisibleBreakHint(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0xAD, 0x200B, 0x2060, 0xFEFF: return true
        default: return false
        }
    }
}
