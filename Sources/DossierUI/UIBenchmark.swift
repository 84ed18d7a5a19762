import DossierKit

/// Times the reader's work on a big document at a big screen: what `dossier bench-ui` prints.
///
/// The document is the built-in article (or `sample`) repeated to `megabytes` and annotated by
/// DossierKit's ``Annotator``, so entities, citations and the timeline are real.
public enum UIBenchmark {
    /// One measured step.
    public struct Measurement: Sendable, CustomStringConvertible {
        public var name: String
        /// Milliseconds per run (the mean over `runs`).
        public var milliseconds: Double
        public var runs: Int
        /// The budget the step should stay under, in milliseconds.
        public var budget: Double?

        public var description: String {
            let ms = milliseconds < 10 ? UIBenchmark.format2(milliseconds) : String(Int(milliseconds.rounded()))
            let b = budget.map { " (budget \(Int($0)) ms\(milliseconds <= $0 ? "" : ", OVER"))" } ?? ""
            return "\(name): \(ms) ms\(runs > 1 ? " mean of \(runs)" : "")\(b)"
        }
    }

    /// The results, with the size of what was measured.
    public struct Report: Sendable, CustomStringConvertible {
        public var bytes: Int
        public var width: Int
        public var height: Int
        public var lines: Int
        public var entities: Int
        public var mentions: Int
        public var citations: Int
        public var measurements: [Measurement]

        /// True when every step stayed in its budget.
        public var withinBudget: Bool { measurements.allSatisfy { m in m.budget.map { m.milliseconds <= $0 } ?? true } }

        public var description: String {
            var s = "UI benchmark: \(bytes / 1024) KiB text, \(lines) lines at \(width)×\(height), "
            s += "\(entities) entities, \(mentions) mentions, \(citations) citations\n"
            for m in measurements { s += "  " + m.description + "\n" }
            return s
        }
    }

    static func format2(_ v: Double) -> String {
        let hundredths = Int((v * 100).rounded())
        let frac = hundredths % 100
        return "\(hundredths / 100).\(frac < 10 ? "0" : "")\(frac)"
    }

    static func ms(_ d: Duration) -> Double {
        let c = d.components
        return Double(c.seconds) * 1000 + Double(c.attoseconds) / 1e15
    }

    /// Builds the big document (annotated once, not timed here).
    public static func document(megabytes: Double = 5, sample: String? = nil) -> Document {
        let base = sample ?? BuiltinArticle.text
        let target = max(1, Int(megabytes * 1_048_576))
        var text = base
        let unit = "\n\n" + base
        let unitBytes = max(1, unit.utf8.count)
        text.reserveCapacity(target + unitBytes)
        while text.utf8.count < target { text += unit }
        return Annotator.loadDefault().annotate(text, path: "bench.txt")
    }

    /// Runs every step on `document` at `width`×`height`.
    public static func run(document: Document, width: Int = 200, height: Int = 60) -> Report {
        let clock = ContinuousClock()
        var out: [Measurement] = []
        var index: DocumentIndex?
        let ti = clock.measure { index = DocumentIndex(document) }
        out.append(Measurement(name: "  of which: index (scalars, spans, pane rows)", milliseconds: ms(ti), runs: 1, budget: nil))
        if let index {
            let tl = clock.measure { _ = ArticleLayout(index: index, width: 88) }
            out.append(Measurement(name: "  of which: layout at 88 columns", milliseconds: ms(tl), runs: 1, budget: nil))
        }
        var state: ReaderState?
        let t0 = clock.measure {
            state = ReaderState(document: document, width: width, height: height)
        }
        guard var s = state else {
            return Report(bytes: 0, width: width, height: height, lines: 0, entities: 0, mentions: 0, citations: 0, measurements: [])
        }
        out.append(Measurement(name: "open (index + layout)", milliseconds: ms(t0), runs: 1, budget: 500))
        var grid = CellGrid(width: width, height: height)
        let theme = BuiltinThemes.fallback
        let t1 = clock.measure { ReaderView.render(s, theme: theme, into: &grid) }
        out.append(Measurement(name: "first frame", milliseconds: ms(t1), runs: 1, budget: 16))

        /// Times `runs` steps, each a state change then a full frame, and records the mean.
        func frames(_ name: String, runs: Int, budget: Double, _ step: (Int, inout ReaderState) -> Void) {
            let t = clock.measure {
                for i in 0..<runs {
                    step(i, &s)
                    var g = CellGrid(width: s.width, height: s.height)
                    ReaderView.render(s, theme: theme, into: &g)
                }
            }
            out.append(Measurement(name: name, milliseconds: ms(t) / Double(runs), runs: runs, budget: budget))
        }

        // Jump to the middle, then scroll a page and draw, many times.
        for _ in 0..<(s.layout.lines.count / 2 / max(1, s.viewHeight)) { s.apply(.pageDown) }
        frames("scroll + frame", runs: 200, budget: 16) { i, s in s.apply(i % 4 == 3 ? .pageUp : .lineDown) }

        // Incremental search: each keystroke re-searches the whole text and draws.
        s.handle(.char("/"))
        let query = Array("moscow")
        frames("search keystroke + frame", runs: query.count, budget: 100) { i, s in s.handle(.char(query[i])) }
        s.handle(.enter)
        let steps = 100
        frames("search step (n) + frame", runs: steps, budget: 16) { _, s in s.handle(.char("n")) }
        s.handle(.tab)
        frames("next citation + frame", runs: steps, budget: 16) { _, s in s.handle(.tab) }

        // Finder keystrokes.
        s.handle(.char("f"))
        let fq = Array("rusa")
        frames("finder keystroke + frame", runs: fq.count, budget: 16) { i, s in s.handle(.char(fq[i])) }
        s.handle(.enter)

        // Resizes: a new width is a new layout; going back hits the cache.
        frames("resize to a new width + frame", runs: 1, budget: 500) { _, s in s.resize(width: 120, height: height - 7) }
        frames("resize back (cached) + frame", runs: 1, budget: 16) { _, s in s.resize(width: width, height: height) }
        s.handle(.char("t"))
        frames("timeline row + frame", runs: steps, budget: 16) { _, s in s.handle(.char("j")) }

        return Report(bytes: document.text.utf8.count, width: width, height: height, lines: s.layout.lines.count,
                      entities: document.entities.count, mentions: document.entities.reduce(0) { $0 + $1.mentions.count },
                      citations: document.citations.count, measurements: out)
    }
}
