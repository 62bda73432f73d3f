import ResGraphExtractor

/// The edges arriving at one node, gathered document by document by the rules of
/// ``CitationGraph/add(_:)``, without keeping the documents, their nodes or their other edges:
/// for a node that most of a corpus cites, whose citers' graph would not fit in memory.
///
/// With a limit, only the first edges in order are kept whole, and the others counted: an edge
/// is dropped once as many before it in order have come, and no edge after it can be kept
/// again, so those kept have every place the documents give them.
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
    private let limit: Int
    private var edges: [GraphEdge] = []
    private var positions: [GraphEdge.Key: Int] = [:]
    /// With a limit, the key of every edge met, kept or not.
    private var met: Set<GraphEdge.Key> = []
    /// With a limit, once it is reached: the positions of the edges kept, the last in order first.
    private var keptLastFirst = KeyHeap()

    /// Gathers the edges to `target`, whose node so far is `node` (nil when no document of
    /// its own was added), with ids joined as `jointSymbols` joins them; of the edges, the first
    /// `limit` in order are kept (all of them when none is given).
    public init(to target: String, node: GraphNode?, jointSymbols: JointSymbols, limit: Int = .max) {
        self.target = target
        self.node = node
        self.jointSymbols = jointSymbols
        self.limit = max(limit, 1)
    }

    /// How many edges arrive at the target, kept or not.
    public var count: Int { limit == .max ? edges.count : met.count }

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
            guard let position = positions[key] ?? newPosition(for: key) else { continue }
            edges[position].provenance.append(Provenance(of: reference, in: document))
        }
    }

    /// Where the edge of `key`, met for the first time or dropped before, is to be kept: nil when
    /// it is not (the limit reached by edges before it in order).
    private mutating func newPosition(for key: GraphEdge.Key) -> Int? {
        guard limit == .max || met.insert(key).inserted else { return nil }
        var position = edges.count
        if edges.count == limit {
            if keptLastFirst.isEmpty { keptLastFirst = KeyHeap(edges.indices.map { (edges[$0].key, $0) }) }
            guard let last = keptLastFirst.top, key < last.key else { return nil }
            position = last.position
            positions[last.key] = nil
            keptLastFirst.replaceTop(with: (key, position))
            edges[position] = GraphEdge(from: key.from, to: key.to, relation: key.relation)
        } else {
            edges.append(GraphEdge(from: key.from, to: key.to, relation: key.relation))
        }
        positions[key] = position
        return position
    }

    /// The edges kept, in the order of ``CitationGraph/edges(to:)``.
    public var sorted: [GraphEdge] {
        edges.sorted { $0.key < $1.key }
    }
}

/// Edge keys with their positions, the last key in order on top: a binary heap.
private struct KeyHeap {
    private var items: [(key: GraphEdge.Key, position: Int)] = []

    init() {}

    init(_ items: [(key: GraphEdge.Key, position: Int)]) {
        for item in items { insert(item) }
    }

    var isEmpty: Bool { items.isEmpty }

    /// The last key in order, with its position.
    var top: (key: GraphEdge.Key, position: Int)? { items.first }

    mutating func insert(_ item: (key: GraphEdge.Key, position: Int)) {
        items.append(item)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[parent].key < items[child].key else { return }
            items.swapAt(parent, child)
            child = parent
        }
    }

    /// Puts `item` in the top's place and restores the order.
    mutating func replaceTop(with item: (key: GraphEdge.Key, position: Int)) {
        items[0] = item
        var parent = 0
        while true {
            var largest = parent
            let left = 2 * parent + 1, right = left + 1
            if left < items.count, items[largest].key < items[left].key { largest = left }
            if right < items.count, items[largest].key < items[right].key { largest = right }
            guard largest != parent else { return }
            items.swapAt(parent, largest)
            parent = largest
        }
    }
}
