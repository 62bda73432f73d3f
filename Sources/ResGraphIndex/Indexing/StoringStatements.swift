import GRDB

/// The statements that store a document's rows, prepared once per indexing run and kept for
/// it: found by their SQL for every document instead, each would be hashed (a 64-row insert is
/// over 2,000 characters) a hundred thousand times a run.
struct StoringStatements {
    /// Deletes a file's diagnostics (by its path).
    let deleteDiagnostics: Statement
    /// Deletes a file's row (by its number) once its diagnostics are gone; its trigger deletes
    /// its references.
    let deleteFile: Statement
    /// Inserts a file's row.
    let insertFile: Statement
    /// Stores the stamp of a file found unchanged (its stamp, then its number).
    let restampFile: Statement
    /// Inserts of a document's references: most documents need one run.
    var insertReferences = BatchedInserts(into: ReferenceRecord.insertTarget, mostRows: mostReferencesPerInsert)
    /// Inserts of a document's diagnostics: most documents have a few, and need one run.
    var insertDiagnostics = BatchedInserts(into: DiagnosticRecord.insertTarget, mostRows: mostDiagnosticsPerInsert)

    /// The most references one statement stores. Each run of a statement costs the writer about
    /// 8,000 instructions besides its rows (about what a row costs: reset, bindings, the table
    /// opened and its AUTOINCREMENT counter kept), so a document's references go in one
    /// statement when there are no more than this (832 parameters, within
    /// ``BatchedInserts/mostParameters``).
    static let mostReferencesPerInsert = 64

    /// The most diagnostics one statement stores (64 parameters): a document with more is rare.
    static let mostDiagnosticsPerInsert = 16

    /// Prepares the statements on `db`; they are used while its transaction lasts.
    init(_ db: Database) throws {
        deleteDiagnostics = try db.makeStatement(sql: "DELETE FROM diagnostic WHERE path = ?")
        deleteFile = try db.makeStatement(sql: "DELETE FROM file WHERE id = ?")
        insertFile = try db.makeStatement(sql: FileRecord.insertSQL)
        restampFile = try db.makeStatement(sql: "UPDATE file SET stamp = ? WHERE id = ?")
    }
}
