import DossierKit
import Foundation
import GRDB

/// A library of articles in one SQLite database (GRDB): their metadata and text (FTS5), their
/// entities across articles, citations and timelines.
///
/// On disk the database is in WAL mode, so readers see a consistent snapshot while another
/// process adds articles; every write is one transaction, so an interrupted `dossier add` leaves
/// each article fully in or absent.
public final class Library: Sendable {
    /// Where the database is, or ":memory:".
    public let path: String
    public let readOnly: Bool
    let writer: any DatabaseWriter
    let keys: LibraryKeys

    init(path: String, writer: any DatabaseWriter, readOnly: Bool, keys: LibraryKeys) {
        self.path = path
        self.writer = writer
        self.readOnly = readOnly
        self.keys = keys
    }

    /// The default location: `$XDG_DATA_HOME/dossier/library.sqlite` (default `~/.local/share`).
    public static func defaultPath(_ env: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base: String
        if let x = env["XDG_DATA_HOME"], x.hasPrefix("/") {
            base = x
        } else {
            base = (env["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        }
        return base + "/dossier/library.sqlite"
    }

    /// True when a library file exists at `path`.
    public static func exists(at path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    /// Opens the library at `path`, creating it (and its folder) unless `readOnly`.
    ///
    /// Before anything is written the file is checked read-only: a file that is not SQLite, an
    /// SQLite database of another program, or a library from a newer schema is refused with the
    /// matching error and left exactly as it was.
    public static func open(
        path: String, readOnly: Bool = false, knowledge: Knowledge
    ) throws(LibraryError) -> Library {
        var isDir: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDir)
        if exists, isDir.boolValue { throw .corrupt(path, "is a directory") }
        if !exists {
            if readOnly { throw .io(path, "no library here; add articles with `dossier add`") }
            try prepareFolder(of: path)
            try create(path: path)
        } else {
            try preflight(path: path)
            if !readOnly, access(path, W_OK) != 0 { throw .unwritable(path, String(cString: strerror(errno))) }
        }
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.readonly = readOnly
        config.busyMode = .timeout(5)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = -16000")
        }
        do {
            let writer: any DatabaseWriter
            if readOnly {
                writer = try DatabaseQueue(path: path, configuration: config)
            } else {
                writer = try DatabasePool(path: path, configuration: config)
                try LibrarySchema.migrator.migrate(writer)
            }
            return Library(path: path, writer: writer, readOnly: readOnly, keys: LibraryKeys(knowledge: knowledge))
        } catch {
            throw LibraryError.from(error, path: path)
        }
    }

    /// A library in memory (the built-in sample library, tests).
    public static func inMemory(knowledge: Knowledge) throws(LibraryError) -> Library {
        do {
            let q = try DatabaseQueue()
            try LibrarySchema.migrator.migrate(q)
            return Library(path: ":memory:", writer: q, readOnly: false, keys: LibraryKeys(knowledge: knowledge))
        } catch {
            throw LibraryError.from(error, path: ":memory:")
        }
    }

    /// Pages of a new library: 16 KB holds two articles' text per page where 4 KB pages leave
    /// a partly empty overflow page behind each one.
    static let pageSize = 16384

    /// Creates the database file with its page size and schema (before WAL mode fixes the size).
    static func create(path: String) throws(LibraryError) {
        do {
            let q = try DatabaseQueue(path: path)
            try q.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA page_size = \(pageSize)") }
            try LibrarySchema.migrator.migrate(q)
            try q.close()
        } catch {
            throw LibraryError.from(error, path: path)
        }
    }

    /// Creates the folder of `path` and checks that it can be written.
    static func prepareFolder(of path: String) throws(LibraryError) {
        let dir = (path as NSString).deletingLastPathComponent
        let folder = dir.isEmpty ? "." : dir
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .unwritable(folder, "cannot create the folder")
        }
        if access(folder, W_OK) != 0 { throw .unwritable(folder, String(cString: strerror(errno))) }
    }

    /// Reads the file without writing to it: is it SQLite, is it ours, is its schema known?
    static func preflight(path: String) throws(LibraryError) {
        var config = Configuration()
        config.readonly = true
        do {
            let q = try DatabaseQueue(path: path, configuration: config)
            defer { try? q.close() }
            try q.read { db in
                let app = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                if app != LibrarySchema.applicationID {
                    if tables > 0 { throw LibraryError.foreign(path) }
                    return
                }
                if try LibrarySchema.migrator.hasBeenSuperseded(db) { throw LibraryError.newerSchema(path) }
            }
        } catch {
            throw LibraryError.from(error, path: path)
        }
    }

    /// Runs `body` in one write transaction, mapping failures to ``LibraryError``.
    func write<T>(_ body: (Database) throws -> T) throws(LibraryError) -> T {
        if readOnly { throw .unwritable(path, "the library was opened read-only") }
        do { return try writer.write(body) } catch { throw LibraryError.from(error, path: path) }
    }

    /// Runs `body` on a consistent snapshot.
    func read<T>(_ body: (Database) throws -> T) throws(LibraryError) -> T {
        do { return try writer.read(body) } catch { throw LibraryError.from(error, path: path) }
    }

    /// SQLite's integrity check, the full-text index's own check and the foreign keys: the
    /// problems found, empty when the library is sound.
    public func check() throws(LibraryError) -> [String] {
        var problems: [String] = []
        do {
            try writer.writeWithoutTransaction { db in
                let rows = try String.fetchAll(db, sql: "PRAGMA integrity_check")
                problems += rows.filter { $0 != "ok" }
                for r in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
                    problems.append("foreign key: \(r[0] as String? ?? "?") row \(r[1] as Int64? ?? 0)")
                }
                do {
                    try db.execute(sql: "INSERT INTO article_fts(article_fts, rank) VALUES('integrity-check', 1)")
                } catch {
                    problems.append("full-text index: \(error)")
                }
            }
        } catch {
            throw LibraryError.from(error, path: path)
        }
        return problems
    }

    /// Number of articles.
    public func count() throws(LibraryError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0 }
    }

    /// Writes the WAL back into the main file (after a large batch).
    public func checkpoint() {
        _ = try? writer.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
    }
}

extension Library {
    /// Closes the database (before its file is replaced).
    public func close() {
        if let pool = writer as? DatabasePool { try? pool.close() }
        if let queue = writer as? DatabaseQueue { try? queue.close() }
    }
}

extension Library {
    /// Before a large batch: a bigger page cache for the writer, so the index pages that every
    /// article touches stay in memory, and rarer WAL checkpoints (each one writes those pages back).
    public func prepareForBulkWrites(cacheMegabytes: Int = 128) {
        _ = try? writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA cache_size = -\(cacheMegabytes * 1024)")
            try db.execute(sql: "PRAGMA wal_autocheckpoint = \(cacheMegabytes * 1024 * 1024 / Self.pageSize / 2)")
        }
    }
}
