/// An index on rows that indexing runs load (``IndexSchema/loadIndexes``), which a run that
/// loads many of them may drop and build again at its end.
struct LoadIndex {
    /// The index's name in the schema.
    let name: String
    /// The statement that creates it, as the migrations wrote it.
    let definition: String
    /// Whether deleting a file's rows finds rows through it: a run that replaces files keeps it,
    /// or every deletion would read the whole table.
    let findsRowsToDelete: Bool
}
