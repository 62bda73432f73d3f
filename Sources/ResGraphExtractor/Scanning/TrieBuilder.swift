/// A byte trie while ``PhraseTrie`` builds it: each node's edges a linked list through the nodes
/// themselves (a node is made with the one edge that leads to it), so the few thousand nodes of
/// the standard tables cost a handful of allocations, not a dictionary each (which made building
/// the trie a tenth of a query's time).
struct TrieBuilder {
    /// A node, and the edge that leads to it.
    private struct Node {
        /// The child made last, or -1: the head of the list of this node's edges.
        var lastChild: Int32 = -1
        /// The child of this node's parent made before this node, or -1.
        var previousSibling: Int32 = -1
        /// The byte of the edge from the parent.
        var byte: UInt8 = 0
    }

    /// The phrase number that ends at each node, or -1.
    var payloads: [Int32] = [-1]
    private var nodes: [Node] = [Node()]
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
        var child = nodes[node].lastChild
        while child >= 0 {
            if nodes[Int(child)].byte == byte { return Int(child) }
            child = nodes[Int(child)].previousSibling
        }
        return nil
    }

    /// The child of `node` along `byte`, made when missing.
    mutating func childMade(of node: Int, byte: UInt8) -> Int {
        if let child = child(of: node, byte: byte) { return child }
        let child = nodes.count
        nodes.append(Node(previousSibling: nodes[node].lastChild, byte: byte))
        nodes[node].lastChild = Int32(child)
        payloads.append(-1)
        return child
    }

    /// Sorts the edges for ``edges(of:)``, once every phrase is in: each node's few edges by
    /// their bytes (one sort of every edge by node and byte took a quarter of building the trie).
    mutating func sortEdges() {
        sorted = []
        sorted.reserveCapacity(nodes.count)
        sortedStart = [Int](repeating: 0, count: nodes.count + 1)
        for node in nodes.indices {
            let start = sorted.count
            sortedStart[node] = start
            var child = nodes[node].lastChild
            while child >= 0 {
                // Inserted in order of byte among the node's edges sorted so far.
                let edge = (byte: nodes[Int(child)].byte, child: Int(child))
                var place = sorted.count
                sorted.append(edge)
                while place > start, sorted[place - 1].byte > edge.byte {
                    sorted[place] = sorted[place - 1]
                    place -= 1
                }
                sorted[place] = edge
                child = nodes[Int(child)].previousSibling
            }
        }
        sortedStart[nodes.count] = sorted.count
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
