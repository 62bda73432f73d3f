import Foundation
@testable import ResGraphReader
import ResGraphTestSupport
import Testing

/// A large file asked of the disk whole, beside a question that reads most of it
/// (``WholeFileReadAhead``), watched through the page cache as in ``ReadAheadTests``.
struct WholeFileReadAheadTests {
    /// A file of `megabytes` MB of varied bytes, written to the disk and dropped from memory.
    static func fileOutOfMemory(megabytes: Int) throws -> String {
        let path = try Scratch.folder("whole-read-ahead").appendingPathComponent("index.sqlite").path
        let bytes = Data((0..<(megabytes << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 12) })
        try bytes.write(to: URL(fileURLWithPath: path))
        ReadAheadTests.drop(path)
        return path
    }

    static func cachedShare(_ path: String) -> Double {
        WholeFileReadAhead.cached(path)?.share ?? -1
    }

    /// Waits at most ten seconds for the whole file to be in memory; whether it is.
    static func awaitWhole(_ path: String) -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if cachedShare(path) == 1 { return true }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return false
    }

    /// A file out of memory, of several pieces and a last one cut short, comes in whole.
    @Test func aFileOutOfMemoryComesInWhole() throws {
        let path = try Self.fileOutOfMemory(megabytes: 13)
        try #require(Self.cachedShare(path) < 0.1, "the scratch folder's file system keeps the files in memory; the page cache cannot be watched there")
        #expect(WholeFileReadAhead.warm(path) == .asked)
        #expect(Self.awaitWhole(path))
    }

    /// The share counts the pages in memory: none, half, all; a file in memory is left alone,
    /// one half in memory is asked for.
    @Test func theShareInMemoryDecides() throws {
        let path = try Self.fileOutOfMemory(megabytes: 8)
        try #require(Self.cachedShare(path) < 0.1, "the scratch folder's file system keeps the files in memory; the page cache cannot be watched there")
        // Read whole, then its second half dropped (a read of the first half alone brings in
        // more: the kernel reads ahead).
        _ = try Data(contentsOf: URL(fileURLWithPath: path))
        let descriptor = open(path, O_RDONLY)
        posix_fadvise(descriptor, 4 << 20, 4 << 20, POSIX_FADV_DONTNEED)
        close(descriptor)
        #expect(abs(Self.cachedShare(path) - 0.5) < 0.1)
        #expect(WholeFileReadAhead.warm(path) == .asked)
        #expect(Self.awaitWhole(path))
        #expect(WholeFileReadAhead.warm(path) == .cached)
        #expect(WholeFileReadAhead.cached(path)?.share == 1 && WholeFileReadAhead.cached(path)?.size == 8 << 20)
    }

    /// A file nearly all in memory, its missing pages scattered (4 pieces of 64 KB in 16 MB, 1.6 %),
    /// is asked for, and its holes come in.
    @Test func aFileWithScatteredHolesIsAskedFor() throws {
        let path = try Self.fileOutOfMemory(megabytes: 16)
        try #require(Self.cachedShare(path) < 0.1, "the scratch folder's file system keeps the files in memory; the page cache cannot be watched there")
        _ = try Data(contentsOf: URL(fileURLWithPath: path))
        let descriptor = open(path, O_RDONLY)
        for megabyte in [1, 6, 11, 15] { posix_fadvise(descriptor, off_t(megabyte << 20), 64 << 10, POSIX_FADV_DONTNEED) }
        close(descriptor)
        #expect(abs(Self.cachedShare(path) - (1 - 4.0 / 256)) < 0.001)
        #expect(WholeFileReadAhead.warm(path) == .asked)
        #expect(Self.awaitWhole(path))
    }

    /// A file larger than half the memory free is left alone (a sparse one: nothing is
    /// written); an empty file counts as in memory; a folder, a missing file and a pipe are
    /// not asked for.
    @Test func largeEmptyAndOtherFilesAreLeftAlone() throws {
        let folder = try Scratch.folder("whole-read-ahead-others")
        let large = folder.appendingPathComponent("large.sqlite").path
        #expect(FileManager.default.createFile(atPath: large, contents: nil))
        let descriptor = open(large, O_WRONLY)
        #expect(ftruncate(descriptor, off_t(WholeFileReadAhead.availableMemory() / 2 + (64 << 20))) == 0)
        close(descriptor)
        #expect(WholeFileReadAhead.warm(large) == .tooLarge)
        let empty = folder.appendingPathComponent("empty.sqlite").path
        #expect(FileManager.default.createFile(atPath: empty, contents: nil))
        #expect(WholeFileReadAhead.warm(empty) == .cached)
        #expect(WholeFileReadAhead.warm(folder.path) == .unreadable)
        #expect(WholeFileReadAhead.warm(folder.appendingPathComponent("missing").path) == .unreadable)
        let pipe = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(pipe, 0o600) == 0)
        #expect(WholeFileReadAhead.warm(pipe) == .unreadable)
    }

    /// The memory free is read from the system, and is some of the machine's.
    @Test func theMemoryFreeIsTheSystems() {
        let free = WholeFileReadAhead.availableMemory()
        #expect(free > 0 && free <= Int64(ProcessInfo.processInfo.physicalMemory))
    }
}
