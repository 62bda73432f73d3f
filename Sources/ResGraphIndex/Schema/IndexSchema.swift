import Foundation
import GRDB
import ResGraphReader

/// The index's tables, versioned: each version is a migration, applied in order.
enum IndexSchema {
    /// `PRAGMA application_id` of a resgraph index ("RGPH"), telling it from other SQLite files.
    static let applicationID: Int32 = 0x5247_5048

    /// The page size of a new index, in bytes: with 16 KB, 100,000 documents index in 5–10 % less
    /// time than with SQLite's default 4 KB (a third less time in the kernel), into a database
    /// 1 % smaller, and questions take as long.
    static let pageSize = 16_384

    /// The indexes on the rows a run loads, as the migrations create them: a run that loads many
    /// rows drops them and builds them again once its rows are in (``LoadIndexRebuild``).
    static let loadIndexes: [LoadIndex] = [
        LoadIndex(name: "reference_on_target", definition: #"CREATE INDEX "reference_on_target" ON "reference"("target", "relation", "node")"#,
                  findsRowsToDelete: false),
        // A replaced or pruned file's diagnostics are deleted by its path, found by this index.
        LoadIndex(name: "diagnostic_on_path", definition: #"CREATE INDEX "diagnostic_on_path" ON "diagnostic"("path")"#,
                  findsRowsToDelete: true),
    ]

    /// Applies the migrations `writer`'s database lacks. When they leave over a quarter of the
    /// file unused (versions 4 and 5 copy the references into a new table), the file is compacted:
    /// an upgraded index takes no more room on disk than a new one.
    static func bringUpToDate(_ writer: some DatabaseWriter) throws {
        // An index already current is not written to: the migrator would take the write lock,
        // and wait for it while a run holds it, a first run of a million documents for minutes.
        guard try !writer.read({ try migrator.hasCompletedMigrations($0) }) else { return }
        // Another process (a second question asked at once, a run making the index) may take
        // the write lock first and bring the index up to date, or part of the way, while this
        // one waits: its work is done, or this one goes on from where it stopped.
        for attempt in 1...3 {
            do {
                try migrator.migrate(writer)
                break
            } catch {
                if try writer.read({ try migrator.hasCompletedMigrations($0) }) { return }
                if attempt == 3 { throw error }
            }
        }
        // The upgrade went through the log (800 MB of it for version 6 at a million documents):
        // it is copied back and the log emptied now. Left behind, every question would read the
        // whole log again as it opens (half a second each), until a later run.
        defer { try? writer.writeWithoutTransaction { _ = try $0.checkpoint(.truncate) } }
        let (free, pages) = try writer.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA freelist_count") ?? 0, try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0)
        }
        guard free * 4 > pages else { return }
        // Compacting is a nicety, not part of the upgrade: when another process keeps it from
        // finishing (a long read), the upgraded index still answers, and later runs fill the
        // unused pages.
        try? writer.vacuum()
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.create(table: "file") { t in
                t.primaryKey("path", .text)
                t.column("hash", .text).notNull()
                t.column("size", .integer).notNull()
                t.column("node", .text).notNull()
                t.column("symbol", .text)
                t.column("language", .text).notNull()
                t.column("date", .text)
                t.column("title", .text)
            }
            try db.create(index: "file_on_node", on: "file", columns: ["node"])
            try db.create(table: "reference") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("path", .text).notNull().references("file", column: "path", onDelete: .cascade)
                t.column("node", .text).notNull()
                t.column("target", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("relation", .text).notNull()
                t.column("text", .text).notNull()
                t.column("start", .integer).notNull()
                t.column("end", .integer).notNull()
                t.column("footnote", .integer)
                t.column("anchor", .integer)
                t.column("citedDate", .text)
            }
            try db.create(index: "reference_on_target", on: "reference", columns: ["target", "relation"])
            try db.create(index: "reference_on_path", on: "reference", columns: ["path"])
            try db.create(table: "diagnostic") { t in
                t.column("path", .text).notNull().references("file", column: "path", onDelete: .cascade)
                t.column("problem", .text).notNull()
                t.column("offset", .integer).notNull()
                t.column("message", .text).notNull()
            }
            try db.create(index: "diagnostic_on_path", on: "diagnostic", columns: ["path"])
        }
        migrator.registerMigration("v2") { db in
            // The markers of a footnote cited again, as "offset,offset,...".
            try db.alter(table: "reference") { t in t.add(column: "anchors", .text) }
            try canonicalizePaths(db)
        }
        migrator.registerMigration("v3") { db in
            // Joint symbols: the other symbols a reference gives ("A/55/305-S/2000/809"), the
            // target as the text wrote it when the joint symbol's canonical id replaced it, and
            // the ids last replaced (see JointSymbolIndexing).
            try db.alter(table: "reference") { t in
                t.add(column: "aliases", .text)
                t.add(column: "written", .text)
            }
            try db.execute(sql: "CREATE INDEX reference_with_aliases ON reference(id) WHERE aliases IS NOT NULL")
            try db.execute(sql: "CREATE INDEX reference_rewritten ON reference(id) WHERE written IS NOT NULL")
            try db.create(table: "joint") { t in
                t.primaryKey("id", .text)
                t.column("canonical", .text).notNull()
            }
        }
        migrator.registerMigration("v4") { db in
            try fileRangesOfReferences(db)
        }
        migrator.registerMigration("v5") { db in
            try fileNumbers(db)
        }
        migrator.registerMigration("v6") { db in
            try citingNodesInTargetIndex(db)
        }
        migrator.registerMigration("v7") { db in
            try fileStamps(db)
        }
        migrator.registerMigration("v8") { db in
            try keptTotals(db)
        }
        return migrator
    }

    /// The SQL that says, in a query over files `f` and references `r`, that `r` is one of `f`'s
    /// references: a range of ids, looked up in the table itself, with no index to build or keep.
    static let referenceOfFile = "r.id >= f.firstReference AND r.id < f.firstReference + f.referenceCount"

    /// Version 4: a file's references are the range of ids its row names (`firstReference`,
    /// `referenceCount`), as one run stores them one after another, instead of an index on
    /// `reference.path`. Without that index a first run builds one sorted index less (8 % of its
    /// time at 100,000 documents) and the database is a sixth smaller. The references' foreign
    /// key goes with it (a cascade would scan the table for each file deleted): a trigger
    /// deletes a file's range with it. The rows are copied in stored order, file by file, so
    /// that each file's references are a range even if an older version stored them otherwise.
    static func fileRangesOfReferences(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE reference_v4 (
                id INTEGER PRIMARY KEY AUTOINCREMENT, path TEXT NOT NULL, node TEXT NOT NULL, target TEXT NOT NULL,
                kind TEXT NOT NULL, relation TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                footnote INTEGER, anchor INTEGER, citedDate TEXT, anchors TEXT, aliases TEXT, written TEXT);
            INSERT INTO reference_v4 (path, node, target, kind, relation, text, start, "end", footnote, anchor, citedDate, anchors, aliases, written)
                SELECT r.path, r.node, r.target, r.kind, r.relation, r.text, r.start, r."end", r.footnote, r.anchor, r.citedDate, r.anchors, r.aliases, r.written
                FROM reference r JOIN file f ON f.path = r.path ORDER BY f.rowid, r.id;
            ALTER TABLE file ADD COLUMN firstReference INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE file ADD COLUMN referenceCount INTEGER NOT NULL DEFAULT 0;
            CREATE INDEX reference_v4_on_path ON reference_v4(path);
            UPDATE file SET firstReference = coalesce((SELECT min(id) FROM reference_v4 WHERE path = file.path), 0),
                            referenceCount = (SELECT count(*) FROM reference_v4 WHERE path = file.path);
            DROP INDEX reference_v4_on_path;
            DROP TABLE reference;
            ALTER TABLE reference_v4 RENAME TO reference;
            \(referenceIndexesAndTrigger)
            """)
    }

    /// The indexes on `reference` and the trigger that deletes a file's references with it, as
    /// version 4 made them on its new table; version 5 makes them again on its own. Migrations
    /// are history: a later version that wants others makes them in its own step.
    private static let referenceIndexesAndTrigger = """
        CREATE INDEX reference_on_target ON reference(target, relation);
        CREATE INDEX reference_with_aliases ON reference(id) WHERE aliases IS NOT NULL;
        CREATE INDEX reference_rewritten ON reference(id) WHERE written IS NOT NULL;
        CREATE TRIGGER file_takes_its_references AFTER DELETE ON file BEGIN
            DELETE FROM reference WHERE id >= OLD.firstReference AND id < OLD.firstReference + OLD.referenceCount;
        END;
        """

    /// Version 5: a file has a number (`file.id`, kept by `VACUUM`), and a reference names its
    /// file by that number (`reference.file`) instead of repeating its path, which real folders
    /// make 30 to 80 bytes long. Numbers and ranges are those of version 4: the files keep their
    /// order, the references their ids.
    static func fileNumbers(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE file_v5 (
                id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, hash TEXT NOT NULL, size INTEGER NOT NULL, node TEXT NOT NULL,
                symbol TEXT, language TEXT NOT NULL, date TEXT, title TEXT,
                firstReference INTEGER NOT NULL DEFAULT 0, referenceCount INTEGER NOT NULL DEFAULT 0);
            INSERT INTO file_v5 (id, path, hash, size, node, symbol, language, date, title, firstReference, referenceCount)
                SELECT rowid, path, hash, size, node, symbol, language, date, title, firstReference, referenceCount FROM file ORDER BY rowid;
            CREATE TABLE reference_v5 (
                id INTEGER PRIMARY KEY AUTOINCREMENT, file INTEGER NOT NULL, node TEXT NOT NULL, target TEXT NOT NULL,
                kind TEXT NOT NULL, relation TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                footnote INTEGER, anchor INTEGER, citedDate TEXT, anchors TEXT, aliases TEXT, written TEXT);
            INSERT INTO reference_v5 (id, file, node, target, kind, relation, text, start, "end", footnote, anchor, citedDate, anchors, aliases, written)
                SELECT r.id, f.id, r.node, r.target, r.kind, r.relation, r.text, r.start, r."end", r.footnote, r.anchor, r.citedDate, r.anchors, r.aliases, r.written
                FROM file_v5 f JOIN reference r ON \(referenceOfFile) ORDER BY f.id, r.id;
            DROP TABLE reference;
            DROP TABLE file;
            ALTER TABLE file_v5 RENAME TO file;
            ALTER TABLE reference_v5 RENAME TO reference;
            CREATE INDEX file_on_node ON file(node);
            \(referenceIndexesAndTrigger)
            """)
    }

    /// Version 6: the index on a reference's target holds its citing node too, so the questions
    /// that count the documents citing each id (`stats`, `dangling`, `recalled-by`) read the
    /// index alone, in its order, instead of sorting the whole table or fetching each row: at a
    /// million documents the most-cited count takes 4 s instead of 14, `dangling` 9 instead of
    /// 32. The database grows by a tenth.
    static func citingNodesInTargetIndex(_ db: Database) throws {
        try db.execute(sql: """
            DROP INDEX reference_on_target;
            CREATE INDEX reference_on_target ON reference(target, relation, node);
            """)
    }

    /// Version 7: each file's ``FileStamp`` (its size, times, inode and device, as a 64-bit
    /// fingerprint), so that a run passes an unchanged file over without reading it. Files indexed
    /// before have none: the next run reads them as before and stamps the unchanged ones.
    static func fileStamps(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE file ADD COLUMN stamp INTEGER")
    }

    /// Version 8: the totals of the index as counted last, kept with the generation of the
    /// index they are of (``KeptTotals``), so that a run that changed nothing says them without
    /// counting the cited ids the index lacks again (2.2 s at a million documents), and with
    /// where the files and references of a run that only added files begin, so that the ids
    /// lacking after it are counted from those alone. The version also keeps an earlier
    /// resgraph, which would change the index without a new generation, from writing it. A
    /// later version whose migration changes what the index holds starts a new generation in it.
    static func keptTotals(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE totals (
                generation INTEGER NOT NULL, counted INTEGER,
                files INTEGER, documents INTEGER, "references" INTEGER, languages TEXT, firstYear INTEGER, lastYear INTEGER,
                dangling INTEGER, withoutSymbol INTEGER, symbolFromFileName INTEGER, partlyRead INTEGER,
                firstAddedFile INTEGER, firstAddedReference INTEGER);
            INSERT INTO totals (generation) VALUES (1);
            """)
    }

    /// Version 1 stored paths as typed, so one file indexed from two folders was two files.
    /// Paths that name an existing file from the current folder become canonical (absolute,
    /// links resolved); the others stay, for `--prune` to drop once they are gone.
    static func canonicalizePaths(_ db: Database) throws {
        for path in try String.fetchAll(db, sql: "SELECT path FROM file") {
            let canonical = CanonicalPath.of(path)
            guard canonical != path, FileManager.default.fileExists(atPath: canonical) else { continue }
            let exists = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM file WHERE path = ?)", arguments: [canonical]) ?? false
            if exists {
                try db.execute(sql: "DELETE FROM file WHERE path = ?", arguments: [path])
                continue
            }
            for table in ["file", "reference", "diagnostic"] {
                try db.execute(sql: "UPDATE \(table) SET path = ? WHERE path = ?", arguments: [canonical, path])
            }
            try db.execute(sql: "UPDATE file SET node = ? WHERE node = ?", arguments: ["file:" + canonical, "file:" + path])
            try db.execute(sql: "UPDATE reference SET node = ? WHERE node = ?", arguments: ["file:" + canonical, "file:" + path])
        }
    }
}
