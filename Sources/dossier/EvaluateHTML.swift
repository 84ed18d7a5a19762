import ArgumentParser
import DossierKit
import Foundation

/// `dossier eval-html FOLDER`: the HTML reader against Mozilla Readability's expected output.
struct EvaluateHTML: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-html",
        abstract: "Score article extraction on a folder of NAME/source.html + expected.html + expected-metadata.json.",
        discussion: "Body text: word 4-gram shingle precision, recall and F1, averaged over pages; title, byline and published date: share of pages right.")

    @Argument(help: "The folder of page folders (e.g. ../shared/corpus/html/readability/pages).")
    var folder: String

    @Flag(name: .shortAndLong, help: "One line per page: its scores and any metadata miss.")
    var verbose = false

    @Option(help: "A file of floors, one `metric minimum` a line; exit 1 when a figure is below its floor.")
    var floors: String?

    @Option(help: "Only floors whose metric starts with this prefix followed by a dot.")
    var floorPrefix: String?

    func run() throws {
        let report: ExtractionEvaluator.Report
        do { report = try ExtractionEvaluator().evaluate(folder: folder) } catch { CLI.fail("\(folder): \(error.localizedDescription)", status: 66) }
        if verbose {
            for p in report.pages {
                var line = p.name.padding(toLength: 40, withPad: " ", startingAt: 0) + String(format: " P %.3f R %.3f F1 %.3f", p.precision, p.recall, p.f1)
                if !p.titleOK { line += "  title: \(p.title.got ?? "—") ≠ \(p.title.want ?? "—")" }
                if !p.bylineOK { line += "  byline: \(p.byline.got ?? "—") ≠ \(p.byline.want ?? "—")" }
                if !p.dateOK { line += "  date: \(p.date.got ?? "—") ≠ \(p.date.want ?? "—")" }
                print(line)
            }
        }
        print("pages: \(report.pages.count)")
        print(String(format: "body text (4-gram shingles)  P %.3f  R %.3f  F1 %.3f", report.precision, report.recall, report.f1))
        print(String(format: "title %.3f   byline %.3f   date %.3f", report.titleAccuracy, report.bylineAccuracy, report.dateAccuracy))
        if let floors { try Floors.check(floors, prefix: floorPrefix, metrics: report.metrics) }
    }
}
