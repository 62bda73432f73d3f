import CReadAhead
import Foundation
import Synchronization

/// Brings the files a run is about to read into the page cache, many at once, on threads of its
/// own, while the cores read the files before them.
///
/// Read one after another, files that are not in memory each wait for the disk in turn. A disk
/// that serves many requests at once (a virtual machine's, an SSD) gives them far sooner when
/// they are asked for together: the 100,000 files (849 MB) of the index benchmark, out of the
/// page cache, took 12.9 s to `cat` one after another on the project's machine, and 1.8 s to
/// ask for on eight threads (3.1 s on one), after which reading them took 0.65 s. Asking never
/// waits for the disk (`POSIX_FADV_WILLNEED`), and never changes what is read: a file not in
/// memory yet when its turn comes is read from the disk as before.
///
/// A batch whose first, middle and last files are in memory already is taken to be so whole,
/// and left alone: a corpus in the page cache costs one look a batch, not one a file, and one
/// thread, which looks; the others start when a batch is not in memory. From then on every
/// batch is asked for whole, without a look: a corpus partly in memory (the page cache too
/// small for all of it, or some of it pushed out) has its missing files scattered among the
/// others, where three looks a batch would pass most of them by, and each would then wait for
/// the disk in its turn (`check` as a table at 100,000 documents with 8.5 % of its files out of
/// memory: 31 % of the files it read had been asked for before, now 96 %).
///
/// ```swift
/// let ahead = ReadAhead()
/// defer { ahead.stop() }
/// ahead.warm(nextBatch)   // returns at once; the batch before is being read meanwhile
/// ```
public final class ReadAhead: Sendable {
    /// The threads asking for files, each waiting on the disk for the file it opens.
    public static let threads = 8
    /// Files asked for by one thread in a row, before it takes the next piece of work.
    static let pieceSize = 16

    private enum Work {
        case batch([String], generation: Int)
        case files(ArraySlice<String>, generation: Int)
        case stop
    }

    private struct Queue {
        var work: [Work] = []
        var head = 0
        /// The number of the last batch asked for: pieces of batches two or more before it are
        /// dropped, as their files have been read (or are being read) by then.
        var generation = 0
        /// Whether ``stop()`` was called: nothing more is taken but the threads' ends.
        var stopped = false
        /// The threads started: one at first, which looks at each batch, the rest once a batch
        /// is not in memory.
        var running = 0
        /// Whether a batch was found not in memory: later batches are asked for without a look.
        var missed = false
    }

    private let queue = Mutex(Queue())
    private let ready = DispatchSemaphore(value: 0)
    private let threadCount: Int

    /// Readies `threads` threads to ask for files: one starts now, to look at the batches
    /// asked for, and the others once a batch is not in memory, so that a run whose files are
    /// all in memory starts one.
    public init(threads: Int = ReadAhead.threads) {
        threadCount = max(1, threads)
        start(upTo: 1)
    }

    /// Starts threads until `count` run, unless stopped.
    private func start(upTo count: Int) {
        let starting = queue.withLock { queue -> Int in
            guard !queue.stopped, queue.running < count else { return 0 }
            defer { queue.running = count }
            return count - queue.running
        }
        for _ in 0..<starting { Thread.detachNewThread { [self] in work() } }
    }

    /// Asks for the files at `paths` (regular files; never a pipe or a device, which opening
    /// could change) to be brought into memory, in their order, unless the batch is there
    /// already. Returns at once.
    public func warm(_ paths: [String]) {
        guard !paths.isEmpty else { return }
        let queued = queue.withLock { queue -> Bool in
            guard !queue.stopped else { return false }
            queue.generation += 1
            queue.work.append(.batch(paths, generation: queue.generation))
            return true
        }
        if queued { ready.signal() }
    }

    /// Ends the threads once they have taken what was asked before; what they have not taken
    /// yet is dropped. Call it once, when the run's reads are done.
    public func stop() {
        let running = queue.withLock { queue -> Int in
            queue.stopped = true
            queue.work = Array(repeating: .stop, count: queue.running)
            queue.head = 0
            return queue.running
        }
        for _ in 0..<running { ready.signal() }
    }

    /// Whether the files of `paths` seem in memory: their first, middle and last files are.
    static func seemsCached(_ paths: [String]) -> Bool {
        let samples = Set([0, paths.count / 2, paths.count - 1])
        return samples.allSatisfy { isCached(paths[$0]) == true }
    }

    /// Whether the pages of the file at `path` (its first megabyte) are all in the page cache,
    /// asked without bringing any in: nil when the file cannot be opened or mapped, or is not
    /// a regular file.
    static func isCached(_ path: String) -> Bool? {
        switch rg_is_cached(path) {
        case 1: true
        case 0: false
        default: nil
        }
    }

    private func work() {
        while true {
            ready.wait()
            let (taken, current) = queue.withLock { queue -> (Work?, Int) in
                guard queue.head < queue.work.count else { return (nil, queue.generation) }
                let taken = queue.work[queue.head]
                queue.head += 1
                if queue.head >= 256, queue.head * 2 >= queue.work.count {
                    queue.work.removeFirst(queue.head)
                    queue.head = 0
                }
                return (taken, queue.generation)
            }
            switch taken {
            case nil:
                continue
            case .stop:
                return
            case .batch(let paths, let generation):
                guard generation >= current - 1 else { continue }
                let looks = !queue.withLock { $0.missed }
                if looks {
                    guard !Self.seemsCached(paths) else { continue }
                    queue.withLock { $0.missed = true }
                }
                start(upTo: threadCount)
                let pieces = stride(from: 0, to: paths.count, by: Self.pieceSize).map {
                    Work.files(paths[$0..<min($0 + Self.pieceSize, paths.count)], generation: generation)
                }
                let queued = queue.withLock { queue in
                    // Ahead of later batches: the files of this one are read first.
                    if !queue.stopped { queue.work.insert(contentsOf: pieces, at: queue.head) }
                    return !queue.stopped
                }
                if queued { for _ in pieces { ready.signal() } }
            case .files(let paths, let generation):
                guard generation >= current - 1 else { continue }
                for path in paths { _ = path.withCString(rg_read_ahead) }
            }
        }
    }
}
