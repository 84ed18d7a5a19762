import ArgumentParser
import DossierKit
import DossierUI
import Foundation

struct BenchUI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-ui",
        abstract: "Benchmark the reader without a terminal: time to first frame, then scrolling, search, finder and resize at 200×60 (use a release build).",
        discussion: """
            Example:
              swift run -c release dossier bench-ui --megabytes 5 --strict
            """)

    @Option(help: "Megabytes of text for the large-document measurements.")
    var megabytes: Double = 5

    @Flag(help: "A quick run for CI: 1 MB.")
    var short = false

    @Flag(help: "Exit 1 when a measurement is over its budget.")
    var strict = false

    func run() throws {
        let clock = ContinuousClock()
        // Time to first frame of the built-in article as the reader draws it: its outline (text,
        // structure, date), then the annotated document (lists and tagger loaded, names found).
        let t0 = clock.now
        let outline = Outline.document(FormattedText(text: BuiltinArticle.text, blocks: [], format: .text), path: BuiltinArticle.displayName)
        var state = ReaderState(document: outline, width: 100, height: 30)
        var grid = CellGrid(width: 100, height: 30)
        ReaderView.render(state, theme: BuiltinThemes.fallback, into: &grid)
        let first = clock.now - t0
        let annotator = CLI.annotator()
        let reference = annotator.annotate(BuiltinArticle.text, path: BuiltinArticle.displayName)
        state.complete(with: reference)
        ReaderView.render(state, theme: BuiltinThemes.fallback, into: &grid)
        let whole = clock.now - t0
        state.resize(width: 100, height: 30)
        print(String(format: "reference article: first frame %.1f ms after the command started (budget 50 ms; process start adds about %.0f ms); names and dates on screen at %.1f ms",
                     milliseconds(first), processAgeMilliseconds() - milliseconds(clock.now - t0), milliseconds(whole)))

        // A large text from its bytes to the first frame.
        let mb = short ? 1 : megabytes
        let sample = BuiltinArticle.text
        var text = sample
        let target = Int(mb * 1_048_576)
        while text.utf8.count < target { text += "\n\n" + sample }
        // What the reader shows first for such a file: its first part annotated, then a frame.
        let t2 = clock.now
        let part = annotator.annotate(ArticleOptions.prefix(of: text, scalars: Read.firstPartScalars), path: "bench.txt")
        let partState = ReaderState(document: part, width: 200, height: 60)
        var partGrid = CellGrid(width: 200, height: 60)
        ReaderView.render(partState, theme: BuiltinThemes.fallback, into: &partGrid)
        let partFirst = clock.now - t2
        print(String(format: "%.1f MB text, first screen first: first frame %.1f ms (the rest is annotated in the background)",
                     Double(text.utf8.count) / 1_048_576, milliseconds(partFirst)))

        let t1 = clock.now
        let big = annotator.annotate(text, path: "bench.txt")
        let annotated = clock.now - t1
        let bigState = ReaderState(document: big, width: 200, height: 60)
        var bigGrid = CellGrid(width: 200, height: 60)
        ReaderView.render(bigState, theme: BuiltinThemes.fallback, into: &bigGrid)
        let bigFirst = clock.now - t1
        print(String(format: "%.1f MB text, all at once: first frame %.0f ms (annotation %.0f ms; budget for 5 MB: 500 ms)",
                     Double(text.utf8.count) / 1_048_576, milliseconds(bigFirst), milliseconds(annotated)))

        let report = UIBenchmark.run(document: big, width: 200, height: 60)
        print(report)
        let firstOK = milliseconds(first) <= 50 && milliseconds(partFirst) <= 50 && (mb < 5 || milliseconds(bigFirst) <= 500)
        if strict && !(report.withinBudget && firstOK) { throw ExitCode(1) }
    }

    private func milliseconds(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    }
}

/// Milliseconds since this process started (from /proc; 0 where unavailable).
func processAgeMilliseconds() -> Double {
    guard let stat = try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8),
          let uptime = try? String(contentsOfFile: "/proc/uptime", encoding: .utf8),
          let close = stat.lastIndex(of: ")") else { return 0 }
    let fields = stat[stat.index(after: close)...].split(separator: " ")
    // Field 22 of /proc/self/stat (starttime, in clock ticks); fields[0] here is field 3.
    guard fields.count > 19, let ticks = Double(fields[19]),
          let up = Double(uptime.split(separator: " ").first ?? "") else { return 0 }
    let hz = Double(sysconf(Int32(_SC_CLK_TCK)))
    return max(0, (up - ticks / hz) * 1000)
}
