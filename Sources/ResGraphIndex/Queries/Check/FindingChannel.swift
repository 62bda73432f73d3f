import Foundation
import ResGraphGraph

/// Findings handed from the thread that merges sorted runs to the thread that prints them, in
/// batches, with at most ``capacity`` batches waiting: merging and printing go on at once on
/// two cores, and memory stays bounded however far the printer falls behind.
final class FindingChannel: @unchecked Sendable {
    /// Batches waiting at most; a sender waits while this many are.
    static let capacity = 4
    /// Findings per batch.
    static let batchSize = 4_096

    private let condition = NSCondition()
    private var batches: [[Finding]] = []
    private var finished = false
    private var cancelled = false
    private var failure: (any Error)?

    /// Hands over `batch`, waiting while the channel is full; false once the receiver has
    /// stopped taking batches, when the sender should stop.
    func send(_ batch: [Finding]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= Self.capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        batches.append(batch)
        condition.broadcast()
        return true
    }

    /// Says that no batch follows: all was sent, or sending failed with `error`.
    func finish(throwing error: (any Error)? = nil) {
        condition.lock()
        defer { condition.unlock() }
        finished = true
        failure = error
        condition.broadcast()
    }

    /// The next batch; nil once every batch was taken and the sender finished. Throws what
    /// made the sender fail.
    func receive() throws -> [Finding]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty && !finished { condition.wait() }
        if !batches.isEmpty {
            condition.broadcast()
            return batches.removeFirst()
        }
        if let failure { throw failure }
        return nil
    }

    /// Says that the receiver takes no more batches (its work failed): the sender stops.
    func cancel() {
        condition.lock()
        defer { condition.unlock() }
        cancelled = true
        batches = []
        condition.broadcast()
    }
}
