import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The model file format (little-endian):
///
///     "DNER"  version:u32  tags:u32  features:u32  rowBits:u32  vocabBits:u32  scale:f32
///     transitions: (tags+1)*tags f32
///     zero padding to a multiple of 16 bytes
///     weights, tags 0–7: (1 << rowBits) * 8 i16   (value = i16 * scale, |i16| ≤ quantLimit)
///     weights, tag 8: (1 << rowBits) i16
///     vocab: (1 << vocabBits) / 64 u64
///     checksum: u64 (FNV-1a over every byte before it)
///
/// Any mismatch (magic, version, sizes, weight range, checksum) rejects the file: a half-written
/// or foreign file must never load as a model that tags garbage. The tagger reads the weights and
/// the vocabulary in place from these bytes, so loading only reads and checks them. The weights
/// are split so that a row's first eight tags are one aligned 16-byte load. Version 1 files (rows
/// of 9 tags, no padding) still load, converted to this layout.
extension NERModel {
    /// Offset of the weights: after the header and transitions, rounded up to 16 bytes.
    static func weightsOffset(transitions: Int) -> Int {
        (headerBytes + transitions * 4 + 15) & ~15
    }

    /// The model as file bytes.
    public func serialized() -> [UInt8] { image }

    /// Writes the model file atomically.
    public func write(to url: URL) throws {
        try Data(image).write(to: url, options: .atomic)
    }

    /// Builds a file image from its parts (checksum appended); `weights` is rows × tags, row-major.
    static func image(
        rowBits: Int, vocabBits: Int, scale: Float, transitions: [Float], weights: [Int16], vocab: [UInt64]
    ) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(headerBytes + transitions.count * 4 + weights.count * 2 + vocab.count * 8 + 8)
        out += NERModel.magic
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out += $0 } }
        u32(NERModel.version)
        u32(UInt32(NERTags.count))
        u32(UInt32(NERFeatures.count))
        u32(UInt32(rowBits))
        u32(UInt32(vocabBits))
        u32(scale.bitPattern)
        for t in transitions { u32(t.bitPattern) }
        while out.count < weightsOffset(transitions: transitions.count) { out.append(0) }
        let L = NERTags.count
        let rows = weights.count / L
        for r in 0..<rows {
            for y in 0..<vectorTags { withUnsafeBytes(of: weights[r * L + y].littleEndian) { out += $0 } }
        }
        for r in 0..<rows { withUnsafeBytes(of: weights[r * L + vectorTags].littleEndian) { out += $0 } }
        for v in vocab { withUnsafeBytes(of: v.littleEndian) { out += $0 } }
        let sum = NERModel.checksum(out[...])
        withUnsafeBytes(of: sum.littleEndian) { out += $0 }
        return out
    }

    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        bytes.withUnsafeBytes { p in
            // Eight bytes at a time: the file is megabytes and load time matters.
            var i = 0
            let n = p.count
            while i + 8 <= n {
                let v = UInt64(littleEndian: p.loadUnaligned(fromByteOffset: i, as: UInt64.self))
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

    /// Largest model file accepted (rowBits ≤ 24 with 9 tags is ~300 MB): a bigger file is not a
    /// model, and must not be read into memory.
    static let maxFileBytes = 512 << 20

    /// Reads a whole file into a new array with `read(2)`: one allocation of the file's size, no
    /// intermediate buffer.
    static func readFile(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path]) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: path]) }
        let size = Int(st.st_size)
        guard size >= 0, size <= maxFileBytes else { throw NERModelError.truncated }
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buf, count in
            var got = 0
            while got < size, let base = buf.baseAddress {
                let n = read(fd, base + got, size - got)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { failed = n < 0; break }
                got += n
            }
            // A file that shrank while being read comes out short and fails the size check.
            count = got
        }
        if failed { throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: path]) }
        return bytes
    }

    /// Parses and checks model file bytes; the model keeps `b` itself (no copy).
    public init(serialized b: [UInt8]) throws {
        guard b.count >= NERModel.headerBytes + 8 else { throw NERModelError.truncated }
        guard b[0] == NERModel.magic[0], b[1] == NERModel.magic[1], b[2] == NERModel.magic[2],
              b[3] == NERModel.magic[3]
        else { throw NERModelError.badMagic }
        func u32(_ o: Int) -> UInt32 {
            UInt32(b[o]) | UInt32(b[o + 1]) << 8 | UInt32(b[o + 2]) << 16 | UInt32(b[o + 3]) << 24
        }
        let version = u32(4)
        guard version == NERModel.version || version == 1 else { throw NERModelError.unsupportedVersion(version) }
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
        let weightsOffset = version == 1 ? NERModel.headerBytes + nTrans * 4 : NERModel.weightsOffset(transitions: nTrans)
        let expected = weightsOffset + rows * NERModel.rowBytes + nVocab * 8 + 8
        guard b.count == expected else { throw NERModelError.truncated }
        let body = expected - 8
        var stored: UInt64 = 0
        for k in 0..<8 { stored |= UInt64(b[body + k]) << UInt64(8 * k) }
        guard NERModel.checksum(b[0..<body]) == stored else { throw NERModelError.checksumMismatch }
        var transitions = [Float](repeating: 0, count: nTrans)
        for i in 0..<nTrans { transitions[i] = Float(bitPattern: u32(NERModel.headerBytes + 4 * i)) }
        guard transitions.allSatisfy({ $0.isFinite }) else { throw NERModelError.badHeader }
        // Weights beyond ±quantLimit could overflow the Int16 sums of scoring: reject them here,
        // once, instead of clamping every look-up.
        let inRange = b.withUnsafeBytes { p in
            let limit = Int16(NERModel.quantLimit)
            var ok = true
            var o = weightsOffset
            let end = weightsOffset + rows * NERModel.rowBytes
            while o < end {
                let q = Int16(littleEndian: p.loadUnaligned(fromByteOffset: o, as: Int16.self))
                ok = ok && q >= -limit && q <= limit
                o += 2
            }
            return ok
        }
        guard inRange else { throw NERModelError.weightOutOfRange }
        if version == 1 {
            // Rows of 9 tags: re-lay them out (a one-off for files written before version 2).
            var q = [Int16](repeating: 0, count: rows * L)
            for i in q.indices {
                let o = weightsOffset + 2 * i
                q[i] = Int16(bitPattern: UInt16(b[o]) | UInt16(b[o + 1]) << 8)
            }
            var vocab = [UInt64](repeating: 0, count: nVocab)
            let vo = weightsOffset + rows * NERModel.rowBytes
            for i in 0..<nVocab {
                for k in 0..<8 { vocab[i] |= UInt64(b[vo + 8 * i + k]) << UInt64(8 * k) }
            }
            let image = NERModel.image(
                rowBits: rowBits, vocabBits: vocabBits, scale: scale, transitions: transitions, weights: q, vocab: vocab)
            self.init(image: image, rowBits: rowBits, vocabBits: vocabBits, scale: scale, transitions: transitions)
            return
        }
        self.init(image: b, rowBits: rowBits, vocabBits: vocabBits, scale: scale, transitions: transitions)
    }
}
