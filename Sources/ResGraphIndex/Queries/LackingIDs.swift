import GRDB
import ResGraphExtractor
import ResGraphGraph

/// The cited ids the index lacks, found in one walk of the target index (``CitedIDs``): only
/// the first citations of the ids lacked are read, by their numbers, and the ids sorted, most
/// cited first.
///
/// SQL grouped and counted them (`count(DISTINCT node)`, `NOT IN` the file nodes) in twice the
/// time: 0.79 s of 1.37 at 100,000 documents went to telling the citing nodes apart in a
/// temporary B-tree for each id.
enum LackingIDs {
    /// An id lacked: where its bytes lie in the ids' buffer, how many documents cite it, and the
    /// number of its first reference.
    private struct Lacked {
        var id: Range<Int>
        var citing: Int
        var first: Int
    }

    /// The ids lacked whose first citations are read together, by default.
    static let window = 32_768

    /// The first citation of an id lacked: its kind, where it is (its file's path and offset)
    /// and its text, the path and text where they lie in the texts' buffer.
    private struct FirstCitation {
        var kind: ReferenceKind
        var path: Range<Int>
        var start: Int
        var text: Range<Int>
    }

    /// The ids the index `db` reads lacks, of `kinds` (all when nil), most cited first, then by
    /// their bytes (as SQLite orders them), each with its first citation, handed to `visit`;
    /// their first citations read `window` ids at a time.
    static func read(kinds: Set<ReferenceKind>?, index path: String, in db: Database, window: Int = Self.window,
                     _ visit: (DanglingTarget) throws -> Void) throws {
        var ids: [UInt8] = []
        var lacked: [Lacked] = []
        try CitedIDs.walk(in: db, numbered: true) { id, citing, isLacked, first in
            guard isLacked, let first else { return }
            lacked.append(Lacked(id: ids.count..<ids.count + id.count, citing: citing, first: first))
            ids.append(contentsOf: id)
        }
        try ids.withUnsafeBufferPointer { bytes in
            let id = { (found: Lacked) in UnsafeBufferPointer(rebasing: bytes[found.id]) }
            lacked.sort { a, b in a.citing != b.citing ? a.citing > b.citing : ByteOrder.compare(id(a), id(b)) < 0 }
            // The first citations are read a window of the answer at a time, each window's in the
            // order of their numbers, the table's: in the answer's order they were read in random
            // order, twice as slowly. A window's texts are kept until it is handed on.
            let citation = try db.makeStatement(sql: "SELECT kind, (SELECT path FROM file WHERE id = reference.file), start, text FROM reference WHERE id = ?")
            var texts: [UInt8] = []
            var citations: [FirstCitation?] = []
            for start in stride(from: 0, to: lacked.count, by: max(window, 1)) {
                let answer = start..<min(start + max(window, 1), lacked.count)
                texts.removeAll(keepingCapacity: true)
                citations = Array(repeating: nil, count: answer.count)
                for k in answer.sorted(by: { lacked[$0].first < lacked[$1].first }) {
                    let row = try RawRows(db, statement: citation, arguments: [lacked[k].first])
                    guard try row.step() else { continue }
                    let kind = try IndexValue.kind(String(decoding: row.text(0), as: UTF8.self), index: path)
                    guard kinds?.contains(kind) ?? true else { continue }
                    let (path, text) = (row.text(1), row.text(3))
                    citations[k - start] = FirstCitation(kind: kind, path: texts.count..<texts.count + path.count, start: row.integer(2),
                                                          text: texts.count + path.count..<texts.count + path.count + text.count)
                    texts.append(contentsOf: path)
                    texts.append(contentsOf: text)
                }
                try texts.withUnsafeBufferPointer { texts in
                    let text = { (range: Range<Int>) in String(decoding: UnsafeBufferPointer(rebasing: texts[range]), as: UTF8.self) }
                    for k in answer {
                        guard let first = citations[k - start] else { continue }
                        let target = DanglingTarget(node: GraphNode(id: String(decoding: id(lacked[k]), as: UTF8.self), kind: first.kind),
                                                    citingNodes: lacked[k].citing, firstSource: text(first.path),
                                                    firstOffset: first.start, firstText: text(first.text))
                        try visit(target)
                    }
                }
            }
        }
    }
}
