import Foundation
import Testing
@testable import DossierKit

/// Tokens of `s` as strings, via the NER tokenizer.
private func tokens(_ s: String) -> [String] {
    let t = TextBuffer(s)
    var toks: [NERToken] = []
    var sents: [Range<Int>] = []
    t.bytes.withUnsafeBufferPointer { p in
        NERTokenizer.tokenize(p, range: 0..<t.count, tokens: &toks, sentences: &sents)
    }
    return toks.map { t.string($0.start..<$0.end) }
}

/// A small synthetic training set: names in a few contexts, written for these tests.
private func syntheticSentences() -> [NERSentence] {
    let people = [["Anna", "Kowalska"], ["Boris", "Petrenko"], ["Carla", "Mendes"], ["Dmitri", "Orlov"],
                  ["Elena", "Vasquez"], ["Farid", "Aliyev"], ["Greta", "Holm"], ["Hugo", "Brandt"]]
    let places = ["Tallinn", "Lisbon", "Odessa", "Almaty", "Bergen", "Cusco", "Dakar", "Tromso"]
    let orgs = [["Northwind", "Bank"], ["Blue", "River", "Group"], ["Atlas", "Union"], ["Zenith", "Agency"]]
    var out: [NERSentence] = []
    for (i, p) in people.enumerated() {
        let place = places[i % places.count]
        let org = orgs[i % orgs.count]
        func add(_ parts: [([String], String)]) {
            var toks: [String] = []
            var tags: [String] = []
            for (words, type) in parts {
                for (k, w) in words.enumerated() {
                    toks.append(w)
                    tags.append(type == "O" ? "O" : (k == 0 ? "B-" : "I-") + type)
                }
            }
            if let s = NERSentence(tokens: toks, tags: tags) { out.append(s) }
        }
        add([(["Yesterday"], "O"), (p, "PER"), (["arrived", "in"], "O"), ([place], "LOC"), (["."], "O")])
        add([(["The"], "O"), (org, "ORG"), (["hired"], "O"), (p, "PER"), (["last", "week", "."], "O")])
        add([(["Officials", "in"], "O"), ([place], "LOC"), (["praised", "the"], "O"), (org, "ORG"), (["."], "O")])
        add([(p, "PER"), (["said", "that", "the", "weather", "was", "mild", "."], "O")])
        add([(["A", "spokesman", "for"], "O"), (org, "ORG"), (["visited"], "O"), ([place], "LOC"), (["."], "O")])
    }
    return out
}

private func labels(_ model: NERModel, _ s: String) -> [(String, NERLabel)] {
    let t = TextBuffer(s)
    return model.tag(t, bytes: 0..<t.count).map { (t.string($0.bytes), $0.label) }
}

@Suite struct NERTests {
    @Test func tokenizerSplitsPunctuationAndPossessives() {
        #expect(tokens("Azerbaijan’s leader") == ["Azerbaijan", "’s", "leader"])
        #expect(tokens("Iran's oil.") == ["Iran", "'s", "oil", "."])
        #expect(tokens("(Aze.az, September 16)") == ["(", "Aze.az", ",", "September", "16", ")"])
        #expect(tokens("the U.S. and Mr. Smith") == ["the", "U.S.", "and", "Mr.", "Smith"])
        #expect(tokens("Central Asia–China talks") == ["Central", "Asia", "–", "China", "talks"])
        #expect(tokens("“Old man, go!”") == ["“", "Old", "man", ",", "go", "!", "”"])
        #expect(tokens("Nagorno-Karabakh") == ["Nagorno-Karabakh"])
        #expect(tokens("the Kazakhstanis’ view") == ["the", "Kazakhstanis", "’", "view"])
    }

    @Test func compoundTailsAreTrimmed() {
        let t = TextBuffer("Russian-occupied Co-operation Nagorno-Karabakh Kavkaz-2020 al-Assad")
        var toks: [NERToken] = []
        var sents: [Range<Int>] = []
        t.bytes.withUnsafeBufferPointer { p in
            NERTokenizer.tokenize(p, range: 0..<t.count, tokens: &toks, sentences: &sents)
            let ends = toks.map { t.string($0.start..<NERModel.trimCompound(p, last: $0, end: $0.end)) }
            #expect(ends == ["Russian", "Co-operation", "Nagorno-Karabakh", "Kavkaz-2020", "al-Assad"])
        }
    }

    @Test func joinersAndMonths() {
        let t = TextBuffer("Halk Maslahaty (People’s Council) and Bank of England")
        var toks: [NERToken] = []
        var sents: [Range<Int>] = []
        t.bytes.withUnsafeBufferPointer { p in
            NERTokenizer.tokenize(p, range: 0..<t.count, tokens: &toks, sentences: &sents)
            let joins = toks.map { NERModel.canJoin(p, $0) }
            // "(" cannot join "Maslahaty" and "People"; "of" can join "Bank" and "England".
            #expect(joins[2] == false)
            #expect(joins[toks.count - 2] == true)
        }
        let scratch = UnsafeMutablePointer<UInt32>.allocate(capacity: 64)
        defer { scratch.deallocate() }
        let word = Array("December".utf8).withUnsafeBufferPointer { NERFeatures.analyze($0, 0, 8, scratch: scratch).word }
        #expect(NERModel.monthWords.contains(word))
        let other = Array("Kommersant".utf8).withUnsafeBufferPointer { NERFeatures.analyze($0, 0, 10, scratch: scratch).word }
        #expect(!NERModel.monthWords.contains(other))
    }

    @Test func tokenizerSplitsSentences() {
        let t = TextBuffer("He left. She stayed in Rome.\nA new line")
        var toks: [NERToken] = []
        var sents: [Range<Int>] = []
        t.bytes.withUnsafeBufferPointer { p in
            NERTokenizer.tokenize(p, range: 0..<t.count, tokens: &toks, sentences: &sents)
        }
        #expect(sents.count == 3)
        #expect(sents.first == 0..<3)
        // Endless text without sentence ends is cut into bounded pieces.
        let long = TextBuffer(String(repeating: "word ", count: 2000))
        long.bytes.withUnsafeBufferPointer { p in
            NERTokenizer.tokenize(p, range: 0..<long.count, tokens: &toks, sentences: &sents)
        }
        #expect(toks.count == 2000)
        #expect(sents.allSatisfy { $0.count <= NERTokenizer.maxSentence + 8 })
        #expect(sents.last?.upperBound == 2000)
    }

    @Test func iob1IsConvertedToBIO() throws {
        let s = try #require(NERSentence(tokens: ["a", "B", "C", "D", "e"], tags: ["O", "I-PER", "I-PER", "B-PER", "O"]))
        #expect(s.tags == [0, 1, 2, 1, 0])
        #expect(NERSentence(tokens: ["a"], tags: ["X-FOO"]) == nil)
        #expect(NERSentence(tokens: ["a", "b"], tags: ["O"]) == nil)
    }

    @Test func tinyModelLearnsSyntheticPatterns() throws {
        let train = syntheticSentences()
        let trainer = NERTrainer(rowBits: 14, vocabBits: 12, epochs: 8)
        let (model, scores, _) = trainer.train(train, dev: train)
        #expect((scores?.f1 ?? 0) > 0.9)
        // Known names in new combinations of the same contexts.
        let found = labels(model, "Yesterday Greta Holm arrived in Odessa.")
        #expect(found.contains { $0.0 == "Greta Holm" && $0.1 == .person })
        #expect(found.contains { $0.0 == "Odessa" && $0.1 == .location })
        let found2 = labels(model, "Officials in Dakar praised the Atlas Union.")
        #expect(found2.contains { $0.0 == "Atlas Union" && $0.1 == .organization })
        // A lowercase sentence has no entities.
        #expect(labels(model, "the weather was mild and nobody said anything.").isEmpty)
    }

    @Test func saveLoadRoundTrip() throws {
        let model = NERTrainer(rowBits: 12, vocabBits: 10, epochs: 3).train(syntheticSentences()).model
        let bytes = model.serialized()
        let again = try NERModel(serialized: bytes)
        #expect(again.serialized() == bytes)
        let text = "Officials in Lisbon praised the Northwind Bank. Anna Kowalska said so."
        let t = TextBuffer(text)
        #expect(model.tag(t, bytes: 0..<t.count) == again.tag(t, bytes: 0..<t.count))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ner-test-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: url) }
        try model.write(to: url)
        let loaded = try NERModel.load(from: url)
        #expect(loaded.tag(t, bytes: 0..<t.count) == model.tag(t, bytes: 0..<t.count))
    }

    @Test func corruptFilesAreRejected() throws {
        let bytes = NERTrainer(rowBits: 10, vocabBits: 8, epochs: 1).train(syntheticSentences()).model.serialized()
        var flipped = bytes
        flipped[bytes.count / 2] ^= 0x40
        #expect(throws: NERModelError.checksumMismatch) { try NERModel(serialized: flipped) }
        #expect(throws: NERModelError.truncated) { try NERModel(serialized: Array(bytes.dropLast(100))) }
        #expect(throws: NERModelError.truncated) { try NERModel(serialized: []) }
        var magic = bytes
        magic[0] = 0x58
        #expect(throws: NERModelError.badMagic) { try NERModel(serialized: magic) }
        var version = bytes
        version[4] = 99
        #expect(throws: NERModelError.unsupportedVersion(99)) { try NERModel(serialized: version) }
        var rows = bytes
        rows[16] = 40
        #expect(throws: NERModelError.badHeader) { try NERModel(serialized: rows) }
        let missing = URL(fileURLWithPath: "/nonexistent/ner/model.bin")
        #expect(throws: (any Error).self) { try NERModel.load(from: missing) }
    }

    @Test func outOfRangeWeightsAreRejected() throws {
        let model = NERTrainer(rowBits: 10, vocabBits: 8, epochs: 2).train(syntheticSentences()).model
        var bytes = model.serialized()
        // The first weight of the first row, set beyond ±quantLimit with a valid checksum: the sums
        // of such weights could overflow Int16 at scoring time.
        let o = NERModel.weightsOffset(transitions: (NERTags.count + 1) * NERTags.count)
        let big = Int16(NERModel.quantLimit + 1)
        withUnsafeBytes(of: big.littleEndian) { bytes[o] = $0[0]; bytes[o + 1] = $0[1] }
        let body = bytes.count - 8
        let sum = NERModel.checksum(bytes[0..<body])
        withUnsafeBytes(of: sum.littleEndian) { for k in 0..<8 { bytes[body + k] = $0[k] } }
        #expect(throws: NERModelError.weightOutOfRange) { try NERModel(serialized: bytes) }
        // The in-range limit itself loads.
        let edge = Int16(-NERModel.quantLimit)
        withUnsafeBytes(of: edge.littleEndian) { bytes[o] = $0[0]; bytes[o + 1] = $0[1] }
        let sum2 = NERModel.checksum(bytes[0..<body])
        withUnsafeBytes(of: sum2.littleEndian) { for k in 0..<8 { bytes[body + k] = $0[k] } }
        #expect(throws: Never.self) { try NERModel(serialized: bytes) }
    }

    @Test func versionOneFilesStillLoad() throws {
        let model = NERTrainer(rowBits: 10, vocabBits: 8, epochs: 3).train(syntheticSentences()).model
        let v2 = model.serialized()
        // Rebuild the version 1 layout by hand: no padding, rows of 9 tags.
        let L = NERTags.count
        let rows = 1 << 10
        var v1 = Array(v2[0..<NERModel.headerBytes + (L + 1) * L * 4])
        v1[4] = 1
        for r in 0..<rows {
            for y in 0..<L {
                let o = y < 8 ? model.weightsOffset + r * 16 + 2 * y : model.lastTagOffset + r * 2
                v1 += v2[o..<o + 2]
            }
        }
        v1 += v2[model.vocabOffset..<model.vocabOffset + model.vocabBytes]
        let sum = NERModel.checksum(v1[...])
        withUnsafeBytes(of: sum.littleEndian) { v1 += $0 }
        let old = try NERModel(serialized: v1)
        #expect(old.serialized() == v2)
        let t = TextBuffer("Yesterday Greta Holm arrived in Odessa. Officials in Dakar praised the Atlas Union.")
        #expect(old.tag(t, bytes: 0..<t.count) == model.tag(t, bytes: 0..<t.count))
    }

    @Test func loadingKeepsTheFileBytesOnly() throws {
        let model = NERTrainer(rowBits: 12, vocabBits: 10, epochs: 2).train(syntheticSentences()).model
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ner-test-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: url) }
        try model.write(to: url)
        let onDisk = try [UInt8](Data(contentsOf: url))
        let loaded = try NERModel.load(from: url)
        // The weights and vocabulary are read in place: the model holds the file image, nothing more.
        #expect(loaded.image == onDisk)
        #expect(loaded.image.count == NERModel.weightsOffset(transitions: (NERTags.count + 1) * NERTags.count)
            + (1 << 12) * NERModel.rowBytes + (1 << 10) / 8 + 8)
        // A truncated file on disk and a directory are rejected, not read as a model.
        let short = FileManager.default.temporaryDirectory.appendingPathComponent("ner-test-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: short) }
        try Data(onDisk.dropLast(3)).write(to: short)
        #expect(throws: NERModelError.truncated) { try NERModel.load(from: short) }
        #expect(throws: (any Error).self) { try NERModel.load(from: FileManager.default.temporaryDirectory) }
    }

    @Test func scoringMatchesUnquantizedRowSums() throws {
        // addRow sums the 9 tag weights of a row (8 as a vector, the last stored apart) exactly.
        let L = NERTags.count
        var weights = [Float](repeating: 0, count: (1 << 8) * L)
        for i in weights.indices { weights[i] = Float((i * 37) % 201) - 100 }
        let model = NERModel(rowBits: 8, vocabBits: 6, weights: weights,
                             transitions: [Float](repeating: 0, count: (L + 1) * L), vocab: [])
        model.image.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { Issue.record("empty image"); return }
            var acc = SIMD8<Int16>.zero
            var last: Int16 = 0
            for r in [3, 200, 255] {
                NERModel.addRow(base + model.weightsOffset, base + model.lastTagOffset, r, &acc, &last)
            }
            for y in 0..<L {
                let want = [3, 200, 255].reduce(Float(0)) { $0 + weights[$1 * L + y] }
                let got = Float(y < 8 ? acc[y] : last) * model.scale
                #expect(abs(got - want) <= 3 * model.scale)
            }
        }
    }

    @Test func randomInputNeverTraps() {
        let model = NERTrainer(rowBits: 10, vocabBits: 8, epochs: 1).train(syntheticSentences()).model
        var rng = SplitMix(seed: 42)
        let pool: [Unicode.Scalar] = ["A", "z", "Q", " ", "\n", ".", ",", "'", "’", "“", "”", "(", ")", "-", "–", "—",
                                      "Ş", "ğ", "é", "Ж", "ж", "漢", "😀", "0", "9", "s", "S", "\u{A0}", "\t", "!", "?"]
        for _ in 0..<300 {
            var s = String.UnicodeScalarView()
            let n = Int(rng.next() % 120)
            for _ in 0..<n { s.append(pool[Int(rng.next() % UInt64(pool.count))]) }
            let t = TextBuffer(String(s))
            let a = Int(rng.next() % UInt64(t.count + 5)) - 2
            let b = a + Int(rng.next() % UInt64(t.count + 5))
            for sp in model.tag(t, bytes: a..<max(a, b)) {
                #expect(sp.bytes.lowerBound >= 0 && sp.bytes.upperBound <= t.count)
                #expect(sp.confidence >= 0 && sp.confidence <= 1)
            }
            _ = model.tag(t, bytes: 0..<t.count)
            for sp in model.tagDocument(t, ranges: [0..<(t.count / 2), a..<max(a, b), (t.count / 2)..<t.count]) {
                #expect(sp.bytes.lowerBound >= 0 && sp.bytes.upperBound <= t.count)
                #expect(sp.confidence >= 0 && sp.confidence <= 1)
            }
        }
        // A very long sentence without punctuation: spans stay inside the text and in order.
        let long = TextBuffer(String(repeating: "Word and Other ", count: 5000))
        let spans = model.tag(long, bytes: 0..<long.count)
        #expect(zip(spans, spans.dropFirst()).allSatisfy { $0.bytes.upperBound <= $1.bytes.lowerBound })
    }

    @Test func documentTaggingMakesRepeatsAgree() throws {
        let model = NERTrainer(rowBits: 14, vocabBits: 12, epochs: 8).train(syntheticSentences()).model
        let text = "Yesterday Boris Petrenko arrived in Bergen.\nPetrenko said that the weather was mild.\nPetrenko said that the weather was mild."
        let t = TextBuffer(text)
        let spans = model.tagDocument(t, ranges: [0..<t.count])
        let named = spans.filter { t.string($0.bytes) == "Petrenko" }
        // Whatever each sentence alone says, all occurrences end with one label, PER via the full name.
        #expect(Set(named.map(\.label)).count <= 1)
        if let l = named.first?.label { #expect(l == .person) }
        #expect(spans.contains { t.string($0.bytes) == "Boris Petrenko" && $0.label == .person })
        #expect(spans.allSatisfy { $0.confidence >= 0 && $0.confidence <= 1 })
    }

    @Test func shippedModelTagsNewsText() throws {
        let model = try #require(testModel)
        let found = labels(model, "Russian President Vladimir Putin met Turkish leader Recep Tayyip Erdoğan in Sochi on Monday, the Kremlin said.")
        #expect(found.contains { $0.0 == "Vladimir Putin" && $0.1 == .person })
        #expect(found.contains { $0.0 == "Sochi" && $0.1 == .location })
        #expect(found.contains { $0.0 == "Russian" && $0.1 == .misc })
        let t = TextBuffer("the talks ended without agreement.")
        #expect(model.tag(t, bytes: 0..<t.count).isEmpty)
    }
}
