import Foundation
import GRDB
import GRDBSQLite

/// A cached GRDB statement run with its values bound through SQLite's C API.
///
/// `dossier add` runs a few hundred inserts per article (timeline rows, entity links,
/// citations); building GRDB's `StatementArguments` for each costs more than SQLite's own work,
/// so these hot inserts bind directly. Everything else goes through GRDB as usual.
struct FastInsert {
    private let stmt: SQLiteStatement
    private let db: Database
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ db: Database, _ sql: String) throws {
        self.db = db
        stmt = try db.cachedStatement(sql: sql).sqliteStatement
    }

    /// Binds `values` to the parameters in order: Int, Int64, Bool, String, Data or nil.
    func run(_ values: Any?...) throws {
        try bind(values)
        try step(wantRow: false)
    }

    /// Runs an `INSERT … RETURNING id` and gives the id.
    func runReturningID(_ values: Any?...) throws -> Int64 {
        try bind(values)
        return try step(wantRow: true)
    }

    private func bind(_ values: [Any?]) throws {
        sqlite3_reset(stmt)
        for (k, v) in values.enumerated() {
            let i = Int32(k + 1)
            switch v {
            case nil: sqlite3_bind_null(stmt, i)
            case let n as Int: sqlite3_bind_int64(stmt, i, Int64(n))
            case let n as Int64: sqlite3_bind_int64(stmt, i, n)
            case let b as Bool: sqlite3_bind_int64(stmt, i, b ? 1 : 0)
            case let s as String: sqlite3_bind_text(stmt, i, s, -1, Self.transient)
            case let d as Data:
                _ = d.withUnsafeBytes { sqlite3_bind_blob(stmt, i, $0.baseAddress, Int32($0.count), Self.transient) }
            default:
                throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "cannot bind \(type(of: v!))")
            }
        }
    }

    @discardableResult
    private func step(wantRow: Bool) throws -> Int64 {
        var id: Int64 = 0
        var rc = sqlite3_step(stmt)
        if rc == SQLITE_ROW {
            id = sqlite3_column_int64(stmt, 0)
            while rc == SQLITE_ROW { rc = sqlite3_step(stmt) }
        }
        defer { sqlite3_reset(stmt) }
        guard rc == SQLITE_DONE else {
            let message = String(cString: sqlite3_errmsg(db.sqliteConnection))
            throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: message)
        }
        return id
    }
}
