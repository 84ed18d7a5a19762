import ArgumentParser
import DossierKit
import Foundation

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the annotator on a folder of NAME.txt + NAME.gold.json files.",
        discussion: """
            Example:
              dossier eval corpus/dev --floors .ci/floors.txt --floor-prefix dev
            """)

    @Argument(help: "The folder with the articles and their gold annotations.")
    var folder: String

    @Flag(name: .shortAndLong, help: "List every missed and spurious annotation.")
    var verbose = false

    @Option(help: "A file of floors, one `metric minimum` a line; exit 1 when a figure is below its floor.")
    var floors: String?

    @Option(help: "Only floors whose metric starts with this prefix followed by a dot (e.g. dev, timebank).")
    var floorPrefix: String?

    func run() throws {
        let report: Evaluator.Report
        do {
            report = try Evaluator(annotator: CLI.annotator()).evaluate(folder: folder)
        } catch {
            CLI.fail("\(error)", status: 66)
        }
        if verbose { for e in report.errors { print(e) } }
        print("documents: \(report.documents)")
        let metrics = report.metrics
        for (name, s) in report.scores.sorted(by: { $0.key < $1.key }) {
            print(name.padding(toLength: 26, withPad: " ", startingAt: 0) + String(format: " P %.3f  R %.3f  F1 %.3f   (tp %d, predicted %d, gold %d)",
                         s.precision, s.recall, s.f1, s.truePositives, s.predicted, s.gold))
        }
        for (name, v) in report.figures.sorted(by: { $0.key < $1.key }) {
            print(name.padding(toLength: 26, withPad: " ", startingAt: 0) + String(format: " %.3f", v))
        }
        guard let floors else { return }
        try Floors.check(floors, prefix: floorPrefix, metrics: metrics)
    }
}

/// Checks figures against a floors file (`metric minimum` per line; `#` comments): exit 1 when
/// one is below its floor.
enum Floors {
    static func check(_ floors: String, prefix floorPrefix: String?, metrics: [String: Double]) throws {
        guard let text = try? String(contentsOfFile: floors, encoding: .utf8) else {
            CLI.fail("\(floors): cannot read the floors file", status: 66)
        }
        var failed = false
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.isEmpty || t.hasPrefix("#") { continue }
            let parts = t.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard parts.count == 2, let floor = Double(parts[1]) else {
                CLI.fail("\(floors):\(n + 1): expected `metric minimum`", status: 2)
            }
            var key = String(parts[0])
            if let p = floorPrefix {
                guard key.hasPrefix(p + ".") else { continue }
                key.removeFirst(p.count + 1)
            }
            guard let v = metrics[key] else {
                print("FLOOR \(parts[0]): no such metric"); failed = true; continue
            }
            if v + 1e-9 < floor {
                print(String(format: "FLOOR %@: %.4f is below the floor %.4f", String(parts[0]), v, floor))
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
        print("floors: all met")
    }
}
