import Foundation
import GRDB
import ResGraphExtractor
import ResGraphGraph

/// A corpus indexed once in SQLite, queried instantly.
///
/// ```swift
/// let index = try CitationIndex(path: "resgraph.sqlite")
/// try index.index(paths: ["examples"])
/// try index.citers(of: "A/RES/48/113", relation: .recalls).map(\.node.id)  // ["A/RES/58/154"]
/// ```
public final class CitationIndex: Sendable {
    /// The database file.
    public let path: String
    let queue: DatabaseQueue

    /// Opens the index at `path`, creating it when there is no file; refuses a file that is
    /// not a resgraph index (another application's database, or not SQLite at all).
    public init(path: String) throws(IndexError) {
        self.path = path
        let exists = FileManager.default.fileExists(atPath: path)
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            queue = try DatabaseQueue(path: path, configuration: configuration)
            if exists {
                let (applicationID, tables) = try queue.read { db in
                    (try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                     try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0)
                }
                guard applicationID == IndexSchema.applicationID || (applicationID == 0 && tables == 0) else {
                    throw IndexError(path: path, problem: "is a SQLite database of another application, not a resgraph index; choose another --db")
                }
            }
            try IndexSchema.migrator.migrate(queue)
        } catch let error as IndexError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT {
            throw IndexError(path: path, problem: "is not a resgraph index (not a SQLite database, or corrupt); choose another --db or move it away")
        } catch {
            throw IndexError(path: path, problem: "cannot be opened as an index (\(error))")
        }
    }

    /// The number of files indexed.
    public func fileCount() throws -> Int {
        try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM file") ?? 0 }
    }
}
