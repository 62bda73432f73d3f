import CInterruptCleanup
import Foundation

/// Files a command has begun and not finished, removed if Ctrl-C, SIGTERM or SIGHUP stops the
/// process before ``keep()`` (see `Sources/CInterruptCleanup`): the temporary file of an
/// output (``AtomicFile``), the files of an index whose first run has not committed. One
/// command's files at a time, six paths at most.
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

    /// Makes an empty file at `path` if there is none, as a first index run's claim to the index
    /// it makes, with the index's files armed for removal (``indexFiles(_:)``) from the instant
    /// it exists. True when this process made it; false when the file was there (another run
    /// may be making it: nothing of it is armed) or cannot be made (opening the index says why).
    ///
    /// The file is made under a name of its own and linked into place, which fails if the path
    /// exists, as `O_EXCL` does; the path is armed before, but removed by a signal only while it
    /// is that file. Where links cannot be made (FAT), it is made in place and armed after.
    static func claimIndex(_ path: String) -> Bool {
        let temporary = path + ".claim-" + randomEnding()
        removeOnInterrupt([temporary])
        defer { unlink(temporary) }
        guard let made = createEmpty(temporary) else {
            keep()
            return false
        }
        _ = rg_remove_on_interrupt_if_same(path, UInt64(made.st_dev), UInt64(made.st_ino))
        if link(temporary, path) != 0 {
            let code = errno
            keep()
            guard code != EEXIST, let inPlace = createEmpty(path) else { return false }
            _ = rg_remove_on_interrupt_if_same(path, UInt64(inPlace.st_dev), UInt64(inPlace.st_ino))
        }
        removeOnInterrupt(Array(indexFiles(path).dropFirst()))
        return true
    }

    /// Six random letters and digits, which make a temporary file's name its own, as `mkstemp`'s do.
    static func randomEnding() -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        return String((0..<6).map { _ in letters.randomElement()! })
    }

    /// Makes an empty file at `path` if there is none; its status, or nil when it was there or
    /// could not be made.
    private static func createEmpty(_ path: String) -> stat? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        return fstat(descriptor, &status) == 0 ? status : nil
    }

    /// The files SQLite keeps for the index at `path`: the database, its write-ahead log and
    /// shared memory, and its rollback journal.
    static func indexFiles(_ path: String) -> [String] {
        [path, path + "-wal", path + "-shm", path + "-journal"]
    }
}
