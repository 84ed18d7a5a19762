/// A small streaming JSON writer that keeps keys in the order they are written
/// (the export contract fixes the order) and escapes strings per RFC 8259.
public struct JSONWriter {
    public private(set) var output: [UInt8] = []
    /// Receives the output in chunks when set (streaming); otherwise all of it stays in `output`.
    private let sink: (([UInt8]) -> Void)?
    private static let chunk = 1 << 20
    private var needsComma: [Bool] = [false]
    private let pretty: Bool
    private var depth = 0

    public init(pretty: Bool = true, reserve: Int = 0, sink: (([UInt8]) -> Void)? = nil) {
        self.pretty = pretty
        self.sink = sink
        output.reserveCapacity(sink == nil ? reserve : JSONWriter.chunk + 4096)
    }

    /// Hands what is buffered to the sink (no-op without one).
    public mutating func flush() {
        guard let sink, !output.isEmpty else { return }
        sink(output)
        output.removeAll(keepingCapacity: true)
    }

    private mutating func flushIfFull() {
        if sink != nil && output.count >= JSONWriter.chunk { flush() }
    }

    public var string: String { String(decoding: output, as: UTF8.self) }

    private mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { output.append(contentsOf: $0) }
    }

    private mutating func newline() {
        guard pretty else { return }
        output.append(0x0A)
        let n = 2 * depth
        if n <= JSONWriter.spaces.count {
            JSONWriter.spaces.withUnsafeBufferPointer { output.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<n])) }
        } else {
            output.append(contentsOf: repeatElement(0x20, count: n))
        }
    }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { output.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
        newline()
    }

    public mutating func beginObject() { valuePrefix(); output.append(UInt8(ascii: "{")); push() }
    public mutating func endObject() { pop(); output.append(UInt8(ascii: "}")) }
    public mutating func beginArray() { valuePrefix(); output.append(UInt8(ascii: "[")); push() }
    public mutating func endArray() { pop(); output.append(UInt8(ascii: "]")) }

    private var pendingKey = false
    private mutating func valuePrefix() {
        if pendingKey { pendingKey = false } else if depth > 0 { separator() }
    }
    private mutating func push() { depth += 1; needsComma.append(false) }
    private mutating func pop() {
        let had = needsComma.removeLast()
        depth -= 1
        if had { newline() }
    }

    /// Writes a key; the next value call writes its value.
    public mutating func key(_ k: String) {
        flushIfFull()
        separator()
        writeString(k)
        output.append(UInt8(ascii: ":"))
        if pretty { output.append(0x20) }
        pendingKey = true
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

    public mutating func field(_ k: String, _ s: String?) { key(k); value(s) }
    public mutating func field(_ k: String, _ n: Int?) { key(k); value(n) }
    public mutating func field(_ k: String, _ b: Bool) { key(k); value(b) }
    public mutating func field(_ k: String, _ d: Double) { key(k); value(d) }

    /// Ends the document with a newline.
    public mutating func newlineAtEnd() { output.append(0x0A) }

    /// `n` in decimal, without building a String (offsets are most of an export's numbers).
    private mutating func appendDecimal(_ n: Int) {
        if n < 0 { output.append(UInt8(ascii: "-")) }
        var m = n.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buf in
            repeat {
                buf[19 - count] = UInt8(ascii: "0") + UInt8(m % 10)
                m /= 10
                count += 1
            } while m > 0
            output.append(contentsOf: UnsafeRawBufferPointer(rebasing: buf[(20 - count)...]))
        }
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 64)
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
                appendEscaped(UnsafeBufferPointer(rebasing: bytes[lo..<hi]))
                flushIfFull()
                lo = hi
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// Appends `bytes` escaped per RFC 8259: runs that need no escape are copied whole.
    private mutating func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
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
