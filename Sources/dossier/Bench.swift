import ArgumentParser
import DossierKit
import Foundation

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmark the annotator: MB/s on one core and peak memory (use a release build).",
        discussion: """
            Example:
              swift run -c release dossier bench corpus/dev --megabytes 10
            """)

    @Argument(help: "Folder of *.txt articles to repeat into the benchmark text.")
    var folder: String

    @Option(help: "Megabytes of text to annotate.")
    var megabytes: Int = 10

    func run() throws {
        let fm = FileManager.default
        let names = ((try? fm.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        var pieces: [String] = []
        for n in names {
            if let s = try? String(contentsOfFile: folder + "/" + n, encoding: .utf8) { pieces.append(s) }
        }
        guard !pieces.isEmpty else { CLI.fail("\(folder): no .txt articles", status: 66) }
        // The articles one after another as paragraphs of one long text.
        var text = ""
        let target = megabytes * 1_000_000
        var i = 0
        while text.utf8.count < target {
            text += pieces[i % pieces.count] + "\n\n"
            i += 1
        }
        let bytes = text.utf8.count
        var annotator = CLI.annotator()
        annotator.parallel = false  // one core, as the figure says
        let t0 = DispatchTime.now().uptimeNanoseconds
        let doc = annotator.annotate(text)
        let t1 = DispatchTime.now().uptimeNanoseconds
        let secs = Double(t1 - t0) / 1e9
        let mentions = doc.entities.reduce(0) { $0 + $1.mentions.count }
        print(String(format: "annotated %.1f MB in %.3f s: %.1f MB/s (one core)", Double(bytes) / 1e6, secs, Double(bytes) / 1e6 / secs))
        print("mentions \(mentions), citations \(doc.citations.count), timexes \(doc.timexes.count), timeline \(doc.timeline.count)")
        print(String(format: "peak memory (max RSS): %.1f MB; input %.1f MB; budget 5×input+30 MB = %.1f MB",
                     Double(peakRSSKilobytes()) / 1024, Double(bytes) / 1e6, 5 * Double(bytes) / 1e6 + 30))
    }
}

/// The process's peak resident set size in kilobytes (VmHWM from /proc/self/status).
func peakRSSKilobytes() -> Int {
    guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in s.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
    }
    return 0
}
