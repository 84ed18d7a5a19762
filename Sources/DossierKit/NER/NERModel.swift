import Foundation

/// A CoNLL 2003 entity type.
public enum NERLabel: String, Sendable, CaseIterable {
    case person = "PER", location = "LOC", organization = "ORG", misc = "MISC"
}

/// An entity found by the tagger: a byte range of the text, its type and a confidence in 0...1.
public struct NERSpan: Sendable, Equatable {
    public var bytes: Range<Int>
    public var label: NERLabel
    public var confidence: Double
    public init(bytes: Range<Int>, label: NERLabel, confidence: Double) {
        self.bytes = bytes
        self.label = label
        self.confidence = confidence
    }
}

/// Errors reading a model file.
public enum NERModelError: Error, Equatable {
    case badMagic, unsupportedVersion(UInt32), badHeader, truncated, checksumMismatch, weightOutOfRange
}

/// BIO tags over the four types: 0 = O, 1 + 2k = B-type k, 2 + 2k = I-type k.
enum NERTags {
    static let count = 9
    static let types: [NERLabel] = [.person, .location, .organization, .misc]
    @inline(__always) static func isInside(_ y: Int) -> Bool { y > 0 && y % 2 == 0 }
    @inline(__always) static func type(_ y: Int) -> Int { (y - 1) / 2 }
    /// Whether tag `y` may follow `prev` (`prev == count` means sentence start or after O-forced text).
    @inline(__always) static func allowed(_ prev: Int, _ y: Int) -> Bool {
        guard isInside(y) else { return true }
        return prev != count && prev != 0 && type(prev) == type(y)
    }
    /// Parses "O", "B-PER", "I-LOC", … into a tag index (nil when unknown).
    static func parse(_ s: Substring) -> (inside: Bool, type: Int)? {
        if s == "O" { return (false, -1) }
        guard s.count > 2 else { return nil }
        let prefix = s.prefix(2)
        let rest = s.dropFirst(2)
        guard let t = types.firstIndex(where: { $0.rawValue == rest }) else { return nil }
        if prefix == "B-" { return (false, t) }
        if prefix == "I-" { return (true, t) }
        return nil
    }
}

/// A learned named-entity tagger: an averaged structured perceptron over hashed features with
/// Viterbi decoding of BIO tags. Trained on CoNLL 2003 English by `dossier-train` (see
/// Data/ner/README.md); tagging is pure byte scanning plus table look-ups.
public struct NERModel: Sendable {
    /// The file name under Data/ner/.
    public static let fileName = "ner/model.bin"
    static let magic: [UInt8] = Array("DNER".utf8)
    /// Bumped whenever the file layout or the feature templates change.
    static let version: UInt32 = 2

    let rowBits: Int
    let vocabBits: Int
    /// Dequantization factor: a weight is its Int16 × `scale`.
    let scale: Float
    /// (tags + 1) × tags transition weights; row `tags` is the start state.
    let transitions: [Float]
    /// The model file's bytes, exactly as on disk and held once: the emission weights (a row of
    /// `tags` little-endian Int16 per feature bucket, read in place and scaled at scoring time)
    /// and the bitset of lowercased words seen lowercased in training are looked up inside it.
    /// Nothing is expanded at load, so the model costs its file size in memory.
    let image: [UInt8]
    /// Byte offset in `image` of tags 0–7 of every row (16 bytes a row, 16-byte aligned in the
    /// file so that a row never straddles a cache line).
    let weightsOffset: Int
    /// Byte offset in `image` of tag 8 of every row (2 bytes a row).
    let lastTagOffset: Int
    /// Byte offset and length of the vocabulary bitset in `image`.
    let vocabOffset: Int
    let vocabBytes: Int

    /// Bytes per weight row: one Int16 per tag.
    static let rowBytes = NERTags.count * 2
    /// Tags stored together as one 8-lane vector per row; the ninth is stored apart.
    static let vectorTags = 8
    /// Size of the fixed header: magic, five u32 fields and the f32 scale.
    static let headerBytes = 28

    /// Wraps a validated file image (see `init(serialized:)`, which checks it).
    init(image: [UInt8], rowBits: Int, vocabBits: Int, scale: Float, transitions: [Float]) {
        self.image = image
        self.rowBits = rowBits
        self.vocabBits = vocabBits
        self.scale = scale
        self.transitions = transitions
        weightsOffset = NERModel.weightsOffset(transitions: transitions.count)
        lastTagOffset = weightsOffset + (1 << rowBits) * NERModel.vectorTags * 2
        vocabOffset = weightsOffset + (1 << rowBits) * NERModel.rowBytes
        vocabBytes = (1 << vocabBits) / 8
    }

    /// Largest quantized weight: `NERFeatures.count` of them sum without overflowing Int16, so
    /// emission scores add up as Int16 vectors. Files with larger weights are rejected.
    static let quantLimit = 1000

    @inline(__always)
    static func quantize(_ x: Float) -> Int16 {
        let r = x.rounded()
        return Int16(max(-Float(quantLimit), min(Float(quantLimit), r.isFinite ? r : 0)))
    }

    /// Quantizes float weights (rows × tags, rows a power of two) into a model.
    init(rowBits: Int, vocabBits: Int, weights: [Float], transitions: [Float], vocab: [UInt64]) {
        let L = NERTags.count
        var maxAbs: Float = 0
        for w in weights where w.isFinite { maxAbs = max(maxAbs, abs(w)) }
        let scale: Float = maxAbs > 0 ? maxAbs / Float(NERModel.quantLimit) : 1
        let rows = 1 << rowBits
        var q = [Int16](repeating: 0, count: rows * L)
        for i in 0..<min(q.count, weights.count) {
            let x = weights[i]
            q[i] = x.isFinite ? NERModel.quantize(x / scale) : 0
        }
        var vocabWords = [UInt64](repeating: 0, count: (1 << vocabBits) / 64)
        for i in 0..<min(vocab.count, vocabWords.count) { vocabWords[i] = vocab[i] }
        let image = NERModel.image(
            rowBits: rowBits, vocabBits: vocabBits, scale: scale, transitions: transitions, weights: q, vocab: vocabWords)
        self.init(image: image, rowBits: rowBits, vocabBits: vocabBits, scale: scale, transitions: transitions)
    }

    /// Loads Data/ner/model.bin via `DataLocator`; nil when absent or corrupt (never traps).
    public static func load() -> NERModel? {
        guard let url = DataLocator.file(fileName) else { return nil }
        return try? load(from: url)
    }

    /// Loads a model file; throws on a missing, truncated, corrupt or foreign file.
    ///
    /// The file is read straight into the array the model keeps (no `Data` in between, no copy).
    public static func load(from url: URL) throws -> NERModel {
        try NERModel(serialized: readFile(url.path))
    }

    // MARK: - Tagging

    /// Tags the text in a byte range of `text` (a sentence or paragraph) and returns entity spans
    /// (byte offsets into `text.bytes`), in text order.
    public func tag(_ text: TextBuffer, bytes range: Range<Int>) -> [NERSpan] {
        text.bytes.withUnsafeBufferPointer { p in
            var tokens: [NERToken] = []
            var sentences: [Range<Int>] = []
            NERTokenizer.tokenize(p, range: range, tokens: &tokens, sentences: &sentences)
            var out: [NERSpan] = []
            let scratch = NERScratch()
            scratch.prepare(sentences.reduce(0) { max($0, $1.count) })
            for s in sentences {
                decode(p, tokens: tokens, sentence: s, scratch: scratch, restrict: true)
                appendSpans(p, tokens: tokens, sentence: s, scratch: scratch, to: &out)
            }
            return out
        }
    }

    /// Tags several ranges of one document (its paragraphs, say) and makes the labels of repeated
    /// names agree: every span whose text occurs more than once takes the label with the largest
    /// summed confidence over those occurrences ("Baku" tagged LOC 12 times and PER twice becomes
    /// LOC everywhere), and a full name tagged PER votes PER for its surname used alone. A
    /// relabelled span's confidence is that label's share of the votes.
    public func tagDocument(_ text: TextBuffer, ranges: [Range<Int>]) -> [NERSpan] {
        var spans: [NERSpan] = []
        for r in ranges { spans += tag(text, bytes: r) }
        guard spans.count > 1 else { return spans }
        var keys: [UInt64] = []
        keys.reserveCapacity(spans.count)
        var votes: [UInt64: SIMD4<Double>] = [:]
        text.bytes.withUnsafeBufferPointer { p in
            for sp in spans {
                var h = NERHash.seed
                var i = sp.bytes.lowerBound
                while i < sp.bytes.upperBound {
                    let (v, n) = NERText.decode(p, i, sp.bytes.upperBound)
                    h = NERHash.add(h, NERText.normalize(v))
                    i += n
                }
                keys.append(h)
                var v = votes[h] ?? .zero
                v[NERTags.types.firstIndex(of: sp.label) ?? 0] += sp.confidence
                votes[h] = v
            }
            // A full name also votes PER for its surname alone ("Nika Melia" → "Melia").
            for sp in spans where sp.label == .person {
                var i = sp.bytes.upperBound - 1
                while i > sp.bytes.lowerBound && p[i] != 0x20 { i -= 1 }
                guard i > sp.bytes.lowerBound else { continue }
                var h = NERHash.seed
                var j = i + 1
                while j < sp.bytes.upperBound {
                    let (v, n) = NERText.decode(p, j, sp.bytes.upperBound)
                    h = NERHash.add(h, NERText.normalize(v))
                    j += n
                }
                if var v = votes[h] {
                    v[0] += sp.confidence
                    votes[h] = v
                }
            }
        }
        for k in spans.indices {
            guard let v = votes[keys[k]] else { continue }
            var best = 0
            for j in 1..<4 where v[j] > v[best] { best = j }
            let label = NERTags.types[best]
            if label != spans[k].label {
                let total = v.sum()
                spans[k].label = label
                spans[k].confidence = total > 0 ? v[best] / total : 0
            }
        }
        return spans
    }

    /// Tags pre-tokenized sentences (tokens as byte ranges of `p`) and returns a tag per token.
    func decodeTags(_ p: UnsafeBufferPointer<UInt8>, tokens: [NERToken], restrict: Bool) -> [Int] {
        let scratch = NERScratch()
        decode(p, tokens: tokens, sentence: 0..<tokens.count, scratch: scratch, restrict: restrict)
        return Array(UnsafeBufferPointer(start: scratch.tags, count: tokens.count))
    }

    /// Lowercased-word hashes of the month names (and their abbreviations).
    static let monthWords: Set<UInt64> = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                     "sep", "sept", "oct", "nov", "dec"]
        var out = Set<UInt64>()
        let scratch = UnsafeMutablePointer<UInt32>.allocate(capacity: 64)
        defer { scratch.deallocate() }
        for w in names {
            let b = Array(w.utf8)
            b.withUnsafeBufferPointer { p in _ = out.insert(NERFeatures.analyze(p, 0, b.count, scratch: scratch).word) }
        }
        return out
    }()

    /// Whether a token between two capitalized words may join them into one name: words,
    /// numbers, "&", "-", "'s" — not brackets, quotes or commas.
    static func canJoin(_ p: UnsafeBufferPointer<UInt8>, _ t: NERToken) -> Bool {
        let (v, _) = NERText.decode(p, t.start, t.end)
        let u = NERText.normalize(v)
        return NERText.isLetter(u) || NERText.isDigit(u) || u == 0x26 || u == 0x2D || u == 0x27
    }

    /// Cuts a lowercase compound tail off a name ("Russian-occupied" → "Russian", "Soviet-era"
    /// → "Soviet"): the guidelines mark only the name part. The name part must have ≥ 3 letters
    /// so that words such as "Co-operation" stay whole.
    static func trimCompound(_ p: UnsafeBufferPointer<UInt8>, last t: NERToken, end: Int) -> Int {
        var i = t.start
        var letters = 0
        while i < t.end {
            let (v, n) = NERText.decode(p, i, t.end)
            if v == 0x2D {
                guard letters >= 3, i + 1 < t.end else { return end }
                let (w, _) = NERText.decode(p, i + 1, t.end)
                return NERText.isLetter(w) && !NERText.isUpper(w) ? i : end
            }
            if NERText.isLetter(v) { letters += 1 } else { return end }
            i += n
        }
        return end
    }

    private func appendSpans(
        _ p: UnsafeBufferPointer<UInt8>, tokens: [NERToken], sentence s: Range<Int>, scratch: NERScratch,
        to out: inout [NERSpan]
    ) {
        var i = 0
        let n = s.count
        while i < n {
            let y = scratch.tags[i]
            guard y != 0 else { i += 1; continue }
            let t = NERTags.type(y)
            var j = i + 1
            var conf = scratch.confidence[i]
            while j < n, NERTags.isInside(scratch.tags[j]), NERTags.type(scratch.tags[j]) == t {
                conf = min(conf, scratch.confidence[j])
                j += 1
            }
            // A month name is never the last word of a name ("Kommersant December 11").
            var last = j - 1
            while last > i, NERModel.monthWords.contains(scratch.infos[last].word) { last -= 1 }
            let a = tokens[s.lowerBound + i].start
            var b = tokens[s.lowerBound + last].end
            b = NERModel.trimCompound(p, last: tokens[s.lowerBound + last], end: b)
            out.append(NERSpan(bytes: a..<b, label: NERTags.types[t], confidence: conf))
            i = j
        }
    }

    /// Whether the word at `range` of `text` (at most 32 bytes) was seen in lowercase in the
    /// training text: a capitalized word the tagger knows as a common one ("Throughout").
    public func knowsLowercase(_ text: TextBuffer, bytes range: Range<Int>) -> Bool {
        guard range.count > 0, range.count <= 32, range.upperBound <= text.bytes.count else { return false }
        return text.bytes.withUnsafeBufferPointer { p in
            let scratch = UnsafeMutablePointer<UInt32>.allocate(capacity: 64)
            defer { scratch.deallocate() }
            return seen(NERFeatures.analyze(p, range.lowerBound, range.upperBound, scratch: scratch).word)
        }
    }

    /// Whether a lowercased word was seen lowercased in training: a bit of the file's vocabulary
    /// bitset (u64 words stored little-endian, so bit k is bit k % 8 of byte k / 8).
    @inline(__always)
    func seen(_ word: UInt64) -> Bool {
        let bit = Int(truncatingIfNeeded: word >> UInt64(64 - vocabBits))
        guard bit >= 0, bit >> 3 < vocabBytes else { return false }
        return image[vocabOffset + bit >> 3] & UInt8(1 << (bit & 7)) != 0
    }

    /// Adds weight row `row` to the accumulators: tags 0–7 as one 8-lane vector from `w8`
    /// (16 bytes a row), tag 8 from `w1` (2 bytes a row); little-endian Int16 in the file.
    @inline(__always)
    static func addRow(
        _ w8: UnsafeRawPointer, _ w1: UnsafeRawPointer, _ row: Int, _ acc: inout SIMD8<Int16>, _ last: inout Int16
    ) {
        #if _endian(little)
        acc &+= w8.loadUnaligned(fromByteOffset: row &* 16, as: SIMD8<Int16>.self)
        last &+= w1.loadUnaligned(fromByteOffset: row &* 2, as: Int16.self)
        #else
        for y in 0..<8 {
            acc[y] &+= Int16(littleEndian: w8.loadUnaligned(fromByteOffset: row &* 16 + 2 * y, as: Int16.self))
        }
        last &+= Int16(littleEndian: w1.loadUnaligned(fromByteOffset: row &* 2, as: Int16.self))
        #endif
    }

    /// Decodes one sentence into `scratch.tags[0..<count]` (and confidences).
    ///
    /// With `restrict`, only capitalized words and the words that can join two of them are
    /// scored; the rest are O. Entities in our genre are capitalized, and this skips most of the text.
    func decode(
        _ p: UnsafeBufferPointer<UInt8>, tokens: [NERToken], sentence s: Range<Int>,
        scratch: NERScratch, restrict: Bool
    ) {
        let n = s.count
        scratch.prepare(n)
        guard n > 0 else { return }
        let (sentenceUpper, anyCap) = analyzeSentence(p, tokens: tokens, sentence: s, scratch: scratch, restrict: restrict)
        if !anyCap && restrict { return }
        let active = scratch.active
        let L = NERTags.count
        let F = NERFeatures.count
        let shift = UInt64(64 - rowBits)
        let infos = UnsafeBufferPointer(start: scratch.infos, count: n)
        let rowsBuf = scratch.rows
        let em = scratch.emission
        let scale = self.scale
        let weightsOffset = self.weightsOffset
        let lastTagOffset = self.lastTagOffset
        image.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            // Row indices are < 2^rowBits (hash >> (64 - rowBits)) and the image was checked to
            // hold 2^rowBits rows, so every look-up stays inside it.
            let w8 = base + weightsOffset
            let w1 = base + lastTagOffset
            transitions.withUnsafeBufferPointer { tr in
                var k = 0
                while k < n {
                    guard active[k] == 2 else { k += 1; continue }
                    var e = k
                    while e < n && active[e] == 2 { e += 1 }
                    // Score the run [k, e).
                    for t in k..<e {
                        let rp = rowsBuf + t * F
                        NERFeatures.rows(infos, t, sentenceUpper: sentenceUpper, shift: shift, out: rp)
                        var acc = SIMD8<Int16>.zero
                        var last: Int16 = 0
                        for f in 0..<F { NERModel.addRow(w8, w1, Int(rp[f]), &acc, &last) }
                        let ep = em + t * L
                        for y in 0..<8 { ep[y] = Float(acc[y]) * scale }
                        ep[8] = Float(last) * scale
                    }
                    viterbi(em, tr, from: k, to: e, n: n, scratch: scratch)
                    k = e
                }
            }
        }
    }

    /// Marks which tokens to score and fills `scratch.infos` for them and their neighbours.
    ///
    /// `scratch.active[k]` is 2 for a token to score, 1 for a token whose features a scored
    /// token reads, 0 otherwise. With `restrict`, only capitalized words and single words between
    /// two of them are scored (entities in our genre are capitalized); without, every token is.
    /// Returns whether the sentence is a headline in capitals and whether it has a capitalized word.
    func analyzeSentence(
        _ p: UnsafeBufferPointer<UInt8>, tokens: [NERToken], sentence s: Range<Int>, scratch: NERScratch,
        restrict: Bool
    ) -> (upper: Bool, anyCap: Bool) {
        let n = s.count
        let active = scratch.active
        var anyLower = false
        var anyCap = false
        var letterTokens = 0
        // Capitalized words (first letter uppercase, or an uppercase letter inside as in
        // "al-Assad") and whether the sentence has any lowercase word.
        for k in 0..<n {
            let tk = tokens[s.lowerBound + k]
            var upper = false
            var lowerLetter = false
            var i = tk.start
            var first = true
            while i < tk.end {
                let b = p[i]
                var u = false
                var l = false
                if b < 0x80 {
                    u = b >= 0x41 && b <= 0x5A
                    l = b >= 0x61 && b <= 0x7A
                    i += 1
                } else {
                    let (v, len) = NERText.decode(p, i, tk.end)
                    u = NERText.isUpper(v)
                    l = !u && NERText.isLetter(v)
                    i += len
                }
                if first && (u || l) { letterTokens += 1 }
                if first && l { lowerLetter = true }
                if u { upper = true; break }
                first = false
            }
            if lowerLetter && !upper { anyLower = true }
            if upper { anyCap = true }
            active[k] = upper ? 3 : 0
        }
        let headline = !anyLower && letterTokens >= 2
        if !restrict {
            for k in 0..<n { active[k] = 2 }
        } else if anyCap {
            // Score capitalized words and a word between two of them ("Bank of England");
            // analyze within 3 of a capitalized word (features read ±2).
            for k in 0..<n where active[k] == 3 {
                for j in max(0, k - 3)...min(n - 1, k + 3) where active[j] == 0 { active[j] = 1 }
                if k + 2 < n && active[k + 2] == 3 && NERModel.canJoin(p, tokens[s.lowerBound + k + 1]) {
                    active[k + 1] = 2
                }
                // A number right after a name ("Euro 96", "Kavkaz 2020").
                if k + 1 < n && active[k + 1] != 3 {
                    let b = p[tokens[s.lowerBound + k + 1].start]
                    if b >= 0x30 && b <= 0x39 { active[k + 1] = 2 }
                }
            }
            for k in 0..<n where active[k] == 3 { active[k] = 2 }
        } else {
            return (headline, false)
        }
        for k in 0..<n where active[k] != 0 {
            let tk = tokens[s.lowerBound + k]
            var info = NERFeatures.analyze(p, tk.start, tk.end, scratch: scratch.scalars)
            if k == 0 { info.flags |= NERTokenInfo.sentenceStart }
            if seen(info.word) { info.flags |= NERTokenInfo.seenLower }
            scratch.infos[k] = info
        }
        return (headline, anyCap)
    }

    /// Viterbi over tokens [a, b) with emissions `em`; the state before `a` is start (a == 0) or O,
    /// the state after `b - 1` is O (or the sentence end).
    ///
    /// When the best path has an entity, a backward max pass gives max-marginals: the confidence
    /// of a token's tag is a sigmoid of how much better the best path is than the best path with
    /// any other tag at that token.
    @inline(__always)
    private func viterbi(
        _ em: UnsafeMutablePointer<Float>, _ tr: UnsafeBufferPointer<Float>,
        from a: Int, to b: Int, n: Int, scratch: NERScratch
    ) {
        let L = NERTags.count
        let negInf = -Float.greatestFiniteMagnitude
        let first = a == 0 ? L : 0
        let d = scratch.delta
        let bp = scratch.back
        for y in 0..<L {
            d[a * L + y] = NERTags.allowed(first, y) ? tr[first * L + y] + em[a * L + y] : negInf
        }
        var t = a + 1
        while t < b {
            for y in 0..<L {
                var best = negInf
                var arg = 0
                if NERTags.isInside(y) {
                    // Only B-X or I-X of the same type may precede I-X.
                    let bq = y - 1
                    let v1 = d[(t - 1) * L + bq] + tr[bq * L + y]
                    let v2 = d[(t - 1) * L + y] + tr[y * L + y]
                    if v1 >= v2 { best = v1; arg = bq } else { best = v2; arg = y }
                } else {
                    for q in 0..<L {
                        let v = d[(t - 1) * L + q] + tr[q * L + y]
                        if v > best { best = v; arg = q }
                    }
                }
                d[t * L + y] = best + em[t * L + y]
                bp[t * L + y] = UInt8(truncatingIfNeeded: arg)
            }
            t += 1
        }
        let closing = b < n
        var best = negInf
        var arg = 0
        for y in 0..<L {
            let v = d[(b - 1) * L + y] + (closing ? tr[y * L] : 0)
            if v > best { best = v; arg = y }
        }
        var y = arg
        var anyEntity = false
        var t2 = b - 1
        while t2 >= a {
            scratch.tags[t2] = y
            if y != 0 { anyEntity = true }
            if t2 > a { y = Int(bp[t2 * L + y]) }
            t2 -= 1
        }
        guard anyEntity else { return }
        // Backward max pass: beta[t][y] = best score of the path suffix after t given tag y at t.
        let beta = scratch.beta
        for y in 0..<L { beta[(b - 1) * L + y] = closing ? tr[y * L] : 0 }
        var t3 = b - 2
        while t3 >= a {
            let nx = (t3 + 1) * L
            // Best continuation into O or any B-X, which may follow every tag…
            for y in 0..<L {
                var m = negInf
                var z = 0
                while z < L {
                    m = max(m, tr[y * L + z] + em[nx + z] + beta[nx + z])
                    z += z == 0 ? 1 : 2
                }
                // …and I-X, which follows only B-X or I-X.
                if y != 0 {
                    let z = NERTags.isInside(y) ? y : y + 1
                    m = max(m, tr[y * L + z] + em[nx + z] + beta[nx + z])
                }
                beta[t3 * L + y] = m
            }
            t3 -= 1
        }
        for t4 in a..<b where scratch.tags[t4] != 0 {
            let yy = scratch.tags[t4]
            var other = negInf
            for z in 0..<L where z != yy {
                other = max(other, d[t4 * L + z] + beta[t4 * L + z])
            }
            let margin = Double(best - other)
            scratch.confidence[t4] = 1 / (1 + exp(-(margin * NERModel.calibration.slope + NERModel.calibration.offset)))
        }
    }

    /// Maps a path-score margin to a confidence, sigmoid(slope × margin + offset): fitted by eye
    /// so that confidence tracks span precision on CoNLL dev (`dossier-train calibrate`).
    static let calibration = (slope: 0.12, offset: -0.6)
}

/// Reusable buffers for decoding one sentence; raw storage so the hot loops index freely.
final class NERScratch {
    private(set) var capacity = 0
    var infos = UnsafeMutablePointer<NERTokenInfo>.allocate(capacity: 1)
    var rows = UnsafeMutablePointer<UInt32>.allocate(capacity: 1)
    var emission = UnsafeMutablePointer<Float>.allocate(capacity: 1)
    var delta = UnsafeMutablePointer<Float>.allocate(capacity: 1)
    var beta = UnsafeMutablePointer<Float>.allocate(capacity: 1)
    var back = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
    var tags = UnsafeMutablePointer<Int>.allocate(capacity: 1)
    var confidence = UnsafeMutablePointer<Double>.allocate(capacity: 1)
    var active = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
    let scalars = UnsafeMutablePointer<UInt32>.allocate(capacity: 64)

    init() {}

    private func free() {
        infos.deallocate(); rows.deallocate(); emission.deallocate(); delta.deallocate(); beta.deallocate()
        back.deallocate(); tags.deallocate(); confidence.deallocate(); active.deallocate()
    }

    deinit {
        free()
        scalars.deallocate()
    }

    /// Makes room for `n` tokens and clears their tags.
    func prepare(_ n: Int) {
        if capacity < n {
            free()
            let m = max(n, capacity * 2, 16)
            let L = NERTags.count
            // Trivial types: slots are written before they are read, so no initialization pass.
            infos = .allocate(capacity: m)
            rows = .allocate(capacity: m * NERFeatures.count)
            emission = .allocate(capacity: m * L)
            delta = .allocate(capacity: m * L)
            beta = .allocate(capacity: m * L)
            back = .allocate(capacity: m * L)
            tags = .allocate(capacity: m)
            confidence = .allocate(capacity: m)
            active = .allocate(capacity: m)
            capacity = m
        }
        for k in 0..<n { tags[k] = 0; confidence[k] = 0 }
    }
}
