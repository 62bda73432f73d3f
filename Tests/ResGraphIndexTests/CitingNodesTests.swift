@testable import ResGraphIndex
import Testing

/// The citing nodes of one id counted as its references stream from the target index: by
/// relation, then node, each relation's nodes in byte order.
struct CitingNodesTests {
    /// The nodes counted under each relation of `rows` (relation, node) of one id, in the
    /// target index's order, and the nodes counted in all.
    func counted(_ rows: [(String, String)]) -> (byRelation: [Int], nodes: Int) {
        var citing = CitingNodes()
        var target = "A/RES/70/1"
        target.withUTF8 { citing.start($0) }
        for (relation, node) in rows {
            var relation = relation, node = node
            relation.withUTF8 { name in node.withUTF8 { citing.add(relation: name, node: $0) } }
        }
        return (citing.runLengths, citing.count())
    }

    @Test func oneRelationCountsEachNodeOnce() {
        #expect(counted([("recalls", "A/RES/71/1"), ("recalls", "A/RES/71/1"), ("recalls", "A/RES/71/2")]) == ([2], 2))
        #expect(counted([]) == ([], 0))
    }

    /// Nodes shared by several relations, in every place of their runs, are counted once.
    @Test func theRelationsRunsAreMergedToCountEachNodeOnce() {
        let rows = [("cites", "a"), ("cites", "c"), ("cites", "e"), ("cites", "e"),
                    ("notes", "b"), ("notes", "c"), ("notes", "f"),
                    ("recalls", "a"), ("recalls", "f"), ("recalls", "g"), ("recalls", "z")]
        #expect(counted(rows) == ([3, 3, 4], 7))
        #expect(counted([("cites", "x"), ("notes", "x"), ("recalls", "x")]) == ([1, 1, 1], 1))
        #expect(counted([("cites", "b"), ("notes", "a"), ("recalls", "c")]) == ([1, 1, 1], 3))
        // Bytes, not Swift's equality: two spellings of "é" are two nodes.
        #expect(counted([("cites", "caf\u{E9}"), ("notes", "cafe\u{301}")]) == ([1, 1], 2))
    }
}
