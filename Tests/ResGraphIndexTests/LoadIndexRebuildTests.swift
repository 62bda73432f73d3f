import Foundation
import GRDB
import ResGraphIndex
import ResGraphTestSupport
import Testing

/// A run that loads many files builds the indexes on the references again at its end, instead
/// of keeping them up to date row by row; either way it leaves what a new index of the same
/// files holds.
struct LoadIndexRebuildTests {
    /// Writes files `numbers` citing resolutions of `session`, each with two diagnostics (an
    /// Ibid. with nothing before it) besides the reader's own (no symbol).
    func write(_ numbers: Range<Int>, session: Int, into corpus: Corpus) throws {
        for number in numbers {
            let text = "Recalling resolution \(session)/\(number + 1) and resolution 40/\(number % 7 + 1);\n"
                + "Noting the report,1\n1 Ibid., vol. 606, No. 8791.\n"
            try text.write(toFile: corpus.path(String(format: "n%03d.txt", number)), atomically: true, encoding: .utf8)
        }
    }

    /// Every row of the index at `path` but the numbers it gave them, file by file, and its
    /// indexes' definitions; with what SQLite's integrity check says.
    func contents(of path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { db in
            var lines = try String.fetchAll(db, sql: "SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
            lines += try String.fetchAll(db, sql: "PRAGMA integrity_check")
            // Rows no file holds would count here, and break the foreign key on diagnostics.
            lines += try String.fetchAll(db, sql: "SELECT (SELECT count(*) FROM reference) || ' references, ' || (SELECT count(*) FROM diagnostic) || ' diagnostics'")
            lines += try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { "\($0)" }
            for file in try Row.fetchAll(db, sql: "SELECT * FROM file ORDER BY path") {
                let first: Int = file["firstReference"], count: Int = file["referenceCount"]
                let symbol: String? = file["symbol"]
                lines.append("\(file["path"] as String) \(file["hash"] as String) \(file["node"] as String) \(symbol ?? "-") \(file["language"] as String) \(count)")
                let references = try Row.fetchAll(db, sql: """
                    SELECT node, target, kind, relation, text, start, "end", footnote, anchor, citedDate, anchors, aliases, written
                    FROM reference WHERE id >= ? AND id < ? ORDER BY id
                    """, arguments: [first, first + count])
                let diagnostics = try Row.fetchAll(db, sql: "SELECT problem, offset, message FROM diagnostic WHERE path = ? ORDER BY rowid",
                                                   arguments: [file["path"]])
                lines += (references + diagnostics).map { $0.databaseValues.map(\.description).joined(separator: " ") }
            }
            return lines
        }
    }

    /// What a new index of the corpus's files holds now; every index the schema defines is in it.
    func contentsOfANewIndex(of corpus: Corpus, run: Int) throws -> [String] {
        let path = corpus.folder.appendingPathComponent("new-\(run).sqlite").path
        let summary = try CitationIndex(path: path).index(paths: [corpus.texts.path])
        #expect(summary.rebuiltIndexes)
        let indexes = try DatabaseQueue(path: path).read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name") }
        #expect(indexes == ["diagnostic_on_path", "file_on_node", "reference_on_target", "reference_rewritten", "reference_with_aliases",
                            "sqlite_autoindex_file_1", "sqlite_autoindex_grdb_migrations_1", "sqlite_autoindex_joint_1"])
        return try contents(of: path)
    }

    @Test func aRunRebuildsOnceItHasLoadedOrPrunedHalfTheFilesHeldAndLeavesWhatANewIndexHolds() throws {
        let corpus = try Corpus()
        try write(0..<20, session: 40, into: corpus)
        let index = try CitationIndex(path: corpus.database)
        // 25 files: the five seeds and twenty more.
        let first = try index.index(paths: [corpus.texts.path])
        #expect(first.indexed == 25 && first.rebuiltIndexes)
        #expect(try contents(of: corpus.database) == contentsOfANewIndex(of: corpus, run: 1))

        // Six files replaced count as twelve loaded: under half of 25, the indexes are kept.
        try write(0..<6, session: 41, into: corpus)
        let few = try index.index(paths: [corpus.texts.path])
        #expect(few.indexed == 6 && !few.rebuiltIndexes)
        #expect(try contents(of: corpus.database) == contentsOfANewIndex(of: corpus, run: 2))

        // Seven replaced count as fourteen: the indexes are built again.
        try write(6..<13, session: 42, into: corpus)
        let more = try index.index(paths: [corpus.texts.path])
        #expect(more.indexed == 7 && more.rebuiltIndexes)
        #expect(try contents(of: corpus.database) == contentsOfANewIndex(of: corpus, run: 3))
        #expect(try index.citers(of: "A/RES/42/13").count == 1)
        #expect(try index.citers(of: "A/RES/41/6").count == 1)
        #expect(try index.citers(of: "A/RES/40/13").isEmpty)

        // Files added count once: twelve are under half of 25, nineteen more half of 37.
        try write(20..<32, session: 43, into: corpus)
        #expect(try !index.index(paths: [corpus.texts.path]).rebuiltIndexes)
        try write(32..<51, session: 43, into: corpus)
        let added = try index.index(paths: [corpus.texts.path])
        #expect(added.indexed == 19 && added.rebuiltIndexes)
        #expect(try contents(of: corpus.database) == contentsOfANewIndex(of: corpus, run: 4))
        #expect(try index.citers(of: "A/RES/43/51").count == 1)

        // Pruned files count once: five of 56 are under half, 26 of the 51 left are not.
        func remove(_ numbers: Range<Int>) throws {
            for number in numbers { try FileManager.default.removeItem(atPath: corpus.path(String(format: "n%03d.txt", number))) }
        }
        try remove(0..<5)
        let pruned = try index.index(paths: [corpus.texts.path], prune: true)
        #expect(pruned.pruned == 5 && !pruned.rebuiltIndexes)
        try remove(5..<31)
        let prunedMore = try index.index(paths: [corpus.texts.path], prune: true)
        #expect(prunedMore.pruned == 26 && prunedMore.rebuiltIndexes)
        #expect(try contents(of: corpus.database) == contentsOfANewIndex(of: corpus, run: 5))
        #expect(try index.citers(of: "A/RES/42/13").isEmpty)
    }
}
