import GRDB

/// Inserts into one table by the number of rows each stores, each prepared the first time a
/// document needs it and kept for the indexing run: a document's rows of that table go in as
/// few runs of a statement as its size allows, since each run costs the writer about as much
/// as a row (reset, bindings, the table opened).
struct BatchedInserts {
    /// Where the rows go.
    let target: InsertTarget
    /// The most rows one statement stores.
    let mostRows: Int
    /// The statements prepared so far, at the index of the number of rows they store.
    private var statements: [Statement?]

    /// The most parameters a statement may have in the most sparing SQLite builds.
    static let mostParameters = 999

    /// Inserts into `target` of at most `mostRows` rows, whose parameters must stay within
    /// ``mostParameters``.
    init(into target: InsertTarget, mostRows: Int) {
        precondition(mostRows >= 1 && mostRows * Int(target.parameterCount) <= Self.mostParameters,
                     "\(mostRows) rows of \(target.table) take more parameters than SQLite allows")
        self.target = target
        self.mostRows = mostRows
        statements = Array(repeating: nil, count: mostRows + 1)
    }

    /// Stores `count` rows in order, in runs of up to ``mostRows``: `bind(&row, index, k)` binds
    /// the row at `index` (from 0) to its statement's parameters after the first `k`, and
    /// `stored(rows)` hears of each run once it is done.
    mutating func insert(count: Int, with binding: inout ParameterBinding, in db: Database,
                         bind: (inout ParameterBinding.Row, _ index: Int, _ k: Int32) -> Void,
                         stored: (_ rows: Int) -> Void = { _ in }) throws {
        let perRecord = target.parameterCount
        var next = 0
        while next < count {
            let rows = min(count - next, mostRows)
            try binding.insert(statement(rows: rows, in: db), in: db) { row in
                for position in 0..<rows { bind(&row, next + position, Int32(position) * perRecord) }
            }
            stored(rows)
            next += rows
        }
    }

    /// The statement that inserts `rows` rows (1 to ``mostRows``), prepared on `db` the first
    /// time it is asked for.
    private mutating func statement(rows: Int, in db: Database) throws -> Statement {
        if let statement = statements[rows] { return statement }
        let statement = try db.makeStatement(sql: target.insertSQL(count: rows))
        statements[rows] = statement
        return statement
    }
}
