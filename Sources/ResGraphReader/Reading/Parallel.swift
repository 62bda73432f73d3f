import Dispatch
import Foundation

/// Work spread over all cores, results kept in order.
public enum Parallel {
    /// `body(0)`, `body(1)`, ... `body(count - 1)`, run concurrently on all cores, in index order;
    /// one after another when the process may use one core only (``Cores/available``) or there is
    /// one call to make (a single file: the cores are not even counted).
    ///
    /// ```swift
    /// let sizes = Parallel.map(paths.count) { try? Data(contentsOf: urls[$0]).count }
    /// ```
    public static func map<Value: Sendable>(_ count: Int, _ body: @Sendable (Int) -> Value) -> [Value] {
        if count <= 1 || Cores.available == 1 { return (0..<count).map(body) }
        let slots = Slots<Value>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in slots.set(index, body(index)) }
        return slots.values
    }
}

/// Fixed slots that concurrent workers fill by index, each exactly once.
private final class Slots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value] { slots.map { $0! } }
}
