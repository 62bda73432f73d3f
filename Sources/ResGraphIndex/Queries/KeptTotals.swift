import GRDB

/// The index's totals as last counted, kept in the index with the generation of the index they
/// are of: an unchanged run says them without counting again, and a run that only added files
/// counts the ids the index lacks from those files alone.
///
/// Every run that changes what the index holds starts a new generation in its own transaction
/// (``startGeneration(addedFrom:in:)``). Totals counted later are kept with the generation they
/// were counted in, and are the index's totals for as long as that generation is the index's.
/// Counting the ids the index lacks takes a pass over every cited id (1.6 s at a million
/// documents); the other totals a pass over the files (0.8 s).
enum KeptTotals {
    /// Where the files and references a run added begin: every file and reference of the index
    /// numbered from these on, and no other, is that run's.
    struct Addition: Equatable {
        let firstFile: Int
        let firstReference: Int
    }

    /// What the index keeps of its totals.
    struct State {
        /// The index's generation.
        let generation: Int
        /// The totals kept, if any.
        let totals: IndexTotals?
        /// The generation they were counted in.
        let counted: Int?
        /// What the run that started the generation added, when it only added files.
        let addition: Addition?

        /// The totals kept, when they are of the index as it is.
        var current: IndexTotals? { counted == generation ? totals : nil }
    }

    /// What the index in `db` keeps of its totals.
    static func read(in db: Database) throws -> State {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT generation, counted, files, documents, "references", languages, firstYear, lastYear,
                   dangling, withoutSymbol, symbolFromFileName, partlyRead, firstAddedFile, firstAddedReference FROM totals
            """) else { return State(generation: 0, totals: nil, counted: nil, addition: nil) }
        // Read as what they may be, not as what this version writes: a value of another type
        // (a damaged or edited row) makes the totals counted again, never a trap.
        func number(_ column: Int) -> Int? { Int.fromDatabaseValue(row[column] as DatabaseValue) }
        let generation = number(0) ?? 0
        let addition = number(12).flatMap { file in number(13).map { Addition(firstFile: file, firstReference: $0) } }
        guard let counted = number(1), let files = number(2), let documents = number(3), let references = number(4),
              let languages = String.fromDatabaseValue(row[5] as DatabaseValue), let dangling = number(8),
              let withoutSymbol = number(9), let symbolFromFileName = number(10), let partlyRead = number(11)
        else { return State(generation: generation, totals: nil, counted: nil, addition: addition) }
        let first = number(6), last = number(7)
        let totals = IndexTotals(files: files, documents: documents, references: references,
                                 languages: languages.split(separator: ",").map(String.init),
                                 years: first.flatMap { first in last.map { first...max(first, $0) } }, dangling: dangling,
                                 withoutSymbol: withoutSymbol, symbolFromFileName: symbolFromFileName, partlyRead: partlyRead)
        return State(generation: generation, totals: totals, counted: counted, addition: addition)
    }

    /// The index's totals: those kept when they are of the index as it is; counted from the
    /// totals of the generation before when the run since only added files; else counted whole.
    static func totals(in db: Database) throws -> (totals: IndexTotals, state: State, wereKept: Bool) {
        let state = try read(in: db)
        if let current = state.current { return (current, state, true) }
        if let addition = state.addition, let before = state.totals, state.counted == state.generation - 1 {
            return (try totals(adding: addition, to: before, in: db), state, false)
        }
        return (try CitationIndex.totals(in: db, countingDangling: true), state, false)
    }

    /// The totals after a run that added the files and references from `addition` on to an
    /// index whose totals were `before`: the files counted again (a pass over them), the ids
    /// lacking counted from `before`'s, less those an added file now supplies (ids cited before
    /// it, of no file before it), plus the ids the added references cite that were cited by
    /// none before them and are of no file.
    static func totals(adding addition: Addition, to before: IndexTotals, in db: Database) throws -> IndexTotals {
        var totals = try CitationIndex.totals(in: db, countingDangling: false)
        let supplied = try Int.fetchOne(db, sql: """
            SELECT count(DISTINCT node) FROM file WHERE id >= :file
               AND NOT EXISTS (SELECT 1 FROM file earlier WHERE earlier.node = file.node AND earlier.id < :file)
               AND EXISTS (SELECT 1 FROM reference WHERE target = file.node AND id < :reference)
            """, arguments: ["file": addition.firstFile, "reference": addition.firstReference]) ?? 0
        let newlyLacking = try Int.fetchOne(db, sql: """
            SELECT count(DISTINCT target) FROM reference added WHERE id >= :reference
               AND NOT EXISTS (SELECT 1 FROM file WHERE node = added.target)
               AND NOT EXISTS (SELECT 1 FROM reference earlier WHERE earlier.target = added.target AND earlier.id < :reference)
            """, arguments: ["reference": addition.firstReference]) ?? 0
        totals.dangling = before.dangling - supplied + newlyLacking
        return totals
    }

    /// Says that a run changed what the index holds: the totals kept are no longer its own.
    /// `addition` says where the files and references it added begin, when it only added files
    /// (no file replaced or dropped, no joint symbol joining or parting ids).
    static func startGeneration(addedFrom addition: Addition? = nil, in db: Database) throws {
        try db.execute(sql: "UPDATE totals SET generation = generation + 1, firstAddedFile = ?, firstAddedReference = ?",
                       arguments: [addition?.firstFile, addition?.firstReference])
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
