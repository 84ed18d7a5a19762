import Foundation

/// The model file format (little-endian):
///
///     "DNER"  version:u32  tags:u32  features:u32  rowBits:u32  vocabBits:u32  scale:f32
///     transitions: (tags+1)*tags f32
///     weights: (1 << rowBits) * tags i16   (value = i16 * scale)
///     vocab: (1 << vocabBits) / 64 u64
///     checksum: u64 (FNV-1a over every byte before it)
///
/// Any mismatch (magic, version, sizes, checksum) rejects the file: a half-written or foreign
/// file must never load as a model that tags garbage.
extension NERModel {
    /// The model as file bytes.
    public func serialized() -> [UInt8] {
        var out: [UInt8] = []
        let L = NERTags.count
        out.reserveCapacity(64 + transitions.count * 4 + table.count * L * 2 + vocab.count * 8)
        out += NERModel.magic
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out += $0 } }
        func f32(_ v: Float) { u32(v.bitPattern) }
        u32(NERModel.version)
        u32(UInt32(L))
        u32(UInt32(NERFeatures.count))
        u32(UInt32(rowBits))
        u32(UInt32(vocabBits))
        f32(scale)
        for t in transitions { f32(t) }
        for row in table {
            for y in 0..<L { withUnsafeBytes(of: row[y].littleEndian) { out += $0 } }
        }
        for v in vocab { withUnsafeBytes(of: v.littleEndian) { out += $0 } }
        let sum = NERModel.checksum(out[...])
        withUnsafeBytes(of: sum.littleEndian) { out += $0 }
        return out
    }

    /// Writes the model file atomically.
    public func write(to url: URL) throws {
        try Data(serialized()).write(to: url, options: .atomic)
    }

    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        bytes.withUnsafeBufferPointer { p in
            // Eight bytes at a time: the file is megabytes and load time matters.
            var i = 0
            let n = p.count
            while i + 8 <= n {
                var v: UInt64 = 0
                for k in 0..<8 { v |= UInt64(p[i + k]) << UInt64(8 * k) }
                h = (h ^ v) &* 0x0000_0100_0000_01B3
                h ^= h >> 29
                i += 8
            }
            while i < n {
                h = (h ^ UInt64(p[i])) &* 0x0000_0100_0000_01B3
                i += 1
            }
        }
        return h
    }

    /// Parses model file bytes.
    public init(serialized b: [UInt8]) throws {
        guard b.count >= 28 + 8 else { throw NERModelError.truncated }
        guard Array(b[0..<4]) == NERModel.magic else { throw NERModelError.badMagic }
        func u32(_ o: Int) -> UInt32 {
            UInt32(b[o]) | UInt32(b[o + 1]) << 8 | UInt32(b[o + 2]) << 16 | UInt32(b[o + 3]) << 24
        }
        let version = u32(4)
        guard version == NERModel.version else { throw NERModelError.unsupportedVersion(version) }
        let L = Int(u32(8))
        let features = Int(u32(12))
        let rowBits = Int(u32(16))
        let vocabBits = Int(u32(20))
        let scale = Float(bitPattern: u32(24))
        guard L == NERTags.count, features == NERFeatures.count,
              (8...24).contains(rowBits), (6...26).contains(vocabBits), scale.isFinite, scale > 0
        else { throw NERModelError.badHeader }
        let rows = 1 << rowBits
        let nTrans = (L + 1) * L
        let nVocab = (1 << vocabBits) / 64
        let expected = 28 + nTrans * 4 + rows * L * 2 + nVocab * 8 + 8
        guard b.count == expected else { throw NERModelError.truncated }
        let body = expected - 8
        var stored: UInt64 = 0
        for k in 0..<8 { stored |= UInt64(b[body + k]) << UInt64(8 * k) }
        guard NERModel.checksum(b[0..<body]) == stored else { throw NERModelError.checksumMismatch }
        var o = 28
        var transitions = [Float](repeating: 0, count: nTrans)
        for i in 0..<nTrans {
            transitions[i] = Float(bitPattern: u32(o))
            o += 4
        }
        guard transitions.allSatisfy({ $0.isFinite }) else { throw NERModelError.badHeader }
        var table = [SIMD16<Int16>](repeating: .zero, count: rows)
        b.withUnsafeBufferPointer { p in
            table.withUnsafeMutableBufferPointer { w in
                var i = o
                for r in 0..<rows {
                    var v = SIMD16<Int16>.zero
                    for y in 0..<L {
                        // Clamped: sums of in-range weights cannot overflow (see quantLimit).
                        let q = Int16(bitPattern: UInt16(p[i]) | UInt16(p[i + 1]) << 8)
                        v[y] = max(-Int16(NERModel.quantLimit), min(Int16(NERModel.quantLimit), q))
                        i += 2
                    }
                    w[r] = v
                }
            }
        }
        o += rows * L * 2
        var vocab = [UInt64](repeating: 0, count: nVocab)
        for i in 0..<nVocab {
            var v: UInt64 = 0
            for k in 0..<8 { v |= UInt64(b[o + 8 * i + k]) << UInt64(8 * k) }
            vocab[i] = v
        }
        self.init(rowBits: rowBits, vocabBits: vocabBits, table: table, scale: scale, transitions: transitions, vocab: vocab)
    }
}
