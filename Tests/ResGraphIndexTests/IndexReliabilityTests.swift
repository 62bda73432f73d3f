import Foundation
import GRDB
@testable import ResGraphIndex
import ResGraphExtractor
import ResGraphGraph
import ResGraphReader
import ResGraphTestSupport
import Testing

/// The index under load and across versions: readers during a run, query plans, migrations.
struct IndexReliabilityTests {
    @Test func readersDuringAnIndexRunSeeTheOldStateAndNeverFail() throws {
        let corpus = try Corpus()
        let index = try CitationIndex(path: corpus.database)
        _ = try index.index(paths: [corpus.texts.path])
        let many = corpus.folder.appendingPathComponent("many")
        try FileManager.default.createDirectory(at: many, withIntermediateDirectories: true)
        let seed = try String(contentsOfFile: Seeds.path("A_RES_58_154.en.txt"), encoding: .utf8)
        for k in 0..<400 {
            try seed.replacingOccurrences(of: "58/154", with: "70/\(k + 1)")
                .write(to: many.appendingPathComponent("r\(k).txt"), atomically: true, encoding: .utf8)
        }
        let writer = Thread { _ = try? CitationIndex(path: corpus.database).index(paths: [many.path]) }
        writer.start()
        var answers = Set<Int>()
        var failures: [String] = []
        repeat {
            do {
                let reader = try CitationIndex(path: corpus.database, access: .readOnly)
                answers.insert(try reader.citers(of: "A/RES/48/113", relation: .recalls).count)
            } catch {
                failures.append("\(error)")
            }
        } while !writer.isFinished
        #expect(failures.isEmpty, "\(failures.prefix(3))")
        #expect(answers.isSubset(of: [1, 401]))
        #expect(try CitationIndex(path: corpus.database, access: .readOnly).citers(of: "A/RES/48/113", relation: .recalls).count == 401)
    }

    @Test func pointQueriesUseAnIndexNeverAScanOfReferences() throws {
        let corpus = try Corpus()
        let index = try CitationIndex(path: corpus.database)
        _ = try index.index(paths: [corpus.texts.path])
        try index.database.read { db in
            for (sql, count) in IndexSQL.pointQueries {
                let plan = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql,
                                            arguments: StatementArguments(Array(repeating: "x", count: count)))
                    .map { $0["detail"] as String }
                #expect(!plan.contains { $0.hasPrefix("SCAN reference") || $0.hasPrefix("SCAN r ") || $0 == "SCAN r" },
                        "\(sql): \(plan)")
            }
        }
    }

    @Test func aGraphWithThousandsOfCitersOfOneNodeIsBuiltInPlace() {
        let documents = (0..<20_000).map { k in
            ExtractedDocument(
                source: "d\(k).txt", symbol: "A/RES/70/\(k + 1)", language: .english, date: nil, title: nil,
                references: [Reference(target: "A/RES/48/113", kind: .gaResolution, relation: .recalls, text: "48/113", start: 0, end: 6)],
                diagnostics: [], byteCount: 10)
        }
        let graph = CitationGraph(documents: documents)
        #expect(graph.edges(to: "A/RES/48/113").count == 20_000)
        #expect(graph.nodes["A/RES/48/113"]?.isPresent == false)
    }

    @Test func versionOneIndexesGetCanonicalPathsAndTheAnchorsColumn() throws {
        let corpus = try Corpus()
        // A version-1 file: paths as typed, no node index, no anchors column.
        let queue = try DatabaseQueue(path: corpus.database)
        try queue.write { db in
            try db.execute(sql: "PRAGMA application_id = \(IndexSchema.applicationID)")
        }
        try IndexSchema.migrator.migrate(queue, upTo: "v1")
        // As typed by a user then: not canonical ("..", "."), which version 2 resolves.
        let relative = corpus.folder.path + "/texts/../texts/./A_RES_58_154.en.txt"
        try queue.write { db in
            try db.execute(sql: "INSERT INTO file (path, hash, size, node, language) VALUES (?, 'h', 1, 'A/RES/58/154', 'en')", arguments: [relative])
            try db.execute(sql: "INSERT INTO reference (path, node, target, kind, relation, text, start, \"end\") VALUES (?, 'A/RES/58/154', 'A/RES/48/113', 'ga-resolution', 'recalls', '48/113', 0, 6)", arguments: [relative])
        }
        try queue.close()
        let index = try CitationIndex(path: corpus.database)
        let paths = try index.database.read { try String.fetchAll($0, sql: "SELECT f.path FROM reference r JOIN file f ON f.id = r.file") }
        #expect(paths == [CanonicalPath.of(corpus.path("A_RES_58_154.en.txt"))])
        let columns = try index.database.read { try Row.fetchAll($0, sql: "PRAGMA table_info(reference)").map { $0["name"] as String } }
        #expect(columns.contains("anchors"))
    }

    /// Version 4 names each file's references by a range of ids. An index of version 3 whose
    /// references of two files are interleaved gets them renumbered file by file, in stored order,
    /// and deleting a file deletes exactly its range. A read-only open (a question) upgrades it too.
    @Test func versionFourGivesEachFileARangeOfReferences() throws {
        let corpus = try Corpus()
        let queue = try DatabaseQueue(path: corpus.database)
        try IndexSchema.migrator.migrate(queue, upTo: "v3")
        try queue.write { db in
            for (path, node) in [("/a.txt", "A/RES/1/1"), ("/b.txt", "A/RES/1/2")] {
                try db.execute(sql: "INSERT INTO file (path, hash, size, node, language) VALUES (?, 'h', 1, ?, 'en')", arguments: [path, node])
            }
            for (path, node, target) in [("/a.txt", "A/RES/1/1", "A/RES/9/1"), ("/b.txt", "A/RES/1/2", "A/RES/9/2"),
                                         ("/a.txt", "A/RES/1/1", "A/RES/9/3"), ("/b.txt", "A/RES/1/2", "A/RES/9/4"),
                                         ("/a.txt", "A/RES/1/1", "A/RES/9/5")] {
                try db.execute(sql: "INSERT INTO reference (path, node, target, kind, relation, text, start, \"end\") VALUES (?, ?, ?, 'ga-resolution', 'recalls', 't', 0, 1)",
                               arguments: [path, node, target])
            }
            // A file of many references: copied, they leave the old table's pages free.
            try db.execute(sql: "INSERT INTO file (path, hash, size, node, language) VALUES ('/c.txt', 'h', 1, 'A/RES/1/3', 'en')")
            for k in 0..<3_000 {
                try db.execute(sql: "INSERT INTO reference (path, node, target, kind, relation, text, start, \"end\") VALUES ('/c.txt', 'A/RES/1/3', ?, 'ga-resolution', 'notes', 'a longer text', 0, 1)",
                               arguments: ["A/RES/8/\(k)"])
            }
        }
        try queue.close()
        let reader = try CitationIndex(path: corpus.database, access: .readOnly)
        let ranges = try reader.database.read { db in
            try Row.fetchAll(db, sql: "SELECT path, firstReference, referenceCount FROM file ORDER BY rowid").map {
                "\($0["path"] as String) \($0["firstReference"] as Int) \($0["referenceCount"] as Int)"
            }
        }
        #expect(ranges == ["/a.txt 1 3", "/b.txt 4 2", "/c.txt 6 3000"])
        // The upgraded file was compacted: no page is left unused.
        #expect(try reader.database.read { try Int.fetchOne($0, sql: "PRAGMA freelist_count") } == 0)
        #expect(try reader.cited(by: "A/RES/1/1").map(\.node.id).sorted() == ["A/RES/9/1", "A/RES/9/3", "A/RES/9/5"])
        let rows = try CitationIndex(path: corpus.database).database.write { db -> [String] in
            try db.execute(sql: "DELETE FROM file WHERE path = '/a.txt'")
            return try String.fetchAll(db, sql: "SELECT target FROM reference ORDER BY id")
        }
        #expect(rows.prefix(2) == ["A/RES/9/2", "A/RES/9/4"] && rows.count == 3_002)
    }

    /// Version 5 numbers the files and has each reference name its file's number instead of
    /// its path: an index of version 4 keeps its files' order, its references' ids and ranges,
    /// and its diagnostics, whose rows still go with their file; the next run numbers on.
    @Test func versionFiveNamesEachReferencesFileByNumber() throws {
        let corpus = try Corpus()
        let queue = try DatabaseQueue(path: corpus.database)
        try IndexSchema.migrator.migrate(queue, upTo: "v4")
        try queue.write { db in
            for (path, node, first, count) in [("/b.txt", "A/RES/1/2", 1, 2), ("/a.txt", "A/RES/1/1", 3, 1)] {
                try db.execute(sql: "INSERT INTO file (path, hash, size, node, language, firstReference, referenceCount) VALUES (?, 'h', 1, ?, 'en', ?, ?)",
                               arguments: [path, node, first, count])
            }
            for (path, node, target) in [("/b.txt", "A/RES/1/2", "A/RES/9/1"), ("/b.txt", "A/RES/1/2", "A/RES/1/1"), ("/a.txt", "A/RES/1/1", "A/RES/9/1")] {
                try db.execute(sql: "INSERT INTO reference (path, node, target, kind, relation, text, start, \"end\") VALUES (?, ?, ?, 'ga-resolution', 'recalls', 't', 5, 6)",
                               arguments: [path, node, target])
            }
            try db.execute(sql: "INSERT INTO diagnostic (path, problem, offset, message) VALUES ('/b.txt', 'ibid-without-antecedent', 0, 'm')")
        }
        try queue.close()
        let reader = try CitationIndex(path: corpus.database, access: .readOnly)
        let (files, references) = try reader.database.read { db in
            (try Row.fetchAll(db, sql: "SELECT id, path, firstReference, referenceCount FROM file ORDER BY id").map {
                "\($0["id"] as Int) \($0["path"] as String) \($0["firstReference"] as Int)+\($0["referenceCount"] as Int)"
            },
             try Row.fetchAll(db, sql: "SELECT id, file, target FROM reference ORDER BY id").map { "\($0["id"] as Int) \($0["file"] as Int) \($0["target"] as String)" })
        }
        #expect(files == ["1 /b.txt 1+2", "2 /a.txt 3+1"])
        #expect(references == ["1 1 A/RES/9/1", "2 1 A/RES/1/1", "3 2 A/RES/9/1"])
        #expect(try reader.citers(of: "A/RES/9/1").map { "\($0.node.id) \($0.place?.source ?? "-")" } == ["A/RES/1/1 /a.txt", "A/RES/1/2 /b.txt"])
        let columns = try reader.database.read { try Row.fetchAll($0, sql: "PRAGMA table_info(reference)").map { $0["name"] as String } }
        #expect(!columns.contains("path"))
        let writer = try CitationIndex(path: corpus.database)
        let left = try writer.database.write { db -> [Int] in
            try db.execute(sql: "DELETE FROM file WHERE path = '/b.txt'")
            return [try Int.fetchOne(db, sql: "SELECT count(*) FROM reference") ?? -1, try Int.fetchOne(db, sql: "SELECT count(*) FROM diagnostic") ?? -1]
        }
        #expect(left == [1, 0])
        _ = try writer.index(paths: [corpus.path("A_RES_58_154.en.txt")])
        let numbers = try writer.database.read { try Row.fetchAll($0, sql: "SELECT id, firstReference, referenceCount FROM file ORDER BY id").map { [$0[0], $0[1], $0[2]] as [Int] } }
        #expect(numbers.map(\.[0]) == [2, 3])
        #expect(numbers[1][1] == 4 && numbers[1][2] > 0)
        let named = try writer.database.read { try Set(Int.fetchAll($0, sql: "SELECT DISTINCT file FROM reference WHERE id >= 4")) }
        #expect(named == [3])
    }

    @Test func footnoteAnchorsSurviveTheIndex() throws {
        let corpus = try Corpus()
        let file = corpus.texts.appendingPathComponent("repeat.txt")
        try "Having considered the report,1\n\t1. Having considered it again,1\n1 A/58/12.\n".write(to: file, atomically: true, encoding: .utf8)
        let index = try CitationIndex(path: corpus.database)
        _ = try index.index(paths: [file.path])
        let document = try #require(try index.graph().documents.values.first)
        #expect(document.references.count == 1)
        #expect(document.references[0].anchors?.count == 2)
    }
}

/// The same questions asked of the in-memory graph (no index) and of SQLite give the same answers.
struct OneAnswerPerQuestionTests {
    func both() throws -> (CitationGraph, CitationIndex) {
        let corpus = try Corpus()
        let index = try CitationIndex(path: corpus.database)
        _ = try index.index(paths: [corpus.texts.path])
        let documents = Extractor().extract(filesAt: Seeds.paths.map { corpus.path(($0 as NSString).lastPathComponent) }).compactMap { try? $0.get() }
        return (CitationGraph(documents: documents), index)
    }

    func summary(_ hits: [CitationHit]) -> [String] {
        hits.map { "\($0.node.id) \($0.relations.map(\.rawValue).joined(separator: ",")) \($0.depth) \($0.via)" }.sorted()
    }

    @Test(arguments: ["A/RES/48/113", "A/58/503", "UNTS 189/2545", "A/RES/58/154", "A/RES/59/170"])
    func citersAndCitedAgree(id: String) throws {
        let (graph, index) = try both()
        for relation in [nil, Relation.recalls, .notes] {
            #expect(summary(graph.citers(of: id, relation: relation)) == summary(try index.citers(of: id, relation: relation)), "\(id) \(String(describing: relation))")
            #expect(summary(graph.cited(by: id, relation: relation)) == summary(try index.cited(by: id, relation: relation)), "\(id) \(String(describing: relation))")
        }
        #expect(summary(graph.citers(of: id, depth: 2)) == summary(try index.citers(of: id, depth: 2)))
    }

    @Test func danglingAgrees() throws {
        let (graph, index) = try both()
        #expect(graph.dangling().map { "\($0.node.id) \($0.citingNodes)" } == (try index.dangling()).map { "\($0.node.id) \($0.citingNodes)" })
        // The kind and the first place each is cited, read from the table by the id the target index gives.
        let place = { (target: DanglingTarget) in "\(target.node.id) \(target.node.kind) \(target.firstSource) \(target.firstOffset) \(target.firstText)" }
        #expect(graph.dangling().map(place) == (try index.dangling()).map(place))
    }

    @Test func theEdgeCSVStreamedFromSQLIsTheGraphsByteForByte() throws {
        let (_, index) = try both()
        var streamed = ""
        try index.writeEdgeCSV { streamed += $0 }
        #expect(streamed == GraphExport.edgeCSV(try index.graph()))
        #expect(streamed.split(separator: "\n").count == 91)
    }

    /// GraphML and node-link JSON streamed from SQL equal those of the loaded graph, also once a
    /// file was indexed again (its rows are then the newest) and a node is cited by a file
    /// indexed before its own.
    @Test(arguments: [GraphPieceWriter.Format.graphML, .nodeLinkJSON])
    func theGraphStreamedFromSQLIsTheGraphsByteForByte(format: GraphPieceWriter.Format) throws {
        let corpus = try Corpus()
        let early = corpus.texts.appendingPathComponent("0-early.txt")
        try "Recalling its resolution 58/154 of 22 December 2003 and resolution 1325 (2000),\n".write(to: early, atomically: true, encoding: .utf8)
        let index = try CitationIndex(path: corpus.database)
        _ = try index.index(paths: [corpus.texts.path])
        let english = corpus.texts.appendingPathComponent("A_RES_58_154.en.txt")
        try (try String(contentsOf: english, encoding: .utf8) + "\nRecalling resolution 60/1,\n").write(to: english, atomically: true, encoding: .utf8)
        #expect(try index.index(paths: [corpus.texts.path]).indexed == 1)
        var streamed = ""
        try index.writeGraph(format) { streamed += $0 }
        let graph = try index.graph()
        #expect(streamed == (format == .graphML ? GraphExport.graphML(graph) : GraphExport.nodeLinkJSON(graph)))
        #expect(graph.nodes["A/RES/60/1"] != nil && graph.nodes["S/RES/1325(2000)"] != nil)
        #expect(streamed.contains("A/RES/60/1") && streamed.contains("S/RES/1325(2000)"))
    }

    @Test func checkAgreesOnTheSeeds() throws {
        let (graph, index) = try both()
        #expect(try index.check() == graph.check())
        #expect(try index.check().count == 1)
    }

    /// Texts made to show every problem check knows: duplicates, a symbol year against the
    /// adoption date, dates contradicting a text and each other, a footnote marker without body.
    @Test func checkAgreesOnEveryKindOfProblem() throws {
        let folder = try Scratch.folder("check")
        let texts: [String: String] = [
            "dup1.txt": "Resolution 773 (1992)\n\nAdopted by the Security Council at its 3108th meeting, on 26 August 1993\n\nThe Security Council,\nRecalling its resolution 687 (1991),\n",
            "dup2.txt": "Resolution 773 (1992)\n\nAdopted by the Security Council at its 3108th meeting, on 26 August 1993\n\nThe Security Council,\n",
            "own.txt": "Resolution adopted by the General Assembly on 20 December 1993\n48/113. Assistance\n\nThe General Assembly,\n",
            "d1.txt": "58/1. A\n\nRecalling resolution 48/113 of 20 December 1993,\nRecalling resolution 49/1 of 1 May 1994,\n",
            "d2.txt": "58/2. B\n\nRecalling resolution 48/113 of 21 December 1993,\nRecalling resolution 49/1 of 2 May 1994,\n1. Notes the report;1\n",
            "en.txt": "Resolution adopted by the General Assembly on 1 May 2004\n58/3. C\n\nRecalling resolution 48/113,\n",
            "fr.txt": "Résolution adoptée par l’Assemblée générale le 1er mai 2004\n58/3. C\n\nRappelant sa résolution 49/1,\n",
        ]
        for (name, text) in texts { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        let index = try CitationIndex(path: folder.appendingPathComponent("i.sqlite").path)
        _ = try index.index(paths: [folder.path])
        let streamed = try index.check()
        #expect(streamed == (try index.graph().check()))
        #expect(Set(streamed.map(\.problem)) == [.duplicateSymbol, .yearContradictsDate, .dateContradiction, .markerWithoutBody, .languageVersionsDisagree])
        #expect(try index.countFindings() == streamed.count)
        // Sorted on disk past the limit, the findings come out the same and in the same order.
        for limit in [0, 1, 3] {
            var spilled: [Finding] = []
            try index.check(holdingAtMost: limit) { spilled.append($0) }
            #expect(spilled == streamed, "limit \(limit)")
        }
    }

    /// A first run builds the indexes on its rows once they are in, and leaves foreign keys on:
    /// the next run's changed file takes its old references with it.
    @Test func aFirstRunBuildsItsIndexesAtTheEndAndLeavesForeignKeysOn() throws {
        let corpus = try Corpus()
        let index = try CitationIndex(path: corpus.database)
        _ = try index.index(paths: [corpus.texts.path])
        let names = try DatabaseQueue(path: corpus.database).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        }
        #expect(names == ["diagnostic_on_path", "file_on_node", "reference_on_target", "reference_rewritten", "reference_with_aliases"])
        try "58/901. Changed\n\nRecalling resolution 48/113,\n".write(toFile: corpus.path("A_RES_58_154.en.txt"), atomically: true, encoding: .utf8)
        _ = try index.index(paths: [corpus.texts.path])
        let left = try DatabaseQueue(path: corpus.database).read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM reference r JOIN file f ON f.id = r.file WHERE f.path LIKE '%A_RES_58_154.en.txt'")
        }
        #expect(left == 1)
    }

    /// Runs of several megabytes, read back a megabyte at a time: findings that a buffer
    /// boundary cuts, one longer than a buffer, and texts outside ASCII come back whole and in order.
    @Test func findingsSortedOnDiskComeBackWholeAcrossBufferBoundaries() throws {
        var generator = SystemRandomNumberGenerator()
        var findings: [Finding] = (0..<30_000).map { k in
            Finding(problem: Finding.Problem.allCases[k % Finding.Problem.allCases.count], source: "/corpus/f\(Int.random(in: 0..<900, using: &generator)).txt",
                    offset: k % 7 == 0 ? nil : Int.random(in: 0..<100_000, using: &generator), node: "A/RES/\(k)",
                    message: String(repeating: "résolution 决议 ", count: 1 + k % 13) + "\(k)")
        }
        findings.append(Finding(problem: .noSymbol, source: "/corpus/long.txt", offset: 5, node: "file:/corpus/long.txt",
                                message: String(repeating: "x", count: 3 << 20)))
        let sorter = FindingSorter(limit: 7_000)
        for finding in findings { try sorter.add(finding) }
        var sorted: [Finding] = []
        try sorter.forEachInOrder { sorted.append($0) }
        #expect(sorted.count == findings.count)
        #expect(sorted == findings.inReadingOrder())
    }

    /// A full disk and a failed write are said in words people can act on, naming where SQLite
    /// writes its temporary sort files; other errors are left as they are.
    @Test func aFullDiskIsExplainedWithTheTemporaryFolder() throws {
        let full = try #require(IndexError.explanation(of: DatabaseError(resultCode: .SQLITE_FULL)))
        #expect(full.hasPrefix("the disk is full: "))
        #expect(full.contains("set TMPDIR to a folder with room"))
        let write = try #require(IndexError.explanation(of: DatabaseError(resultCode: .SQLITE_IOERR_WRITE, message: "disk I/O error")))
        #expect(write == "a read or write of the index failed (disk I/O error); check the disk and the file")
        #expect(IndexError.explanation(of: DatabaseError(resultCode: .SQLITE_BUSY)) == nil)
        #expect(IndexError.explanation(of: CocoaError(.fileNoSuchFile)) == nil)
    }

    /// Findings spilled to disk are in a file with no name: while they are written and merged,
    /// nothing of them is in the temporary folder, so a `check` stopped by Ctrl-C or killed
    /// leaves nothing behind there (at a million documents they take gigabytes).
    @Test func spilledFindingsHaveNoNameInTheTemporaryFolder() throws {
        let findings = (0..<20_000).map { k in
            Finding(problem: .noSymbol, source: "/corpus/f\(k % 997).txt", offset: k, node: "file:/corpus/f\(k % 997).txt", message: "m\(k)")
        }
        let sorter = FindingSorter(limit: 2_000)
        for finding in findings { try sorter.add(finding) }
        let spill = try #require(sorter.spillFolder)
        #expect(!FileManager.default.fileExists(atPath: spill.path))
        var count = 0
        try sorter.forEachInOrder { _ in
            if count == 0 { #expect(!FileManager.default.fileExists(atPath: spill.path)) }
            count += 1
        }
        #expect(count == findings.count)
    }

    /// A reader that fails while spilled findings are merged on their own thread stops the
    /// merge: its error comes out, nothing hangs, and the sorter's temporary folder is gone.
    @Test(.timeLimit(.minutes(1))) func aFailingReaderStopsTheMergeAndItsErrorComesOut() throws {
        struct Stop: Error {}
        let findings = (0..<50_000).map { k in
            Finding(problem: .noSymbol, source: "/corpus/f\(k % 997).txt", offset: k, node: "file:/corpus/f\(k % 997).txt", message: "m\(k)")
        }
        var folder: URL?
        do {
            let sorter = FindingSorter(limit: 4_000)
            for finding in findings { try sorter.add(finding) }
            folder = sorter.spillFolder
            var seen = 0
            #expect(throws: Stop.self) {
                try sorter.forEachInOrder { _ in
                    seen += 1
                    if seen == 10_000 { throw Stop() }
                }
            }
            #expect(seen == 10_000)
        }
        let spill = try #require(folder)
        #expect(!FileManager.default.fileExists(atPath: spill.path))
        let expected = findings.inReadingOrder()
        let again = FindingSorter(limit: 4_000)
        for finding in findings { try again.add(finding) }
        var sorted: [Finding] = []
        try again.forEachInOrder { sorted.append($0) }
        #expect(sorted == expected)
    }

    @Test(arguments: ["48/113", "a/res/48/113", "48 / 113", "428", "217", "1995/313", "58/15", "S/RES/1325", "  "])
    func typedIDsMeanTheSameToBoth(typed: String) throws {
        let (graph, index) = try both()
        #expect(try graph.resolve(typed) == (try index.resolve(typed)), "\(typed)")
    }

    @Test func aBareNumberNamesAnEarlyResolution() throws {
        let (graph, _) = try both()
        #expect(try graph.resolve("428") == .found("A/RES/428(V)"))
        let council = CitationGraph(documents: ["S/RES/687(1991)", "A/RES/687(VII)", "S/RES/660(1990)"].map {
            ExtractedDocument(source: $0, symbol: $0, language: .english, date: nil, title: nil, references: [], diagnostics: [], byteCount: 0)
        })
        #expect(try council.resolve("660") == .found("S/RES/660(1990)"))
        #expect(try council.resolve("687") == .ambiguous(["S/RES/687(1991)", "A/RES/687(VII)"]))
        #expect(try council.resolve("S/RES/660") == .found("S/RES/660(1990)"))
    }
}

/// `check` tells duplicates and misread headers from language versions that disagree.
struct CheckFindingTests {
    func document(_ source: String, symbol: String, language: Language, date: String?, cites: [String]) -> ExtractedDocument {
        ExtractedDocument(
            source: source, symbol: symbol, language: language, date: date, title: nil,
            references: cites.map { Reference(target: $0, kind: .scResolution, relation: .recalls, text: $0, start: 0, end: 1) },
            diagnostics: [], byteCount: 1)
    }

    @Test func twoFilesOfOneLanguageClaimingOneSymbolAreDuplicates() {
        let graph = CitationGraph(documents: [
            document("a.txt", symbol: "S/RES/773(1992)", language: .english, date: "1992-08-26", cites: ["S/RES/687(1991)"]),
            document("b.txt", symbol: "S/RES/773(1992)", language: .english, date: "1992-08-26", cites: []),
        ])
        #expect(graph.check().map(\.message) == ["2 files claim S/RES/773(1992) in en: a.txt, b.txt"])
    }

    @Test func aSymbolYearThatIsNotTheAdoptionYearIsFlagged() {
        let graph = CitationGraph(documents: [document("c.txt", symbol: "S/RES/773(1992)", language: .english, date: "1993-08-26", cites: [])])
        #expect(graph.check().map(\.problem) == [.yearContradictsDate])
    }
}

/// Values this version does not know are errors that name them, never silent defaults.
struct UnknownValueTests {
    @Test func aRelationThisVersionDoesNotKnowIsATypedError() throws {
        let corpus = try Corpus()
        let index = try CitationIndex(path: corpus.database)
        _ = try index.index(paths: [corpus.texts.path])
        try DatabaseQueue(path: corpus.database).write { db in
            try db.execute(sql: "UPDATE reference SET relation = 'ponders' WHERE target = 'A/RES/48/113'")
        }
        // The walk and `show` read the node asked about relation by relation, and the web view's
        // first citers name every relation: they also read the relations between and around them.
        for question in [{ _ = try index.graph() }, { _ = try index.citers(of: "A/RES/48/113") },
                         { _ = try index.citers(of: "A/RES/48/113", depth: 3) }, { _ = try index.firstCiters(of: "A/RES/48/113", limit: 5) },
                         { _ = try index.star(of: "A/RES/48/113") }, { _ = try index.star(of: "A/RES/48/113", limit: 1) },
                         { _ = try index.citingCounts(of: "A/RES/48/113") }] {
            #expect {
                try question()
            } throws: { error in
                (error as? IndexError)?.kind == .unknownValue && "\(error)".contains(#"reference.relation "ponders""#)
            }
        }
    }
}
