import GRDB

/// The index's totals as last counted, kept in the index with the generation of the index they
/// are of: an unchanged run says them without counting again.
///
/// Every run that changes what the index holds starts a new generation in its own transaction
/// (``startGeneration(in:)``). Totals counted later are kept with the generation they were
/// counted in, and are the index's totals for as long as that generation is the index's.
/// Counting them takes a pass over every cited id (2.2 s at a million documents).
enum KeptTotals {
    /// The index's generation, and the totals kept for it (nil when none are kept, or the
    /// ones kept are of an earlier generation).
    static func read(in db: Database) throws -> (generation: Int, totals: IndexTotals?) {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT generation, counted, files, documents, "references", languages, firstYear, lastYear,
                   dangling, withoutSymbol, symbolFromFileName, partlyRead FROM totals
            """) else { return (0, nil) }
        let generation: Int = row[0]
        guard let counted: Int = row[1], counted == generation else { return (generation, nil) }
        let languages: String = row[5]
        let first: Int? = row[6], last: Int? = row[7]
        let totals = IndexTotals(files: row[2], documents: row[3], references: row[4],
                                 languages: languages.split(separator: ",").map(String.init),
                                 years: first.flatMap { first in last.map { first...$0 } }, dangling: row[8],
                                 withoutSymbol: row[9], symbolFromFileName: row[10], partlyRead: row[11])
        return (generation, totals)
    }

    /// Says that a run changed what the index holds: the totals kept are no longer its own.
    static func startGeneration(in db: Database) throws {
        try db.execute(sql: "UPDATE totals SET generation = generation + 1")
    }

    /// Keeps `totals`, counted in `generation`, unless the index has moved on since.
    static func keep(_ totals: IndexTotals, of generation: Int, in db: Database) throws {
        try db.execute(sql: """
            UPDATE totals SET counted = ?, files = ?, documents = ?, "references" = ?, languages = ?, firstYear = ?, lastYear = ?,
                              dangling = ?, withoutSymbol = ?, symbolFromFileName = ?, partlyRead = ?
            WHERE generation = ?
            """, arguments: [generation, totals.files, totals.documents, totals.references, totals.languages.joined(separator: ","),
                             totals.years?.lowerBound, totals.years?.upperBound, totals.dangling, totals.withoutSymbol,
                             totals.symbolFromFileName, totals.partlyRead, generation])
    }
}
