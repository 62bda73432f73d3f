import CInterruptCleanup
import Foundation

/// Files a command has begun and not finished, removed if Ctrl-C, SIGTERM or SIGHUP stops the
/// process before ``keep()`` (see `Sources/CInterruptCleanup`): the temporary file of an
/// output (``AtomicFile``), the files of an index whose first run has not committed. One
/// command's files at a time, four paths at most.
enum UnfinishedFiles {
    /// Arms removal of `paths` on a stopping signal, until ``keep()``.
    static func removeOnInterrupt(_ paths: [String]) {
        for path in paths { _ = rg_remove_on_interrupt(path) }
    }

    /// Disarms: the files stay.
    static func keep() {
        rg_keep_on_interrupt()
    }

    /// Removes `paths` now (a command that failed on the way); a file already gone is no error.
    static func remove(_ paths: [String]) {
        for path in paths { unlink(path) }
    }

    /// The files SQLite keeps for the index at `path`: the database, its write-ahead log and
    /// shared memory, and its rollback journal.
    static func indexFiles(_ path: String) -> [String] {
        [path, path + "-wal", path + "-shm", path + "-journal"]
    }
}
