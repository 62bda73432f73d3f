import GRDB
import ResGraphExtractor

/// Every id the index's references cite, in one walk of the target index: its rows come by id,
/// so each id's citing nodes are counted as they stream (``CitingNodes``), and whether the index
/// has a file of the id is read off the file nodes in the same order, walked alongside. What
/// `stats` counts the most cited and the ids lacked with, and `dangling` finds the ids lacked
/// with (``LackingIDs``).
///
/// ```swift
/// try CitedIDs.walk(in: db) { id, citing, isLacked, _ in
///     if isLacked { lacked += 1 }
/// }
/// ```
enum CitedIDs {
    /// Hands each id cited in the index `db` reads to `visit`, in byte order: its bytes (valid
    /// during the call), how many documents cite it, whether the index lacks a file of it, and,
    /// when `numbered`, the number of its first reference (else nil). Only a walk that needs
    /// the numbers should ask for them: they take a third longer to read.
    static func walk(in db: Database, numbered: Bool = false,
                     _ visit: (_ id: UnsafeBufferPointer<UInt8>, _ citing: Int, _ isLacked: Bool, _ first: Int?) throws -> Void) throws {
        let fileNodes = try RawRows(db, sql: IndexSQL.fileNodesInOrder)
        var fileNode = try fileNodes.step() ? fileNodes.text(0) : nil
        var citing = CitingNodes()
        var first = Int.max
        func endID() throws {
            let count = citing.count()
            try citing.withTarget { target in
                while let node = fileNode, ByteOrder.compare(node, target) < 0 { fileNode = try fileNodes.step() ? fileNodes.text(0) : nil }
                try visit(target, count, !(fileNode.map { ByteOrder.compare($0, target) == 0 } ?? false), numbered ? first : nil)
            }
        }
        let rows = try RawRows(db, sql: numbered ? IndexSQL.numberedReferencesByTarget : IndexSQL.referencesByTarget)
        while try rows.step() {
            let target = rows.text(0)
            if !citing.isCounting(target) {
                try endID()
                citing.start(target)
                first = .max
            }
            citing.add(relation: rows.text(1), node: rows.text(2))
            if numbered { first = min(first, rows.integer(3)) }
        }
        try endID()
    }
}
