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

    /// The indexes on the rows a run loads, as the migrations create them: a first run drops
    /// them and builds them again once its rows are in.
    static let loadIndexes: [(name: String, definition: String)] = [
        ("reference_on_target", #"CREATE INDEX "reference_on_target" ON "reference"("target", "relation")"#),
        ("reference_on_path", #"CREATE INDEX "reference_on_path" ON "reference"("path")"#),
        ("diagnostic_on_path", #"CREATE INDEX "diagnostic_on_path" ON "diagnostic"("path")"#),
    ]

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
        return migrator
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
