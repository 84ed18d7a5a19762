import ArgumentParser
import DossierKit
import DossierLibrary
import DossierUI
import Foundation

/// `dossier add PATH…`: adds files and folders to the library, one transaction per article.
struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add articles (files, folders of .txt/.md/.html, recursively) to the library.",
        discussion: """
            Unchanged files (same content hash) are skipped, changed ones replaced. An input that \
            cannot be read gets one line on stderr and the batch goes on (exit status 1 at the end). \
            A library that cannot be written (full disk, permissions, corrupt file) stops the batch \
            with its own status; every article added before stays complete.
            """)

    @Argument(help: "Files, folders or URLs to add.")
    var paths: [String]

    @Option(help: "The library file (default: $DOSSIER_LIBRARY or $XDG_DATA_HOME/dossier/library.sqlite).")
    var library: String?

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    func run() throws {
        // A file-size limit (ulimit -f) must fail the write, not kill the process mid-transaction.
        signal(SIGXFSZ, SIG_IGN)
        let path = LibraryLocation.path(library)
        let lib = LibraryLocation.open(path)
        let items = SourceCollector.collect(paths)
        if items.count > LibraryAdder.batchArticles { lib.prepareForBulkWrites() }
        let report = LibraryAdder(library: lib, quiet: quiet).add(items)
        if !quiet {
            print("added \(report.added), updated \(report.updated), unchanged \(report.unchanged), failed \(report.failed) (\(path): \(report.total) articles)")
        }
        if let fatal = report.fatal { Foundation.exit(fatal) }
        if report.failed > 0 { throw ExitCode(1) }
    }
}

/// Adds collected sources to a library with a progress bar: the shared core of `add` and
/// `library rebuild`.
struct LibraryAdder {
    let library: Library
    var quiet = false
    /// Re-annotate and replace even when the content hash is unchanged.
    var force = false
    /// Where error lines go instead of stderr (nil: stderr).
    var errors: ((String) -> Void)? = nil

    struct Report {
        var added = 0, updated = 0, unchanged = 0, failed = 0, total = 0
        /// The exit status of a library error that stopped the batch.
        var fatal: Int32?
    }

    /// Articles per transaction: a kill or a full disk loses at most the batch being written,
    /// and every article is still whole or absent. The first batch is small, so that a new
    /// library shows articles at once; each later one doubles up to `maxBatchArticles`, since a
    /// commit writes every index page the batch touched (the entity-timeline and citation
    /// indexes take rows all over their B-trees), and larger batches write each page less often.
    static let batchArticles = 64
    static let maxBatchArticles = 1024
    static let batchBytes = 16 << 20

    func add(_ items: [SourceCollector.Item], fallbackText: [String: String] = [:]) -> Report {
        var r = Report()
        var bar = ProgressBar(total: quiet ? 0 : items.count, errors: errors)
        var pending: [Library.Addition] = []
        var pendingBytes = 0
        var batchLimit = Self.batchArticles
        func flush() {
            guard !pending.isEmpty, r.fatal == nil else { return }
            do {
                for outcome in try library.add(pending) {
                    switch outcome {
                    case .added: r.added += 1
                    case .updated: r.updated += 1
                    case .unchanged: r.unchanged += 1
                    }
                }
            } catch {
                bar.error(error.description + (pending.count > 1 ? " (the last \(pending.count) articles were not added)" : ""))
                r.fatal = error.exitStatus
                r.failed += pending.count
            }
            pending.removeAll(keepingCapacity: true)
            pendingBytes = 0
            batchLimit = min(batchLimit * 2, Self.maxBatchArticles)
        }
        for (i, item) in items.enumerated() {
            if r.fatal != nil { break }
            switch item {
            case .problem(let p, let why):
                bar.error("\(p): \(why)")
                r.failed += 1
            case .source(let source):
                bar.update(done: i, note: (source as NSString).lastPathComponent)
                var loaded: LibraryInput.Loaded
                do {
                    loaded = try LibraryInput.load(source)
                } catch {
                    guard let text = fallbackText[source] else {
                        bar.error(error.description)
                        r.failed += 1
                        continue
                    }
                    bar.error("\(error); keeping the stored text")
                    loaded = LibraryInput.Loaded(text: text, format: "text", notices: [])
                }
                let hash = ContentHash.of(loaded.text)
                do {
                    if !force, try library.storedHash(source: source) == hash {
                        r.unchanged += 1
                        continue
                    }
                } catch {
                    bar.error(error.description)
                    r.fatal = error.exitStatus
                    continue
                }
                let doc = LibraryInput.annotate(loaded, source: source)
                pending.append(.init(document: doc, source: source, format: loaded.format, contentHash: hash))
                pendingBytes += loaded.text.utf8.count
                if pending.count >= batchLimit || pendingBytes >= Self.batchBytes { flush() }
            }
        }
        flush()
        bar.update(done: items.count, note: "")
        bar.finish()
        r.total = (try? library.count()) ?? 0
        return r
    }
}

/// `dossier remove ID|PATH…`.
struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Remove articles from the library, by id or source path.")

    @Argument(help: "Article ids (as `dossier library list` shows) or the paths they were added from.")
    var articles: [String]

    @Option(help: "The library file.")
    var library: String?

    func run() throws {
        let lib = LibraryLocation.openExisting(LibraryLocation.path(library))
        var missing = 0
        for a in articles {
            do {
                let id: Int64?
                if let n = Int64(a) { id = n } else { id = try lib.articleID(source: SourceCollector.isURL(a) ? a : SourceCollector.absolute(a)) }
                if let id, try lib.remove(id: id) { continue }
                CLI.warn(LibraryError.noSuchArticle(a).description)
                missing += 1
            } catch {
                CLI.fail(error.description, status: error.exitStatus)
            }
        }
        if missing > 0 { Foundation.exit(66) }
    }
}

/// `dossier search QUERY`.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Full-text search of the library: ranked hits with article, date and snippet.",
        discussion: "QUERY uses SQLite FTS5 syntax: words (all must match), \"a phrase\", OR, NOT, prefix*.")

    @Argument(help: "What to look for.")
    var query: [String]

    @Option(help: "The library file.")
    var library: String?

    @Option(help: "At most this many hits.")
    var limit = 20

    @Flag(help: "JSON: an array of {id, title, publication, date, source, snippet, matches, rank}.")
    var json = false

    func run() throws {
        let lib = LibraryLocation.openExisting(LibraryLocation.path(library))
        let hits: [SearchHit]
        do { hits = try lib.search(query.joined(separator: " "), limit: limit) } catch {
            CLI.fail(error.description, status: error.exitStatus)
        }
        if json {
            var w = JSONWriter(pretty: true)
            w.beginArray()
            for h in hits {
                let (plain, matches) = Snippet.split(h.snippet)
                w.beginObject()
                w.field("id", Int(h.article.id)); w.field("title", h.article.title)
                w.field("publication", h.article.publication); w.field("date", h.article.date?.description)
                w.field("source", h.article.source); w.field("snippet", plain)
                w.key("matches"); w.beginArray()
                for m in matches { w.beginArray(); w.value(m.lowerBound); w.value(m.upperBound); w.endArray() }
                w.endArray()
                w.field("rank", h.rank)
                w.endObject()
            }
            w.endArray()
            w.newlineAtEnd()
            CLI.write(w.string)
            return
        }
        if hits.isEmpty { CLI.warn("no hits"); throw ExitCode(1) }
        for h in hits {
            let (plain, matches) = Snippet.split(h.snippet)
            var marked = ""
            let scalars = Array(plain.unicodeScalars)
            var i = 0
            for m in matches {
                marked += String(String.UnicodeScalarView(scalars[i..<m.lowerBound])) + "«" + String(String.UnicodeScalarView(scalars[m])) + "»"
                i = m.upperBound
            }
            marked += String(String.UnicodeScalarView(scalars[i...]))
            let date = h.article.date?.description ?? "undated   "
            CLI.write("\(h.article.id)\t\(date)\t\(Sanitizer.visible(h.article.title))\n    \(Sanitizer.visible(marked).replacingOccurrences(of: "\n", with: " "))\n")
        }
    }
}

/// FTS5 snippets carry their matches between private-use markers.
enum Snippet {
    /// The snippet without markers and the scalar ranges of its matches.
    static func split(_ s: String) -> (String, [Range<Int>]) {
        var out = String.UnicodeScalarView()
        var ranges: [Range<Int>] = []
        var start: Int?
        let open = SearchHit.highlightStart.unicodeScalars.first!
        let close = SearchHit.highlightEnd.unicodeScalars.first!
        for u in s.unicodeScalars {
            if u == open { start = out.count } else if u == close, let st = start {
                ranges.append(st..<out.count)
                start = nil
            } else {
                out.append(u)
            }
        }
        return (String(out), ranges)
    }
}
