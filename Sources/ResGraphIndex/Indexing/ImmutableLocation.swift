import Foundation
import GRDBSQLite

/// Where questions open an index that nothing can be written beside. SQLite reads a database in
/// WAL mode only where it can make or write the database's shared-memory file (`-shm`), so an
/// index published read-only (a read-only mount, another user's file in a folder one cannot
/// write) could not be asked anything. Such an index is opened as immutable instead
/// (`file:PATH?immutable=1`): no locks and no `-shm`, right as long as nothing writes the file
/// meanwhile, which nothing can from here.
enum ImmutableLocation {
    /// The location SQLite opens the index at `path` at for questions: `path` itself, or its
    /// immutable URI when the shared-memory file can be neither written nor made. Throws, naming
    /// the file, when its log (`-wal`) holds changes that a reader that cannot write would miss.
    static func forQuestions(at path: String) throws(IndexError) -> String {
        guard !canShareReads(path) else { return path }
        var status = stat()
        if stat(path + "-wal", &status) == 0, status.st_size > 0 {
            throw IndexError(path: path, problem: "cannot be written here, and its log (\(path)-wal) holds changes not yet written into it; ask a question once where the file can be written, then it can be read from here")
        }
        guard sqlite3_compileoption_used("USE_URI") == 1 else { return path }
        return "file:" + percentEncoded(path) + "?immutable=1"
    }

    /// Whether SQLite can open `path` as readers of a WAL database do: its `-shm` file writable,
    /// or missing in a folder where it can be made.
    private static func canShareReads(_ path: String) -> Bool {
        let shm = path + "-shm"
        if access(shm, W_OK) == 0 { return true }
        guard access(shm, F_OK) != 0 else { return false }
        return access(PathFolder.of(path), W_OK) == 0
    }

    /// `path` as the path of a `file:` URI: "%", "?" and "#" escaped.
    private static func percentEncoded(_ path: String) -> String {
        var encoded = ""
        for character in path {
            switch character {
            case "%": encoded += "%25"
            case "?": encoded += "%3F"
            case "#": encoded += "%23"
            default: encoded.append(character)
            }
        }
        return encoded
    }
}
