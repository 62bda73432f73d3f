import GRDB

/// The statements that store a document's rows, prepared once per indexing run and kept for
/// it: found by their SQL for every document instead, each would be hashed (a 64-row insert is
/// over 2,000 characters) a hundred thousand times a run.
struct StoringStatements {
    /// Deletes a file's rows (its references and diagnostics go with them).
    let deleteFile: Statement
    /// Inserts a file's row.
    let insertFile: Statement
    /// Inserts a diagnostic's row. One row a run, unlike the references: batching a document's
    /// diagnostics in statements of their number (up to 16) was measured, and SQLite then spent
    /// more in its b-tree inserts than the runs saved (1.3 % more instructions in all).
    let insertDiagnostic: Statement
    /// Inserts of references by the number of rows each stores (at that index), each prepared
    /// when a document first needs it.
    private var referenceInserts: [Statement?]

    /// The most references one statement stores. Each run of a statement costs the writer about
    /// 8,000 instructions besides its rows (about what a row costs: reset, bindings, the table
    /// opened and its AUTOINCREMENT counter kept), so a document's references go in one
    /// statement when there are no more than this. Its 832 parameters are under the 999 that
    /// the most sparing SQLite builds allow a statement.
    static let mostRowsPerInsert = 64

    /// Prepares the statements on `db`; they are used while its transaction lasts.
    init(_ db: Database) throws {
        deleteFile = try db.makeStatement(sql: "DELETE FROM file WHERE path = ?")
        insertFile = try db.makeStatement(sql: FileRecord.insertSQL)
        insertDiagnostic = try db.makeStatement(sql: DiagnosticRecord.insertSQL)
        referenceInserts = Array(repeating: nil, count: Self.mostRowsPerInsert + 1)
    }

    /// The statement that inserts `rows` references (1 to ``mostRowsPerInsert``), prepared on `db`
    /// the first time it is asked for.
    mutating func insertReferences(rows: Int, in db: Database) throws -> Statement {
        if let statement = referenceInserts[rows] { return statement }
        let statement = try db.makeStatement(sql: ReferenceRecord.insertSQL(count: rows))
        referenceInserts[rows] = statement
        return statement
    }
}
