import GRDB

/// Inserts into one table by the number of rows each stores, each prepared the first time a
/// document needs it and kept for the indexing run: a document's rows of that table go in as
/// few runs of a statement as its size allows, since each run costs the writer about as much
/// as a row (reset, bindings, the table opened).
struct BatchedInserts {
    /// The most rows one statement stores.
    let mostRows: Int
    /// The SQL that inserts a number of rows. It must say `OR FAIL` (see
    /// ``ReferenceRecord/insertSQL(count:)``): otherwise SQLite keeps a copy of every page a
    /// statement of several rows changes, which costs more than the runs save.
    private let sql: (Int) -> String
    /// The statements prepared so far, at the index of the number of rows they store.
    private var statements: [Statement?]

    /// Inserts of at most `mostRows` rows, each made from `sql(rows)`; `mostRows` times the
    /// parameters of a row must stay under the 999 that the most sparing SQLite builds allow.
    init(mostRows: Int, sql: @escaping (Int) -> String) {
        self.mostRows = mostRows
        self.sql = sql
        statements = Array(repeating: nil, count: mostRows + 1)
    }

    /// Stores `count` rows in order, in runs of up to ``mostRows``: `bind(&row, index, position)`
    /// binds the row at `index` (from 0) as the record at `position` of its statement, and
    /// `stored(rows)` hears of each run once it is done.
    mutating func insert(count: Int, with binding: inout ParameterBinding, in db: Database,
                         bind: (inout ParameterBinding.Row, _ index: Int, _ position: Int) -> Void,
                         stored: (_ rows: Int) -> Void = { _ in }) throws {
        var next = 0
        while next < count {
            let rows = min(count - next, mostRows)
            try binding.insert(statement(rows: rows, in: db), in: db) { row in
                for position in 0..<rows { bind(&row, next + position, position) }
            }
            stored(rows)
            next += rows
        }
    }

    /// The statement that inserts `rows` rows (1 to ``mostRows``), prepared on `db` the first
    /// time it is asked for.
    private mutating func statement(rows: Int, in db: Database) throws -> Statement {
        if let statement = statements[rows] { return statement }
        let statement = try db.makeStatement(sql: sql(rows))
        statements[rows] = statement
        return statement
    }
}
