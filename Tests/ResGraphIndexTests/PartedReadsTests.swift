import Foundation
import GRDB
import ResGraphBenchmarkSupport
@testable import ResGraphIndex
import ResGraphReader
import Testing

/// Questions answered in parts, each in a read of its own on every core (``PartedReads``): the
/// same answers as in one read, of one state of the index even when a run commits between two
/// parts.
struct PartedReadsTests {
    /// The seeds and 240 documents of one to three files each, dated 2000–2005 or not, citing
    /// ids from a pool of 40 under four relations; nodes spelled so that the ranges cut between
    /// files of one node if they cut by file.
    static func corpus() throws -> (corpus: Corpus, index: CitationIndex, files: Int) {
        let corpus = try Corpus()
        let index = try corpus.indexedSeeds()
        var random = SeededGenerator(state: 2_026)
        func below(_ bound: Int) -> Int { Int.random(in: 0..<bound, using: &random) }
        var stored = 5
        let relations = ["recalls", "notes", "reaffirms", "cites"]
        try index.database.write { db in
            for document in 0..<240 {
                let node = document % 3 == 0 ? "A/RES/\(50 + document % 7)/\(document)" : "S/RES/\(document)(19\(60 + document % 40))"
                let files = (0...below(3)).map { version -> (path: String, date: String?, references: [(String, String)]) in
                    let date = below(8) == 0 ? nil : "200\(below(6))-0\(1 + below(9))-1\(below(9))"
                    let references = (0..<below(9)).map { _ in
                        ("A/RES/48/\(100 + below(40))", relations[below(relations.count)])
                    }
                    return ("/parted/\(document).\(version).txt", date, references)
                }
                try IndexStatisticsTests.add(node: node, files: files, to: db)
                stored += files.count
            }
            try KeptTotals.startGeneration(in: db)
        }
        return (corpus, index, stored)
    }

    /// Reads in parts: each in its own read, on `workers` threads, every file a part if it must.
    static func separate(workers: Int, afterPart: (@Sendable (Int) -> Void)? = nil) -> PartedReads {
        PartedReads(mode: .separateReads(workers: workers), fewestFilesPerPart: 1, afterPart: afterPart)
    }

    static func rows(_ years: [CitationsInYear]) -> [String] {
        years.map { "\($0.year) \($0.relation) \($0.citations)" }
    }

    @Test(arguments: [1, 2, 3])
    func theStatisticsInPartsAreThoseOfOneRead(workers: Int) throws {
        let (_, index, files) = try Self.corpus()
        let whole = try index.statistics(top: 50, countingPerYear: true, reads: PartedReads(mode: .oneRead))
        #expect(whole.perYear.count >= 20 && whole.totals.files == files && files > 400)
        let parted = try index.statistics(top: 50, countingPerYear: true, reads: Self.separate(workers: workers))
        #expect(parted.json == whole.json)
        let without = try index.statistics(top: 50, countingPerYear: false, reads: Self.separate(workers: workers))
        #expect(without.perYear.isEmpty && without.mostCited.map(\.id) == whole.mostCited.map(\.id))
    }

    /// The ranges hold every file once, a node's files together, in increasing order; as many
    /// as asked where there are files enough, fewer where there are not, one for an empty index.
    @Test func theRangesHoldEveryFileOnceAndANodesFilesTogether() throws {
        let (_, index, files) = try Self.corpus()
        try index.database.read { db in
            let ranges = try CitationsPerYear.ranges(parts: 8, fewestFiles: 1, in: db)
            #expect(ranges.count >= 6 && ranges.count <= 8)
            #expect(ranges.first?.from == nil && ranges.last?.below == nil)
            for (before, after) in zip(ranges, ranges.dropFirst()) {
                let bound = try #require(before.below)
                #expect(after.from == bound)
                #expect(before.from.map { Array($0.utf8).lexicographicallyPrecedes(Array(bound.utf8)) } ?? true)
            }
            var seen: [String: Int] = [:]
            for (k, range) in ranges.enumerated() {
                let nodes = try String.fetchAll(db, sql: "SELECT node FROM file WHERE (? IS NULL OR node >= ?) AND (? IS NULL OR node < ?)",
                                                arguments: [range.from, range.from, range.below, range.below])
                #expect(!nodes.isEmpty)
                for node in nodes {
                    #expect(seen[node].map { $0 == k } ?? true, "node \(node) in two ranges")
                    seen[node] = k
                }
            }
            #expect(seen.count == (try Int.fetchOne(db, sql: "SELECT count(DISTINCT node) FROM file")))
            #expect(try CitationsPerYear.ranges(parts: 8, fewestFiles: files / 3, in: db).count == 3)
            #expect(try CitationsPerYear.ranges(parts: 8, fewestFiles: 1_000, in: db).count == 1)
        }
        // A node of most of the files is one bound at most: no range is empty.
        let crowded = try Corpus().indexedSeeds()
        try crowded.database.write { db in
            try IndexStatisticsTests.add(node: "A/RES/1/1", files: (0..<300).map { ("/one/\($0).txt", "2001-01-01", [("A/RES/48/113", "notes")]) }, to: db)
            for k in 0..<10 { try IndexStatisticsTests.add(node: "S/RES/\(k)", files: [("/other/\(k).txt", nil, [])], to: db) }
        }
        let crowdedRanges = try crowded.database.read { db in try CitationsPerYear.ranges(parts: 8, fewestFiles: 1, in: db) }
        #expect(crowdedRanges.count >= 2 && crowdedRanges.count < 8)
        for (before, after) in zip(crowdedRanges, crowdedRanges.dropFirst()) {
            #expect(before.from.map { Array($0.utf8).lexicographicallyPrecedes(Array((after.from ?? "").utf8)) } ?? true)
        }
        let empty = try Corpus()
        let emptyRanges = try CitationIndex(path: empty.database).database.read { db in try CitationsPerYear.ranges(parts: 8, fewestFiles: 1, in: db) }
        #expect(emptyRanges.count == 1)
    }

    /// A run that commits after the first part has been read (the other figures) and before the
    /// others (the citations per year) makes every part be read again, in one read: the answer
    /// is the index's after the run, not the rest before it with the years after.
    @Test(arguments: [true, false])
    func aRunBetweenTwoPartsMakesThemBeReadAgainInOneRead(keepsGeneration: Bool) throws {
        let (corpus, index, _) = try Self.corpus()
        if !keepsGeneration {
            // An index that keeps no generation cannot tell its states apart: read in one read.
            try index.database.write { try $0.execute(sql: "DELETE FROM totals") }
        }
        let before = try index.statistics(top: 50, countingPerYear: true, reads: PartedReads(mode: .oneRead))
        let path = corpus.database
        let reads = Self.separate(workers: 1) { part in
            guard part == 0 else { return }
            try! DatabaseQueue(path: path).write { db in
                try IndexStatisticsTests.add(node: "A/RES/99/1", files: [("/late.txt", "2005-01-01", [("A/RES/48/100", "welcomes")])], to: db)
                try KeptTotals.startGeneration(in: db)
            }
        }
        let parted = try index.statistics(top: 50, countingPerYear: true, reads: reads)
        let after = try index.statistics(top: 50, countingPerYear: true, reads: PartedReads(mode: .oneRead))
        #expect(after.totals.files == before.totals.files + 1)
        #expect(Self.rows(after.perYear).contains("2005 welcomes 1") && !Self.rows(before.perYear).contains("2005 welcomes 1"))
        #expect(parted.json == after.json)
    }

    /// The standard reads: apart on every core for an index in WAL mode, in one read for one
    /// that is not (read-only, made before WAL was used).
    @Test func standardReadsAreApartOnlyWhereReadersCanReadSideBySide() throws {
        let (corpus, index, _) = try Self.corpus()
        if case .separateReads(let workers) = PartedReads.standard(for: index.database).mode {
            #expect(workers == ResGraphReader.Cores.available && workers > 1)
        } else {
            #expect(ResGraphReader.Cores.available == 1)
        }
        let queue = try DatabaseQueue(path: corpus.database)
        guard case .oneRead = PartedReads.standard(for: queue).mode else {
            Issue.record("a queue's reads are one after another: read in one read")
            return
        }
    }
}
