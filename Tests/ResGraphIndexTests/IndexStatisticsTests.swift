import Foundation
import GRDB
@testable import ResGraphIndex
import Testing

/// `stats` figures from SQL, and the index they read.
struct IndexStatisticsTests {
    /// Rows of a document the extractor did not write, appended to an indexed corpus: its files
    /// (path, date) and each file's references (target, relation), as one run stores them.
    static func add(node: String, files: [(path: String, date: String?, references: [(String, String)])], to db: Database) throws {
        for file in files {
            let first = (try Int.fetchOne(db, sql: "SELECT max(id) FROM reference") ?? 0) + 1
            let number = (try Int.fetchOne(db, sql: "SELECT max(id) FROM file") ?? 0) + 1
            for (target, relation) in file.references {
                try db.execute(sql: """
                    INSERT INTO reference (file, node, target, kind, relation, text, start, "end") VALUES (?, ?, ?, 'ga-resolution', ?, 't', 0, 1)
                    """, arguments: [number, node, target, relation])
            }
            try db.execute(sql: """
                INSERT INTO file (id, path, hash, size, node, language, date, firstReference, referenceCount) VALUES (?, ?, 'h', 1, ?, 'en', ?, ?, ?)
                """, arguments: [number, file.path, node, file.date, first, file.references.count])
        }
    }

    /// The totals `index` ends with, counted in one pass over the files, and the same by `stats`:
    /// an empty index, the seeds (three documents in five files, in English, French and Chinese,
    /// adopted in 2003 and 2004), then a file in Spanish with neither a symbol nor a date.
    @Test func theTotalsCountFilesLanguagesAndYears() throws {
        let corpus = try Corpus()
        let index = try CitationIndex(path: corpus.database)
        let empty = try index.totals()
        #expect(empty.files == 0 && empty.documents == 0 && empty.languages.isEmpty && empty.years == nil && empty.withoutSymbol == 0)
        _ = try index.index(paths: [corpus.texts.path])
        let seeds = try index.totals()
        #expect(seeds.files == 5 && seeds.documents == 3 && seeds.withoutSymbol == 0)
        #expect(seeds.languages == ["en", "fr", "zh"])
        #expect(seeds.years == 2003...2004)
        #expect(seeds.dangling == 45)
        // `stats` counts the ids the index lacks in its own pass over the cited ids.
        #expect(try index.statistics().totals == seeds)
        try index.database.write { db in
            try db.execute(sql: "INSERT INTO file (path, hash, size, node, language) VALUES ('/x.txt', 'h', 1, 'file:/x.txt', 'es')")
            // As a run that stores a file does: the totals kept are no longer the index's.
            try KeptTotals.startGeneration(in: db)
        }
        let more = try index.totals()
        #expect(more.files == 6 && more.documents == 4 && more.withoutSymbol == 1)
        #expect(more.languages == ["en", "es", "fr", "zh"])
        #expect(more.years == 2003...2004)
        #expect(try index.statistics().totals == more)
    }

    /// Each (citing document, cited id) counts once a year and relation, whichever of its
    /// language versions cite it and however often; a version dated another year counts there
    /// too, and an undated file nowhere. The whole table equals the distinct pairs SQL counts.
    @Test func citationsPerYearCountEachCitingDocumentAndIdOnce() throws {
        let index = try Corpus().indexedSeeds()
        try index.database.write { db in
            try Self.add(node: "A/RES/70/1", files: [
                ("/70_1.en", "2015-09-25", [("A/RES/48/113", "recalls"), ("A/RES/48/113", "recalls"), ("A/RES/48/113", "notes")]),
                ("/70_1.fr", "2015-09-25", [("A/RES/48/113", "recalls")]),
            ], to: db)
            try Self.add(node: "A/RES/70/2", files: [
                ("/70_2.en", "2016-01-04", [("A/RES/48/113", "recalls")]),
                ("/70_2.fr", "2015-12-31", [("A/RES/48/113", "recalls"), ("A/RES/58/154", "recalls")]),
                ("/70_2.es", nil, [("A/RES/1/1", "recalls")]),
            ], to: db)
        }
        let perYear = try index.statistics().perYear
        let rows = perYear.filter { $0.year >= 2015 }.map { "\($0.year) \($0.relation) \($0.citations)" }
        #expect(rows == ["2015 notes 1", "2015 recalls 3", "2016 recalls 1"])
        let distinctPairs = try index.database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT CAST(substr(f.date, 1, 4) AS INTEGER) AS year, r.relation, count(DISTINCT r.node || char(31) || r.target) AS n
                FROM reference r JOIN file f ON f.id = r.file WHERE f.date IS NOT NULL
                GROUP BY year, r.relation ORDER BY year, r.relation
                """).map { "\($0["year"] as Int) \($0["relation"] as String) \($0["n"] as Int)" }
        }
        #expect(perYear.map { "\($0.year) \($0.relation) \($0.citations)" } == distinctPairs)
        #expect(perYear.count > 3)
    }

    /// The citations per year are left out when asked, and counted on their own to the same
    /// rows; the other figures are the same either way.
    @Test func citationsPerYearCanBeCountedApart() throws {
        let index = try Corpus().indexedSeeds()
        let whole = try index.statistics(top: 1_000)
        let without = try index.statistics(top: 1_000, countingPerYear: false)
        #expect(without.perYear.isEmpty)
        #expect(whole.perYear.count > 3)
        #expect(try index.citationsPerYear().map { "\($0.year) \($0.relation) \($0.citations)" } == whole.perYear.map { "\($0.year) \($0.relation) \($0.citations)" })
        var completed = without
        completed.perYear = whole.perYear
        #expect(completed.json == whole.json)
    }

    /// The most cited count each citing document once, whichever relations and language
    /// versions cite an id; ids cited equally often come in byte order; the spread of citations
    /// and the ids the index lacks agree with what SQL counts of the same rows.
    @Test func theMostCitedCountEachCitingDocumentOnce() throws {
        let index = try Corpus().indexedSeeds()
        try index.database.write { db in
            try Self.add(node: "A/RES/70/1", files: [
                ("/70_1.en", "2015-09-25", [("A/RES/48/113", "recalls"), ("A/RES/48/113", "notes"), ("A/RES/48/113", "reaffirms"), ("A/RES/70/1", "recalls")]),
                ("/70_1.fr", "2015-09-25", [("A/RES/48/113", "welcomes"), ("A/RES/9/9", "recalls")]),
            ], to: db)
            try Self.add(node: "A/RES/70/2", files: [
                ("/70_2.en", "2016-01-04", [("A/RES/48/113", "notes"), ("A/RES/9/9", "notes"), ("A/RES/9/9", "recalls")]),
            ], to: db)
            try Self.add(node: "A/RES/70/3", files: [("/70_3.en", nil, [("A/RES/9/9", "reaffirms"), ("A/RES/70/1", "notes")])], to: db)
        }
        let statistics = try index.statistics(top: 1_000)
        let expected = try index.database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT target, count(DISTINCT node) AS n, target IN (SELECT node FROM file) AS present
                FROM reference GROUP BY target ORDER BY n DESC, target
                """).map { (id: $0["target"] as String, citing: $0["n"] as Int, present: $0["present"] as Bool) }
        }
        #expect(statistics.mostCited.map { "\($0.id) \($0.citing) \($0.present)" } == expected.map { "\($0.id) \($0.citing) \($0.present)" })
        #expect(statistics.mostCited.first { $0.id == "A/RES/9/9" }?.citing == 3)
        #expect(statistics.mostCited.first { $0.id == "A/RES/70/1" }.map { "\($0.citing) \($0.present)" } == "2 true")
        #expect(statistics.totals.dangling == expected.filter { !$0.present }.count)
        let spread = Dictionary(grouping: expected) { $0.citing == 1 ? "1" : $0.citing < 5 ? "2-4" : $0.citing < 10 ? "5-9" : $0.citing < 50 ? "10-49" : "50+" }
        #expect(statistics.inDegree.map { "\($0.range) \($0.ids)" } == ["1", "2-4", "5-9", "10-49", "50+"].compactMap { range in spread[range].map { "\(range) \($0.count)" } })
        // The top few of the same ranking, ties cut in byte order.
        #expect(try index.statistics(top: 3).mostCited.map(\.id) == expected.prefix(3).map(\.id))
    }

    /// Ids offered in any order, and passed over when ``MostCited/mayKeep(citing:)`` says they
    /// cannot be kept, rank as the whole list sorted would: an id that ties the last kept and
    /// comes first in byte order still takes its place.
    @Test func theMostCitedKeepWhatTheWholeListRanksFirst() {
        let pairs = (0..<200).map { k in (id: "A/RES/\(k * 37 % 200)", citing: k * 7 % 13) }
        for top in [1, 2, 3, 10] {
            var most = MostCited(top: top)
            for (id, citing) in pairs.reversed() where most.mayKeep(citing: citing) { most.add(id, citing: citing) }
            let expected = pairs.sorted { $0.citing != $1.citing ? $0.citing > $1.citing : $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }.prefix(top)
            #expect(most.ranked().map(\.id) == expected.map(\.id), "top \(top)")
        }
        var most = MostCited(top: 2)
        for (id, citing) in [("b", 5), ("c", 3), ("d", 3), ("e", 1)] { most.add(id, citing: citing) }
        #expect(most.ranked().map(\.id) == ["b", "c"])
        #expect(most.mayKeep(citing: 3) && !most.mayKeep(citing: 2))
        most.add("a", citing: 3)
        #expect(most.ranked().map(\.id) == ["b", "a"])
    }

    /// Two questions that find an index of an earlier version at once: both see the steps it
    /// lacks, and the one that takes the write lock second finds them recorded by the first.
    /// It then answers, instead of failing on the steps the other one recorded.
    @Test func anUpgradeThatAnotherProcessFinishedFirstIsDone() throws {
        let corpus = try Corpus()
        let queue = try DatabaseQueue(path: corpus.database)
        try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = WAL") }
        try IndexSchema.migrator.migrate(queue, upTo: "v5")
        try queue.close()
        let other = try DatabaseQueue(path: corpus.database)
        // Right after this one has read which steps are recorded (GRDB reads them twice once its
        // table exists) and before it takes the write lock for those it lacks, the other
        // process makes them and records them.
        final class Race: @unchecked Sendable { var readsAfterCreate: Int?; var overtaken = false }
        let race = Race()
        var racing = Configuration()
        racing.prepareDatabase { db in
            db.trace(options: .profile) { event in
                let sql = "\(event)"
                if sql.contains("CREATE TABLE IF NOT EXISTS grdb_migrations") { race.readsAfterCreate = 0 }
                guard !race.overtaken, let reads = race.readsAfterCreate, sql.contains("FROM grdb_migrations") else { return }
                race.readsAfterCreate = reads + 1
                guard reads + 1 == 2 else { return }
                race.overtaken = true
                try? IndexSchema.migrator.migrate(other)
            }
        }
        let writer = try DatabasePool(path: corpus.database, configuration: racing)
        try IndexSchema.bringUpToDate(writer)
        #expect(race.overtaken)
        #expect(try writer.read { try IndexSchema.migrator.hasCompletedMigrations($0) })
    }

    /// The target index holds the citing node (version 6), in an upgraded index as in one a
    /// first run builds: the figures read it alone.
    @Test(arguments: [true, false])
    func theTargetIndexHoldsTheCitingNode(upgraded: Bool) throws {
        let corpus = try Corpus()
        if upgraded {
            let queue = try DatabaseQueue(path: corpus.database)
            try IndexSchema.migrator.migrate(queue, upTo: "v5")
            try queue.write { db in
                try Self.add(node: "A/RES/70/1", files: [("/70_1.en", "2015-09-25", [("A/RES/48/113", "recalls")])], to: db)
            }
            try queue.close()
        }
        let index = try CitationIndex(path: corpus.database, access: upgraded ? .readOnly : .readWrite)
        if !upgraded { _ = try index.index(paths: [corpus.texts.path]) }
        if upgraded {
            // The upgrade's log was copied back and emptied: a question does not read it again.
            let log = try FileManager.default.attributesOfItem(atPath: corpus.database + "-wal")[.size] as? Int
            #expect(log == 0)
        }
        let columns = try index.database.read { try Row.fetchAll($0, sql: "PRAGMA index_info(reference_on_target)").map { $0["name"] as String } }
        #expect(columns == ["target", "relation", "node"])
        let plan = try index.database.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT target, count(DISTINCT node) FROM reference INDEXED BY reference_on_target GROUP BY target")
                .map { $0["detail"] as String }
        }
        #expect(plan.contains("SCAN reference USING COVERING INDEX reference_on_target"))
        #expect(try index.statistics().mostCited.first?.id == (upgraded ? "A/RES/48/113" : "UNTS 189/2545"))
    }
}
