import Foundation
import GRDB
import ResGraphBenchmarkSupport
@testable import ResGraphIndex
@testable import ResGraphReader
import Testing

/// Questions that read most of an index ask for the whole database beside them when it is out
/// of memory (``CitationIndex/warmForWholePass()``): seen through the page cache, on a part of
/// the database that no question reads (a table of 16 MB beside the index's own).
struct WholePassReadAheadTests {
    /// An index of `citers` files that each cite A/RES/48/113, and the unread table, written to
    /// the disk and dropped from memory.
    static func indexOutOfMemory(citers: Int) throws -> (corpus: Corpus, path: String) {
        let corpus = try Corpus()
        let index = try CitationIndex(path: corpus.database)
        try index.database.write { db in
            for k in 0..<citers {
                try IndexStatisticsTests.add(node: "A/RES/60/\(k)", files: [("/walk/\(k).txt", "2005-01-01", [("A/RES/48/113", "recalls")])], to: db)
            }
            try db.execute(sql: "CREATE TABLE unread (bytes BLOB)")
            for _ in 0..<16 { try db.execute(sql: "INSERT INTO unread VALUES (randomblob(1048576))") }
            try KeptTotals.startGeneration(in: db)
        }
        try index.database.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        let descriptor = open(corpus.database, O_RDONLY)
        fsync(descriptor)
        posix_fadvise(descriptor, 0, 0, POSIX_FADV_DONTNEED)
        close(descriptor)
        return (corpus, corpus.database)
    }

    static func share(_ path: String) -> Double {
        WholeFileReadAhead.cached(path)?.share ?? -1
    }

    /// Waits at most ten seconds for the database to be in memory; whether it is.
    static func awaitWhole(_ path: String) -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if share(path) > 0.99 { return true }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return false
    }

    /// A walk that reaches ``CitationIndex/reachOfWholePass`` nodes brings the whole database in;
    /// one that reaches one fewer leaves the unread table out.
    @Test(arguments: [CitationIndex.reachOfWholePass - 1, CitationIndex.reachOfWholePass])
    func aWalkThatReachesManyNodesAsksForTheWholeIndex(citers: Int) throws {
        let (_, path) = try Self.indexOutOfMemory(citers: citers)
        try #require(Self.share(path) < 0.2, "the scratch folder's file system keeps the files in memory; the page cache cannot be watched there")
        let index = try CitationIndex(path: path, access: .readOnly)
        var hits = 0
        try index.forEachCiter(of: "A/RES/48/113") { _ in hits += 1 }
        #expect(hits == citers)
        if citers >= CitationIndex.reachOfWholePass {
            #expect(Self.awaitWhole(path))
        } else {
            Thread.sleep(forTimeInterval: 0.3)
            #expect(Self.share(path) < 0.9)
        }
    }

    /// `stats` and `dangling` ask for it whatever they find.
    @Test func theStatisticsAndTheLackingIDsAskForTheWholeIndex() throws {
        let (_, path) = try Self.indexOutOfMemory(citers: 10)
        try #require(Self.share(path) < 0.2, "the scratch folder's file system keeps the files in memory; the page cache cannot be watched there")
        let index = try CitationIndex(path: path, access: .readOnly)
        #expect(try index.statistics().totals.files == 10)
        #expect(Self.awaitWhole(path))
        let (_, other) = try Self.indexOutOfMemory(citers: 10)
        #expect(try CitationIndex(path: other, access: .readOnly).dangling().map(\.node.id) == ["A/RES/48/113"])
        #expect(Self.awaitWhole(other))
    }
}
