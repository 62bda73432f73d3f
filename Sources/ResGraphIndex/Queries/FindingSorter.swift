import Foundation
import GRDB
import ResGraphGraph

/// Puts findings in reading order with memory bounded: up to `limit` are held and sorted in
/// memory; past it, they go to a temporary SQLite file whose `ORDER BY` sorts on disk (SQLite
/// merges sorted runs in temporary files), so a corpus of millions of findings is handed over
/// in order without holding them. The file is removed when the sorter is done.
///
/// The order is ``Finding``'s: file, place, problem, message. SQLite compares text by its
/// UTF-8 bytes, which is Swift's order for texts in Unicode normal form C (paths and messages are).
final class FindingSorter {
    private let limit: Int
    private var held: [Finding] = []
    private var spill: (queue: DatabaseQueue, folder: URL)?
    /// Findings past the limit waiting to be written, a transaction per batch.
    private var pending: [Finding] = []
    private static let batch = 10_000

    /// A sorter that holds at most `limit` findings before it spills to disk.
    init(limit: Int) { self.limit = limit }

    deinit {
        if let spill { try? FileManager.default.removeItem(at: spill.folder) }
    }

    /// Takes in one finding.
    func add(_ finding: Finding) throws {
        if spill == nil, pending.isEmpty, held.count < limit {
            held.append(finding)
            return
        }
        pending.append(finding)
        if pending.count >= Self.batch { try writePending() }
    }

    private func writePending() throws {
        let queue = try spillQueue()
        let findings = pending
        pending = []
        try queue.inTransaction { db in
            let insert = try db.cachedStatement(sql: "INSERT INTO finding (source, place, problem, node, message) VALUES (?, ?, ?, ?, ?)")
            for finding in findings {
                insert.setUncheckedArguments([finding.source, finding.offset ?? -1, finding.problem.rawValue, finding.node, finding.message])
                try insert.execute()
            }
            return .commit
        }
    }

    /// Hands over every finding taken in, in reading order.
    func forEachInOrder(_ visit: (Finding) throws -> Void) throws {
        guard spill != nil || !pending.isEmpty else {
            for finding in held.inReadingOrder() { try visit(finding) }
            return
        }
        if !pending.isEmpty { try writePending() }
        try spillQueue().inDatabase { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT * FROM finding ORDER BY source, place, problem, message")
            while let row = try rows.next() {
                let stored: String = row["problem"]
                guard let problem = Finding.Problem(rawValue: stored) else {
                    throw IndexError.unknownValue(stored, in: "finding.problem", path: spill?.folder.path ?? "")
                }
                let place: Int = row["place"]
                try visit(Finding(problem: problem, source: row["source"], offset: place < 0 ? nil : place, node: row["node"], message: row["message"]))
            }
        }
    }

    /// The temporary file, made (with what is held) at the first finding past the limit.
    private func spillQueue() throws -> DatabaseQueue {
        if let spill { return spill.queue }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("resgraph-check-\(UUID().uuidString)")
        let queue: DatabaseQueue
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            queue = try DatabaseQueue(path: folder.appendingPathComponent("findings.sqlite").path)
        } catch {
            throw IndexError(path: folder.deletingLastPathComponent().path,
                             problem: "cannot hold the findings to sort in a temporary file here (set TMPDIR to a writable folder): \(error.localizedDescription)")
        }
        spill = (queue, folder)
        try queue.inDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA temp_store = FILE")
            try db.execute(sql: "CREATE TABLE finding (source TEXT NOT NULL, place INTEGER NOT NULL, problem TEXT NOT NULL, node TEXT NOT NULL, message TEXT NOT NULL)")
        }
        pending = held + pending
        held = []
        return queue
    }
}
