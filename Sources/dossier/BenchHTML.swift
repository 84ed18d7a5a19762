import ArgumentParser
import DossierKit
import Foundation

/// `dossier bench-html FOLDER`: pages per second and MB/s of HTML, one process per page run one
/// after another (one core), as a user or a script opening pages would; optionally the same
/// loop for another command, for a side-by-side figure.
struct BenchHTML: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-html",
        abstract: "Benchmark opening web pages: pages/s and MB/s, a whole `dossier export --format text` process per page (use a release build).")

    @Argument(help: "A folder of NAME/source.html pages (or of .html files).")
    var folder: String

    @Option(help: "Passes over the pages (the best pass is reported).")
    var runs: Int = 3

    @Option(help: "Also time this command per page, with {} standing for the page's path (e.g. \"trafilatura -i {}\").")
    var against: String?

    func run() throws {
        let pages = Self.pages(in: folder)
        guard !pages.isEmpty else { CLI.fail("\(folder): no HTML pages", status: 66) }
        let bytes = pages.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).path
        let mine = (0..<max(1, runs)).map { _ in Self.time(pages) { [me, "export", "--format", "text", $0] } }.min()!
        report("dossier export --format text", seconds: mine, pages: pages.count, bytes: bytes)
        // The same pages in one process: what the reader costs without process start-up (the
        // knowledge lists and the tagger are loaded before the clock starts).
        let annotator = CLI.annotator()
        let t0 = DispatchTime.now().uptimeNanoseconds
        for p in pages {
            if let d = FileManager.default.contents(atPath: p) { _ = try? DocumentLoader.load(data: d, origin: .init(path: p), format: .html, annotator: annotator) }
        }
        let inProcess = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
        report("in one process (read + annotate)", seconds: inProcess, pages: pages.count, bytes: bytes)
        if let against {
            let theirs = (0..<max(1, runs)).map { _ in
                Self.time(pages) { p in ["/bin/sh", "-c", against.replacingOccurrences(of: "{}", with: "'\(p)'") + " >/dev/null 2>&1"] }
            }.min()!
            report(against, seconds: theirs, pages: pages.count, bytes: bytes)
            print(String(format: "dossier / other: %.2f× the pages per second", theirs / mine))
        }
    }

    func report(_ what: String, seconds: Double, pages: Int, bytes: Int) {
        print(String(format: "%@: %d pages, %.1f MB in %.2f s: %.1f pages/s, %.2f MB/s", what, pages, Double(bytes) / 1e6, seconds,
                     Double(pages) / seconds, Double(bytes) / 1e6 / seconds))
    }

    static func pages(in folder: String) -> [String] {
        let fm = FileManager.default
        var out: [String] = []
        for n in ((try? fm.contentsOfDirectory(atPath: folder)) ?? []).sorted() {
            let p = folder + "/" + n
            if n.hasSuffix(".html") || n.hasSuffix(".htm") { out.append(p) }
            else if fm.fileExists(atPath: p + "/source.html") { out.append(p + "/source.html") }
        }
        return out
    }

    /// Seconds to run `argv(page)` for every page, one process after another, output discarded.
    static func time(_ pages: [String], _ argv: (String) -> [String]) -> Double {
        let t0 = DispatchTime.now().uptimeNanoseconds
        for p in pages {
            let proc = Process()
            let a = argv(p)
            proc.executableURL = URL(fileURLWithPath: a[0])
            proc.arguments = Array(a.dropFirst())
            proc.standardOutput = FileHandle.nullDevice
            proc.standardError = FileHandle.nullDevice
            do { try proc.run() } catch { continue }
            proc.waitUntilExit()
        }
        return Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
    }
}
