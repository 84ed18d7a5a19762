import Foundation
import GRDB

/// Why a library cannot be opened or written. Each case has its own exit status (README).
public enum LibraryError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The file is not an SQLite database, or SQLite found it damaged.
    case corrupt(String, String)
    /// An SQLite database, but another program's.
    case foreign(String)
    /// A library written by a newer Dossier (migrations this one does not know).
    case newerSchema(String)
    /// The folder or file cannot be written (permissions, read-only file system).
    case unwritable(String, String)
    /// The disk is full or a file-size limit was hit; the write was rolled back.
    case full(String)
    /// Another process holds the library locked for longer than the wait.
    case busy(String)
    /// Any other SQLite or system failure.
    case io(String, String)
    /// An article id that the library does not hold.
    case noSuchArticle(String)

    public var description: String {
        switch self {
        case .corrupt(let p, let why): return "\(p): not a usable Dossier library (\(why)); move it away and add the articles again"
        case .foreign(let p): return "\(p): an SQLite database that is not a Dossier library; choose another path with --library"
        case .newerSchema(let p): return "\(p): written by a newer version of Dossier; upgrade dossier to open it"
        case .unwritable(let p, let why): return "\(p): cannot write the library (\(why))"
        case .full(let p): return "\(p): the disk is full or a file-size limit was reached; nothing of the failed write was kept"
        case .busy(let p): return "\(p): the library is locked by another process; try again"
        case .io(let p, let why): return "\(p): \(why)"
        case .noSuchArticle(let a): return "\(a): no such article in the library"
        }
    }

    /// The process exit status for this error.
    public var exitStatus: Int32 {
        switch self {
        case .corrupt: return 80
        case .foreign: return 81
        case .newerSchema: return 82
        case .unwritable: return 83
        case .full: return 84
        case .busy: return 85
        case .io: return 74
        case .noSuchArticle: return 66
        }
    }

    /// Maps an SQLite error on `path` to the case a user can act on.
    static func from(_ error: any Error, path: String) -> LibraryError {
        if let e = error as? LibraryError { return e }
        guard let db = error as? DatabaseError else { return .io(path, "\(error)") }
        switch db.resultCode {
        case .SQLITE_NOTADB: return .corrupt(path, "not an SQLite database")
        case .SQLITE_CORRUPT: return .corrupt(path, "the database is damaged")
        case .SQLITE_FULL: return .full(path)
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN:
            return .unwritable(path, db.message ?? "read-only")
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path)
        case .SQLITE_IOERR:
            // A file-size limit (ulimit -f) makes write(2) fail with EFBIG: SQLite says IOERR_WRITE.
            if errno == EFBIG || errno == ENOSPC { return .full(path) }
            return .io(path, "input/output error (\(db.message ?? "SQLite I/O error"))")
        default: return .io(path, db.message ?? "\(db)")
        }
    }
}
