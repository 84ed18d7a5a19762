import ArgumentParser
import DossierKit
import DossierLibrary
import DossierUI
import Foundation

/// `dossier library …`: look after the library.
struct LibraryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "library", abstract: "List, check, rebuild, generate or benchmark a library.",
        subcommands: [LibraryList.self, LibraryCheck.self, LibraryRebuild.self, LibraryGenerate.self, LibraryBench.self])
}

struct LibraryList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the library's articles, newest first.")

    @Option(help: "The library file.")
    var library: String?

    @Flag(help: "JSON: an array of {id, title, publication, date, date_inferred, source, format, added}.")
    var json = false

    func run() throws {
        let lib = LibraryLocation.openExisting(LibraryLocation.path(library))
        let all: [ArticleSummary]
        do { all = try lib.articles() } catch { CLI.fail(error.description, status: error.exitStatus) }
        if json {
            var w = JSONWriter(pretty: true)
            w.beginArray()
            for a in all {
                w.beginObject()
                w.field("id", Int(a.id)); w.field("title", a.title); w.field("publication", a.publication)
                w.field("date", a.date?.description); w.field("date_inferred", a.dateInferred)
                w.field("source", a.source); w.field("format", a.format); w.field("added", a.added)
                w.endObject()
            }
            w.endArray()
            w.newlineAtEnd()
            CLI.write(w.string)
            return
        }
        let idWidth = max(2, String(all.map(\.id).max() ?? 0).count)
        CLI.write("\("ID".padding(toLength: idWidth, withPad: " ", startingAt: 0))  DATE         PUBLICATION                TITLE\n")
        for a in all {
            let id = String(a.id)
            let date = (a.date?.description ?? "undated") + (a.dateUncertainty != 0 ? "~" : " ")
            let pub = String(Sanitizer.visible(a.publication ?? "—").prefix(25))
            CLI.write(String(repeating: " ", count: idWidth - id.count) + id + "  "
                + date.padding(toLength: 12, withPad: " ", startingAt: 0) + " "
                + pub.padding(toLength: 26, withPad: " ", startingAt: 0) + " " + Sanitizer.visible(a.title) + "\n")
        }
    }
}

struct LibraryCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Run SQLite's integrity check and the full-text index's check (status 80 on a problem).")

    @Option(help: "The library file.")
    var library: String?

    func run() throws {
        let path = LibraryLocation.path(library)
        let lib = LibraryLocation.openExisting(path)
        do {
            let problems = try lib.check()
            if problems.isEmpty {
                print("ok: \(try lib.count()) articles, integrity check passed")
                return
            }
            for p in problems.prefix(20) { CLI.warn("\(path): \(p)") }
            Foundation.exit(80)
        } catch {
            CLI.fail(error.description, status: error.exitStatus)
        }
    }
}

struct LibraryRebuild: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rebuild",
        abstract: "Rebuild the library from its sources (re-read and re-annotate every article).",
        discussion: """
            The new library is written beside the old one and replaces it only when complete. \
            A source that can no longer be read keeps the text stored in the library.
            """)

    @Option(help: "The library file.")
    var library: String?

    func run() throws {
        signal(SIGXFSZ, SIG_IGN)
        let path = LibraryLocation.path(library)
        let old = LibraryLocation.openExisting(path)
        var sources: [SourceCollector.Item] = []
        var stored: [String: String] = [:]
        do {
            for a in try old.articles().reversed() {
                sources.append(.source(a.source))
                stored[a.source] = try old.text(of: a.id)
            }
        } catch {
            CLI.fail("\(error.description); cannot rebuild from it", status: error.exitStatus)
        }
        old.close()
        let tmp = path + ".rebuild"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: tmp + suffix) }
        let fresh = LibraryLocation.open(tmp)
        let report = LibraryAdder(library: fresh, force: true).add(sources, fallbackText: stored)
        fresh.checkpoint()
        fresh.close()
        if let fatal = report.fatal {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: tmp + suffix) }
            CLI.fail("rebuild stopped; the old library is unchanged", status: fatal)
        }
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        guard rename(tmp, path) == 0 else {
            CLI.fail("\(path): cannot replace the library (\(String(cString: strerror(errno))))", status: 83)
        }
        print("rebuilt \(path): \(report.added) articles, \(report.failed) failed")
    }
}
