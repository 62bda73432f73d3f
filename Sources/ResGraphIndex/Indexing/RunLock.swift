import Foundation
import GRDB
import GRDBSQLite

/// The write lock an index run takes before it reads what the index holds, and keeps to its
/// end. A second run started meanwhile (another terminal, the same command twice) says so,
/// waits for the first to finish, then reads what that one stored. It used to read the index
/// as it was before, and failed on the first file both stored ("UNIQUE constraint failed:
/// file.path"), or gave up after 30 seconds ("database is locked").
enum RunLock {
    /// How long a run waits for another: as long as that one takes (a first run of a million
    /// documents takes minutes), a day at most.
    static let waitSeconds = 24 * 3_600

    /// Whether another connection holds the write lock of the database at `path` now (another
    /// run is writing it), asked without waiting and without writing.
    static func isHeld(at path: String) -> Bool {
        var connection: OpaquePointer?
        defer { sqlite3_close(connection) }
        guard sqlite3_open_v2(path, &connection, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK else { return false }
        guard sqlite3_exec(connection, "BEGIN IMMEDIATE", nil, nil, nil) != SQLITE_BUSY else { return true }
        sqlite3_exec(connection, "ROLLBACK", nil, nil, nil)
        return false
    }

    /// Runs `body` in a transaction on the index at `path` that holds its write lock from its
    /// start: when another run
    /// holds it, `waiting` is called, and the lock is waited for as long as that run takes (the
    /// connection of a run waits ``waitSeconds``). `committed` is called as soon as the
    /// transaction has committed.
    static func holding<T>(in db: Database, at path: String, waiting: () -> Void, committed: (() -> Void)?,
                           _ body: () throws -> T) throws -> T {
        if isHeld(at: path) { waiting() }
        var value: T?
        try db.inTransaction(.immediate) {
            value = try body()
            return .commit
        }
        committed?()
        return value!
    }
}

/// Which file a path names (its device and inode): whether the index file a run opened is still
/// the one at its path once the run holds the lock. A run that was making the index and was
/// stopped meanwhile removed it (``CitationIndex``'s first runs leave nothing behind).
struct FileIdentity: Equatable {
    let device: UInt64
    let inode: UInt64

    /// The identity of the file at `path`, or nil when there is none.
    static func of(_ path: String) -> FileIdentity? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return FileIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    }
}
