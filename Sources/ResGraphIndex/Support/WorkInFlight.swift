import Foundation

/// Work started on a thread of its own, whose result is waited for: the next batch extracted
/// while this one is stored, a run of findings written while the next one fills.
///
/// ```swift
/// let next = WorkInFlight { extract(batch) }
/// store(current)
/// current = next.wait()
/// ```
final class WorkInFlight<Value: Sendable>: @unchecked Sendable {
    private var value: Value?
    private let done = DispatchSemaphore(value: 0)

    /// Starts `work`.
    init(_ work: @escaping @Sendable () -> Value) {
        Thread.detachNewThread { [self] in
            value = work()
            done.signal()
        }
    }

    /// The result, once the work is done.
    func wait() -> Value {
        done.wait()
        return value!
    }
}
