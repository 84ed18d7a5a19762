/// A small streaming JSON writer that keeps keys in the order they are written
/// (the export contract fixes the order) and escapes strings per RFC 8259.
///
/// Keys are static strings (the contract's names): they are copied without escaping. Nesting is
/// kept as a bit per level (whether the level has a value yet), so a writer can start at any
/// ``Position`` of a document and write the same bytes a single writer would there — what
/// ``JSONParts`` uses to render slices of one document on several threads.
public struct JSONWriter {
    /// Storage: bytes `0..<count` are the output, the rest is room written through a pointer
    /// (one capacity check per call instead of one per byte appended).
    private var buf: [UInt8] = []
    private var count = 0
    /// The output not yet handed to a sink.
    public var output: [UInt8] { Array(buf[..<count]) }
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
        buf = [UInt8](repeating: 0, count: max(256, sink == nil ? reserve : JSONWriter.chunk + 4096))
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
        guard let sink, count > 0 else { return }
        sink(output)
        count = 0
    }

    @inline(__always) private mutating func flushIfFull() {
        if sink != nil && count >= JSONWriter.chunk { flush() }
    }

    /// Takes what is buffered, leaving the position as it is.
    public mutating func take() -> [UInt8] {
        defer { count = 0 }
        return output
    }

    public var string: String { String(decoding: buf[..<count], as: UTF8.self) }

    /// Writes at most `most` bytes through `body`, which returns how many it wrote.
    @inline(__always) private mutating func write(most: Int, _ body: (UnsafeMutablePointer<UInt8>, inout Cursor) -> Int) {
        if count + most > buf.count { grow(count + most) }
        let at = count
        var cursor = Cursor(position: position, pretty: pretty)
        count += buf.withUnsafeMutableBufferPointer { body($0.baseAddress! + at, &cursor) }
        position = cursor.position
    }

    /// The position while bytes are written through a pointer (kept apart from the storage so
    /// both can change in one call).
    private struct Cursor {
        var position: Position
        let pretty: Bool

        /// The comma (when the level already holds a value) and the line break and indent of a
        /// new value at this level, written at `p`; returns the bytes written.
        @inline(__always) mutating func separator(_ p: UnsafeMutablePointer<UInt8>) -> Int {
            let bit: UInt64 = 1 << UInt64(position.depth)
            var i = 0
            if position.filled & bit != 0 { p[0] = UInt8(ascii: ","); i = 1 }
            position.filled |= bit
            return i + newline(p + i)
        }

        @inline(__always) func newline(_ p: UnsafeMutablePointer<UInt8>) -> Int {
            guard pretty else { return 0 }
            let n = 2 * position.depth
            p[0] = 0x0A
            (p + 1).update(repeating: 0x20, count: n)
            return n + 1
        }

        /// What goes before a value: nothing after a key, else a separator (inside an array).
        @inline(__always) mutating func valuePrefix(_ p: UnsafeMutablePointer<UInt8>) -> Int {
            if position.pendingKey { position.pendingKey = false; return 0 }
            return position.depth > 0 ? separator(p) : 0
        }
    }

    private mutating func grow(_ need: Int) {
        let size = max(need, buf.count * 2)
        buf.append(contentsOf: repeatElement(0, count: size - buf.count))
    }

    @inline(__always) private mutating func byte(_ b: UInt8) {
        write(most: 1) { p, _ in p[0] = b; return 1 }
    }

    @inline(__always) private mutating func raw(_ s: StaticString) {
        let n = s.utf8CodeUnitCount
        write(most: n) { p, _ in p.update(from: s.utf8Start, count: n); return n }
    }

    /// The most bytes ``separator(_:)`` writes.
    @inline(__always) private var separatorMost: Int { 2 + 2 * position.depth }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    private mutating func open(_ bracket: UInt8) {
        // The writer's callers nest a fixed number of levels (code, not data, decides).
        precondition(position.depth < JSONWriter.maxDepth, "JSONWriter nested deeper than \(JSONWriter.maxDepth)")
        write(most: separatorMost + 1) { p, c in
            let i = c.valuePrefix(p)
            p[i] = bracket
            return i + 1
        }
        position.depth += 1
        position.filled &= ~(1 << UInt64(position.depth))
    }

    private mutating func close(_ bracket: UInt8) {
        let had = position.filled & (1 << UInt64(position.depth)) != 0
        position.depth -= 1
        write(most: separatorMost + 1) { p, c in
            let i = had ? c.newline(p) : 0
            p[i] = bracket
            return i + 1
        }
    }

    mutating func valuePrefix() {
        write(most: separatorMost) { p, c in c.valuePrefix(p) }
    }

    mutating func appendQuote() { byte(UInt8(ascii: "\"")) }

    /// Marks the current level as holding a value (written elsewhere, e.g. by ``JSONParts``).
    mutating func markFilled() { position.filled |= 1 << UInt64(position.depth) }

    /// Writes a key (a name of the contract: plain ASCII, no escapes); the next value call
    /// writes its value.
    public mutating func key(_ k: StaticString) {
        flushIfFull()
        let n = k.utf8CodeUnitCount
        write(most: separatorMost + n + 4) { p, c in
            var i = c.separator(p)
            p[i] = UInt8(ascii: "\"")
            (p + i + 1).update(from: k.utf8Start, count: n)
            i += n + 1
            p[i] = UInt8(ascii: "\""); p[i + 1] = UInt8(ascii: ":"); i += 2
            if c.pretty { p[i] = 0x20; i += 1 }
            return i
        }
        position.pendingKey = true
    }

    public mutating func value(_ s: String?) {
        guard let s else { return value(nil as Int?) }
        valuePrefix()
        writeString(s)
    }
    public mutating func value(_ n: Int?) {
        write(most: separatorMost + 20) { p, c in
            let i = c.valuePrefix(p)
            guard let n else {
                for (k, c) in "null".utf8.enumerated() { p[i + k] = c }
                return i + 4
            }
            return i + JSONWriter.decimal(n, p + i)
        }
    }
    public mutating func value(_ d: Double) {
        valuePrefix()
        for c in (d.isFinite ? String(d) : "null").utf8 { byte(c) }
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
    public mutating func newlineAtEnd() { byte(0x0A) }

    /// `n` in decimal at `p` (at most 20 bytes); returns the bytes written.
    @inline(__always) private static func decimal(_ n: Int, _ p: UnsafeMutablePointer<UInt8>) -> Int {
        if n >= 0 && n < 10 { p[0] = UInt8(ascii: "0") + UInt8(n); return 1 }
        var i = 0
        if n < 0 { p[0] = UInt8(ascii: "-"); i = 1 }
        var m = n.magnitude
        var digits = 0
        var t = m
        repeat { digits += 1; t /= 10 } while t > 0
        var k = i + digits - 1
        repeat {
            p[k] = UInt8(ascii: "0") + UInt8(m % 10)
            m /= 10
            k -= 1
        } while m > 0
        return i + digits
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func writeString(_ s: String) {
        appendQuote()
        var s = s
        s.withUTF8 { bytes in
            // In slices of a sixteenth of a chunk (at most six times that escaped), so a long
            // text streams instead of growing the buffer.
            var lo = 0
            while lo < bytes.count {
                let hi = min(bytes.count, lo + JSONWriter.chunk / 16)
                let slice = UnsafeBufferPointer(rebasing: bytes[lo..<hi])
                write(most: 6 * slice.count) { p, _ in JSONWriter.escape(slice, to: p) }
                flushIfFull()
                lo = hi
            }
        }
        appendQuote()
    }

    /// Writes `bytes` escaped per RFC 8259 at `out` (room for six bytes per byte); returns the
    /// bytes written. Runs that need no escape are copied whole.
    static func escape(_ bytes: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var o = 0
        var run = 0
        for i in 0..<bytes.count {
            let b = bytes[i]
            if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0x7F { continue }
            if run < i { (out + o).update(from: bytes.baseAddress! + run, count: i - run); o += i - run }
            run = i + 1
            out[o] = 0x5C
            switch b {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out[o + 1] = b; o += 2
            case 0x0A: out[o + 1] = UInt8(ascii: "n"); o += 2
            case 0x0D: out[o + 1] = UInt8(ascii: "r"); o += 2
            case 0x09: out[o + 1] = UInt8(ascii: "t"); o += 2
            default:
                out[o + 1] = UInt8(ascii: "u"); out[o + 2] = 0x30; out[o + 3] = 0x30
                out[o + 4] = hex[Int(b >> 4)]; out[o + 5] = hex[Int(b & 0xF)]
                o += 6
            }
        }
        if run < bytes.count { (out + o).update(from: bytes.baseAddress! + run, count: bytes.count - run); o += bytes.count - run }
        return o
    }

    /// `bytes` escaped per RFC 8259. Only ASCII bytes are ever escaped, so any byte range of
    /// UTF-8 text escapes on its own.
    static func escaped(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: 6 * bytes.count) { out, n in n = escape(bytes, to: out.baseAddress!) }
    }
}
