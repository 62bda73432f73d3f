import GRDB

/// The statements that store a document's rows, prepared once per indexing run and kept for
/// it: found by their SQL for every document instead, the longest (a 16-row insert, about 600
/// characters) was hashed a hundred thousand times a run.
struct StoringStatements {
    /// Deletes a file's rows (its references and diagnostics go with them).
    let deleteFile: Statement
    /// Inserts a file's row.
    let insertFile: Statement
    /// Insert references, by the number of rows each stores, largest first.
    let insertReferences: [(size: Int, statement: Statement)]
    /// Inserts a diagnostic's row.
    let insertDiagnostic: Statement

    /// Prepares the statements on `db`; they are used while its transaction lasts.
    init(_ db: Database) throws {
        deleteFile = try db.makeStatement(sql: "DELETE FROM file WHERE path = ?")
        insertFile = try db.makeStatement(sql: FileRecord.insertSQL)
        insertReferences = try CitationIndex.referenceInserts.map { ($0.size, try db.makeStatement(sql: $0.sql)) }
        insertDiagnostic = try db.makeStatement(sql: DiagnosticRecord.insertSQL)
    }
}
