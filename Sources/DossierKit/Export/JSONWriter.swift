/// A small streaming JSON writer that keeps keys in the order they are written
/// (the export contract fixes the order) and escapes strings per RFC 8259.
///
/// Keys are static strings (the contract's names): they are copied without escaping. Nesting is
/// kept as a bit per level (whether the level has a value yet), so a writer can start at any
/// ``Position`` of a document and write the same bytes a single writer would there — what
/// ``JSONParts`` uses to render slices of one document on several threads.
public struct JSONWriter {
    public private(set) var output: [UInt8] = []
    /// Receives the output in chunks when set (streaming); otherwise all of it stays in `output`.
    private let sink: (([UInt8]) -> Void)?
    static let chunk = 1 << 20
    private let pretty: Bool
    private var position = Position()

    /// Where a writer stands in a document: nesting depth, which levels already hold a value
    /// (bit `d` for depth `d`), and whether a key waits for its value.
    public struct Position: Sendable, Equatable {
        var depth = 0
        var filled: UInt64 = 0
        var pendingKey = false
    }

    /// The deepest nesting a writer supports (the export contract nests 6 levels).
    public static let maxDepth = 62

    public init(pretty: Bool = true, reserve: Int = 0, sink: (([UInt8]) -> Void)? = nil) {
        self.pretty = pretty
        self.sink = sink
        output.reserveCapacity(sink == nil ? reserve : JSONWriter.chunk + 4096)
    }

    /// A writer that continues a document at `position` (its output is what follows there).
    public init(pretty: Bool, continuing position: Position, reserve: Int = 0) {
        self.init(pretty: pretty, reserve: reserve)
        self.position = position
    }

    /// Where the next value goes.
    public var at: Position { position }
    public var isPretty: Bool { pretty }

    /// Hands what is buffered to the sink (no-op without one).
    public mutating func flush() {
        guard let sink, !output.isEmpty else { return }
        sink(output)
        output.removeAll(keepingCapacity: true)
    }

    @inline(__always) private mutating func flushIfFull() {
        if sink != nil && output.count >= JSONWriter.chunk { flush() }
    }

    /// Takes what is buffered, leaving the position as it is.
    public mutating func take() -> [UInt8] {
        defer { output.removeAll(keepingCapacity: true) }
        return output
    }

    public var string: String { String(decoding: output, as: UTF8.self) }

    @inline(__always) private mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { output.append(contentsOf: $0) }
    }

    @inline(__always) private mutating func newline() {
        guard pretty else { return }
        let n = 2 * position.depth
        JSONWriter.newlineAndSpaces.withUnsafeBufferPointer { output.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<(n + 1)])) }
    }

    @inline(__always) private mutating func separator() {
        let bit: UInt64 = 1 << UInt64(position.depth)
        if position.filled & bit != 0 { output.append(UInt8(ascii: ",")) }
        position.filled |= bit
        newline()
    }

    public mutating func beginObject() { valuePrefix(); output.append(UInt8(ascii: "{")); push() }
    public mutating func endObject() { pop(); output.append(UInt8(ascii: "}")) }
    public mutating func beginArray() { valuePrefix(); output.append(UInt8(ascii: "[")); push() }
    public mutating func endArray() { pop(); output.append(UInt8(ascii: "]")) }

    @inline(__always) mutating func valuePrefix() {
        if position.pendingKey { position.pendingKey = false } else if position.depth > 0 { separator() }
    }
    private mutating func push() {
        // The writer's callers nest a fixed number of levels (code, not data, decides).
        precondition(position.depth < JSONWriter.maxDepth, "JSONWriter nested deeper than \(JSONWriter.maxDepth)")
        position.depth += 1
        position.filled &= ~(1 << UInt64(position.depth))
    }
    private mutating func pop() {
        let had = position.filled & (1 << UInt64(position.depth)) != 0
        position.depth -= 1
        if had { newline() }
    }

    mutating func appendQuote() { output.append(UInt8(ascii: "\"")) }

    /// Marks the current level as holding a value (written elsewhere, e.g. by ``JSONParts``).
    mutating func markFilled() { position.filled |= 1 << UInt64(position.depth) }

    /// Writes a key (a name of the contract: plain ASCII, no escapes); the next value call
    /// writes its value.
    public mutating func key(_ k: StaticString) {
        flushIfFull()
        separator()
        output.append(UInt8(ascii: "\""))
        raw(k)
        if pretty { raw("\": ") } else { raw("\":") }
        position.pendingKey = true
    }

    public mutating func value(_ s: String?) {
        valuePrefix()
        if let s { writeString(s) } else { raw("null") }
    }
    public mutating func value(_ n: Int?) {
        valuePrefix()
        if let n { appendDecimal(n) } else { raw("null") }
    }
    public mutating func value(_ d: Double) {
        valuePrefix()
        output.append(contentsOf: (d.isFinite ? String(d) : "null").utf8)
    }
    public mutating func value(_ b: Bool) {
        valuePrefix()
        if b { raw("true") } else { raw("false") }
    }

    public mutating func field(_ k: StaticString, _ s: String?) { key(k); value(s) }
    public mutating func field(_ k: StaticString, _ n: Int?) { key(k); value(n) }
    public mutating func field(_ k: StaticString, _ b: Bool) { key(k); value(b) }
    public mutating func field(_ k: StaticString, _ d: Double) { key(k); value(d) }

    /// Ends the document with a newline.
    public mutating func newlineAtEnd() { output.append(0x0A) }

    /// `n` in decimal, without building a String (offsets are most of an export's numbers).
    private mutating func appendDecimal(_ n: Int) {
        if n >= 0 && n < 10 { output.append(UInt8(ascii: "0") + UInt8(n)); return }
        if n < 0 { output.append(UInt8(ascii: "-")) }
        var m = n.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buf in
            repeat {
                buf[23 - count] = UInt8(ascii: "0") + UInt8(m % 10)
                m /= 10
                count += 1
            } while m > 0
            output.append(contentsOf: UnsafeRawBufferPointer(rebasing: buf[(24 - count)...]))
        }
    }

    private static let newlineAndSpaces: [UInt8] = [0x0A] + [UInt8](repeating: 0x20, count: 2 * maxDepth + 2)
    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func writeString(_ s: String) {
        output.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            // In slices of a quarter chunk (at most twice that escaped), so a long text streams
            // instead of growing the buffer.
            var lo = 0
            while lo < bytes.count {
                let hi = min(bytes.count, lo + JSONWriter.chunk / 4)
                JSONWriter.appendEscaped(UnsafeBufferPointer(rebasing: bytes[lo..<hi]), to: &output)
                flushIfFull()
                lo = hi
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// Appends `bytes` escaped per RFC 8259: runs that need no escape are copied whole. Only
    /// ASCII bytes are ever escaped, so any byte range of UTF-8 text escapes on its own.
    static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var run = 0
        for i in 0..<bytes.count {
            let b = bytes[i]
            if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0x7F { continue }
            if run < i { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i])) }
            run = i + 1
            switch b {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): output.append(0x5C); output.append(b)
            case 0x0A: output.append(0x5C); output.append(UInt8(ascii: "n"))
            case 0x0D: output.append(0x5C); output.append(UInt8(ascii: "r"))
            case 0x09: output.append(0x5C); output.append(UInt8(ascii: "t"))
            default:
                output.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30])
                output.append(JSONWriter.hex[Int(b >> 4)])
                output.append(JSONWriter.hex[Int(b & 0xF)])
            }
        }
        if run < bytes.count { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...])) }
    }
}
