import GRDB
import GRDBSQLite

/// Runs a prepared insert with its values bound by SQLite's own calls: what indexing does for
/// each of millions of rows, without building GRDB's argument array for each.
///
/// ```swift
/// try ParameterBinding.insert(statement, in: db) { row in
///     row.bind(1, "A/RES/48/113")
///     row.bind(2, 42)
/// }
/// ```
struct ParameterBinding {
    private let statement: SQLiteStatement

    /// Binds `text` to the parameter at `index` (1-based); SQLite copies it.
    func bind(_ index: Int32, _ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            guard let base = utf8.baseAddress else {
                _ = "".withCString { sqlite3_bind_text(statement, index, $0, 0, Self.transient) }
                return
            }
            base.withMemoryRebound(to: CChar.self, capacity: utf8.count) {
                _ = sqlite3_bind_text(statement, index, $0, Int32(utf8.count), Self.transient)
            }
        }
    }

    /// Binds `text`, or NULL.
    func bind(_ index: Int32, _ text: String?) {
        guard let text else { return bindNull(index) }
        bind(index, text)
    }

    /// Binds `value` to the parameter at `index`.
    func bind(_ index: Int32, _ value: Int) {
        _ = sqlite3_bind_int64(statement, index, sqlite3_int64(value))
    }

    /// Binds `value`, or NULL.
    func bind(_ index: Int32, _ value: Int?) {
        guard let value else { return bindNull(index) }
        bind(index, value)
    }

    private func bindNull(_ index: Int32) {
        _ = sqlite3_bind_null(statement, index)
    }

    /// SQLite's SQLITE_TRANSIENT: copy the value before the bind call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Binds a row's values with `bind` and runs `statement` once.
    static func insert(_ statement: Statement, in db: Database, _ bind: (ParameterBinding) -> Void) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        bind(ParameterBinding(statement: handle))
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            let message = db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) }
            sqlite3_reset(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }
}
