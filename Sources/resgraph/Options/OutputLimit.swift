import ArgumentParser
import Foundation

/// How many answers a command shows: what `--limit` says, else a few on a terminal, where a
/// person reads them, and all of them when standard output is a file or a pipe.
///
/// ```swift
/// let shown = OutputLimit.shown(limit, onTerminal: 100)   // 100 on a terminal, Int.max piped
/// ```
enum OutputLimit {
    /// The number to show: `limit`, else `onTerminal` on a terminal, else `Int.max`.
    static func shown(_ limit: Int?, onTerminal: Int) -> Int {
        limit ?? (isatty(STDOUT_FILENO) == 1 ? onTerminal : Int.max)
    }

    /// Refuses a `--limit` below 1.
    static func validate(_ limit: Int?) throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more, not \(limit)") }
    }
}
