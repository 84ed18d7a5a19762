/// A training or evaluation sentence: tokens and BIO tags.
public struct NERSentence: Sendable {
    public var tokens: [String]
    /// Tag per token (0 = O, 1 + 2k = B-type, 2 + 2k = I-type; see `NERTags`).
    var tags: [Int]

    /// Builds a sentence from tokens and tag strings ("O", "B-PER", "I-LOC", …). IOB1 input
    /// (`I-X` opening an entity, `B-X` only between adjacent entities) is converted to BIO.
    /// Returns nil when the counts differ or a tag is unknown.
    public init?(tokens: [String], tags: [String]) {
        guard tokens.count == tags.count else { return nil }
        var out: [Int] = []
        out.reserveCapacity(tags.count)
        var prev = 0
        for t in tags {
            guard let (inside, type) = NERTags.parse(Substring(t)) else { return nil }
            let y: Int
            if type < 0 {
                y = 0
            } else if inside && prev != 0 && NERTags.type(prev) == type {
                y = 2 + 2 * type
            } else {
                y = 1 + 2 * type
            }
            out.append(y)
            prev = y
        }
        self.tokens = tokens
        self.tags = out
    }

    /// Gold entities as byte ranges of the tokens joined by single spaces.
    public var goldSpans: [NERSpan] {
        let (_, toks) = bytes()
        return spans.map {
            NERSpan(bytes: toks[$0.start].start..<toks[$0.end - 1].end, label: NERTags.types[$0.type], confidence: 1)
        }
    }

    /// Entity spans as (first token, end token, type index).
    var spans: [NERTokenSpan] { NERTokenSpan.spans(tags) }

    /// The tokens joined by spaces as bytes, with each token's byte range.
    func bytes() -> ([UInt8], [NERToken]) {
        var b: [UInt8] = []
        var toks: [NERToken] = []
        for (i, t) in tokens.enumerated() {
            if i > 0 { b.append(0x20) }
            let s = b.count
            b += Array(t.utf8)
            toks.append(NERToken(start: s, end: b.count))
        }
        return (b, toks)
    }
}

/// An entity as a token range and a type index.
struct NERTokenSpan: Hashable {
    var start: Int
    var end: Int
    var type: Int

    static func spans(_ tags: [Int]) -> [NERTokenSpan] {
        var out: [NERTokenSpan] = []
        var i = 0
        while i < tags.count {
            let y = tags[i]
            guard y != 0 else { i += 1; continue }
            let t = NERTags.type(y)
            var j = i + 1
            while j < tags.count, NERTags.isInside(tags[j]), NERTags.type(tags[j]) == t { j += 1 }
            out.append(NERTokenSpan(start: i, end: j, type: t))
            i = j
        }
        return out
    }
}

/// Precision, recall and F1 per type and overall, counted on exact entity spans (as conlleval).
public struct NERScores: Sendable, CustomStringConvertible {
    public var truePositives: [Int] = [0, 0, 0, 0]
    public var predicted: [Int] = [0, 0, 0, 0]
    public var gold: [Int] = [0, 0, 0, 0]

    static func prf(_ tp: Int, _ p: Int, _ g: Int) -> (Double, Double, Double) {
        let pr = p > 0 ? Double(tp) / Double(p) : 0
        let rc = g > 0 ? Double(tp) / Double(g) : 0
        let f = pr + rc > 0 ? 2 * pr * rc / (pr + rc) : 0
        return (pr, rc, f)
    }

    /// Overall F1.
    public var f1: Double {
        NERScores.prf(truePositives.reduce(0, +), predicted.reduce(0, +), gold.reduce(0, +)).2
    }

    public func f1(_ label: NERLabel) -> Double {
        guard let k = NERTags.types.firstIndex(of: label) else { return 0 }
        return NERScores.prf(truePositives[k], predicted[k], gold[k]).2
    }

    public var description: String {
        var lines: [String] = []
        func line(_ name: String, _ tp: Int, _ p: Int, _ g: Int) {
            let (pr, rc, f) = NERScores.prf(tp, p, g)
            lines.append(name.padding(toLength: 6, withPad: " ", startingAt: 0)
                + " P \(fmt(pr))  R \(fmt(rc))  F1 \(fmt(f))  (gold \(g), predicted \(p))")
        }
        for (k, t) in NERTags.types.enumerated() { line(t.rawValue, truePositives[k], predicted[k], gold[k]) }
        line("all", truePositives.reduce(0, +), predicted.reduce(0, +), gold.reduce(0, +))
        return lines.joined(separator: "\n")
    }

    private func fmt(_ x: Double) -> String {
        let v = (x * 10000).rounded() / 100
        return String(v)
    }

    mutating func add(gold g: [Int], predicted p: [Int]) {
        let gs = Set(NERTokenSpan.spans(g))
        for s in gs { gold[s.type] += 1 }
        for s in NERTokenSpan.spans(p) {
            predicted[s.type] += 1
            if gs.contains(s) { truePositives[s.type] += 1 }
        }
    }
}

/// Trains an `NERModel`: averaged structured perceptron with Viterbi decoding.
public struct NERTrainer: Sendable {
    public var rowBits: Int
    public var vocabBits: Int
    public var epochs: Int
    public var seed: UInt64
    /// Probability of hiding a capitalized word's identity features in a training pass.
    public var wordDropout: Double = 0

    /// Templates that name the word itself (word, form, word bigrams, headline × word).
    static let identityTemplates: [Bool] = (0..<NERFeatures.count).map { [1, 2, 21, 22, 25].contains($0) }

    public init(rowBits: Int = 17, vocabBits: Int = 20, epochs: Int = 10, seed: UInt64 = 1) {
        self.rowBits = rowBits
        self.vocabBits = vocabBits
        self.epochs = epochs
        self.seed = seed
    }

    /// Builds the seen-lowercase vocabulary bitset from the training words written in lowercase.
    func vocabulary(_ sentences: [NERSentence]) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: (1 << vocabBits) / 64)
        let scratch = NERScratch()
        for s in sentences {
            let (b, toks) = s.bytes()
            b.withUnsafeBufferPointer { p in
                for t in toks {
                    let info = NERFeatures.analyze(p, t.start, t.end, scratch: scratch.scalars)
                    guard info.flags & NERTokenInfo.hasLower != 0,
                          info.flags & (NERTokenInfo.capitalized | NERTokenInfo.allUpper) == 0 else { continue }
                    let bit = Int(truncatingIfNeeded: info.word >> UInt64(64 - vocabBits))
                    bits[bit >> 6] |= 1 << UInt64(bit & 63)
                }
            }
        }
        return bits
    }

    /// Trains on `train`; after each epoch scores `dev` (when given) and keeps the best epoch.
    /// `log` receives a line per epoch.
    public func train(
        _ train: [NERSentence], dev: [NERSentence] = [], log: (String) -> Void = { _ in }
    ) -> (model: NERModel, scores: NERScores?, epoch: Int) {
        let L = NERTags.count
        let F = NERFeatures.count
        let rows = 1 << rowBits
        let vocab = vocabulary(train)
        let probe = NERModel(
            rowBits: rowBits, vocabBits: vocabBits, weights: [], transitions: [Float](repeating: 0, count: (L + 1) * L),
            vocab: vocab)
        // Feature rows of every training token, computed once.
        var featRows: [[UInt32]] = []
        var caps: [[Bool]] = []
        featRows.reserveCapacity(train.count)
        let scratch = NERScratch()
        let shift = UInt64(64 - rowBits)
        for s in train {
            let (b, toks) = s.bytes()
            var r = [UInt32](repeating: 0, count: toks.count * F)
            b.withUnsafeBufferPointer { p in
                scratch.prepare(toks.count)
                let upper = probe.analyzeSentence(
                    p, tokens: toks, sentence: 0..<toks.count, scratch: scratch, restrict: false).upper
                let infos = UnsafeBufferPointer(start: scratch.infos, count: toks.count)
                r.withUnsafeMutableBufferPointer { rp in
                    for t in 0..<toks.count {
                        NERFeatures.rows(infos, t, sentenceUpper: upper, shift: shift, out: rp.baseAddress! + t * F)
                    }
                }
            }
            featRows.append(r)
            caps.append(toks.indices.map { scratch.infos[$0].flags & NERTokenInfo.capitalized != 0 })
        }
        var w = [Double](repeating: 0, count: rows * L)
        var u = [Double](repeating: 0, count: rows * L)
        var tw = [Double](repeating: 0, count: (L + 1) * L)
        var tu = [Double](repeating: 0, count: (L + 1) * L)
        var c: Double = 1
        var order = Array(0..<train.count)
        var rng = SplitMix(seed: seed)
        var best: (NERModel, NERScores?, Int)? = nil
        var em = [Double](repeating: 0, count: 0)
        var dropMask: [Bool] = []
        var pred: [Int] = []
        for epoch in 1...max(1, epochs) {
            // Fisher–Yates with a seeded generator: reproducible runs.
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                let j = Int(rng.next() % UInt64(i + 1))
                order.swapAt(i, j)
            }
            var mistakes = 0
            for si in order {
                let gold = train[si].tags
                let n = gold.count
                guard n > 0 else { continue }
                let r = featRows[si]
                if em.count < n * L { em = [Double](repeating: 0, count: n * L * 2) }
                // Word dropout: hide the identity of some capitalized words so that the model
                // learns to type names it has never seen from shape, affixes and context.
                if dropMask.count < n { dropMask = [Bool](repeating: false, count: n * 2) }
                for t in 0..<n {
                    dropMask[t] = wordDropout > 0 && caps[si][t]
                        && Double(rng.next() >> 11) / Double(1 << 53) < wordDropout
                }
                for t in 0..<n {
                    for y in 0..<L { em[t * L + y] = 0 }
                    for f in 0..<F {
                        if dropMask[t] && NERTrainer.identityTemplates[f] { continue }
                        let base = Int(r[t * F + f]) * L
                        for y in 0..<L { em[t * L + y] += w[base + y] }
                    }
                }
                NERTrainer.viterbi(em, tw, n: n, into: &pred)
                if pred == gold { c += 1; continue }
                mistakes += 1
                for t in 0..<n {
                    let g = gold[t], p = pred[t]
                    if g != p {
                        for f in 0..<F {
                            if dropMask[t] && NERTrainer.identityTemplates[f] { continue }
                            let base = Int(r[t * F + f]) * L
                            w[base + g] += 1; u[base + g] += c
                            w[base + p] -= 1; u[base + p] -= c
                        }
                    }
                    let gp = t == 0 ? L : gold[t - 1]
                    let pp = t == 0 ? L : pred[t - 1]
                    if gp != pp || g != p {
                        tw[gp * L + g] += 1; tu[gp * L + g] += c
                        tw[pp * L + p] -= 1; tu[pp * L + p] -= c
                    }
                }
                c += 1
            }
            // Averaged weights: w - u / c.
            var aw = [Float](repeating: 0, count: rows * L)
            for i in 0..<(rows * L) { aw[i] = Float(w[i] - u[i] / c) }
            var at = [Float](repeating: 0, count: (L + 1) * L)
            for i in 0..<at.count { at[i] = Float(tw[i] - tu[i] / c) }
            let model = NERModel(rowBits: rowBits, vocabBits: vocabBits, weights: aw, transitions: at, vocab: vocab)
            if dev.isEmpty {
                log("epoch \(epoch): \(mistakes) sentences wrong of \(train.count)")
                best = (model, nil, epoch)
            } else {
                let sc = NERTrainer.evaluate(model, dev)
                log("epoch \(epoch): \(mistakes) sentences wrong of \(train.count); dev F1 \(sc.f1)")
                if best == nil || sc.f1 > (best?.1?.f1 ?? -1) { best = (model, sc, epoch) }
            }
        }
        let b = best!
        return (b.0, b.1, b.2)
    }

    /// Scores a model on tagged sentences (conlleval: exact spans), decoding as `tag` does.
    public static func evaluate(_ model: NERModel, _ sentences: [NERSentence]) -> NERScores {
        var sc = NERScores()
        for s in sentences {
            let (b, toks) = s.bytes()
            let pred = b.withUnsafeBufferPointer { p in model.decodeTags(p, tokens: toks, restrict: true) }
            sc.add(gold: s.tags, predicted: pred)
        }
        return sc
    }

    /// Plain Viterbi from the start state over the whole sentence (training).
    static func viterbi(_ em: [Double], _ tr: [Double], n: Int, into out: inout [Int]) {
        let L = NERTags.count
        var d = [Double](repeating: -.infinity, count: n * L)
        var bp = [Int](repeating: 0, count: n * L)
        for y in 0..<L where NERTags.allowed(L, y) { d[y] = tr[L * L + y] + em[y] }
        if n > 1 {
            for t in 1..<n {
                for y in 0..<L {
                    var best = -Double.infinity
                    var arg = 0
                    for q in 0..<L where NERTags.allowed(q, y) {
                        let v = d[(t - 1) * L + q] + tr[q * L + y]
                        if v > best { best = v; arg = q }
                    }
                    d[t * L + y] = best + em[t * L + y]
                    bp[t * L + y] = arg
                }
            }
        }
        var y = 0
        var best = -Double.infinity
        for q in 0..<L where d[(n - 1) * L + q] > best { best = d[(n - 1) * L + q]; y = q }
        out = [Int](repeating: 0, count: n)
        var t = n - 1
        while t >= 0 {
            out[t] = y
            if t > 0 { y = bp[t * L + y] }
            t -= 1
        }
    }
}

/// A small seeded generator for reproducible shuffles.
public struct SplitMix: Sendable {
    public var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Reads CoNLL 2003 files: `token POS chunk NER` per line, blank lines between sentences,
/// `-DOCSTART-` lines between documents. Malformed lines are skipped.
public enum CoNLLReader {
    public static func sentences(_ text: String) -> [NERSentence] {
        var out: [NERSentence] = []
        var toks: [String] = []
        var tags: [String] = []
        func flush() {
            if !toks.isEmpty, let s = NERSentence(tokens: toks, tags: tags) { out.append(s) }
            toks.removeAll(keepingCapacity: true)
            tags.removeAll(keepingCapacity: true)
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let parts = line.split(separator: " ")
            if parts.isEmpty { flush(); continue }
            if parts[0] == "-DOCSTART-" { flush(); continue }
            guard parts.count >= 2, let last = parts.last else { continue }
            toks.append(String(parts[0]))
            tags.append(String(last))
        }
        flush()
        return out
    }
}
