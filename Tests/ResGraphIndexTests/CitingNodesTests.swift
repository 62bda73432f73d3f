@testable import ResGraphIndex
import Testing

/// The citing nodes of one id counted as its references stream from the target index: by
/// relation, then node, each relation's nodes in byte order.
struct CitingNodesTests {
    /// Counts `rows` (relation, node) of one id, in the target index's order.
    func count(_ rows: [(String, String)]) -> (added: Int, count: Int) {
        var citing = CitingNodes()
        var target = "A/RES/70/1"
        target.withUTF8 { citing.start($0) }
        for (relation, node) in rows {
            var relation = relation, node = node
            relation.withUTF8 { name in node.withUTF8 { citing.add(relation: name, node: $0) } }
        }
        return (citing.added, citing.count())
    }

    @Test func oneRelationCountsEachNodeOnce() {
        #expect(count([("recalls", "A/RES/71/1"), ("recalls", "A/RES/71/1"), ("recalls", "A/RES/71/2")]) == (2, 2))
        #expect(count([]) == (0, 0))
    }

    /// Nodes shared by several relations, in every place of their runs, are counted once.
    @Test func theRelationsRunsAreMergedToCountEachNodeOnce() {
        let rows = [("cites", "a"), ("cites", "c"), ("cites", "e"), ("cites", "e"),
                    ("notes", "b"), ("notes", "c"), ("notes", "f"),
                    ("recalls", "a"), ("recalls", "f"), ("recalls", "g"), ("recalls", "z")]
        #expect(count(rows) == (10, 7))
        #expect(count([("cites", "x"), ("notes", "x"), ("recalls", "x")]) == (3, 1))
        #expect(count([("cites", "b"), ("notes", "a"), ("recalls", "c")]) == (3, 3))
        // Bytes, not Swift's equality: two spellings of "é" are two nodes.
        #expect(count([("cites", "caf\u{E9}"), ("notes", "cafe\u{301}")]) == (2, 2))
    }
}
