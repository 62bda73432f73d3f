import Foundation
import GRDB
import ResGraphExtractor
import ResGraphGraph
import ResGraphReader

/// A corpus indexed once in SQLite, queried instantly.
///
/// ```swift
/// let index = try CitationIndex(path: "resgraph.sqlite")
/// try index.index(paths: ["examples"])
/// try index.citers(of: "A/RES/48/113", relation: .recalls).map(\.node.id)  // ["A/RES/58/154"]
/// ```
///
/// The database is in WAL mode: queries made while `index` runs (another process, another
/// terminal) read the state before the run, never a half-written one, and never fail on a lock.
public final class CitationIndex: Sendable {
    /// How the index is opened.
    public enum Access: Sendable {
        /// For indexing: the file is created when missing, and migrated to the current schema.
        case readWrite
        /// For questions: the file must exist; nothing is written, nothing created.
        case readOnly
    }

    /// The database file.
    public let path: String
    let database: any DatabaseWriter
    /// The file opened for writing, which a run checks is still the one at ``path``.
    let fileIdentity: FileIdentity?
    /// How the index was opened.
    let openedFor: Access
    /// What is said when another run holds the index and this one waits for it.
    let waitNotice: WaitNotice

    /// Opens the index at `path`. With `.readWrite` (the default) a missing file is created;
    /// with `.readOnly` a missing file is an error ("no index at PATH"). A file that is not a
    /// resgraph index (another application's database, or not SQLite at all) is refused and
    /// left as it was.
    ///
    /// Opened for writing while another run writes the index, it waits for that run to finish,
    /// as its own runs do (see ``RunLock``), and calls `waiting` once the first time it waits.
    public init(path: String, access: Access = .readWrite, waiting: (@Sendable () -> Void)? = nil) throws(IndexError) {
        self.path = path
        openedFor = access
        waitNotice = WaitNotice(waiting)
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        if isFolder.boolValue {
            throw IndexError(path: path, problem: "is a folder; --db names the index file (e.g. \(path)/resgraph.sqlite)")
        }
        if access == .readOnly, !exists {
            throw IndexError(path: path, problem: "no index here; run `resgraph index PATH... --db \(path)` first", kind: .missing)
        }
        let isNew = !exists || (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) == 0
        // The file this run opens, when there is one: another run that was making it may remove
        // it while this one waits to open it.
        let identity = access == .readWrite && exists ? FileIdentity.of(path) : nil
        if access == .readWrite, let problem = Self.unwritable(path, exists: exists) {
            throw IndexError(path: path, problem: problem)
        }
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            // A run's connection waits for another run as long as that one takes; questions
            // never wait for a write lock (the log lets them read), but for SQLite's own brief ones.
            configuration.busyMode = .timeout(TimeInterval(access == .readWrite ? RunLock.waitSeconds : 30))
            configuration.readonly = access == .readOnly
            // Questions that wait for the disk read in as many parts side by side as
            // ``ReadAhead`` asks for files (``PartedReads/fromDisk(for:)``).
            configuration.maximumReaderCount = ReadAhead.threads
            // Large sorts (the groupings and orders of check, dangling, stats and drawings over a
            // whole index, building indexes) are sorted in runs on every core, then merged.
            let cores = Cores.available
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA threads = \(cores)")
                // A new index gets pages of 16 KB (SQLite's default is 4 KB): fewer pages to
                // split, write to the log and copy back at a run's end. An index that exists keeps
                // its own; an empty file is a new index (a first run makes the file to claim it).
                if isNew, access == .readWrite { try db.execute(sql: "PRAGMA page_size = \(IndexSchema.pageSize)") }
            }
            let location = access == .readOnly && exists ? try ImmutableLocation.forQuestions(at: path) : path
            if exists {
                let isCurrent = try Self.checkOwnership(path, at: location, access: access, notice: waitNotice)
                if access == .readOnly, !isCurrent { try Self.upgrade(path) }
                // Opening for writing writes (the switch to the log, a first migration): said
                // before it waits for another run.
                if access == .readWrite, RunLock.isHeld(at: path) { waitNotice.give() }
            }
            database = try Self.open(location, configuration: configuration, access: access, notice: waitNotice)
            fileIdentity = access == .readWrite ? identity ?? FileIdentity.of(path) : nil
            if access == .readWrite { try IndexSchema.bringUpToDate(database) }
            if identity != nil, FileIdentity.of(path) != identity { throw Self.removedWhileOpened(path) }
        } catch let error as IndexError {
            throw error
        } catch where identity != nil && FileIdentity.of(path) != identity {
            throw Self.removedWhileOpened(path)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT {
            throw IndexError(path: path, problem: "is not a resgraph index (not a SQLite database, or corrupt); choose another --db or move it away")
        } catch {
            throw IndexError(path: path, problem: "cannot be opened as an index (\(error))")
        }
    }

    /// The index was removed while this process opened it, as a run that was making it and was
    /// stopped removes what it had begun (see ``IndexError/Kind/removedMeanwhile``).
    private static func removedWhileOpened(_ path: String) -> IndexError {
        IndexError(path: path, problem: "was removed while it was opened, by a run that was making it and stopped; nothing was written: run again",
                   kind: .removedMeanwhile)
    }

    /// A pool (WAL: one writer, readers alongside); for a read-only look at an index written
    /// before WAL was used, a plain read-only connection.
    ///
    /// For writing, a new index another run is still making (in its first instants, before it
    /// keeps a log) cannot be switched to the log at once: SQLite says it is locked without
    /// waiting. It is tried again, every tenth of a second, for as long as a run waits.
    private static func open(_ path: String, configuration: Configuration, access: Access, notice: WaitNotice) throws -> any DatabaseWriter {
        let deadline = Date().addingTimeInterval(TimeInterval(RunLock.waitSeconds))
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration)
            } catch where access == .readOnly {
                return try DatabaseQueue(path: path, configuration: configuration)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
                notice.give()
                usleep(100_000)
            }
        }
    }

    /// Refuses, before anything is written to it (not even the switch to WAL), a file that is
    /// not SQLite, is another application's database, or is an index of a newer version; says
    /// whether the index is of this version (an earlier one's lacks some of its steps). SQLite
    /// opens it at `location` (see ``ImmutableLocation``).
    ///
    /// For writing, an index another run is making looks, in its first instants, like no index
    /// at all: it is looked at again once that run lets go of it.
    private static func checkOwnership(_ path: String, at location: String, access: Access, notice: WaitNotice) throws -> Bool {
        while true {
            do {
                return try checkOwnershipOnce(path, at: location, access: access)
            } catch is IndexError where access == .readWrite && RunLock.isHeld(at: path) {
                notice.give()
                usleep(100_000)
            }
        }
    }

    private static func checkOwnershipOnce(_ path: String, at location: String, access: Access) throws -> Bool {
        try checkHeader(path)
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(30)
        let probe = try DatabaseQueue(path: location, configuration: configuration)
        let (applicationID, tables, newer, current) = try probe.read { db in
            let migrated = try db.tableExists("grdb_migrations")
            return (try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                    // GRDB's table of migrations comes first, alone for an instant, as another
                    // run makes a new index: that is no other application's database.
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE name != 'grdb_migrations'") ?? 0,
                    try migrated && IndexSchema.migrator.hasBeenSuperseded(db),
                    try migrated && IndexSchema.migrator.hasCompletedMigrations(db))
        }
        try probe.close()
        guard applicationID == IndexSchema.applicationID || (applicationID == 0 && tables == 0 && access == .readWrite) else {
            if tables == 0 {
                throw IndexError(path: path, problem: "is an empty file, not an index; run `resgraph index PATH... --db \(path)` first", kind: .missing)
            }
            throw IndexError(path: path, problem: "is a SQLite database of another application, not a resgraph index; choose another --db")
        }
        // Its tables are not the ones this version's questions and runs know: left untouched.
        guard !newer else {
            throw IndexError(path: path, problem: "was written by a newer version of resgraph, whose tables this one does not know; use that version, or index into another --db")
        }
        return current
    }

    /// Brings an index written by an earlier version up to the current schema before it is
    /// opened for questions (the questions ask for its newer columns): the one write a read-only
    /// open makes, once, under SQLite's locks as any run's.
    private static func upgrade(_ path: String) throws {
        do {
            var writing = Configuration()
            // Another process may be upgrading the same index (86 s from version 4 at a million
            // documents): this one waits for it rather than failing on the lock.
            writing.busyMode = .timeout(600)
            let pool = try DatabasePool(path: path, configuration: writing)
            try IndexSchema.bringUpToDate(pool)
            try pool.close()
        } catch {
            throw IndexError(path: path, problem: "was written by an earlier version of resgraph and could not be brought up to date (\(error)); run `resgraph index PATH... --db \(path)` where the file can be written")
        }
    }

    /// Why an index run cannot write the index at `path` (the file, or the folder SQLite keeps
    /// its log in beside it), in words; nil when it can.
    private static func unwritable(_ path: String, exists: Bool) -> String? {
        let folder = PathFolder.of(path)
        if exists, access(path, W_OK) != 0 {
            return "cannot be written here (\(String(cString: strerror(errno)))); questions can still read it, and a run can index into another --db"
        }
        // A log and shared memory already there and writable serve a run without the folder.
        if exists, access(path + "-wal", W_OK) == 0, access(path + "-shm", W_OK) == 0 { return nil }
        if access(folder, W_OK) != 0 {
            if errno == ENOENT || errno == ENOTDIR, !exists { return "cannot be made: its folder \(folder) does not exist; choose another --db" }
            let reason = String(cString: strerror(errno))
            return exists
                ? "is in a folder that cannot be written here (\(reason)), where SQLite keeps the log of a run beside it; questions can still read it, and a run can index into another --db"
                : "cannot be made: its folder cannot be written here (\(reason)); choose another --db"
        }
        return nil
    }

    /// Refuses a file that does not start like an SQLite database before SQLite touches it.
    private static func checkHeader(_ path: String) throws(IndexError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw IndexError(path: path, problem: "cannot be read")
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        guard head.isEmpty || head == Data("SQLite format 3\0".utf8) else {
            throw IndexError(path: path, problem: "is not a resgraph index (not a SQLite database, or corrupt); choose another --db or move it away")
        }
    }

    /// The number of files indexed.
    public func fileCount() throws -> Int {
        try database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM file") ?? 0 }
    }
}
