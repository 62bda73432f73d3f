import Foundation
@testable import ResGraphReader
import ResGraphTestSupport
import Testing

/// Files brought into the page cache ahead of their reads (``ReadAhead``), watched through the
/// page cache itself: files are written, synced and dropped from it, and asked for again.
struct ReadAheadTests {
    /// `count` files of 64 KB in a new folder, on disk and out of the page cache.
    static func filesOutOfMemory(_ count: Int) throws -> [String] {
        let folder = try Scratch.folder("read-ahead")
        let bytes = Data((0..<65_536).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let paths = (0..<count).map { folder.appendingPathComponent("f\($0).txt").path }
        for path in paths {
            try bytes.write(to: URL(fileURLWithPath: path))
            drop(path)
        }
        return paths
    }

    /// Writes the file's pages to the disk and drops them from the page cache.
    static func drop(_ path: String) {
        let descriptor = open(path, O_RDONLY)
        fsync(descriptor)
        posix_fadvise(descriptor, 0, 0, POSIX_FADV_DONTNEED)
        close(descriptor)
    }

    /// Waits at most `seconds` for every file of `paths` to be in the page cache; whether they are.
    static func awaitCached(_ paths: [String], seconds: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if paths.allSatisfy({ ReadAhead.isCached($0) == true }) { return true }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return false
    }

    /// The files dropped are out of memory (else nothing here can be seen: a file system that
    /// keeps files in memory, tmpfs, would say every file is there).
    static func requireOutOfMemory(_ paths: [String]) throws {
        try #require(paths.allSatisfy { ReadAhead.isCached($0) == false },
                     "the scratch folder's file system keeps the files in memory; the page cache cannot be watched there")
    }

    /// A batch out of memory is brought in, every file of it, whichever thread takes it.
    @Test(arguments: [1, ReadAhead.threads]) func filesAskedForComeIntoMemory(threads: Int) throws {
        let paths = try Self.filesOutOfMemory(40)
        try Self.requireOutOfMemory(paths)
        let ahead = ReadAhead(threads: threads)
        defer { ahead.stop() }
        ahead.warm(paths)
        #expect(Self.awaitCached(paths))
    }

    /// A batch whose first, middle and last files are in memory is taken to be whole and left
    /// alone; the batch after it, out of memory, is brought in (one thread: in their order).
    @Test func aBatchThatSeemsInMemoryIsLeftAlone() throws {
        let paths = try Self.filesOutOfMemory(21)
        try Self.requireOutOfMemory(paths)
        let sampled = [paths[0], paths[10], paths[20]]
        for path in sampled { _ = try Data(contentsOf: URL(fileURLWithPath: path)) }
        #expect(sampled.allSatisfy { ReadAhead.isCached($0) == true })
        let later = try Self.filesOutOfMemory(3)
        let ahead = ReadAhead(threads: 1)
        defer { ahead.stop() }
        ahead.warm(paths)
        ahead.warm(later)
        #expect(Self.awaitCached(later))
        let others = paths.filter { !sampled.contains($0) }
        #expect(others.allSatisfy { ReadAhead.isCached($0) == false })
    }

    /// Once a batch was out of memory, a later batch is asked for whole, though its first,
    /// middle and last files are in memory: the files a corpus partly in memory lacks are
    /// scattered among the others.
    @Test func afterABatchOutOfMemoryEveryBatchIsAskedFor() throws {
        let cold = try Self.filesOutOfMemory(3)
        let paths = try Self.filesOutOfMemory(21)
        try Self.requireOutOfMemory(cold + paths)
        for path in [paths[0], paths[10], paths[20]] { _ = try Data(contentsOf: URL(fileURLWithPath: path)) }
        let ahead = ReadAhead(threads: 1)
        defer { ahead.stop() }
        ahead.warm(cold)
        ahead.warm(paths)
        #expect(Self.awaitCached(cold + paths))
    }

    /// What cannot be read (a missing file, a folder) is passed over, a named pipe is not waited
    /// on, and the files among them still come into memory.
    @Test func whatCannotBeReadIsPassedOver() throws {
        let paths = try Self.filesOutOfMemory(2)
        try Self.requireOutOfMemory(paths)
        let folder = try Scratch.folder("read-ahead-others")
        let fifo = folder.appendingPathComponent("pipe.txt").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let ahead = ReadAhead(threads: 1)
        defer { ahead.stop() }
        ahead.warm([folder.appendingPathComponent("missing.txt").path, fifo, paths[0], folder.path, paths[1]])
        #expect(Self.awaitCached(paths))
        #expect(ReadAhead.isCached(folder.appendingPathComponent("missing.txt").path) == nil)
    }

    /// Once stopped, nothing more is asked for.
    @Test func nothingIsAskedForOnceStopped() throws {
        let paths = try Self.filesOutOfMemory(4)
        try Self.requireOutOfMemory(paths)
        let ahead = ReadAhead(threads: 2)
        ahead.stop()
        ahead.warm(paths)
        Thread.sleep(forTimeInterval: 0.3)
        #expect(paths.allSatisfy { ReadAhead.isCached($0) == false })
    }
}
