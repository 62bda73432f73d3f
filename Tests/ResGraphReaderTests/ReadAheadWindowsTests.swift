import Foundation
@testable import ResGraphReader
import Testing

/// Files read in a known order, asked of the disk a window ahead (``ReadAheadWindows``),
/// watched through the page cache as in ``ReadAheadTests``.
struct ReadAheadWindowsTests {
    /// The first window is asked for at once, the next when a file of the first is reached,
    /// and nothing further: three windows of 16 files, reads at the first.
    @Test func theWindowAfterTheOneReadIsAskedForAndNoFurther() throws {
        let paths = try ReadAheadTests.filesOutOfMemory(48)
        try ReadAheadTests.requireOutOfMemory(paths)
        let windows = [paths[0..<16], paths[16..<32], paths[32..<48]].map(Array.init)
        var ahead = ReadAheadWindows(paths, window: 16)
        defer { ahead.stop() }
        #expect(ReadAheadTests.awaitCached(windows[0]))
        ahead.reach(3)
        #expect(ReadAheadTests.awaitCached(windows[1]))
        Thread.sleep(forTimeInterval: 0.2)
        #expect(windows[2].allSatisfy { ReadAhead.isCached($0) == false })
        ahead.reach(16)
        #expect(ReadAheadTests.awaitCached(windows[2]))
    }

    /// Fewer files than ``ReadAheadWindows/fewestFiles`` are not asked for: a few reads gain
    /// less than a thread costs.
    @Test func aFewFilesAreLeftToTheirReads() throws {
        let paths = try ReadAheadTests.filesOutOfMemory(ReadAheadWindows.fewestFiles - 1)
        try ReadAheadTests.requireOutOfMemory(paths)
        var ahead = ReadAheadWindows(paths, window: 4)
        defer { ahead.stop() }
        ahead.reach(paths.count - 1)
        Thread.sleep(forTimeInterval: 0.2)
        #expect(paths.allSatisfy { ReadAhead.isCached($0) == false })
    }
}
