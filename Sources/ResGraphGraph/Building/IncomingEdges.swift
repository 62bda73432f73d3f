import ResGraphExtractor

/// The edges arriving at one node, gathered document by document by the rules of
/// ``CitationGraph/add(_:)``, without keeping the documents, their nodes or their other edges:
/// for a node that most of a corpus cites, whose citers' graph would not fit in memory.
///
/// ```swift
/// var edges = IncomingEdges(to: "A/RES/48/113", node: nil, jointSymbols: JointSymbols())
/// edges.add(try Extractor().extract(fileAt: "examples/A_RES_58_154.en.txt"))
/// edges.sorted.map(\.from)  // ["A/RES/58/154"]
/// ```
public struct IncomingEdges {
    /// The node the edges arrive at.
    public let target: String
    /// The target's node as the documents added leave it: the cited dates they give it, and
    /// the text of any of them that is its own.
    public private(set) var node: GraphNode?
    private let jointSymbols: JointSymbols
    private var edges: [GraphEdge] = []
    private var positions: [GraphEdge.Key: Int] = [:]

    /// Gathers the edges to `target`, whose node so far is `node` (nil when no document of
    /// its own was added), with ids joined as `jointSymbols` joins them.
    public init(to target: String, node: GraphNode?, jointSymbols: JointSymbols) {
        self.target = target
        self.node = node
        self.jointSymbols = jointSymbols
    }

    /// Adds `document`'s references to the target, as ``CitationGraph/add(_:)`` adds them.
    public mutating func add(_ document: ExtractedDocument) {
        let citer = jointSymbols.canonical(CitationGraph.nodeID(of: document))
        if citer == target {
            node = node ?? GraphNode(id: target, kind: CanonicalID.kind(of: target))
            node?.merge(document)
        }
        for reference in document.references {
            let cited = jointSymbols.canonical(reference.target)
            guard cited == target, cited != citer else { continue }
            if node == nil { node = GraphNode(id: target, kind: reference.kind) }
            if let date = reference.citedDate { node?.citedDates[date, default: []].insert(document.source) }
            let key = GraphEdge.Key(from: citer, to: target, relation: reference.relation)
            let position: Int
            if let known = positions[key] {
                position = known
            } else {
                position = edges.count
                positions[key] = position
                edges.append(GraphEdge(from: citer, to: target, relation: reference.relation))
            }
            edges[position].provenance.append(Provenance(of: reference, in: document))
        }
    }

    /// The edges, in the order of ``CitationGraph/edges(to:)``.
    public var sorted: [GraphEdge] {
        edges.sorted { $0.key < $1.key }
    }
}
