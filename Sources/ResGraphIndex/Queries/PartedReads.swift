import Dispatch
import Foundation
import GRDB
import ResGraphReader

/// A question answered in parts, each part in a read of its own, on every core: what a pass
/// over a whole index can be cut into (the citations per year, document by document) takes
/// half the time on two cores.
///
/// The parts are of one state of the index. Each read gives the index's generation (see
/// ``KeptTotals``), which every run that stores or drops a file starts anew in its own
/// transaction; when the parts' generations differ (a run committed between two of them), or
/// an index keeps none, they are read again, all in one read.
///
/// ```swift
/// let counts = try PartedReads.standard(for: database).read(parts: 8, in: database) { db, part in
///     try count(part, in: db)
/// }
/// ```
struct PartedReads: Sendable {
    /// How the parts are read.
    enum Mode: Sendable {
        /// All in one read, one after another.
        case oneRead
        /// Each in a read of its own, on up to `workers` threads at once (one: in order).
        case separateReads(workers: Int)
    }

    /// How the parts are read.
    var mode: Mode
    /// The fewest files a part of a question over the files is made for (or nodes, for one
    /// over some nodes' files): an index of fewer is not cut into as many parts (a part costs a
    /// read and a query of its own).
    var fewestFilesPerPart = 1_000
    /// Called once a part's read has ended, with the part's number, before the parts' states
    /// are compared: lets a test change the index between two parts.
    var afterPart: (@Sendable (Int) -> Void)?

    /// Parts read apart on every core where the index lets questions read side by side (a pool
    /// of readers, in WAL mode) and the process may use more than one core; else in one read.
    static func standard(for database: any DatabaseWriter) -> PartedReads {
        let workers = Cores.available
        return PartedReads(mode: database is DatabasePool && workers > 1 ? .separateReads(workers: workers) : .oneRead)
    }

    /// Parts read apart on as many threads as ``ReadAhead`` asks the disk on, where the index
    /// lets questions read side by side: for questions whose time is the disk's, as each part
    /// waits for pages scattered through the index (the disk answers many at once far sooner
    /// than one after another), on one core as on many.
    static func fromDisk(for database: any DatabaseWriter) -> PartedReads {
        PartedReads(mode: database is DatabasePool ? .separateReads(workers: ReadAhead.threads) : .oneRead, fewestFilesPerPart: 100)
    }

    /// How many parts to cut a question into, `perWorker` for each thread that reads them; one
    /// when they are read in one read.
    func parts(perWorker: Int) -> Int {
        guard case .separateReads(let workers) = mode else { return 1 }
        return workers * perWorker
    }

    /// `part(db, 0)`, `part(db, 1)`, … `part(db, parts - 1)`, in order, all of one state of the index.
    func read<Value: Sendable>(parts: Int, in database: any DatabaseWriter,
                               _ part: @escaping @Sendable (Database, Int) throws -> Value) throws -> [Value] {
        if parts > 1, let apart = try readApart(parts: parts, in: database, part) { return apart.values }
        return try database.read { db in try (0..<parts).map { try part(db, $0) } }
    }

    /// `part(db, 0)`, … `part(db, parts - 1)`, in order, read apart and all of the state of the
    /// index whose generation is `generation` (read before, in a read of its own); nil when they
    /// could not be: the parts are read in one read, the index keeps no generation, or a run
    /// changed the index since.
    func read<Value: Sendable>(parts: Int, ofGeneration generation: Int?, in database: any DatabaseWriter,
                               _ part: @escaping @Sendable (Database, Int) throws -> Value) throws -> [Value]? {
        guard let generation, let apart = try readApart(parts: parts, in: database, part), apart.generation == generation else { return nil }
        return apart.values
    }

    /// The parts, each in a read of its own, with the generation they all read; nil when they
    /// are read in one read, or their generations differ or are unknown.
    private func readApart<Value: Sendable>(parts: Int, in database: any DatabaseWriter,
                                            _ part: @escaping @Sendable (Database, Int) throws -> Value) throws -> (generation: Int, values: [Value])? {
        guard case .separateReads(let workers) = mode else { return nil }
        let results = PartResults<Value>(count: parts)
        // Each worker takes the next part not taken, the first first: the longest go first.
        let work: @Sendable (Int) -> Void = { _ in
            while let index = results.take() {
                results.set(index, Result {
                    try database.read { db in (Self.generation(in: db), try part(db, index)) }
                })
                afterPart?(index)
            }
        }
        // Threads of their own, not Dispatch's, whose width is the cores: a part that waits for
        // the disk leaves its core to another.
        let threads = min(workers, parts)
        let finished = DispatchGroup()
        for worker in 1..<max(threads, 1) {
            finished.enter()
            Thread { work(worker); finished.leave() }.start()
        }
        work(0)
        finished.wait()
        let done = try results.values.map { try $0.get() }
        guard let generation = done.first?.generation, done.allSatisfy({ $0.generation == generation }) else { return nil }
        return (generation, done.map { $0.value })
    }

    /// The generation of the index `db` reads, or nil when it keeps none (or its row cannot be
    /// read: the parts are then read again in one read, which says why if it fails too).
    static func generation(in db: Database) -> Int? {
        guard let value = try? DatabaseValue.fetchOne(db, sql: "SELECT generation FROM totals") else { return nil }
        return Int.fromDatabaseValue(value)
    }
}

/// The parts not yet taken, and slots that concurrent reads fill by part, each once.
private final class PartResults<Value>: @unchecked Sendable {
    private var slots: [Result<(generation: Int?, value: Value), any Error>?]
    private var next = 0
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// The next part to read, or nil when every part has been taken.
    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    func set(_ index: Int, _ result: Result<(generation: Int?, value: Value), any Error>) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    var values: [Result<(generation: Int?, value: Value), any Error>] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
