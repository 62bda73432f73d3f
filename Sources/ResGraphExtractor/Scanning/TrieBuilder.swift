/// A byte trie while ``PhraseTrie`` builds it: each node's edges a linked list in arrays shared
/// by all nodes, so the few thousand nodes of the standard tables cost a handful of
/// allocations, not a dictionary each (which made building the trie a tenth of a query's time).
struct TrieBuilder {
    /// The phrase number that ends at each node, or -1.
    var payloads: [Int32] = [-1]
    private var firstEdge: [Int32] = [-1]
    private var edgeByte: [UInt8] = []
    private var edgeChild: [Int32] = []
    private var nextEdge: [Int32] = []
    private var edgeParent: [Int32] = []
    /// Every edge, by node and then by byte, once ``sortEdges()`` has run.
    private var sorted: [(byte: UInt8, child: Int)] = []
    /// Where each node's edges begin in ``sorted``, and one past the last node's end.
    private var sortedStart: [Int] = []

    /// The root.
    static let root = 0

    /// How many nodes there are.
    var nodeCount: Int { payloads.count }

    /// The child of `node` along `byte`, if there is one.
    func child(of node: Int, byte: UInt8) -> Int? {
        var edge = firstEdge[node]
        while edge >= 0 {
            if edgeByte[Int(edge)] == byte { return Int(edgeChild[Int(edge)]) }
            edge = nextEdge[Int(edge)]
        }
        return nil
    }

    /// The child of `node` along `byte`, made when missing.
    mutating func childMade(of node: Int, byte: UInt8) -> Int {
        if let child = child(of: node, byte: byte) { return child }
        let child = payloads.count
        payloads.append(-1)
        firstEdge.append(-1)
        edgeByte.append(byte)
        edgeChild.append(Int32(child))
        nextEdge.append(firstEdge[node])
        edgeParent.append(Int32(node))
        firstEdge[node] = Int32(edgeByte.count - 1)
        return child
    }

    /// Sorts the edges for ``edges(of:)``, once every phrase is in: one sort for all nodes.
    mutating func sortEdges() {
        let order = edgeByte.indices.sorted { (edgeParent[$0], edgeByte[$0]) < (edgeParent[$1], edgeByte[$1]) }
        sorted = order.map { (edgeByte[$0], Int(edgeChild[$0])) }
        sortedStart = [Int](repeating: 0, count: nodeCount + 1)
        for edge in order { sortedStart[Int(edgeParent[edge]) + 1] += 1 }
        for node in 0..<nodeCount { sortedStart[node + 1] += sortedStart[node] }
    }

    /// The edges out of `node`, by byte (after ``sortEdges()``).
    func edges(of node: Int) -> ArraySlice<(byte: UInt8, child: Int)> {
        sorted[sortedStart[node]..<sortedStart[node + 1]]
    }

    /// A bit `byte & 63` for the byte of each edge out of `node` (after ``sortEdges()``).
    func edgeFilter(of node: Int) -> UInt64 {
        edges(of: node).reduce(0) { $0 | 1 << UInt64($1.byte & 63) }
    }
}
