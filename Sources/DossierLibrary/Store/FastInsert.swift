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

    init(_ db: Database, _ sql: String) throws {
        self.db = db
        stmt = try db.cachedStatement(sql: sql).sqliteStatement
    }

    /// Binds `values` to the parameters in order: Int, Int64, Bool, String, Data or nil.
    func run(_ values: (any FastBindable)?...) throws {
        bind(values)
        try step(wantRow: false)
    }

    /// Runs an `INSERT … RETURNING id` and gives the id.
    func runReturningID(_ values: (any FastBindable)?...) throws -> Int64 {
        bind(values)
        return try step(wantRow: true)
    }

    private func bind(_ values: [(any FastBindable)?]) {
        sqlite3_reset(stmt)
        for (k, v) in values.enumerated() {
            let i = Int32(k + 1)
            if let v { v.bind(stmt, i) } else { sqlite3_bind_null(stmt, i) }
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

/// A value `FastInsert` binds straight through SQLite's C API (a protocol call, not the dynamic
/// casts of `Any`, which cost more than the insert in `dossier add`'s profile).
protocol FastBindable {
    func bind(_ stmt: SQLiteStatement, _ i: Int32)
}

private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

extension Int: FastBindable {
    func bind(_ stmt: SQLiteStatement, _ i: Int32) { sqlite3_bind_int64(stmt, i, Int64(self)) }
}

extension Int64: FastBindable {
    func bind(_ stmt: SQLiteStatement, _ i: Int32) { sqlite3_bind_int64(stmt, i, self) }
}

extension Bool: FastBindable {
    func bind(_ stmt: SQLiteStatement, _ i: Int32) { sqlite3_bind_int64(stmt, i, self ? 1 : 0) }
}

extension String: FastBindable {
    func bind(_ stmt: SQLiteStatement, _ i: Int32) { sqlite3_bind_text(stmt, i, self, -1, transient) }
}

extension Data: FastBindable {
    func bind(_ stmt: SQLiteStatement, _ i: Int32) {
        _ = withUnsafeBytes { sqlite3_bind_blob(stmt, i, $0.baseAddress, Int32($0.count), transient) }
    }
}
