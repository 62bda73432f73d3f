import Foundation

/// What an index run says, once, when another run holds the index and it waits for that one.
final class WaitNotice: @unchecked Sendable {
    private let tell: (@Sendable () -> Void)?
    private var told = false
    private let lock = NSLock()

    /// A notice that calls `tell` the first time it is given.
    init(_ tell: (@Sendable () -> Void)?) {
        self.tell = tell
    }

    /// Calls `tell` unless it was called before.
    func give() {
        lock.lock()
        let first = !told
        told = true
        lock.unlock()
        if first { tell?() }
    }
}
