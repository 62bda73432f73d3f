import Foundation
import GRDB
import ResGraphIndex
import ResGraphReader
import ResGraphTestSupport
import Testing

/// A run passes over unread the files whose stamp the index holds, and stores a stamp only for
/// a file that had settled before it began; a file rewritten to the same size, its time of
/// writing set back, is still seen to have changed.
struct FileStampTests {
    /// The time the file at `path` was last written, to the nanosecond.
    func written(_ path: String) -> timespec {
        var status = stat()
        _ = stat(path, &status)
        return status.st_mtim
    }

    /// Sets the time the file at `path` was last written (and last read) to `time`, to the
    /// nanosecond, as `touch -r` does; its time of change becomes now.
    func setWritten(_ path: String, to time: timespec) throws {
        let times = [time, time]
        #expect(utimensat(AT_FDCWD, path, times, 0) == 0)
        let now = written(path)
        #expect(now.tv_sec == time.tv_sec && now.tv_nsec == time.tv_nsec)
    }

    func stamps(in corpus: Corpus) throws -> [Int64?] {
        try DatabaseQueue(path: corpus.database).read { try Int64?.fetchAll($0, sql: "SELECT stamp FROM file ORDER BY path") }
    }

    @Test func settledFilesArePassedOverUnreadAndAChangeIsSeenWhateverItsTimes() throws {
        let corpus = try Corpus()
        let index = try CitationIndex(path: corpus.database)
        // Files copied just now have not settled: they are indexed, and read again next time.
        let first = try index.index(paths: [corpus.texts.path])
        #expect(first.indexed == 5)
        #expect(try stamps(in: corpus) == [nil, nil, nil, nil, nil])
        let again = try index.index(paths: [corpus.texts.path])
        #expect(again.unchanged == 5 && again.unread == 0)

        Thread.sleep(forTimeInterval: Double(FileStamp.settlingSeconds) + 0.5)
        // Settled now: read once more (their hash unchanged), and stamped.
        let settled = try index.index(paths: [corpus.texts.path])
        #expect(settled.unchanged == 5 && settled.unread == 0)
        #expect(try stamps(in: corpus).allSatisfy { $0 != nil })
        let passed = try index.index(paths: [corpus.texts.path])
        #expect(passed.unchanged == 5 && passed.unread == 5 && passed.indexed == 0)

        // The same number of bytes, and its time of writing as it was: its time of change is new.
        let path = corpus.path("A_RES_58_154.en.txt")
        let time = written(path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let range = try #require(text.range(of: "48/113"))
        try Data(text.replacingCharacters(in: range, with: "48/114").utf8).write(to: URL(fileURLWithPath: path))
        try setWritten(path, to: time)
        let changed = try index.index(paths: [corpus.texts.path])
        #expect(changed.indexed == 1 && changed.unchanged == 4 && changed.unread == 4)
        #expect(try index.citers(of: "A/RES/48/114").map(\.node.id) == ["A/RES/58/154"])
        // Changed just now, it is read again next time.
        let afterChange = try index.index(paths: [corpus.texts.path])
        #expect(afterChange.unchanged == 5 && afterChange.unread == 4)
    }

    @Test func aStampTellsFilesAndTheirChangesApart() throws {
        let folder = try Scratch.folder("stamp")
        let path = folder.appendingPathComponent("a.txt").path, other = folder.appendingPathComponent("b.txt").path
        try "Recalling resolution 48/113,\n".write(toFile: path, atomically: false, encoding: .utf8)
        try "Recalling resolution 48/113,\n".write(toFile: other, atomically: false, encoding: .utf8)
        let stamp = try #require(FileStamp.of(path))
        #expect(FileStamp.of(path) == stamp)
        #expect(FileStamp.of(other) != stamp)
        #expect(FileStamp.of(folder.appendingPathComponent("missing.txt").path) == nil)
        #expect(try FileBytes.readStamped(path).stamp == stamp)
        let now = FileStamp.now()
        #expect(!stamp.isSettled(at: now))
        #expect(stamp.isSettled(at: now + (FileStamp.settlingSeconds + 1) * 1_000_000_000))
        // Rewritten in place to the same size, its time of writing set back: a new stamp.
        let time = written(path)
        Thread.sleep(forTimeInterval: 0.02)
        try "Recalling resolution 48/114,\n".write(toFile: path, atomically: false, encoding: .utf8)
        try setWritten(path, to: time)
        #expect(FileStamp.of(path) != stamp)
    }
}
