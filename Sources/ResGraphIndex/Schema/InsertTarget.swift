/// A table and the columns a batched insert fills, in the order a record binds them: what
/// ``BatchedInserts`` makes its statements from.
struct InsertTarget {
    /// The table's name.
    let table: String
    /// The columns filled, quoted where SQL needs it (`"end"`).
    let columns: [String]
    /// The parameters one record takes: one a column.
    let parameterCount: Int32

    /// The target `columns` of `table`.
    init(table: String, columns: [String]) {
        self.table = table
        self.columns = columns
        parameterCount = Int32(columns.count)
    }

    /// The statement that inserts `count` records in order.
    ///
    /// `OR FAIL`: a statement of several rows that may abort keeps a copy of every page it
    /// changes, to undo itself alone (590 MB written to a temporary file for 20,000 documents'
    /// references, a tenth of a run's time; for the diagnostics, a statement of two rows cost
    /// more than two of one). A run undoes all of its transaction on any error, so the copy is
    /// never used; `OR FAIL` stops at a failing row without undoing the rows before it, and needs
    /// none. A foreign key checked as the rows go in aborts whatever `OR` says, so the copy comes
    /// back: indexing runs write with foreign keys unchecked (1,318 writes to the copy for 300
    /// two-row diagnostic inserts with them checked, none without).
    func insertSQL(count: Int) -> String {
        let record = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        return "INSERT OR FAIL INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
            + Array(repeating: record, count: count).joined(separator: ", ")
    }
}
