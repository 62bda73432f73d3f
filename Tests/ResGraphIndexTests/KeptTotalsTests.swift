import Dispatch
import Foundation
import GRDB
@testable import ResGraphIndex
import ResGraphTestSupport
import Testing

/// The totals `index` ends with are kept in the index with the generation they are of
/// (``KeptTotals``): a run that changes nothing says them without counting again, and a run
/// that stores or drops a file makes them be counted again.
struct KeptTotalsTests {
    /// The totals of the index at `database`, counted now.
    static func counted(_ database: String) throws -> IndexTotals {
        try DatabaseQueue(path: database).read { try CitationIndex.totals(in: $0, countingDangling: true) }
    }

    /// What the index at `database` keeps of its totals.
    static func kept(_ database: String) throws -> KeptTotals.State {
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
        #expect(try Self.kept(corpus.database).current == nil)
        let first = try index.totals()
        #expect(first == (try Self.counted(corpus.database)))
        #expect(first.files == 5 && first.documents == 3 && first.languages == ["en", "fr", "zh"])
        #expect(try Self.kept(corpus.database).current == first)

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
        let afterChange = try Self.kept(corpus.database)
        #expect(afterChange.generation == generation + 1 && afterChange.current == nil && afterChange.addition == nil)
        let changed = try index.totals()
        #expect(changed == (try Self.counted(corpus.database)) && changed.dangling != 999)
        #expect(try Self.kept(corpus.database).current == changed)

        // A file pruned: the same.
        try Self.setKeptDangling(999, in: corpus.database)
        try FileManager.default.removeItem(atPath: corpus.path("A_RES_59_170.zh.txt"))
        #expect(try index.index(paths: [corpus.texts.path], prune: true).pruned == 1)
        let afterPruning = try Self.kept(corpus.database)
        #expect(afterPruning.generation == generation + 2 && afterPruning.current == nil && afterPruning.addition == nil)
        let pruned = try index.totals()
        #expect(pruned == (try Self.counted(corpus.database)) && pruned.files == 4)
    }

    /// Writes a General Assembly resolution `60/number` citing `cited` (numbers of session 60)
    /// as `name` in `folder`.
    static func writeResolution(_ number: Int, citing cited: [Int], as name: String, in folder: URL) throws {
        let citations = cited.map { "Recalling its resolution 60/\($0),\n" }.joined()
        try Data("60/\(number). Test\n\nThe General Assembly,\n\n\(citations)".utf8).write(to: folder.appendingPathComponent(name))
    }

    /// After a run that only added files, the ids the index lacks are counted from the totals
    /// before and the added files: an added file supplies an id cited before (one fewer), an
    /// added reference cites an id cited by none before and of no file (one more), and ids the
    /// index held or lacked already change nothing. The kept count, set 1,000 too high, shows
    /// that the count was made from it.
    @Test func aRunThatOnlyAddsFilesCountsTheLackingIdsFromThem() throws {
        let corpus = try Corpus()
        let index = try corpus.indexedSeeds()
        let before = try index.totals()
        try Self.setKeptDangling(before.dangling + 1_000, in: corpus.database)
        // The seeds cite 48/113, which the index lacks. Added: 48/113 itself (its title line
        // "48/113."), which supplies it, citing 60/2, cited by none before; and 60/1, citing
        // 60/2, 48/113 and 58/154, all counted already.
        try Data("48/113. Test\n\nThe General Assembly,\n\nRecalling its resolution 60/2,\n".utf8)
            .write(to: corpus.texts.appendingPathComponent("A_RES_48_113.en.txt"))
        try Data("60/1. Test\n\nThe General Assembly,\n\nRecalling its resolutions 60/2, 48/113 and 58/154,\n".utf8)
            .write(to: corpus.texts.appendingPathComponent("A_RES_60_1.en.txt"))
        #expect(try index.index(paths: [corpus.texts.path]).indexed == 2)
        let state = try Self.kept(corpus.database)
        #expect(state.addition != nil && state.current == nil)
        let counted = try Self.counted(corpus.database)
        #expect(counted.dangling == before.dangling - 1 + 1)
        #expect(try index.totals() == IndexTotals(files: counted.files, documents: counted.documents, references: counted.references,
                                                 languages: counted.languages, years: counted.years, dangling: counted.dangling + 1_000,
                                                 withoutSymbol: counted.withoutSymbol, symbolFromFileName: counted.symbolFromFileName,
                                                 partlyRead: counted.partlyRead))
    }

    /// Runs that add files at random (new numbers, numbers cited before, more language
    /// versions of numbers held, citations of numbers held, lacking or new) give the totals that
    /// counting them whole gives, each run counted from the last; a run that replaces a file
    /// counts them whole.
    @Test func totalsCountedFromAddedFilesAreThoseCountedWhole() throws {
        let folder = try Scratch.folder("added")
        let texts = folder.appendingPathComponent("texts")
        try FileManager.default.createDirectory(at: texts, withIntermediateDirectories: true)
        let database = folder.appendingPathComponent("index.sqlite").path
        let index = try CitationIndex(path: database)
        var state: UInt64 = 2_026
        func random(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        var names: [String] = []
        for round in 0..<8 {
            for _ in 0..<4 {
                let number = 1 + random(30)
                let cited = (0..<(1 + random(4))).map { _ in 1 + random(40) }.filter { $0 != number }
                names.append("A_RES_60_\(number)-\(names.count).en.txt")
                try Self.writeResolution(number, citing: cited, as: names[names.count - 1], in: texts)
            }
            let summary = try index.index(paths: [texts.path])
            #expect(summary.indexed == 4)
            #expect(try Self.kept(database).addition != nil || round == 0)
            #expect(try index.totals() == (try Self.counted(database)), "round \(round)")
        }
        try Self.writeResolution(7, citing: [41], as: names[0], in: texts)
        #expect(try index.index(paths: [texts.path]).indexed == 1)
        #expect(try Self.kept(database).addition == nil)
        #expect(try index.totals() == (try Self.counted(database)))
    }

    /// A run that adds a file whose joint symbol joins two ids the index held apart changes
    /// what earlier files cite: the totals are counted whole.
    @Test func aRunThatJoinsIdsCountsTheTotalsWhole() throws {
        let corpus = try Corpus()
        let index = try corpus.indexedSeeds()
        try Data("Recalling the letter S/2000/809,\n".utf8).write(to: corpus.texts.appendingPathComponent("1-council.txt"))
        #expect(try index.index(paths: [corpus.texts.path]).indexed == 1)
        #expect(try Self.kept(corpus.database).addition != nil)
        _ = try index.totals()
        try Data("Recalling the identical letters A/55/305-S/2000/809 of 21 August 2000,\n".utf8)
            .write(to: corpus.texts.appendingPathComponent("2-joint.txt"))
        #expect(try index.index(paths: [corpus.texts.path]).indexed == 1)
        #expect(try Self.kept(corpus.database).addition == nil)
        #expect(try index.totals() == (try Self.counted(corpus.database)))
    }

    @Test func questionsCountTotalsWithoutWritingThem() throws {
        let corpus = try Corpus()
        _ = try corpus.indexedSeeds()
        let reader = try CitationIndex(path: corpus.database, access: .readOnly)
        #expect(try reader.totals() == (try Self.counted(corpus.database)))
        #expect(try Self.kept(corpus.database).current == nil)
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
        #expect(try Self.kept(corpus.database).current == nil)
        // Once that run is over, they are kept.
        _ = try index.totals()
        #expect(try Self.kept(corpus.database).current == totals)
    }
}
