import Foundation
import GRDB
@testable import ResGraphIndex
import ResGraphReader
import ResGraphTestSupport
import Testing

/// A later run asks what the index holds of a batch of files by the stretch of paths the batch
/// spans (``KnownFiles``): it finds what looking each path up finds, whatever lies between the
/// batch's paths (subfolders, names outside ASCII, files the index lacks).
struct KnownFilesTests {
    /// A folder of texts with files beside a subfolder of forty (which lies, in the order of
    /// paths, between the files named before and after "b"), a deeper folder, and files and
    /// folders under two spellings of one name ("é" composed and decomposed), indexed; its
    /// canonical paths in the walk's order, and the index.
    static func indexedFolder() throws -> (paths: [String], database: String) {
        let folder = try Scratch.folder("known-files")
        let texts = folder.appendingPathComponent("texts")
        var names = ["a.txt", "m.txt", "z.txt", "caf\u{E9}.txt", "cafe\u{301}.txt", "c/d/one.txt", "c/d/two.txt",
                     "d\u{E9}/x.txt", "de\u{301}/x.txt"]
        names += (0..<40).map { String(format: "b/n%02d.txt", $0) }
        for (k, name) in names.enumerated() {
            let url = texts.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("The General Assembly,\n\nRecalling its resolution 48/\(100 + k),\n".utf8).write(to: url)
        }
        let database = folder.appendingPathComponent("index.sqlite").path
        let summary = try CitationIndex(path: database).index(paths: [texts.path])
        #expect(summary.indexed == names.count)
        var walker = CorpusWalker(paths: [texts.path])
        var paths: [String] = []
        while let file = walker.next() { paths.append(file.canonicalPath) }
        #expect(paths.count == names.count)
        return (paths, database)
    }

    /// What looking `path` up by itself finds: its number, hash and stamp.
    static func lookedUp(_ path: String, in db: Database) throws -> (Int, String, Int64?)? {
        try Row.fetchOne(db, sql: "SELECT id, hash, stamp FROM file WHERE path = ?", arguments: [path]).map { ($0[0], $0[1], $0[2]) }
    }

    @Test func aBatchFindsWhatLookingEachFileUpFinds() throws {
        let (paths, database) = try Self.indexedFolder()
        let folder = (paths[0] as NSString).deletingLastPathComponent
        let lacking = ["\(folder)/b/n05a.txt", "\(folder)/zz.txt", "\(folder)/0.txt", "\(folder)/b"]
        let everyPath = paths + lacking
        try DatabaseQueue(path: database).read { db in
            var batches: [[String]] = [everyPath, Array(everyPath.reversed())]
            for size in [1, 2, 3, 7, 16] {
                batches += stride(from: 0, to: everyPath.count, by: size).map { Array(everyPath[$0..<min($0 + size, everyPath.count)]) }
            }
            // Files on both sides of the subfolder: the stretch holds ten times the batch.
            batches.append(["\(folder)/a.txt", "\(folder)/z.txt"])
            batches.append(["\(folder)/a.txt", "\(folder)/m.txt", "\(folder)/b/n39.txt", "\(folder)/zz.txt"])
            for batch in batches {
                let known = try KnownFiles.of(batch, rereadsAll: false, in: db)
                for path in batch {
                    let expected = try Self.lookedUp(path, in: db)
                    let found = known[ExactPath(path)]
                    #expect(found?.id == expected?.0, "\(path) in a batch of \(batch.count)")
                    #expect(found?.hash == expected?.1, "\(path)")
                    #expect(found?.stamp == expected?.2, "\(path)")
                }
            }
            let found = try KnownFiles.of(["\(folder)/a.txt", "\(folder)/z.txt"], rereadsAll: false, in: db)
            #expect(found[ExactPath("\(folder)/z.txt")] != nil)
            #expect(found.count <= 2 * KnownFiles.rowsReadPerFile + 2)
        }
    }

    @Test func aRunThatReadsAllAgainKnowsTheNumbersAlone() throws {
        let (paths, database) = try Self.indexedFolder()
        try DatabaseQueue(path: database).read { db in
            let known = try KnownFiles.of(paths, rereadsAll: true, in: db)
            for path in paths {
                let file = try #require(known[ExactPath(path)])
                #expect(file.id == (try Self.lookedUp(path, in: db))?.0)
                #expect(file.hash == "" && file.stamp == nil)
            }
            #expect(try KnownFiles.of([], rereadsAll: false, in: db).isEmpty)
        }
    }

    /// A run over more files than three batches (``CitationIndex/batchSize`` each): each batch
    /// is walked while the one before is extracted. Every file is reported once, in the walk's
    /// order; run again, with a file changed in each batch, one added and one removed, the run
    /// finds those and passes over the rest.
    @Test func aRunOfSeveralBatchesTakesEachFileOnceInTheWalksOrder() throws {
        let folder = try Scratch.folder("batches")
        let texts = folder.appendingPathComponent("texts")
        let names = (0..<1_500).map { String(format: "p/%04d.txt", $0) } + (0..<1_700).map { String(format: "q/%04d.txt", $0) }
        #expect(names.count > 3 * CitationIndex.batchSize)
        for (k, name) in names.enumerated() {
            let url = texts.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("Recalling its resolution 48/\(k + 1),\n".utf8).write(to: url)
        }
        let index = try CitationIndex(path: folder.appendingPathComponent("index.sqlite").path)
        var reported: [String] = []
        let first = try index.index(paths: [texts.path], outcome: { path, _ in reported.append(path) })
        #expect(first.indexed == names.count && first.references == names.count)
        let walked = CorpusWalk(paths: [texts.path]).files.map(\.canonicalPath)
        #expect(reported == walked)

        let changed = ["p/0003.txt", "p/1400.txt", "q/0900.txt", "q/1699.txt"]
        for name in changed { try Data("Recalling its resolution 49/1,\n".utf8).write(to: texts.appendingPathComponent(name)) }
        try Data("Recalling its resolution 49/2,\n".utf8).write(to: texts.appendingPathComponent("q/9999.txt"))
        try FileManager.default.removeItem(at: texts.appendingPathComponent("p/0500.txt"))
        var indexed: [String] = []
        let again = try index.index(paths: [texts.path], prune: true, outcome: { path, outcome in
            if outcome == .indexed { indexed.append((path as NSString).lastPathComponent) }
        })
        #expect(indexed == ["0003.txt", "1400.txt", "0900.txt", "1699.txt", "9999.txt"])
        #expect(again.unchanged == names.count - 5 && again.pruned == 1)
        #expect(try index.citers(of: "A/RES/49/1").count == 4)
        #expect(try index.fileCount() == names.count)
    }

    /// Run again, the index knows each file under its own spelling. It took the decomposed
    /// "café" for the composed one, replaced that one's row, and failed on its own ("UNIQUE
    /// constraint failed: file.path"); the walk passed the second "dé" folder by.
    @Test func anUnchangedRunOverSubfoldersAndTwoSpellingsPassesOverEveryFile() throws {
        let (paths, database) = try Self.indexedFolder()
        let folder = (paths[0] as NSString).deletingLastPathComponent
        let index = try CitationIndex(path: database)
        let again = try index.index(paths: [folder])
        #expect(again.indexed == 0 && again.unchanged == paths.count && again.failures.isEmpty)
        let stored = try DatabaseQueue(path: database).read { try String.fetchAll($0, sql: "SELECT path FROM file ORDER BY path") }
        #expect(stored.map { Array($0.utf8) } == paths.sorted { ExactPath.precedes($0, $1) }.map { Array($0.utf8) })
        // Removing one spelling prunes that one alone.
        try FileManager.default.removeItem(atPath: "\(folder)/cafe\u{301}.txt")
        let pruned = try index.index(paths: [folder], prune: true)
        #expect(pruned.pruned == 1 && pruned.unchanged == paths.count - 1)
        let left = try DatabaseQueue(path: database).read { try String.fetchAll($0, sql: "SELECT path FROM file") }
        #expect(left.count == paths.count - 1 && left.contains { Array($0.utf8) == Array("\(folder)/caf\u{E9}.txt".utf8) })
    }
}
