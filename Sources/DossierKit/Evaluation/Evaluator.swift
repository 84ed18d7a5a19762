import Foundation

/// Scores the annotator against a folder of `*.txt` + `*.gold.json` (the dev corpus format, or
/// TimeBank's, which has only timexes) and reports precision, recall and F1.
public struct Evaluator {
    /// Counts behind one precision/recall/F1 figure.
    public struct Score: Sendable, Equatable {
        public var truePositives = 0
        public var predicted = 0
        public var gold = 0
        public init() {}
        public var precision: Double { predicted == 0 ? (gold == 0 ? 1 : 0) : Double(truePositives) / Double(predicted) }
        public var recall: Double { gold == 0 ? (predicted == 0 ? 1 : 0) : Double(truePositives) / Double(gold) }
        public var f1: Double {
            let p = precision, r = recall
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
        static func += (a: inout Score, b: Score) {
            a.truePositives += b.truePositives; a.predicted += b.predicted; a.gold += b.gold
        }
    }

    /// All scores of one run, keyed by name (`mentions.PERSON`, `citations`, `timex.value`…).
    public struct Report: Sendable {
        public var scores: [String: Score] = [:]
        /// Figures that are not P/R/F1 (value accuracy, value F1 of TempEval-3).
        public var figures: [String: Double] = [:]
        public var documents = 0
        /// Per-document error lines, for `--verbose`.
        public var errors: [String] = []

        /// Every figure by name: `<score>.p`, `<score>.r`, `<score>.f1` and the plain figures.
        public var metrics: [String: Double] {
            var m = figures
            for (k, s) in scores {
                m[k + ".p"] = s.precision; m[k + ".r"] = s.recall; m[k + ".f1"] = s.f1
            }
            return m
        }
    }

    public enum EvalError: Error, CustomStringConvertible {
        case noDocuments(String)
        case badGold(String, String)
        public var description: String {
            switch self {
            case .noDocuments(let d): return "\(d): no *.txt files with a matching *.gold.json"
            case .badGold(let f, let why): return "\(f): cannot read gold annotations (\(why))"
            }
        }
    }

    public var annotator: Annotator
    public init(annotator: Annotator) { self.annotator = annotator }

    /// Evaluates every `NAME.txt` in `folder` that has a `NAME.gold.json`.
    public func evaluate(folder: String) throws -> Report {
        let fm = FileManager.default
        let names = ((try? fm.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".txt") }
            .sorted()
            .filter { fm.fileExists(atPath: folder + "/" + $0.dropLast(4) + ".gold.json") }
        guard !names.isEmpty else { throw EvalError.noDocuments(folder) }
        var report = Report()
        var valueMatched = 0, valueCorrect = 0
        var linkedEntities = 0, agreeingLinks = 0
        for name in names {
            let txtPath = folder + "/" + name
            let goldPath = folder + "/" + name.dropLast(4) + ".gold.json"
            guard let text = try? String(contentsOfFile: txtPath, encoding: .utf8) else {
                throw EvalError.badGold(txtPath, "not UTF-8 text")
            }
            guard let data = fm.contents(atPath: goldPath),
                  let gold = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
            else { throw EvalError.badGold(goldPath, "not a JSON object") }
            let dct = (gold["dct"] as? String).flatMap(CalendarDate.init(iso:))
            // TimeBank gold gives the DCT; the dev gold's DCT is what inference must find.
            let given = gold["mentions"] == nil ? dct : nil
            let doc = annotator.annotate(text, path: txtPath, date: given)
            report.documents += 1
            if let dct, gold["mentions"] != nil {
                report.scores["dct", default: Score()] += Score(tp: doc.metadata.date?.value == dct ? 1 : 0, predicted: 1, gold: 1)
                if doc.metadata.date?.value != dct {
                    report.errors.append("\(name): document date \(doc.metadata.date?.value.description ?? "none") ≠ gold \(dct)")
                }
            }
            if let mentions = gold["mentions"] as? [[String: Any]] {
                scoreMentions(doc, gold: mentions, name: name, into: &report)
                if let entities = gold["entities"] as? [String: [String: Any]] {
                    let links = scoreEntityLinks(doc, mentions: mentions, entities: entities)
                    report.scores["entities.grouping", default: Score()] += links.grouping
                    report.scores["entities.actors", default: Score()] += links.actors
                    linkedEntities += links.linkedEntities; agreeingLinks += links.agreeing
                    report.errors += links.errors.map { "\(name): \($0)" }
                }
            }
            if let citations = gold["citations"] as? [[String: Any]] {
                scoreCitations(doc, gold: citations, name: name, into: &report)
            }
            if let timexes = gold["timexes"] as? [[String: Any]] {
                let (m, c) = scoreTimexes(doc, gold: timexes, name: name, into: &report)
                valueMatched += m; valueCorrect += c
            }
        }
        if linkedEntities > 0 {
            report.figures["entities.actors.accuracy"] = Double(agreeingLinks) / Double(linkedEntities)
        }
        if let g = report.scores.removeValue(forKey: "timex.relaxed.goldside"),
           let s = report.scores.removeValue(forKey: "timex.relaxed.sysside") {
            // TempEval-3: precision counts system timexes overlapping any gold one, recall the
            // reverse; value F1 = relaxed F1 × value accuracy over the matched gold timexes.
            let p = s.predicted == 0 ? 0 : Double(s.truePositives) / Double(s.predicted)
            let r = g.gold == 0 ? 0 : Double(g.truePositives) / Double(g.gold)
            let f1 = p + r == 0 ? 0 : 2 * p * r / (p + r)
            let acc = valueMatched == 0 ? 0 : Double(valueCorrect) / Double(valueMatched)
            report.figures["timex.relaxed.p"] = p
            report.figures["timex.relaxed.r"] = r
            report.figures["timex.relaxed.f1"] = f1
            report.figures["timex.value.accuracy"] = acc
            report.figures["timex.value.f1"] = f1 * acc
        }
        return report
    }

    private func scoreMentions(_ doc: Document, gold: [[String: Any]], name: String, into report: inout Report) {
        struct Key: Hashable { let start: Int, end: Int, type: String }
        let goldKeys = gold.compactMap { g -> Key? in
            guard let s = g["start"] as? Int, let e = g["end"] as? Int, let t = g["type"] as? String else { return nil }
            return Key(start: s, end: e, type: t)
        }
        let predicted = doc.entities.flatMap { e in e.mentions.map { Key(start: $0.span.start, end: $0.span.end, type: $0.type.rawValue) } }
        let goldSet = Set(goldKeys), predSet = Set(predicted)
        for t in EntityType.allCases.map(\.rawValue) {
            var s = Score()
            s.gold = goldSet.filter { $0.type == t }.count
            s.predicted = predSet.filter { $0.type == t }.count
            s.truePositives = goldSet.intersection(predSet).filter { $0.type == t }.count
            report.scores["mentions.\(t)", default: Score()] += s
            let group = t == "NORP" ? "mentions.norp" : "mentions.core"
            report.scores[group, default: Score()] += s
            report.scores["mentions.all", default: Score()] += s
        }
        let text = Array(doc.text.unicodeScalars)
        func show(_ k: Key) -> String {
            let s = max(0, min(k.start, text.count)), e = max(s, min(k.end, text.count))
            return "\(k.start)-\(k.end) \(k.type) “\(String(String.UnicodeScalarView(text[s..<e])))”"
        }
        for k in goldSet.subtracting(predSet).sorted(by: { $0.start < $1.start }) { report.errors.append("\(name): missed mention \(show(k))") }
        for k in predSet.subtracting(goldSet).sorted(by: { $0.start < $1.start }) { report.errors.append("\(name): spurious mention \(show(k))") }
    }

    private func scoreEntityLinks(_ doc: Document, mentions: [[String: Any]],
                                  entities: [String: [String: Any]]) -> EntityLinkScoring.Result {
        let gold = mentions.compactMap { g -> EntityLinkScoring.Mention? in
            guard let s = g["start"] as? Int, let e = g["end"] as? Int, let t = g["type"] as? String,
                  let id = g["entity"] as? String else { return nil }
            return EntityLinkScoring.Mention(start: s, end: e, type: t, entity: id)
        }
        let goldActors = entities.compactMapValues { $0["actor"] as? String }
        let system = doc.entities.flatMap { e in
            e.mentions.map { EntityLinkScoring.Mention(start: $0.span.start, end: $0.span.end, type: $0.type.rawValue, entity: e.id) }
        }
        var systemActors: [String: String] = [:]
        for e in doc.entities { if let a = e.actor { systemActors[e.id] = a } }
        return EntityLinkScoring.score(gold: gold, goldActors: goldActors, system: system, systemActors: systemActors)
    }

    private func scoreCitations(_ doc: Document, gold: [[String: Any]], name: String, into report: inout Report) {
        struct Key: Hashable { let start: Int, end: Int, kind: String, refs: [String] }
        let goldKeys = Set(gold.compactMap { g -> Key? in
            guard let s = g["start"] as? Int, let e = g["end"] as? Int else { return nil }
            let refs = (g["refs"] as? [[String: Any]] ?? []).map { r in
                "\(r["source"] as? String ?? "")@\((r["dates"] as? [String] ?? []).joined(separator: ","))"
            }
            return Key(start: s, end: e, kind: g["kind"] as? String ?? "", refs: refs)
        })
        let predKeys = Set(doc.citations.map { c in
            Key(start: c.span.start, end: c.span.end, kind: c.kind.rawValue,
                refs: c.refs.map { "\($0.source)@\($0.dates.map(\.description).joined(separator: ","))" })
        })
        report.scores["citations", default: Score()] += Score(
            tp: goldKeys.intersection(predKeys).count, predicted: predKeys.count, gold: goldKeys.count)
        let goldSpans = Set(goldKeys.map { Span($0.start, $0.end) }), predSpans = Set(predKeys.map { Span($0.start, $0.end) })
        report.scores["citations.span", default: Score()] += Score(
            tp: goldSpans.intersection(predSpans).count, predicted: predSpans.count, gold: goldSpans.count)
        for k in goldKeys.subtracting(predKeys).sorted(by: { $0.start < $1.start }) {
            let got = predKeys.first { $0.start == k.start && $0.end == k.end }
            report.errors.append("\(name): citation \(k.start)-\(k.end) \(k.kind) \(k.refs)" + (got.map { " got \($0.kind) \($0.refs)" } ?? " missed"))
        }
        for k in predKeys.filter({ p in !goldSpans.contains(Span(p.start, p.end)) }) {
            report.errors.append("\(name): spurious citation \(k.start)-\(k.end) \(k.refs)")
        }
    }

    /// Strict (same span), relaxed (overlap, TempEval-3) and value scores; returns the
    /// number of relaxed-matched gold timexes and how many of them have the right value.
    private func scoreTimexes(_ doc: Document, gold: [[String: Any]], name: String, into report: inout Report) -> (Int, Int) {
        struct G { let span: Span; let value: String; let mod: String?; let text: String }
        let golds = gold.compactMap { g -> G? in
            guard let s = g["start"] as? Int, let e = g["end"] as? Int else { return nil }
            return G(span: Span(s, e), value: g["value"] as? String ?? "", mod: g["mod"] as? String, text: g["text"] as? String ?? "")
        }
        let preds = doc.timexes
        var strict = Score(), strictValue = Score(), relaxed = Score()
        strict.gold = golds.count; strict.predicted = preds.count
        strictValue.gold = golds.count; strictValue.predicted = preds.count
        relaxed.gold = golds.count; relaxed.predicted = preds.count
        var matched = 0, correct = 0
        for g in golds {
            let overlapping = preds.filter { $0.span.overlaps(g.span) }
            if let exact = overlapping.first(where: { $0.span == g.span }) {
                strict.truePositives += 1
                if exact.value == g.value { strictValue.truePositives += 1 }
            }
            if let best = overlapping.max(by: { overlap($0.span, g.span) < overlap($1.span, g.span) }) {
                relaxed.truePositives += 1  // recall side; precision side counted below
                matched += 1
                if best.value == g.value { correct += 1 } else {
                    report.errors.append("\(name): timex “\(g.text)” \(g.span.start) value \(best.value) ≠ gold \(g.value)")
                }
                if best.span != g.span {
                    report.errors.append("\(name): timex span “\(best.text)” ≠ gold “\(g.text)”")
                }
            } else {
                report.errors.append("\(name): missed timex “\(g.text)” \(g.span.start) \(g.value)")
            }
        }
        // TempEval-3 relaxed precision: system timexes that overlap some gold timex.
        let sysMatched = preds.filter { p in golds.contains { $0.span.overlaps(p.span) } }.count
        for p in preds where !golds.contains(where: { $0.span.overlaps(p.span) }) {
            report.errors.append("\(name): spurious timex “\(p.text)” \(p.span.start) \(p.value)")
        }
        report.scores["timex.strict", default: Score()] += strict
        report.scores["timex.strict.value", default: Score()] += strictValue
        report.scores["timex.relaxed.goldside", default: Score()] += Score(tp: relaxed.truePositives, predicted: 0, gold: relaxed.gold)
        report.scores["timex.relaxed.sysside", default: Score()] += Score(tp: sysMatched, predicted: relaxed.predicted, gold: 0)
        return (matched, correct)
    }

    private func overlap(_ a: Span, _ b: Span) -> Int { max(0, min(a.end, b.end) - max(a.start, b.start)) }
}

extension Evaluator.Score {
    init(tp: Int, predicted: Int, gold: Int) {
        self.init()
        truePositives = tp; self.predicted = predicted; self.gold = gold
    }
}
