import Foundation
import GRDB
import ResGraphExtractor
import ResGraphReader
import ResGraphGraph
import ResGraphIndex
import ResGraphTestSupport
import Testing

/// A scratch folder with copies of the seeds and an index file beside them.
struct Corpus {
    let folder: URL
    var database: String { folder.appendingPathComponent("index.sqlite").path }
    var texts: URL { folder.appendingPathComponent("texts") }

    init() throws {
        folder = try Scratch.folder("index")
        try Seeds.copy(into: texts)
    }

    func path(_ name: String) -> String { texts.appendingPathComponent(name).path }

    /// An index of the seeds, at ``database``.
    func indexedSeeds() throws -> CitationIndex {
        let index = try CitationIndex(path: database)
        _ = try index.index(paths: [texts.path])
        return index
    }
}

struct IndexTests {
    @Test func indexesTheSeedsAsOneNodePerResolution() throws {
        let corpus = try Corpus()
        let index = try CitationIndex(path: corpus.database)
        let summary = try index.index(paths: [corpus.texts.path])
        #expect(summary.indexed == 5)
        #expect(summary.failures.isEmpty)
        let graph = try index.graph()
        let node = try #require(graph.nodes["A/RES/58/154"])
        #expect(node.languages == [.english, .french, .chinese])
        #expect(node.sources.count == 3)
        #expect(graph.nodes["A/RES/48/113"]?.isPresent == false)
        #expect(graph.nodes["A/RES/48/113"]?.citedDates["1993-12-20"]?.count == 3)
    }

    @Test func recalledByAnswersFromTheIndex() throws {
        let corpus = try Corpus()
        let index = try CitationIndex(path: corpus.database)
        _ = try index.index(paths: [corpus.texts.path])
        let hits = try index.citers(of: "A/RES/48/113", relation: .recalls)
        #expect(hits.map(\.node.id) == ["A/RES/58/154"])
        #expect(hits.first?.node.languages == [.english, .french, .chinese])
        #expect(try index.citers(of: "UNTS 189/2545").map(\.node.id) == ["A/RES/58/154", "A/RES/59/170"])
        #expect(try index.citers(of: "UNTS 189/2545", relation: .reaffirms).map(\.node.id) == ["A/RES/59/170"])
        #expect(try index.cited(by: "A/RES/59/170", relation: .recalls).map(\.node.id) == ["A/RES/58/153", "A/RES/58/270"])
    }

    @Test func recallChainsFollowDepth() throws {
        let corpus = try Corpus()
        try "58/300. Later\n\nRecalling its resolution 58/154,\n".write(toFile: corpus.path("later.txt"), atomically: true, encoding: .utf8)
        let index = try CitationIndex(path: corpus.database)
        _ = try index.index(paths: [corpus.texts.path])
        let hits = try index.citers(of: "A/RES/48/113", relation: .recalls, depth: 2)
        #expect(hits.map(\.node.id) == ["A/RES/58/154", "A/RES/58/300"])
        #expect(hits.map(\.depth) == [1, 2])
    }

    @Test func unchangedFilesAreSkippedAndChangedOnesReplaced() throws {
        let corpus = try Corpus()
        let index = try CitationIndex(path: corpus.database)
        _ = try index.index(paths: [corpus.texts.path])
        let again = try index.index(paths: [corpus.texts.path])
        #expect(again.indexed == 0)
        #expect(again.unchanged == 5)
        try "58/154. Changed\n\nRecalling its resolution 40/1,\n".write(toFile: corpus.path("A_RES_58_154.en.txt"), atomically: true, encoding: .utf8)
        let changed = try index.index(paths: [corpus.texts.path])
        #expect(changed.indexed == 1)
        #expect(try index.citers(of: "A/RES/40/1").map(\.node.id) == ["A/RES/58/154"])
        #expect(try index.citers(of: "A/RES/48/113").first?.node.languages == [.french, .chinese])
    }

    /// An index made by an earlier resgraph holds what its reading made of each file; a run of
    /// this one, which may read the same bytes otherwise, reads every file again once, even
    /// unchanged, and stamps the index with its own version.
    @Test func anIndexMadeByAnotherExtractionIsReadAgainWhole() throws {
        let corpus = try Corpus()
        let index = try CitationIndex(path: corpus.database)
        let first = try index.index(paths: [corpus.texts.path])
        #expect(first.indexed == 5 && first.earlierExtraction == nil)
        let database = try DatabaseQueue(path: corpus.database)
        func version() throws -> Int? { try database.read { try Int.fetchOne($0, sql: "PRAGMA user_version") } }
        func titles() throws -> Set<String> { try database.read { Set(try String.fetchAll($0, sql: "SELECT coalesce(title, '') FROM file")) } }
        #expect(try version() == ExtractionVersion.current)
        let made = try titles()
        // What another version made of the files, as far as this test can tell: other titles.
        try database.write { try $0.execute(sql: "UPDATE file SET title = 'made otherwise'") }

        let sameVersion = try index.index(paths: [corpus.texts.path])
        #expect(sameVersion.indexed == 0 && sameVersion.unchanged == 5 && sameVersion.earlierExtraction == nil)
        #expect(try titles() == ["made otherwise"])

        try database.writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = \(ExtractionVersion.current + 1)") }
        let otherVersion = try index.index(paths: [corpus.texts.path])
        #expect(otherVersion.indexed == 5 && otherVersion.unchanged == 0 && otherVersion.earlierExtraction == ExtractionVersion.current + 1)
        #expect(try titles() == made)
        #expect(try version() == ExtractionVersion.current)
        #expect(try index.citers(of: "A/RES/48/113").first?.node.languages == [.english, .french, .chinese])
        #expect(try index.index(paths: [corpus.texts.path]).unchanged == 5)
    }

    @Test func pruneDropsFilesThatAreGone() throws {
        let corpus = try Corpus()
        let index = try CitationIndex(path: corpus.database)
        _ = try index.index(paths: [corpus.texts.path])
        try FileManager.default.removeItem(atPath: corpus.path("A_RES_58_208.zh.md"))
        #expect(try index.index(paths: [corpus.texts.path]).pruned == 0)
        #expect(try index.fileCount() == 5)
        #expect(try index.index(paths: [corpus.texts.path], prune: true).pruned == 1)
        #expect(try index.fileCount() == 4)
        #expect(try index.citers(of: "E/DEC/1995/313").isEmpty)
    }

    @Test func eachFilesOutcomeIsReportedInTheWalksOrderAcrossBatches() throws {
        let corpus = try Corpus()
        for number in 0..<1_100 {
            try "Recalling resolution 48/\(number + 1),\n".write(toFile: corpus.path(String(format: "n%04d.txt", number)), atomically: true, encoding: .utf8)
        }
        try Data([0x41, 0xFF, 0x42]).write(to: URL(fileURLWithPath: corpus.path("n0500-broken.txt")))
        let walkOrder = CorpusWalk(paths: [corpus.texts.path]).files.map(\.canonicalPath)
        #expect(walkOrder.count == 1_106)
        let index = try CitationIndex(path: corpus.database)
        var outcomes: [(String, FileOutcome)] = []
        let first = try index.index(paths: [corpus.texts.path], outcome: { outcomes.append(($0, $1)) })
        #expect(outcomes.map(\.0) == walkOrder)
        #expect(outcomes.filter { $0.1 == .failed }.map(\.0) == [CanonicalPath.of(corpus.path("n0500-broken.txt"))])
        #expect(outcomes.filter { $0.1 == .indexed }.count == 1_105)
        #expect(first.indexed == 1_105 && first.failures.count == 1)
        try FileManager.default.removeItem(atPath: corpus.path("n1099.txt"))
        outcomes = []
        let again = try index.index(paths: [corpus.texts.path], prune: true, outcome: { outcomes.append(($0, $1)) })
        #expect(outcomes.map(\.0) == walkOrder.filter { !$0.hasSuffix("n1099.txt") })
        #expect(outcomes.filter { $0.1 == .unchanged }.count == 1_104)
        #expect(again.pruned == 1 && again.unchanged == 1_104)
        #expect(try index.citers(of: "A/RES/48/1100").isEmpty)
        #expect(try index.citers(of: "A/RES/48/1099").map(\.node.id).count == 1)
    }

    /// A document's references and diagnostics go in as few statements as can hold them: each
    /// count around a statement's size must store every row, in order (references in the range
    /// their file names).
    @Test func everyReferenceIsStoredInOrderWhateverTheirNumber() throws {
        let corpus = try Corpus()
        // The most rows the writer puts in one statement (`StoringStatements.mostReferencesPerInsert`
        // and `mostDiagnosticsPerInsert`).
        let most = 64, mostDiagnostics = 16
        let counts = [0, 1, 2, most - 1, most, most + 1, 2 * most + 1, 200]
        // Each footnote that says Ibid. with nothing before it makes two diagnostics, and the
        // reader adds one (no symbol): 3, 1, 15, 17, 33, 49, 5 and 7 diagnostics (an empty
        // file would not be read).
        let footnotes = [1, 0, mostDiagnostics / 2 - 1, mostDiagnostics / 2, mostDiagnostics, mostDiagnostics * 3 / 2, 2, 3]
        func text(_ count: Int, session: Int) -> String {
            let notes = footnotes[counts.firstIndex(of: count)!]
            return (0..<count).map { "Recalling resolution \(session)/\($0 + 1);\n" }.joined()
                + (0..<notes).map { "Noting the report,\($0 + 1)\n" }.joined()
                + (0..<notes).map { "\($0 + 1) Ibid., vol. 606, No. 8791.\n" }.joined()
        }
        for count in counts { try text(count, session: 40).write(toFile: corpus.path("n\(count).txt"), atomically: true, encoding: .utf8) }
        let index = try CitationIndex(path: corpus.database)
        _ = try index.index(paths: [corpus.texts.path])
        try text(most + 1, session: 41).write(toFile: corpus.path("n\(most + 1).txt"), atomically: true, encoding: .utf8)
        #expect(try index.index(paths: [corpus.texts.path]).indexed == 1)
        let database = try DatabaseQueue(path: corpus.database)
        for count in counts {
            let path = CanonicalPath.of(corpus.path("n\(count).txt"))
            let extracted = try Extractor().extract(text: String(contentsOfFile: path, encoding: .utf8), source: path)
            #expect(extracted.references.count == count)
            try database.read { db in
                let file = try #require(try Row.fetchOne(db, sql: "SELECT id, firstReference, referenceCount FROM file WHERE path = ?", arguments: [path]))
                let first: Int = file["firstReference"], held: Int = file["referenceCount"]
                #expect(held == count)
                let inRange = try Row.fetchAll(db, sql: "SELECT target, relation, start, \"end\" FROM reference WHERE id >= ? AND id < ? ORDER BY id",
                                               arguments: [first, first + held])
                #expect(inRange.map { "\($0["target"] as String) \($0["relation"] as String) \($0["start"] as Int)-\($0["end"] as Int)" }
                    == extracted.references.map { "\($0.target) \($0.relation.rawValue) \($0.start)-\($0.end)" })
                #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM reference WHERE file = ?", arguments: [file["id"]]) == count)
                let stored = try Row.fetchAll(db, sql: "SELECT problem, offset, message FROM diagnostic WHERE path = ? ORDER BY rowid", arguments: [path])
                let rows = stored.map { "\($0["problem"] as String) \($0["offset"] as Int) \($0["message"] as String)" }
                // The reader adds that the file states no symbol.
                #expect(rows.dropLast() == extracted.diagnostics.map { "\($0.problem.rawValue) \($0.offset) \($0.message)" })
                let notes = footnotes[counts.firstIndex(of: count)!]
                #expect(stored.map { $0["problem"] as String } == Array(repeating: "ibid-without-antecedent", count: 2 * notes) + ["no-symbol"])
            }
        }
    }

    @Test func aNewIndexHasLargePagesAndAnOldOneKeepsItsOwn() throws {
        let corpus = try Corpus()
        _ = try CitationIndex(path: corpus.database).index(paths: [corpus.texts.path])
        let older = corpus.folder.appendingPathComponent("older.sqlite").path
        try DatabaseQueue(path: older).writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA page_size = 4096; CREATE TABLE x (a); DROP TABLE x")
        }
        let index = try CitationIndex(path: older)
        #expect(try index.index(paths: [corpus.texts.path]).indexed == 5)
        func pageSize(_ path: String) throws -> Int? { try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "PRAGMA page_size") } }
        #expect(try pageSize(corpus.database) == 16_384)
        #expect(try pageSize(older) == 4_096)
    }

    @Test func badFilesAreReportedAndTheRestIndexed() throws {
        let corpus = try Corpus()
        try Data([0x41, 0xFF, 0x42]).write(to: URL(fileURLWithPath: corpus.path("broken.txt")))
        let index = try CitationIndex(path: corpus.database)
        let summary = try index.index(paths: [corpus.texts.path])
        #expect(summary.indexed == 5)
        #expect(summary.failures.map(\.path) == [corpus.path("broken.txt")])
    }

    @Test func aFailedRunLeavesThePreviousIndexIntact() throws {
        let corpus = try Corpus()
        let index = try CitationIndex(path: corpus.database)
        _ = try index.index(paths: [corpus.texts.path])
        try "58/154. Changed\n\nRecalling its resolution 40/1,\n".write(toFile: corpus.path("A_RES_58_154.en.txt"), atomically: true, encoding: .utf8)
        // The run fails as it stores the changed file, its old rows deleted and its references in
        // (a run waits for another run's lock rather than fail on it: a failure is made here).
        let saboteur = try DatabaseQueue(path: corpus.database)
        try saboteur.write { try $0.execute(sql: "CREATE TRIGGER sabotage AFTER INSERT ON file BEGIN SELECT RAISE(ABORT, 'stopped on purpose'); END") }
        #expect(throws: (any Error).self) { try index.index(paths: [corpus.texts.path]) }
        try saboteur.write { try $0.execute(sql: "DROP TRIGGER sabotage") }
        try saboteur.close()
        #expect(try index.citers(of: "A/RES/40/1").isEmpty)
        #expect(try index.citers(of: "A/RES/48/113").first?.node.languages == [.english, .french, .chinese])
    }

    @Test func foreignAndCorruptDatabasesAreRefused() throws {
        let corpus = try Corpus()
        let foreign = corpus.folder.appendingPathComponent("other.sqlite").path
        try DatabaseQueue(path: foreign).write { try $0.execute(sql: "CREATE TABLE people (name TEXT)") }
        let error = try #require(throws: IndexError.self) { try CitationIndex(path: foreign) }
        #expect(error.description.contains("another application"))
        let garbage = corpus.folder.appendingPathComponent("garbage.sqlite").path
        try Data(repeating: 0x42, count: 4096).write(to: URL(fileURLWithPath: garbage))
        let corrupt = try #require(throws: IndexError.self) { try CitationIndex(path: garbage) }
        #expect(corrupt.description.contains("not a resgraph index"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: garbage)) == Data(repeating: 0x42, count: 4096))
    }

    /// An index a newer version wrote (its schema has a step this version lacks) is neither
    /// questioned nor written: it would fail on a column, or lose what the newer version keeps.
    @Test func anIndexOfANewerVersionIsRefusedAndLeftAsItWas() throws {
        let corpus = try Corpus()
        _ = try CitationIndex(path: corpus.database).index(paths: [corpus.texts.path])
        try DatabaseQueue(path: corpus.database).write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99')") }
        let before = try Data(contentsOf: URL(fileURLWithPath: corpus.database))
        for access in [CitationIndex.Access.readOnly, .readWrite] {
            let error = try #require(throws: IndexError.self) { try CitationIndex(path: corpus.database, access: access) }
            #expect(error.description == "\(corpus.database): was written by a newer version of resgraph, whose tables this one does not know; use that version, or index into another --db")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: corpus.database)) == before)
    }

    @Test func danglingListsWhatTheCorpusLacksMostCitedFirst() throws {
        let corpus = try Corpus()
        let index = try CitationIndex(path: corpus.database)
        _ = try index.index(paths: [corpus.texts.path])
        let treaties = try index.dangling(kinds: [.treaty])
        #expect(treaties.map(\.node.id) == ["UNTS 189/2545", "UNTS 606/8791", "UNTS 360/5158", "UNTS 989/14458"])
        #expect(treaties.map(\.citingNodes) == [2, 2, 1, 1])
        #expect(try index.dangling().contains { $0.node.id == "A/RES/58/154" } == false)
    }

    @Test func nearestIDsSuggestWhatPeopleMeant() throws {
        let corpus = try Corpus()
        let index = try CitationIndex(path: corpus.database)
        _ = try index.index(paths: [corpus.texts.path])
        #expect(try index.knows("A/RES/48/114") == false)
        #expect(try index.nearestIDs(to: "A/RES/48/114", limit: 1) == ["A/RES/48/113"])
    }

    @Test func aNeighbourhoodWithinItsLimitIsTheOneAGraphAroundTheFocusGives() throws {
        let index = try Corpus().indexedSeeds()
        for focus in ["A/RES/58/154", "A/RES/48/113", "UNTS 189/2545"] {
            for depth in 1...3 {
                let whole = try index.graph(around: focus, depth: depth)
                for direction in Direction.allCases {
                    let (part, isCut) = try index.neighbourhood(around: focus, depth: depth, direction: direction, limit: 10_000)
                    #expect(!isCut)
                    let reached = whole.neighbourhood(of: focus, depth: depth, direction: direction)
                    #expect(part.neighbourhood(of: focus, depth: depth, direction: direction) == reached, "\(focus) \(depth) \(direction)")
                    #expect(part.subgraph(reached).edges.count == whole.subgraph(reached).edges.count, "\(focus) \(depth) \(direction)")
                }
            }
        }
    }

    @Test func aStarHasTheNodeAndTheEdgesOfTheGraphAroundIt() throws {
        let index = try Corpus().indexedSeeds()
        let ids = try index.graph().nodes.keys.sorted()
        #expect(ids.count > 20)
        var citedDates = 0
        for id in ids {
            let star = try index.star(of: id), around = try index.graph(around: id, depth: 1)
            #expect(star.node == around.nodes[id], "\(id)")
            #expect(star.outgoing == around.edges(from: id), "\(id)")
            #expect(star.incoming == around.edges(to: id), "\(id)")
            #expect(around.edgeCount(to: id) == star.incoming.count, "\(id)")
            citedDates += star.node?.citedDates.count ?? 0
        }
        // The citers' dates are the node's too: the star gathers them from the references to it.
        #expect(citedDates > 0)
        #expect(try index.star(of: "UNTS 189/2545").incoming.count >= 2)
        #expect(try index.graph(around: "UNTS 189/2545", depth: 1).edgeCount(to: "UNTS 189/2545") >= 2)
        let nowhere = try index.star(of: "A/RES/99/999")
        #expect(nowhere.node == nil && nowhere.outgoing.isEmpty && nowhere.incoming.isEmpty)
    }

    /// A star with a limit keeps the first edges arriving, whole, and counts them all: for every
    /// node of the seeds and every limit, and for a resolution that forty others cite in two
    /// languages each, their files read in the reverse of the citers' order and each citer's two
    /// files far apart, so that edges kept at first are dropped later.
    @Test func aLimitedStarKeepsTheFirstEdgesWholeAndCountsTheRest() throws {
        func expectPrefixes(of index: CitationIndex, _ id: String) throws {
            let whole = try index.star(of: id)
            for limit in 1...(whole.incoming.count + 1) {
                let part = try index.star(of: id, limit: limit)
                #expect(part.incoming == Array(whole.incoming.prefix(limit)), "\(id) \(limit)")
                #expect(part.incomingCount == whole.incoming.count && part.node == whole.node && part.outgoing == whole.outgoing, "\(id) \(limit)")
            }
        }
        let seeds = try Corpus().indexedSeeds()
        for id in try seeds.graph().nodes.keys.sorted() { try expectPrefixes(of: seeds, id) }

        let folder = try Scratch.folder("limited-star")
        try "70/1. Resolution 1\n\nNoting the report,\n".write(to: folder.appendingPathComponent("m.txt"), atomically: true, encoding: .utf8)
        for number in 100..<140 {
            let english = "70/\(number). Resolution \(number)\n\nRecalling its resolution 70/1,\n"
            let french = "70/\(number). Résolution \(number)\n\nRappelant sa résolution 70/1,\n"
            try english.write(to: folder.appendingPathComponent("a\(999 - number).txt"), atomically: true, encoding: .utf8)
            try french.write(to: folder.appendingPathComponent("z\(999 - number).txt"), atomically: true, encoding: .utf8)
        }
        let index = try CitationIndex(path: folder.appendingPathComponent("index.sqlite").path)
        _ = try index.index(paths: [folder.path])
        let whole = try index.star(of: "A/RES/70/1")
        #expect(whole.incoming.map(\.from) == (100..<140).map { "A/RES/70/\($0)" })
        #expect(whole.incoming.allSatisfy { $0.provenance.count == 2 && $0.relation == .recalls })
        try expectPrefixes(of: index, "A/RES/70/1")
    }

    /// Handed on as it is read, a star gives its node and the edges leaving it first, then the
    /// edges arriving one at a time, as ``CitationIndex/star(of:limit:)`` lists them; an error
    /// thrown by the one who takes them stops the read there.
    @Test func aStarHandsItsEdgesOnOneAtATime() throws {
        struct Enough: Error {}
        let index = try Corpus().indexedSeeds()
        let id = "UNTS 189/2545"
        let whole = try index.star(of: id)
        #expect(whole.incoming.count >= 2)
        var events: [String] = []
        let count = try index.star(of: id) { node, outgoing in
            events.append("head \(node?.id ?? "-") \(outgoing.count)")
        } arriving: { events.append($0.from) }
        #expect(count == whole.incoming.count)
        #expect(events == ["head \(id) \(whole.outgoing.count)"] + whole.incoming.map(\.from))

        var taken = 0
        #expect(throws: Enough.self) {
            _ = try index.star(of: id, head: { _, _ in }, arriving: { _ in
                taken += 1
                throw Enough()
            })
        }
        #expect(taken == 1)
        let nowhere = try index.star(of: "A/RES/99/999") { node, outgoing in
            #expect(node == nil && outgoing.isEmpty)
        } arriving: { _ in Issue.record("no edge arrives at an id nobody cites") }
        #expect(nowhere == 0)
    }

    /// The counts of citing documents, read from the target index alone, are those of a walk of
    /// the citers: for every id of the seeds, and for one that documents cite under two
    /// relations, some of them under both.
    @Test func citingCountsAreThoseOfTheWalk() throws {
        func expectCountsOfTheWalk(_ index: CitationIndex, _ id: String) throws {
            let hits = try index.citers(of: id)
            var byRelation: [Relation: Int] = [:]
            for hit in hits { for relation in hit.relations { byRelation[relation, default: 0] += 1 } }
            #expect(try index.citingCounts(of: id) == CitingCounts(documents: hits.count, byRelation: byRelation), "\(id)")
        }
        let seeds = try Corpus().indexedSeeds()
        for id in try seeds.graph().nodes.keys.sorted() { try expectCountsOfTheWalk(seeds, id) }
        #expect(try seeds.citingCounts(of: "A/RES/48/113") == CitingCounts(documents: 1, byRelation: [.recalls: 1]))

        let folder = try Scratch.folder("citing-counts")
        for number in 100..<106 {
            let clauses = number % 3 == 0 ? "Recalling its resolution 70/1,\n\nReaffirming its resolution 70/1,\n"
                : number % 3 == 1 ? "Recalling its resolution 70/1,\n" : "Reaffirming its resolution 70/1,\n"
            try "70/\(number). Resolution \(number)\n\n\(clauses)".write(to: folder.appendingPathComponent("r\(number).txt"), atomically: true, encoding: .utf8)
        }
        let index = try CitationIndex(path: folder.appendingPathComponent("index.sqlite").path)
        _ = try index.index(paths: [folder.path])
        #expect(try index.citingCounts(of: "A/RES/70/1") == CitingCounts(documents: 6, byRelation: [.recalls: 4, .reaffirms: 4]))
        try expectCountsOfTheWalk(index, "A/RES/70/1")
        #expect(try index.citingCounts(of: "A/RES/99/999") == CitingCounts(documents: 0, byRelation: [:]))
    }

    @Test func aNeighbourhoodPastItsLimitKeepsTheNodesLinkedMostToTheFocusIdsInOrder() throws {
        let index = try Corpus().indexedSeeds()
        let focus = "A/RES/58/154"
        let whole = try index.graph(around: focus, depth: 1)
        let neighbours = Set(whole.edges(from: focus).map(\.to) + whole.edges(to: focus).map(\.from)).subtracting([focus]).sorted()
        #expect(neighbours.count > 3)
        let (part, isCut) = try index.neighbourhood(around: focus, depth: 2, direction: .both, limit: 3)
        #expect(isCut)
        // One step from the focus, each neighbour is linked once: the first two ids are kept.
        let documents = Set(part.nodes.values.filter(\.isPresent).map(\.id))
        #expect(documents.isSubset(of: Set([focus] + neighbours.prefix(2))))
        #expect(documents.contains(focus))
        #expect(part.neighbourhood(of: focus, depth: 1, direction: .both).isSubset(of: Set([focus] + neighbours)))
    }

    @Test func theFirstCitersAreTheFirstOfAllCitersAsTheyAreListed() throws {
        let index = try Corpus().indexedSeeds()
        for target in ["UNTS 189/2545", "A/RES/48/113", "A/RES/58/154"] {
            let all = try index.citers(of: target)
            for limit in 1...(all.count + 1) {
                #expect(try index.firstCiters(of: target, limit: limit) == Array(all.prefix(limit)), "\(target) \(limit)")
            }
        }
        #expect(try index.citers(of: "UNTS 189/2545").count >= 2)
    }

    @Test func idsWithAPrefixAreTheFirstOfDocumentsAndCitedIDsTogether() throws {
        let corpus = try Corpus()
        let index = try CitationIndex(path: corpus.database)
        _ = try index.index(paths: [corpus.texts.path])
        let tables = try DatabaseQueue(path: corpus.database)
        let known = try tables.read { db in
            try String.fetchAll(db, sql: "SELECT node FROM file UNION SELECT target FROM reference ORDER BY 1")
        }
        for prefix in ["A/RES/", "A/RES/5", "A/", "UNTS", "Sales No.", ""] {
            let all = known.filter { $0.hasPrefix(prefix) }
            #expect(all.count >= 2, "\(prefix)")
            for limit in 1...(all.count + 1) {
                #expect(try index.ids(startingWith: prefix, limit: limit) == Array(all.prefix(limit)), "\(prefix) \(limit)")
            }
        }
        // Under "A/RES/" stand both documents and ids only cited: both sides of the union are tried.
        let documents = Set(try tables.read { db in try String.fetchAll(db, sql: "SELECT node FROM file") })
        let first = known.filter { $0.hasPrefix("A/RES/") }
        #expect(first.contains { documents.contains($0) } && first.contains { !documents.contains($0) })
    }
}

struct GraphTests {
    func seedGraph() throws -> CitationGraph {
        CitationGraph(documents: try Extractor().extract(filesAt: Seeds.paths).map { try $0.get() })
    }

    @Test func checkFindsTheFrenchVersionLackingTheCommitteeReport() throws {
        let findings = try seedGraph().check()
        #expect(findings.count == 1)
        #expect(findings.first?.problem == .languageVersionsDisagree)
        #expect(findings.first?.source.hasSuffix("A_RES_58_154.fr.txt") == true)
        #expect(findings.first?.message.contains("A/58/503") == true)
    }

    @Test func checkFindsContradictingDatesAndFootnoteProblems() throws {
        let a = try Extractor().extract(text: "58/1. A\n\nRecalling resolution 48/113 of 20 December 1993,\n", source: "a.txt")
        let b = try Extractor().extract(text: "58/2. B\n\nRecalling resolution 48/113 of 21 December 1993,\n1. Notes the report;1\n", source: "b.txt")
        let findings = CitationGraph(documents: [a, b]).check()
        #expect(findings.map(\.problem) == [.dateContradiction, .dateContradiction, .markerWithoutBody])
    }

    @Test func idsAreAcceptedAsPeopleTypeThem() {
        #expect(CanonicalID.parse("48/113") == "A/RES/48/113")
        #expect(CanonicalID.parse("resolution 48/113") == "A/RES/48/113")
        #expect(CanonicalID.parse("A/RES/48/113") == "A/RES/48/113")
        #expect(CanonicalID.parse("1325 (2000)") == "S/RES/1325(2000)")
        #expect(CanonicalID.parse("S/RES/1325 (2000)") == "S/RES/1325(2000)")
        #expect(CanonicalID.parse("217 A (III)") == "A/RES/217A(III)")
        #expect(CanonicalID.parse("UNTS 189/2545") == "UNTS 189/2545")
        #expect(CanonicalID.parse("A/58/281") == "A/58/281")
    }

    @Test func exportsCarryNodesEdgesAndProvenance() throws {
        let graph = try seedGraph()
        let csv = GraphExport.edgeCSV(graph)
        #expect(csv.hasPrefix("source,target,relation,file,language,start,end,text\n"))
        #expect(csv.contains("A/RES/58/154,A/RES/48/113,recalls,"))
        let graphML = GraphExport.graphML(graph)
        #expect(graphML.contains("<node id=\"A/RES/58/154\">"))
        #expect(GraphExport.nodeLinkJSON(graph).contains("\"id\":\"UNTS 189/2545\""))
    }
}
