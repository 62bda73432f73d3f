/// One node and its edges both ways: what `show` prints of it.
public struct NodeStar: Sendable {
    /// The node, or nil when the corpus neither holds nor cites it.
    public var node: GraphNode?
    /// The edges leaving it, sorted.
    public var outgoing: [GraphEdge]
    /// The edges arriving at it, sorted: all of them, or the first when they were limited.
    public var incoming: [GraphEdge]
    /// How many edges arrive at it, those left out by a limit included.
    public var incomingCount: Int

    /// A node and its edges; `incomingCount` when `incoming` is not all of them.
    public init(node: GraphNode?, outgoing: [GraphEdge], incoming: [GraphEdge], incomingCount: Int? = nil) {
        self.node = node
        self.outgoing = outgoing
        self.incoming = incoming
        self.incomingCount = incomingCount ?? incoming.count
    }
}
