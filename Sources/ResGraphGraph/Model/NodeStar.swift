/// One node and its edges both ways: what `show` prints of it.
public struct NodeStar: Sendable {
    /// The node, or nil when the corpus neither holds nor cites it.
    public var node: GraphNode?
    /// The edges leaving it, sorted.
    public var outgoing: [GraphEdge]
    /// The edges arriving at it, sorted.
    public var incoming: [GraphEdge]

    /// A node and its edges.
    public init(node: GraphNode?, outgoing: [GraphEdge], incoming: [GraphEdge]) {
        self.node = node
        self.outgoing = outgoing
        self.incoming = incoming
    }
}
