import GRDB

/// Whether an indexing run keeps the indexes on the rows it loads up to date row by row, or
/// drops them and builds them again, by sorting, once its rows are in.
///
/// Kept up to date, the index on the references' targets takes every new key in random key
/// order, and seeks every key of a replaced file to take it away; built again, it costs the
/// sort of every key the index holds. A first run loads an empty index and drops them at once.
/// A later run drops them once the files it has stored reach a share of those the index held
/// (``rebuildShare``), a replaced file counting twice (its old rows go, its new ones come) and
/// a pruned one once; it keeps those that deleting a file's rows needs
/// (``LoadIndex/findsRowsToDelete``).
///
/// The run is one transaction, so readers keep the indexes of the state they see throughout.
struct LoadIndexRebuild {
    /// The files the index held when the run began.
    let filesHeld: Int
    /// The indexes dropped so far, to be built again by ``finish(in:)``.
    private(set) var dropped: [LoadIndex] = []
    /// Files stored by the run, a replaced file counting twice.
    private var filesLoaded = 0

    /// A later run rebuilds once it has loaded files amounting to this share of those the index
    /// held. At 100,000 documents (1.8 million references) a run replacing files went through
    /// them at about 120 µs a file while it kept the index on the targets up to date, 60 µs
    /// once it had dropped it, and building it again took about 2 s: the two ways cost the same
    /// near a quarter of the files replaced. A run cannot know beforehand how many files have
    /// changed, so it switches there, and pays at most twice what the better way would have.
    static let rebuildShare = 0.5

    /// The policy of a run on an index holding `filesHeld` files.
    init(filesHeld: Int) {
        self.filesHeld = filesHeld
    }

    /// Whether the index was empty: the run drops every load index before it stores a row.
    var isFirstRun: Bool { filesHeld == 0 }

    /// Whether a later run that has loaded `loaded` files (replacements counted twice) into an
    /// index of `held` files should build the load indexes again rather than keep them.
    static func rebuilds(loaded: Int, held: Int) -> Bool {
        Double(loaded) >= Double(held) * rebuildShare
    }

    /// Drops every load index if the index is empty; called as the run's transaction begins.
    mutating func begin(in db: Database) throws {
        guard isFirstRun else { return }
        try drop(IndexSchema.loadIndexes, in: db)
    }

    /// Counts a file stored (`replacing` one the index held) and drops the indexes that
    /// deletions do not need once the run has loaded enough.
    mutating func stored(replacing: Bool, in db: Database) throws {
        try load(replacing ? 2 : 1, in: db)
    }

    /// Counts `count` files about to be deleted (pruned), each as one loaded, likewise.
    mutating func willDelete(_ count: Int, in db: Database) throws {
        try load(count, in: db)
    }

    private mutating func load(_ files: Int, in db: Database) throws {
        guard dropped.isEmpty else { return }
        filesLoaded += files
        guard Self.rebuilds(loaded: filesLoaded, held: filesHeld) else { return }
        try drop(IndexSchema.loadIndexes.filter { !$0.findsRowsToDelete }, in: db)
    }

    /// Builds again what the run dropped. SQLite sorts an index's keys in runs of the page
    /// cache's size, on every core (`PRAGMA threads`, set as the index opens): small runs merged
    /// beat one large sort that misses the processor's caches (1.2 s against 3.3 s for 1.8
    /// million references), so the cache is made small first.
    func finish(in db: Database) throws {
        guard !dropped.isEmpty else { return }
        try db.execute(sql: "PRAGMA cache_size = -\(Self.sortKilobytes)")
        for index in dropped { try db.execute(sql: index.definition) }
    }

    /// SQLite's page cache while the indexes are built, in kilobytes: the size of the runs its
    /// sorter sorts apart.
    static let sortKilobytes = 2 * 1_024

    private mutating func drop(_ indexes: [LoadIndex], in db: Database) throws {
        for index in indexes { try db.execute(sql: "DROP INDEX IF EXISTS \(index.name)") }
        dropped = indexes
    }
}
