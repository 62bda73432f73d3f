import Foundation
import Synchronization

/// A figure of the whole index that is slow to compute (statistics, dangling ids, check
/// findings), computed off the request path and kept until the index changes.
///
/// A request gets the value of the newest version computed so far (maybe of an older index,
/// said by `isCurrent`) and never waits for a recomputation; for the very first value it waits
/// as long as it is told (pages a few seconds, then say the figures are being computed).
final class BackgroundValue<Value: Sendable>: Sendable {
    /// What a request sees.
    struct Snapshot {
        /// The value, nil until the first computation ends.
        var value: Value?
        /// Whether the value is of the index as it is now.
        var isCurrent: Bool
        /// Why the last computation failed, if it did.
        var failure: String?
        /// The version of the index the value (or the failure) is of.
        var version: IndexVersion?
    }

    private struct State {
        var value: Value?
        var version: IndexVersion?
        var computing: IndexVersion?
        var failure: String?
    }

    private let state = Mutex(State())
    /// How often a request waiting for the first value looks again.
    private static var pollInterval: TimeInterval { 0.01 }
    private let compute: @Sendable () throws -> Value

    init(_ compute: @escaping @Sendable () throws -> Value) {
        self.compute = compute
    }

    /// The value for `version`, starting a computation when none runs for it. When there is no
    /// value at all yet, waits for the first one at most `wait` seconds.
    func snapshot(for version: IndexVersion, waitingAtMost wait: TimeInterval = 0) -> Snapshot {
        let (current, start) = state.withLock { state -> (Snapshot, Bool) in
            let snapshot = Snapshot(value: state.value, isCurrent: state.version == version, failure: state.failure, version: state.version)
            guard state.version != version, state.computing != version else { return (snapshot, false) }
            state.computing = version
            return (snapshot, true)
        }
        if start { Thread.detachNewThread { [self] in run(for: version) } }
        guard current.value == nil, current.failure == nil, wait > 0 else { return current }
        let deadline = Date().addingTimeInterval(wait)
        while true {
            let now = peek(for: version)
            if now.value != nil || now.failure != nil || Date() >= deadline { return now }
            Thread.sleep(forTimeInterval: Self.pollInterval)
        }
    }

    /// What a request for `version` would see now, without starting a computation.
    func peek(for version: IndexVersion) -> Snapshot {
        state.withLock { Snapshot(value: $0.value, isCurrent: $0.version == version, failure: $0.failure, version: $0.version) }
    }

    private func run(for version: IndexVersion) {
        let result = Result { try compute() }
        state.withLock { state in
            if state.computing == version { state.computing = nil }
            switch result {
            case .success(let value): state.value = value; state.version = version; state.failure = nil
            case .failure(let error): state.failure = "\(error)"; state.version = version
            }
        }
    }
}
