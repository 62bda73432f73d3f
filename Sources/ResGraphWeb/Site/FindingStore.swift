import Foundation
import GRDB
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
    init(checking index: CitationIndex) throws {
        do {
            (database, count, counts, first) = try Self.store { try index.check($0) }
        } catch let error as DatabaseError {
            throw IndexError(path: index.path, problem: "check's findings could not be found or kept: \(IndexError.explanation(of: error) ?? "\(error)")")
        }
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
            try check { finding in
                try insert.execute(arguments: [finding.problem.rawValue, finding.source, finding.offset, finding.node, finding.message])
                count += 1
                counts[finding.problem, default: 0] += 1
                if first.count < Self.firstCount { first.append(finding) }
            }
            try db.execute(sql: "CREATE INDEX finding_on_node ON finding(node)")
        }
        return (database, count, counts, first)
    }

    /// At most `limit` findings from the `offset`-th (from 0), in reading order.
    func page(offset: Int, limit: Int) throws -> [Finding] {
        try fetch("SELECT * FROM finding WHERE rowid > ? ORDER BY rowid LIMIT ?", [offset, limit])
    }

    /// The findings of `node`, in reading order.
    func findings(of node: String) throws -> [Finding] {
        try fetch("SELECT * FROM finding WHERE node = ? ORDER BY rowid", [node])
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
