import CReadAhead
import Foundation
import Synchronization

/// A large file that a question is about to read most of, brought into the page cache from its
/// start to its end on a thread of its own, while the question reads it in its own order.
///
/// A pass over a whole index (`stats`, `dangling`, `check`, `export`) reads nearly every page of
/// the database, in the order of its B-trees, not of the file: with the page cache empty, each
/// page waits for the disk in turn. Asked for in order and ahead, the same pages come far
/// sooner: at a million documents (2.8 GB), `stats` took 12.8–13.7 s with the page cache dropped
/// and 9.0–10.9 s with the file asked for beside it (5.9–7.2 s with the file in memory).
/// Asking never waits for the disk's answers and never changes what is read.
///
/// A file in memory already (all but a few pages of it), or too large for the memory free to
/// hold, is left alone.
///
/// ```swift
/// WholeFileReadAhead.warm(indexPath)   // returns at once
/// ```
public enum WholeFileReadAhead {
    /// The share of a file in memory from which it is left alone: all but a few pages. Asking
    /// for a file in memory costs little (42 ms for 2.8 GB), and the pages a file nearly all in memory
    /// lacks are scattered, each a wait for the disk when a question reaches it (`stats` at a
    /// million documents, 8 % of the index out of memory in pieces of 64 KB: 6.98–7.51 s asked
    /// for, 7.63–8.02 s left alone at 90 %).
    static let cachedEnough = 0.999
    /// The piece asked for at a time: the kernel brings a large file asked for in one call only
    /// in part (336 MB of 2.8 GB for pieces of 64 MB), all of it in pieces of 2 MB.
    static let step: Int64 = 2 << 20

    /// What ``warm(_:)`` did.
    public enum Outcome: Equatable, Sendable {
        /// The file is being asked for.
        case asked
        /// Most of the file is in memory already.
        case cached
        /// The file is larger than half the memory free.
        case tooLarge
        /// The file cannot be opened, or is not a regular file.
        case unreadable
    }

    /// The files being asked for now: a question that starts while another's asking is under
    /// way (the web view's figures, counted beside one another) does not ask again.
    private static let underWay = Mutex(Set<ExactPath>())

    /// Asks for the file at `path` to be brought into memory on a thread of its own, unless it
    /// is there already (all but a few pages) or larger than half the memory free (`MemAvailable`); returns at
    /// once, saying which. A file this process is asking for already is not asked for twice.
    @discardableResult
    public static func warm(_ path: String) -> Outcome {
        guard let (share, size) = cached(path) else { return .unreadable }
        guard share < cachedEnough else { return .cached }
        guard size <= availableMemory() / 2 else { return .tooLarge }
        guard underWay.withLock({ $0.insert(ExactPath(path)).inserted }) else { return .asked }
        Thread.detachNewThread {
            _ = rg_read_ahead_in_steps(path, step)
            _ = underWay.withLock { $0.remove(ExactPath(path)) }
        }
        return .asked
    }

    /// The share of the regular file at `path` in memory now (from 0 to 1, 1 for an empty file)
    /// and its size, asked without reading it; nil when it cannot be opened, or is not a regular
    /// file.
    static func cached(_ path: String) -> (share: Double, size: Int64)? {
        var size: Int64 = 0
        let share = rg_cached_share(path, &size)
        return share < 0 ? nil : (share, size)
    }

    /// The memory the system can give without swapping (`MemAvailable`, which counts the page
    /// cache it could drop), or the machine's memory where that is not told.
    static func availableMemory() -> Int64 {
        if let meminfo = try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8),
           let line = meminfo.split(separator: "\n").first(where: { $0.hasPrefix("MemAvailable:") }),
           let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Int64($0) }) {
            return kilobytes * 1024
        }
        return Int64(ProcessInfo.processInfo.physicalMemory)
    }
}
