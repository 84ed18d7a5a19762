import ArgumentParser
import DossierKit
import DossierLibrary
import Foundation

/// `dossier library generate N DIR`.
struct LibraryGenerate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic archive of N articles in the monitor genre, cross-referencing each other by date.")

    @Argument(help: "How many articles.")
    var count: Int

    @Argument(help: "The folder to write them into.")
    var folder: String

    @Option(help: "Seed of the generator (the same seed writes the same archive).")
    var seed: UInt64 = 0x5EED

    func run() throws {
        guard count > 0 else { throw ValidationError("N must be positive") }
        do {
            let bytes = try ArchiveGenerator(seed: seed).write(count, to: folder)
            print(String(format: "wrote %d articles, %.1f MB, to %@", count, Double(bytes) / 1e6, folder))
        } catch {
            CLI.fail("\(folder): \(error.localizedDescription)", status: 73)
        }
    }
}

/// `dossier library bench`: the library's figures on a generated archive (use a release build).
struct LibraryBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmark the library on a generated archive: add time and memory, size, search, entity page, cross-references.")

    @Option(help: "Articles in the generated archive.")
    var articles = 20_000

    @Option(help: "Where to keep the archive and the library (default: a temporary folder, removed after).")
    var work: String?

    @Flag(help: "Exit with status 1 when a figure misses its bar.")
    var strict = false

    @Flag(help: "Reuse the archive and library already in --work: measure the queries only.")
    var reuse = false

    func run() throws {
        let dir = work ?? (NSTemporaryDirectory() + "dossier-library-bench-\(getpid())")
        defer { if work == nil { try? FileManager.default.removeItem(atPath: dir) } }
        let archive = dir + "/archive", path = dir + "/library.sqlite"
        let gen = ArchiveGenerator()
        var missed = 0
        func report(_ name: String, _ value: Double, _ unit: String, bar: Double) {
            let ok = value <= bar
            if !ok { missed += 1 }
            print(Self.pad(name) + String(format: " %10.1f %@ (bar ≤ %.0f %@)", value, unit, bar, unit) + (ok ? "" : "  MISSED"))
        }
        let textBytes: Int
        if reuse && Library.exists(at: path) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: archive)) ?? []
            textBytes = names.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: archive + "/" + $1)[.size] as? Int) ?? 0) }
            print(String(format: "reusing %@: %d articles, %.1f MB of text", dir, names.count, Double(textBytes) / 1e6))
        } else {
            textBytes = try addArchive(gen, archive: archive, path: path, report: report)
        }
        let lib = LibraryLocation.open(path)
        lib.checkpoint()
        let size = ["", "-wal"].reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: path + $1)[.size] as? Int) ?? 0) }
        print(Self.pad("database size") + String(format: " %10.1f MB (%.2f× the text; bar ≤ 3×)", Double(size) / 1e6, Double(size) / Double(textBytes))
              + (Double(size) <= 3 * Double(textBytes) ? "" : "  MISSED"))
        if Double(size) > 3 * Double(textBytes) { missed += 1 }

        // Full-text queries: words, pairs, phrases and prefixes of the genre's vocabulary.
        var queries: [String] = []
        var r = SplitMix(seed: 42)
        for i in 0..<200 {
            switch i % 4 {
            case 0: queries.append(r.pick(ArchiveGenerator.surnames))
            case 1: queries.append("\(r.pick(ArchiveGenerator.places)) \(r.pick(ArchiveGenerator.topics).split(separator: " ")[0].lowercased())")
            case 2: queries.append("\"\(r.pick(ArchiveGenerator.given)) \(r.pick(ArchiveGenerator.surnames))\"")
            default: queries.append(String(r.pick(ArchiveGenerator.surnames).prefix(5)) + "*")
            }
        }
        let searchTimes = try queries.map { q in try Self.time { _ = try lib.search(q, limit: 20) } }
        report("full-text query p95 (200 queries, 20 hits)", Self.percentile(searchTimes, 0.95), "ms", bar: 30)
        print(Self.pad("full-text query median") + String(format: " %10.1f ms", Self.percentile(searchTimes, 0.5)))

        guard let top = try lib.entities(limit: 1).first else { CLI.fail("no entities", status: 1) }
        var pageRows = 0
        let pageTimes = try (0..<7).map { _ in try Self.time { pageRows = try lib.entityPage(top.id)?.articles.count ?? 0 } }
        report("entity page of \(top.name) (\(top.mentions) mentions)", Self.percentile(pageTimes, 0.5), "ms", bar: 100)
        print("    (\(pageRows) article rows and the first 200 rows of its timeline)")

        // Resolving a cross-reference and opening the cited article (text + annotation).
        let resolveTimes = try (0..<200).map { _ in
            try Self.time {
                let k = r.int(articles)
                let matches = try lib.resolve(source: "EDM", dates: [gen.date(of: k)])
                if let m = matches.first, let text = try lib.text(of: m.article.id) { _ = CLI.annotator().annotate(text) }
            }
        }
        report("resolve and open a cross-reference p95", Self.percentile(resolveTimes, 0.95), "ms", bar: 50)

        let frame = try Self.time { _ = try LibraryBenchHooks.firstFrame(lib) }
        report("library view first frame (200×60)", frame, "ms", bar: 150)
        if strict && missed > 0 { throw ExitCode(1) }
    }

    /// Generates the archive and adds it with `dossier add` in a child process, pinned to one
    /// core when taskset is there; reports its time and peak memory. Returns the text's bytes.
    func addArchive(_ gen: ArchiveGenerator, archive: String, path: String,
                    report: (String, Double, String, Double) -> Void) throws -> Int {
        try? FileManager.default.removeItem(atPath: archive)
        let textBytes = try gen.write(articles, to: archive)
        for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) }
        print(String(format: "archive: %d articles, %.1f MB of text", articles, Double(textBytes) / 1e6))

        // `dossier add` in a child process, pinned to one core when taskset is there.
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
        let p = Process()
        var args = [exe, "add", "--quiet", "--library", path, archive]
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/taskset") { args = ["/usr/bin/taskset", "-c", "0"] + args }
        p.executableURL = URL(fileURLWithPath: args[0])
        p.arguments = Array(args.dropFirst())
        let t0 = Date()
        try p.run()
        p.waitUntilExit()
        let addSeconds = Date().timeIntervalSince(t0)
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        guard p.terminationStatus == 0 else { CLI.fail("dossier add exited \(p.terminationStatus)", status: 1) }
        report("dossier add of the archive (one core)", addSeconds, "s", 90)
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        print(Self.pad("    its CPU time (user + system)") + String(format: " %10.1f s", cpu))
        report("peak memory of dossier add", Double(usage.ru_maxrss) / 1024, "MB", 400)

        return textBytes
    }

    static func pad(_ s: String) -> String {
        s.count >= 48 ? s : s + String(repeating: " ", count: 48 - s.count)
    }

    static func time(_ body: () throws -> Void) throws -> Double {
        let t0 = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6
    }

    static func percentile(_ xs: [Double], _ p: Double) -> Double {
        let s = xs.sorted()
        guard !s.isEmpty else { return 0 }
        return s[min(s.count - 1, Int((Double(s.count) * p).rounded(.up)) - 1)]
    }
}
