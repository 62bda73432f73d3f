import Foundation
@testable import ResGraphWeb
import ResGraphTestSupport
import Testing

/// Figures of the whole index are computed off the request path: a page waits for the first
/// only as long as it is told, then says they are coming; they are kept until the index changes.
struct BackgroundValueTests {
    @Test func aPageWaitsOnlyAsLongAsItIsTold() throws {
        let runs = Counter()
        let value = BackgroundValue<Int> {
            runs.add()
            Thread.sleep(forTimeInterval: 0.3)
            return 42
        }
        let folder = Scratch.path("version")
        try Data("a".utf8).write(to: folder)
        let version = IndexVersion(path: folder.path)
        let early = value.snapshot(for: version, waitingAtMost: 0.05)
        #expect(early.value == nil)
        let waited = value.snapshot(for: version, waitingAtMost: 5)
        #expect(waited.value == 42 && waited.isCurrent)
        #expect(value.snapshot(for: version).value == 42)
        #expect(runs.value == 1)
        try Data("ab".utf8).write(to: folder)
        let changed = value.snapshot(for: IndexVersion(path: folder.path))
        #expect(changed.value == 42 && !changed.isCurrent)
    }
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
