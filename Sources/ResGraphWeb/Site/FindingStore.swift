import Foundation
import GRDB
import GRDBSQLite
import ResGraphGraph
import ResGraphIndex

/// The `check` findings of one version of the index, as the web view keeps them: in a private
/// temporary SQLite database (no name in any folder; its room is freed when the store goes),
/// not in memory. A million documents give six million findings, which held as values took the
/// server to 2.5 GB; here the server keeps the first page and the counts, and reads a page or a
/// node's findings by key.
final class FindingStore: Sendable {
    private let database: DatabaseQueue
    /// How many findings there are.
    let count: Int
    /// How many findings there are of each problem.
    let counts: [Finding.Problem: Int]
    /// The first findings, in reading order: what the check page shows.
    let first: [Finding]

    /// The most findings ``first`` holds: as many as the check page shows.
    static let firstCount = CheckContext.pageLimit

    /// Runs `check` over `index` and keeps what it finds, in its order; throws an `IndexError`
    /// saying why when the findings cannot be kept (a full temporary folder).
    convenience init(checking index: CitationIndex) throws {
        do {
            try self.init(keeping: { try index.check($0) })
        } catch let error as DatabaseError {
            throw IndexError(path: index.path, problem: "check's findings could not be found or kept: \(IndexError.explanation(of: error) ?? "\(error)")")
        }
    }

    /// Keeps the findings `check` hands over, in their order.
    init(keeping check: ((Finding) throws -> Void) throws -> Void) throws {
        (database, count, counts, first) = try Self.store(check)
    }

    /// The findings `check` hands over, kept in a new temporary database, with their count,
    /// their counts by problem and the first of them.
    private static func store(_ check: ((Finding) throws -> Void) throws -> Void) throws
        -> (DatabaseQueue, Int, [Finding.Problem: Int], [Finding]) {
        // An empty path is SQLite's private temporary database: on disk (in SQLITE_TMPDIR,
        // TMPDIR or /var/tmp) past its page cache, its file gone from the folder once opened.
        let database = try DatabaseQueue(path: "")
        var count = 0
        var counts: [Finding.Problem: Int] = [:]
        var first: [Finding] = []
        try database.write { db in
            try db.execute(sql: "CREATE TABLE finding (problem TEXT NOT NULL, source TEXT NOT NULL, offset INTEGER, node TEXT NOT NULL, message TEXT NOT NULL)")
            let insert = try db.makeStatement(sql: "INSERT INTO finding (problem, source, offset, node, message) VALUES (?, ?, ?, ?, ?)")
            // Bound and stepped by SQLite's own calls: GRDB's array of arguments for each of six
            // million findings took longer than finding them.
            let handle = insert.sqliteStatement
            try check { finding in
                Self.bind(finding.problem.rawValue, 1, to: handle)
                Self.bind(finding.source, 2, to: handle)
                if let offset = finding.offset { sqlite3_bind_int64(handle, 3, Int64(offset)) } else { sqlite3_bind_null(handle, 3) }
                Self.bind(finding.node, 4, to: handle)
                Self.bind(finding.message, 5, to: handle)
                let code = sqlite3_step(handle)
                sqlite3_reset(handle)
                guard code == SQLITE_DONE else {
                    throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) })
                }
                count += 1
                counts[finding.problem, default: 0] += 1
                if first.count < Self.firstCount { first.append(finding) }
            }
            try db.execute(sql: "CREATE INDEX finding_on_node ON finding(node)")
        }
        return (database, count, counts, first)
    }

    /// Binds `text` to parameter `index` (from 1) of `statement`, copied by SQLite.
    private static func bind(_ text: String, _ index: Int32, to statement: OpaquePointer?) {
        var text = text
        text.withUTF8 { bytes in
            // An empty text has no address, and a null one would bind NULL, which the columns refuse.
            guard let start = bytes.baseAddress else { return _ = sqlite3_bind_text(statement, index, "", 0, copiedBySQLite) }
            sqlite3_bind_text(statement, index, UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self), Int32(bytes.count), copiedBySQLite)
        }
    }

    /// SQLite's `SQLITE_TRANSIENT`: it copies the text before the call returns.
    private static var copiedBySQLite: sqlite3_destructor_type { unsafeBitCast(-1, to: sqlite3_destructor_type.self) }

    /// At most `limit` findings from the `offset`-th (from 0), in reading order.
    func page(offset: Int, limit: Int) throws -> [Finding] {
        try fetch("SELECT * FROM finding WHERE rowid > ? ORDER BY rowid LIMIT ?", [offset, limit])
    }

    /// At most `limit` findings of `node` from its `offset`-th (from 0), in reading order: a
    /// node cited by every document of a corpus can have a finding in each of them.
    func findings(of node: String, offset: Int = 0, limit: Int) throws -> [Finding] {
        try fetch("SELECT * FROM finding WHERE node = ? ORDER BY rowid LIMIT ? OFFSET ?", [node, limit, offset])
    }

    /// How many findings `node` has.
    func count(of node: String) throws -> Int {
        try database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM finding WHERE node = ?", arguments: [node]) ?? 0 }
    }

    private func fetch(_ sql: String, _ arguments: StatementArguments) throws -> [Finding] {
        try database.read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                guard let problem = Finding.Problem(rawValue: row["problem"]) else {
                    throw DatabaseError(message: "a finding of unknown problem \(row["problem"] as String)")
                }
                return Finding(problem: problem, source: row["source"], offset: row["offset"], node: row["node"], message: row["message"])
            }
        }
    }
}
