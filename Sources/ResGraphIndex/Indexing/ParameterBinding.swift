import GRDB
import GRDBSQLite

/// Runs a prepared insert with its values bound by SQLite's own calls: what indexing does for
/// each of millions of rows, without building GRDB's argument array for each, and without
/// SQLite copying each text: the row's texts are gathered into one buffer, kept from row to
/// row, and bound from it while the row is stored.
///
/// ```swift
/// var binding = ParameterBinding()
/// try binding.insert(statement, in: db) { row in
///     row.bind(1, "A/RES/48/113")
///     row.bind(2, 42)
/// }
/// ```
struct ParameterBinding {
    /// The values of one row, gathered before they are bound.
    struct Row {
        fileprivate var bytes: [UInt8] = []
        fileprivate var texts: [(parameter: Int32, start: Int, count: Int)] = []
        fileprivate var integers: [(parameter: Int32, value: Int)] = []
        fileprivate var nulls: [Int32] = []

        /// Binds `text` to the parameter at `index` (1-based).
        mutating func bind(_ index: Int32, _ text: String) {
            let start = bytes.count
            // Copied from the string's own bytes at once, not through its UTF-8 view's iterator.
            var text = text
            text.withUTF8 { bytes.append(contentsOf: $0) }
            texts.append((index, start, bytes.count - start))
        }

        /// Binds `text`, or NULL.
        mutating func bind(_ index: Int32, _ text: String?) {
            guard let text else { return nulls.append(index) }
            bind(index, text)
        }

        /// Binds `value` to the parameter at `index`.
        mutating func bind(_ index: Int32, _ value: Int) {
            integers.append((index, value))
        }

        /// Binds `value`, or NULL.
        mutating func bind(_ index: Int32, _ value: Int?) {
            guard let value else { return nulls.append(index) }
            bind(index, value)
        }

        fileprivate mutating func clear() {
            bytes.removeAll(keepingCapacity: true)
            texts.removeAll(keepingCapacity: true)
            integers.removeAll(keepingCapacity: true)
            nulls.removeAll(keepingCapacity: true)
        }
    }

    private var row = Row()

    /// A binding whose buffers grow to the largest row and are then reused.
    init() {
        row.bytes.reserveCapacity(1_024)
    }

    /// Gathers a row's values with `gather` and runs `statement` once with them.
    mutating func insert(_ statement: Statement, in db: Database, _ gather: (inout Row) -> Void) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        row.clear()
        gather(&row)
        let code = row.bytes.withUnsafeBufferPointer { buffer -> Int32 in
            // SQLITE_STATIC: the texts stay where they are until the step is over.
            let base = UnsafeRawPointer(buffer.baseAddress ?? UnsafePointer(Self.empty)).assumingMemoryBound(to: CChar.self)
            for text in row.texts { sqlite3_bind_text(handle, text.parameter, base + text.start, Int32(text.count), nil) }
            for integer in row.integers { sqlite3_bind_int64(handle, integer.parameter, sqlite3_int64(integer.value)) }
            for parameter in row.nulls { sqlite3_bind_null(handle, parameter) }
            let code = sqlite3_step(handle)
            // Unbound before the buffer may move: no later call reads a text it no longer holds.
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
            return code
        }
        guard code == SQLITE_DONE else {
            let message = db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) }
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }

    /// Where an empty row's texts point: SQLite needs an address even for no bytes.
    nonisolated(unsafe) private static let empty: UnsafeMutablePointer<UInt8> = .allocate(capacity: 1)
}
