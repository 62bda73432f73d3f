import GRDB
import GRDBSQLite

/// A statement's rows read with SQLite's own calls: a text is the bytes SQLite holds for it,
/// so a row the caller passes over costs no `String` and no GRDB `Row`. What `check` reads
/// its hundreds of thousands of dated citations with.
///
/// ```swift
/// let rows = try RawRows(db, sql: "SELECT target, start FROM reference")
/// while try rows.step() {
///     let target = rows.text(0)   // valid until the next step
///     let start = rows.integer(1)
/// }
/// ```
struct RawRows {
    private let statement: Statement
    private let db: Database

    /// The rows of `sql`, before the first.
    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        self.db = db
    }

    /// The rows of `statement` (prepared before, as a cached one) with `arguments` bound.
    init(_ db: Database, statement: Statement, arguments: StatementArguments) throws {
        try statement.setArguments(arguments)
        self.statement = statement
        self.db = db
    }

    /// Moves to the next row; false after the last.
    func step() throws -> Bool {
        let code = sqlite3_step(statement.sqliteStatement)
        if code == SQLITE_ROW { return true }
        if code == SQLITE_DONE { return false }
        let message = db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) }
        throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
    }

    /// The text in column `index` (from 0) of the current row, as SQLite holds it until the
    /// next step; empty for NULL.
    func text(_ index: Int32) -> UnsafeBufferPointer<UInt8> {
        let handle = statement.sqliteStatement
        guard let start = sqlite3_column_text(handle, index) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: start, count: Int(sqlite3_column_bytes(handle, index)))
    }

    /// The integer in column `index` (from 0) of the current row.
    func integer(_ index: Int32) -> Int {
        Int(sqlite3_column_int64(statement.sqliteStatement, index))
    }
}
