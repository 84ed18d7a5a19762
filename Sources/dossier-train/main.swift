import DossierKit
import Foundation

/// `dossier-train`: trains, evaluates and benchmarks the NER tagger (Sources/DossierKit/NER).
///
///     dossier-train train --train eng.train --dev eng.testa --out Data/ner/model.bin [--epochs N] [--row-bits N] [--final]
///     dossier-train eval --model M FILE          (CoNLL file: conlleval-style P/R/F1)
///     dossier-train articles DIR [--model M] [-v] [--document] (our articles vs their .gold.json mentions)
///     dossier-train bench FILE... [--model M] [--megabytes N]
///     dossier-train tag FILE... [--model M] [--spans] (prints the spans found)
///     dossier-train mem FILE [--model M]         (resident memory before/after load and tagging)
///     dossier-train convert --model M --out FILE (rewrites a model file in the current format)

func fail(_ msg: String) -> Never {
    FileHandle.standardError.write(Data((msg + "\n").utf8))
    exit(2)
}

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

struct Args {
    var positional: [String] = []
    var options: [String: String] = [:]
    var flags: Set<String> = []
    init(_ argv: ArraySlice<String>) {
        var i = argv.startIndex
        while i < argv.endIndex {
            let a = argv[i]
            if a == "-v" || a == "--verbose" {
                flags.insert("v")
            } else if a == "--document" {
                flags.insert("d")
            } else if a == "--spans" {
                flags.insert("spans")
            } else if a == "--final" {
                flags.insert("final")
            } else if a.hasPrefix("--") {
                let k = String(a.dropFirst(2))
                if i + 1 < argv.endIndex { options[k] = argv[i + 1]; i += 1 } else { fail("missing value for \(a)") }
            } else {
                positional.append(a)
            }
            i += 1
        }
    }
}

func readSentences(_ path: String) -> [NERSentence] {
    guard let s = try? String(contentsOfFile: path, encoding: .utf8) else { fail("cannot read \(path)") }
    return CoNLLReader.sentences(s)
}

func loadModel(_ args: Args) -> NERModel {
    if let m = args.options["model"] {
        do { return try NERModel.load(from: URL(fileURLWithPath: m)) } catch { fail("\(m): \(error)") }
    }
    guard let m = NERModel.load() else { fail("no model in Data/ner/ (use --model)") }
    return m
}

let argv = CommandLine.arguments
guard argv.count >= 2 else {
    fail("usage: dossier-train train|eval|articles|bench|tag … (see Sources/dossier-train/main.swift)")
}
let args = Args(argv.dropFirst(2))

switch argv[1] {
case "train":
    guard let trainPath = args.options["train"], let out = args.options["out"] else {
        fail("usage: dossier-train train --train FILE [--dev FILE] --out FILE [--epochs N] [--row-bits N]")
    }
    let t0 = now()
    let train = readSentences(trainPath)
    let dev = args.options["dev"].map(readSentences) ?? []
    print("train: \(train.count) sentences, \(train.reduce(0) { $0 + $1.tokens.count }) tokens; dev: \(dev.count) sentences")
    var trainer = NERTrainer()
    if let e = args.options["epochs"], let n = Int(e) { trainer.epochs = n }
    if let e = args.options["row-bits"], let n = Int(e) { trainer.rowBits = n }
    if let e = args.options["word-dropout"], let x = Double(e) { trainer.wordDropout = x }
    var (model, scores, epoch) = trainer.train(train, dev: dev) { print($0) }
    if let s = scores { print("dev scores of epoch \(epoch) (exact spans):\n\(s)") }
    if args.flags.contains("final") && !dev.isEmpty {
        // The shipped model: the chosen number of epochs on train + dev together.
        var final = trainer
        final.epochs = epoch
        print("final: retraining on train + dev for \(epoch) epochs")
        model = final.train(train + dev).model
        scores = nil
    }
    do { try model.write(to: URL(fileURLWithPath: out)) } catch { fail("\(out): \(error)") }
    let size = (try? FileManager.default.attributesOfItem(atPath: out)[.size] as? Int) ?? 0
    print("best epoch \(epoch); wrote \(out) (\(size) bytes) in \(String(format: "%.1f", now() - t0)) s")

case "eval":
    guard let file = args.positional.first else { fail("usage: dossier-train eval [--model M] FILE") }
    let model = loadModel(args)
    print(NERTrainer.evaluate(model, readSentences(file)))

case "calibrate":
    // Precision of the spans `tag` returns, by confidence bin, on a CoNLL file.
    guard let file = args.positional.first else { fail("usage: dossier-train calibrate [--model M] FILE") }
    let model = loadModel(args)
    var binTotal = [Int](repeating: 0, count: 10), binRight = [Int](repeating: 0, count: 10)
    var confSum = [Double](repeating: 0, count: 10)
    for sent in readSentences(file) {
        let joined = sent.tokens.joined(separator: " ")
        let buf = TextBuffer(joined)
        var gold = Set<String>()
        for g in sent.goldSpans { gold.insert("\(g.bytes.lowerBound):\(g.bytes.upperBound):\(g.label.rawValue)") }
        for sp in model.tag(buf, bytes: 0..<buf.count) {
            let b = min(9, Int(sp.confidence * 10))
            binTotal[b] += 1
            confSum[b] += sp.confidence
            if gold.contains("\(sp.bytes.lowerBound):\(sp.bytes.upperBound):\(sp.label.rawValue)") { binRight[b] += 1 }
        }
    }
    for b in 0..<10 where binTotal[b] > 0 {
        print(String(format: "confidence %.1f–%.1f: %5d spans, mean confidence %.3f, precision %.3f",
                     Double(b) / 10, Double(b + 1) / 10, binTotal[b], confSum[b] / Double(binTotal[b]),
                     Double(binRight[b]) / Double(binTotal[b])))
    }

case "bench":
    guard !args.positional.isEmpty else { fail("usage: dossier-train bench FILE... [--megabytes N]") }
    let t0 = now()
    let model = loadModel(args)
    let tLoad = now() - t0
    var pieces: [String] = []
    for f in args.positional {
        if let s = try? String(contentsOfFile: f, encoding: .utf8) { pieces.append(s) }
    }
    guard !pieces.isEmpty else { fail("nothing to read") }
    let target = (Int(args.options["megabytes"] ?? "10") ?? 10) * 1_000_000
    var text = ""
    var i = 0
    while text.utf8.count < target {
        text += pieces[i % pieces.count] + "\n\n"
        i += 1
    }
    let buf = TextBuffer(text)
    // Tag paragraph by paragraph, as the pipeline does.
    var paragraphs: [Range<Int>] = []
    var start = 0
    buf.bytes.withUnsafeBufferPointer { p in
        var k = 0
        while k < p.count {
            if p[k] == 0x0A {
                if k > start { paragraphs.append(start..<k) }
                start = k + 1
            }
            k += 1
        }
        if p.count > start { paragraphs.append(start..<p.count) }
    }
    let t1 = now()
    var spans = 0
    for r in paragraphs { spans += model.tag(buf, bytes: r).count }
    let secs = now() - t1
    print(String(format: "model load %.1f ms; tagged %.1f MB in %.3f s: %.1f MB/s; %d spans",
                 tLoad * 1000, Double(buf.count) / 1e6, secs, Double(buf.count) / 1e6 / secs, spans))

case "convert":
    guard let out = args.options["out"], args.options["model"] != nil else {
        fail("usage: dossier-train convert --model M --out FILE")
    }
    let model = loadModel(args)
    do { try model.write(to: URL(fileURLWithPath: out)) } catch { fail("\(out): \(error)") }
    print("wrote \(out) (\(model.serialized().count) bytes)")

case "mem":
    // What the model costs in resident memory (VmRSS, and the peak VmHWM) to load and to tag one
    // file paragraph by paragraph, read from /proc/self/status (Linux).
    guard let f = args.positional.first, let s = try? String(contentsOfFile: f, encoding: .utf8) else {
        fail("usage: dossier-train mem FILE [--model M]")
    }
    func status(_ key: String) -> Int {
        guard let st = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return -1 }
        for line in st.split(separator: "\n") where line.hasPrefix(key + ":") {
            return Int(line.dropFirst(key.count + 1).filter { $0.isNumber }) ?? -1
        }
        return -1
    }
    let buf = TextBuffer(s)
    let before = (rss: status("VmRSS"), hwm: status("VmHWM"))
    let t0 = now()
    let model = loadModel(args)
    let tLoad = now() - t0
    let loaded = (rss: status("VmRSS"), hwm: status("VmHWM"))
    var spans = 0
    var start = 0
    buf.bytes.withUnsafeBufferPointer { p in
        for k in 0...p.count where k == p.count || p[k] == 0x0A {
            if k > start { spans += model.tag(buf, bytes: start..<k).count }
            start = k + 1
        }
    }
    let tagged = (rss: status("VmRSS"), hwm: status("VmHWM"))
    print("before load: VmRSS \(before.rss) KB, VmHWM \(before.hwm) KB")
    print(String(format: "after load (%.2f ms): VmRSS %d KB (+%d), VmHWM %d KB (+%d)", tLoad * 1000,
                 loaded.rss, loaded.rss - before.rss, loaded.hwm, loaded.hwm - before.hwm))
    print("after tagging (\(spans) spans): VmRSS \(tagged.rss) KB (+\(tagged.rss - before.rss)), VmHWM \(tagged.hwm) KB (+\(tagged.hwm - before.hwm))")
    // A second copy costs only the model itself: the first load also pays for one-time start-up
    // (Foundation's file and path machinery, the tagger's code pages).
    let t1 = now()
    let second = loadModel(args)
    let tLoad2 = now() - t1
    let again = (rss: status("VmRSS"), hwm: status("VmHWM"))
    print(String(format: "second copy loaded (%.2f ms): VmRSS +%d KB, VmHWM +%d KB", tLoad2 * 1000,
                 again.rss - tagged.rss, again.hwm - tagged.hwm))
    withExtendedLifetime((model, second)) {}

case "tag":
    // `--spans`: one line per span, "FILE<TAB>start<TAB>end<TAB>label<TAB>confidence", offsets in
    // code points (as `dossier export`), for comparing the tagger with the whole pipeline.
    guard !args.positional.isEmpty else { fail("usage: dossier-train tag [--spans] FILE...") }
    let model = loadModel(args)
    for f in args.positional {
        guard let s = try? String(contentsOfFile: f, encoding: .utf8) else { fail("cannot read \(f)") }
        let buf = TextBuffer(s)
        for sp in model.tag(buf, bytes: 0..<buf.count) {
            let conf = String(format: "%.2f", sp.confidence)
            if args.flags.contains("spans") {
                let c = buf.span(bytes: sp.bytes)
                print("\(f)\t\(c.start)\t\(c.end)\t\(sp.label.rawValue)\t\(conf)")
            } else {
                print("\(sp.label.rawValue)\t\(conf)\t\(buf.string(sp.bytes))")
            }
        }
    }

case "articles":
    guard let dir = args.positional.first else { fail("usage: dossier-train articles DIR [--model M] [-v]") }
    let model = loadModel(args)
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [])
        .filter { $0.hasSuffix(".txt") }.sorted()
    // Our types per CoNLL label.
    let mapping: [NERLabel: Set<String>] = [
        .person: ["PERSON"], .location: ["PLACE"], .organization: ["ORG", "MEDIA"], .misc: ["NORP", "EVENT"],
    ]
    var tp: [NERLabel: Int] = [:], pred: [NERLabel: Int] = [:], gold: [NERLabel: Int] = [:], goldHit: [NERLabel: Int] = [:]
    var untypedHit = 0, goldAll = 0, predAll = 0, untypedPredHit = 0
    for n in names {
        let base = String(n.dropLast(4))
        guard let text = try? String(contentsOfFile: dir + "/" + n, encoding: .utf8),
              let gdata = try? Data(contentsOf: URL(fileURLWithPath: dir + "/" + base + ".gold.json")),
              let gj = try? JSONSerialization.jsonObject(with: gdata) as? [String: Any],
              let mentions = gj["mentions"] as? [[String: Any]] else { continue }
        let buf = TextBuffer(text)
        var goldSpans: [String: String] = [:]  // "s:e" → type
        for m in mentions {
            guard let s = m["start"] as? Int, let e = m["end"] as? Int, let t = m["type"] as? String else { continue }
            goldSpans["\(s):\(e)"] = t
        }
        let spans = args.flags.contains("d")
            ? model.tagDocument(buf, ranges: [0..<buf.count]) : model.tag(buf, bytes: 0..<buf.count)
        var predKeys: [String: NERLabel] = [:]
        for sp in spans {
            let sc = buf.span(bytes: sp.bytes)
            let key = "\(sc.start):\(sc.end)"
            predKeys[key] = sp.label
            pred[sp.label, default: 0] += 1
            predAll += 1
            if let g = goldSpans[key] {
                untypedPredHit += 1
                if mapping[sp.label]?.contains(g) == true { tp[sp.label, default: 0] += 1 }
                else if args.flags.contains("v") { print("\(base): type \(sp.label.rawValue) vs gold \(g): \(buf.string(sp.bytes))") }
            } else if args.flags.contains("v") {
                print("\(base): spurious \(sp.label.rawValue): \(buf.string(sp.bytes))")
            }
        }
        for (key, g) in goldSpans {
            goldAll += 1
            if predKeys[key] != nil { untypedHit += 1 }
            guard let label = mapping.first(where: { $0.value.contains(g) })?.key else { continue }
            gold[label, default: 0] += 1
            if predKeys[key] == label { goldHit[label, default: 0] += 1 }
            else if args.flags.contains("v") {
                let parts = key.split(separator: ":").compactMap { Int($0) }
                if parts.count == 2 { print("\(base): missed \(g): \(buf.string(Span(parts[0], parts[1])))") }
            }
        }
    }
    func pct(_ a: Int, _ b: Int) -> String { b == 0 ? "-" : String(format: "%.3f", Double(a) / Double(b)) }
    for l in NERLabel.allCases {
        let names = (mapping[l] ?? []).sorted().joined(separator: "/")
        print("\(l.rawValue)→\(names): P \(pct(tp[l] ?? 0, pred[l] ?? 0)) (\(tp[l] ?? 0)/\(pred[l] ?? 0))  R \(pct(goldHit[l] ?? 0, gold[l] ?? 0)) (\(goldHit[l] ?? 0)/\(gold[l] ?? 0))")
    }
    print("untyped exact spans: P \(pct(untypedPredHit, predAll)) R \(pct(untypedHit, goldAll)) (gold \(goldAll), predicted \(predAll))")

default:
    fail("unknown command \(argv[1])")
}
