import Dispatch
import Foundation
import GRDB
@testable import ResGraphIndex
import Testing

/// The totals `index` ends with are kept in the index with the generation they are of
/// (``KeptTotals``): a run that changes nothing says them without counting again, and a run
/// that stores or drops a file makes them be counted again.
struct KeptTotalsTests {
    /// The totals of the index at `database`, counted now.
    static func counted(_ database: String) throws -> IndexTotals {
        try DatabaseQueue(path: database).read { try CitationIndex.totals(in: $0, countingDangling: true) }
    }

    /// The generation of the index at `database` and the totals kept for it.
    static func kept(_ database: String) throws -> (generation: Int, totals: IndexTotals?) {
        try DatabaseQueue(path: database).read { try KeptTotals.read(in: $0) }
    }

    /// Sets the count of lacking ids kept in the index at `database` to `count`, so that a
    /// test can tell totals read from the index from totals counted.
    static func setKeptDangling(_ count: Int, in database: String) throws {
        try DatabaseQueue(path: database).write { try $0.execute(sql: "UPDATE totals SET dangling = ?", arguments: [count]) }
    }

    @Test func anUnchangedIndexSaysTheTotalsKeptAndAChangedOneCountsThemAgain() throws {
        let corpus = try Corpus()
        let index = try corpus.indexedSeeds()
        #expect(try Self.kept(corpus.database).totals == nil)
        let first = try index.totals()
        #expect(first == (try Self.counted(corpus.database)))
        #expect(first.files == 5 && first.documents == 3 && first.languages == ["en", "fr", "zh"])
        #expect(try Self.kept(corpus.database).totals == first)

        // Kept totals are said as they are kept, by a run that changes nothing too.
        try Self.setKeptDangling(999, in: corpus.database)
        let generation = try Self.kept(corpus.database).generation
        let unchanged = try index.index(paths: [corpus.texts.path])
        #expect(unchanged.indexed == 0)
        #expect(try Self.kept(corpus.database).generation == generation)
        #expect(try index.totals().dangling == 999)

        // A file changed: a new generation, the totals counted again, and kept.
        let path = corpus.path("A_RES_58_154.en.txt")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "48/113", with: "48/999").utf8).write(to: URL(fileURLWithPath: path))
        #expect(try index.index(paths: [corpus.texts.path]).indexed == 1)
        #expect(try Self.kept(corpus.database) == (generation + 1, nil))
        let changed = try index.totals()
        #expect(changed == (try Self.counted(corpus.database)) && changed.dangling != 999)
        #expect(try Self.kept(corpus.database).totals == changed)

        // A file pruned: the same.
        try Self.setKeptDangling(999, in: corpus.database)
        try FileManager.default.removeItem(atPath: corpus.path("A_RES_59_170.zh.txt"))
        #expect(try index.index(paths: [corpus.texts.path], prune: true).pruned == 1)
        #expect(try Self.kept(corpus.database) == (generation + 2, nil))
        let pruned = try index.totals()
        #expect(pruned == (try Self.counted(corpus.database)) && pruned.files == 4)
    }

    @Test func questionsCountTotalsWithoutWritingThem() throws {
        let corpus = try Corpus()
        _ = try corpus.indexedSeeds()
        let reader = try CitationIndex(path: corpus.database, access: .readOnly)
        #expect(try reader.totals() == (try Self.counted(corpus.database)))
        #expect(try Self.kept(corpus.database).totals == nil)
    }

    /// Keeping the totals is not worth waiting for another run: while one holds the write lock,
    /// `totals()` counts them, says them at once and keeps nothing. (It would wait for the lock
    /// for a day; the test lets go after twenty seconds, so that it fails rather than hangs.)
    @Test func totalsAreNotKeptWhileAnotherRunWrites() throws {
        let corpus = try Corpus()
        let index = try corpus.indexedSeeds()
        var holding = Configuration()
        holding.allowsUnsafeTransactions = true
        let holder = try DatabaseQueue(path: corpus.database, configuration: holding)
        try holder.writeWithoutTransaction { try $0.execute(sql: "BEGIN IMMEDIATE") }
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var totals: IndexTotals?
        Thread {
            totals = try? index.totals()
            done.signal()
        }.start()
        let waited = done.wait(timeout: .now() + 20) == .timedOut
        try holder.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") }
        if waited { done.wait() }
        #expect(!waited, "totals() waited for the other run's lock")
        #expect(totals == (try Self.counted(corpus.database)))
        #expect(try Self.kept(corpus.database).totals == nil)
        // Once that run is over, they are kept.
        _ = try index.totals()
        #expect(try Self.kept(corpus.database).totals == totals)
    }
}
