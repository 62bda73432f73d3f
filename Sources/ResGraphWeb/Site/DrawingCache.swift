import Foundation
import Synchronization

/// Drawings already laid out, kept for the index version they were drawn from: Graphviz layout
/// is the slowest step of a page, and people go back and forth between neighbours.
final class DrawingCache: Sendable {
    struct Key: Hashable, Sendable {
        var version: IndexVersion
        var id: String
        var depth: Int
        var direction: String
    }

    /// The most drawings kept; the least recently used goes first.
    static let capacity = 128

    private struct State {
        var drawings: [Key: Data] = [:]
        var order: [Key] = []
    }

    private let state = Mutex(State())

    /// The drawing for `key`, drawing it with `draw` when it is not kept.
    func drawing(for key: Key, draw: () throws -> Data) rethrows -> Data {
        if let kept = state.withLock({ state -> Data? in
            guard let data = state.drawings[key] else { return nil }
            state.order.removeAll { $0 == key }
            state.order.append(key)
            return data
        }) { return kept }
        let data = try draw()
        state.withLock { state in
            if state.drawings.updateValue(data, forKey: key) == nil { state.order.append(key) }
            while state.order.count > Self.capacity { state.drawings[state.order.removeFirst()] = nil }
        }
        return data
    }
}
