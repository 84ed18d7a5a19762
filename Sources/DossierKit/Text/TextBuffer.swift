/// The article text as UTF-8 bytes, with cheap conversion between byte offsets and the
/// Unicode scalar offsets the model uses.
///
/// Annotators scan `bytes` (fast, compact) and report spans in scalar offsets. A checkpoint
/// every 64 bytes keeps the conversion O(1) amortized with 1/16 of the input in memory.
public struct TextBuffer: Sendable {
    public let bytes: [UInt8]
    /// True when every byte is ASCII: byte and scalar offsets are then the same.
    public let isASCII: Bool
    /// `checkpoints[i]` = number of scalars that start before byte `i * 64`.
    private let checkpoints: [Int32]
    public let scalarCount: Int

    private static let stride = 64

    public init(_ string: String) {
        self.init(bytes: Array(string.utf8))
    }

    /// `bytes` must be valid UTF-8 (as from a `String`).
    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var ascii = true
        var cps: [Int32] = []
        cps.reserveCapacity(bytes.count / TextBuffer.stride + 1)
        var count = 0
        bytes.withUnsafeBufferPointer { buf in
            for i in 0..<buf.count {
                if i % TextBuffer.stride == 0 { cps.append(Int32(truncatingIfNeeded: count)) }
                let b = buf[i]
                if b & 0xC0 != 0x80 { count += 1 }
                if b >= 0x80 { ascii = false }
            }
        }
        self.isASCII = ascii
        self.checkpoints = cps
        self.scalarCount = count
    }

    public var count: Int { bytes.count }

    /// The scalar offset of the scalar that starts at (or contains) byte `b`; `count` maps to `scalarCount`.
    public func scalarOffset(ofByte b: Int) -> Int {
        if isASCII || b <= 0 { return max(0, min(b, bytes.count)) }
        if b >= bytes.count { return scalarCount }
        let cp = b / TextBuffer.stride
        var n = Int(checkpoints[cp])
        var i = cp * TextBuffer.stride
        while i < b {
            if bytes[i] & 0xC0 != 0x80 { n += 1 }
            i += 1
        }
        // A byte in the middle of a scalar belongs to the scalar counted last.
        if bytes[b] & 0xC0 == 0x80 { n -= 1 }
        return n
    }

    /// The byte offset where scalar `s` starts; `scalarCount` maps to `count`.
    public func byteOffset(ofScalar s: Int) -> Int {
        if isASCII || s <= 0 { return max(0, min(s, bytes.count)) }
        if s >= scalarCount { return bytes.count }
        // Last checkpoint with count <= s.
        var lo = 0
        var hi = checkpoints.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(checkpoints[mid]) <= s { lo = mid } else { hi = mid - 1 }
        }
        var i = lo * TextBuffer.stride
        var n = Int(checkpoints[lo])
        // Move to the first scalar start at or after i.
        while i < bytes.count && bytes[i] & 0xC0 == 0x80 { i += 1 }
        while i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 {
                if n == s { return i }
                n += 1
            }
            i += 1
        }
        return bytes.count
    }

    /// Converts a byte range to a scalar span.
    public func span(bytes r: Range<Int>) -> Span {
        Span(scalarOffset(ofByte: r.lowerBound), scalarOffset(ofByte: r.upperBound))
    }

    /// Converts a scalar span to a byte range.
    public func byteRange(_ span: Span) -> Range<Int> {
        let a = byteOffset(ofScalar: span.start)
        return a..<max(a, byteOffset(ofScalar: span.end))
    }

    /// The text of a byte range.
    public func string(_ r: Range<Int>) -> String {
        let lo = max(0, min(r.lowerBound, bytes.count))
        let hi = max(lo, min(r.upperBound, bytes.count))
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }

    /// The text of a scalar span.
    public func string(_ span: Span) -> String { string(byteRange(span)) }

    /// Decodes the scalar starting at byte `i`: the scalar and its length in bytes.
    /// Returns U+FFFD with length 1 on a malformed or truncated sequence.
    @inline(__always)
    public func scalar(at i: Int) -> (Unicode.Scalar, Int) {
        Bytes.scalar(bytes, at: i, end: bytes.count)
    }

    /// The start byte of the scalar that ends just before byte `i`.
    @inline(__always)
    public func previousScalarStart(_ i: Int) -> Int {
        var j = i - 1
        while j > 0 && bytes[j] & 0xC0 == 0x80 { j -= 1 }
        return j
    }
}
