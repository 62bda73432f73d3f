import GRDB
import GRDBSQLite

/// What an index holds, in a few figures: for the line `index` ends with, and for `stats`.
public struct IndexTotals: Sendable, Equatable {
    /// Files indexed.
    public var files: Int
    /// Documents (nodes the corpus holds, language versions together).
    public var documents: Int
    /// References stored.
    public var references: Int
    /// The languages of the files, sorted.
    public var languages: [String]
    /// The first and last adoption years, when any file gives a date.
    public var years: ClosedRange<Int>?
    /// Cited ids the corpus lacks.
    public var dangling: Int
    /// Files whose symbol neither the text nor the file name gives (indexed as `file:` nodes).
    public var withoutSymbol: Int
    /// Files whose symbol was taken from the file name.
    public var symbolFromFileName: Int
    /// Files read only in part: notes that could not be read, pages without a text layer.
    public var partlyRead: Int
}

extension CitationIndex {
    /// The index's totals, from SQL (no graph is loaded): those counted last, when the index has
    /// not changed since (``KeptTotals``), else counted now (from those of the last run, when the
    /// run since only added files), and kept when the index was opened for writing and no run is
    /// writing it.
    public func totals() throws -> IndexTotals {
        let (totals, state, wereKept) = try database.read { try KeptTotals.totals(in: $0) }
        if !wereKept, openedFor == .readWrite { keepWithoutWaiting(totals, of: state.generation) }
        return totals
    }

    /// Keeps `totals`, counted in `generation`, unless another run holds the index's write lock:
    /// keeping them is a saving for the next run, never worth waiting for one. A failure to
    /// write them (a full disk) leaves them to be counted again.
    private func keepWithoutWaiting(_ totals: IndexTotals, of generation: Int) {
        try? database.writeWithoutTransaction { db in
            let connection = db.sqliteConnection
            sqlite3_busy_timeout(connection, 0)
            defer { sqlite3_busy_timeout(connection, Int32(RunLock.waitSeconds * 1_000)) }
            try db.inTransaction(.immediate) {
                try KeptTotals.keep(totals, of: generation, in: db)
                return .commit
            }
        }
    }

    /// The totals read in `db`; ``IndexTotals/dangling`` left at zero unless `countingDangling`
    /// (a scan of every key of the index on targets, which `stats` makes anyway and counts in).
    static func totals(in db: Database, countingDangling: Bool) throws -> IndexTotals {
        // What is said of the files, in one pass over them rather than one each (at a million
        // files 0.47 s against 1.01 s).
        let year = "CAST(substr(date, 1, 4) AS INTEGER)"
        let row = try Row.fetchOne(db, sql: """
            SELECT count(*), count(*) - count(symbol), min(\(year)), max(\(year)), group_concat(DISTINCT language) FROM file
            """)
        let files: Int = row?[0] ?? 0
        let without: Int = row?[1] ?? 0
        let first: Int? = row?[2], last: Int? = row?[3]
        let languages = ((row?[4] as String?) ?? "").split(separator: ",").map(String.init).sorted()
        let documents = try Int.fetchOne(db, sql: "SELECT count(DISTINCT node) FROM file") ?? 0
        let references = try Int.fetchOne(db, sql: "SELECT count(*) FROM reference") ?? 0
        // Each cited id is looked up among the files once, not once per reference to it.
        let dangling = countingDangling ? try Int.fetchOne(db, sql: """
            SELECT count(*) FROM (SELECT target FROM reference INDEXED BY reference_on_target
                                  GROUP BY target HAVING target NOT IN (SELECT node FROM file))
            """) ?? 0 : 0
        // Both counted in one pass over the diagnostics.
        let said = try Row.fetchOne(db, sql: """
            SELECT count(DISTINCT CASE WHEN problem = 'symbol-from-file-name' THEN path END),
                   count(DISTINCT CASE WHEN problem <> 'symbol-from-file-name' THEN path END)
            FROM diagnostic WHERE problem IN ('symbol-from-file-name', 'unreadable-notes', 'unread-pages')
            """)
        return IndexTotals(files: files, documents: documents, references: references, languages: languages,
                           years: first.flatMap { f in last.map { f...max(f, $0) } }, dangling: dangling,
                           withoutSymbol: without, symbolFromFileName: said?[0] ?? 0, partlyRead: said?[1] ?? 0)
    }
}
