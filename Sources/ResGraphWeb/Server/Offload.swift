import Dispatch

/// Runs blocking work (SQLite reads, file reads, Graphviz layout) on Dispatch's threads, off the
/// Swift concurrency pool that serves requests: one slow drawing must not stall the others.
enum Offload {
    private static let queue = DispatchQueue(label: "resgraph.web.blocking", attributes: .concurrent)

    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try work() }) }
        }
    }
}
