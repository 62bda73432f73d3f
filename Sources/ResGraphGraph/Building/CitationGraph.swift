import ResGraphExtractor

/// The citation graph of a corpus: one node per canonical id, one edge per
/// (citing node, cited node, relation), each edge with every place it is made.
///
/// ```swift
/// var graph = CitationGraph()
/// graph.add(try Extractor().extract(fileAt: "examples/A_RES_58_154.en.txt"))
/// graph.citers(of: "A/RES/48/113", relation: .recalls).map(\.node.id)  // ["A/RES/58/154"]
/// ```
public struct CitationGraph: Sendable {
    /// Every node by id.
    public private(set) var nodes: [String: GraphNode] = [:]
    /// Every edge by identity.
    public private(set) var edges: [GraphEdge.Key: GraphEdge] = [:]
    /// The documents added, by source.
    public private(set) var documents: [String: ExtractedDocument] = [:]
    /// The ids joined by joint symbols; each group is one node, under its canonical id.
    public private(set) var jointSymbols = JointSymbols()
    private var outgoing: [String: Set<GraphEdge.Key>] = [:]
    private var incoming: [String: Set<GraphEdge.Key>] = [:]

    /// An empty graph.
    public init() {}

    /// The graph of `documents`, joint symbols joined whatever the order of the documents.
    public init(documents: [ExtractedDocument]) {
        self.init(documents: documents, jointSymbols: JointSymbols(documents: documents))
    }

    /// The graph of `documents` with joint symbols known beforehand: a part of a corpus read
    /// from an index, whose joint symbols other documents give.
    public init(documents: [ExtractedDocument], jointSymbols: JointSymbols) {
        self.jointSymbols = jointSymbols
        reserveCapacity(for: documents)
        for document in documents { add(document) }
    }

    /// The part of the graph of `documents` that ``subgraph(_:relations:)`` would cut to
    /// `nodes`, made without the edges that leave it: an index's most-cited nodes are read with
    /// every reference their documents make, most of them to nodes not kept. Like
    /// ``subgraph(_:relations:)``, it keeps the nodes and edges, not the documents.
    public init(documents: [ExtractedDocument], jointSymbols: JointSymbols, among nodes: Set<String>, relations: Set<Relation>?) {
        self.jointSymbols = jointSymbols
        for document in documents {
            self.jointSymbols.join(document)
            add(document, among: nodes, relations: relations)
        }
    }

    /// Makes room for the edges of `documents` at once, instead of growing the table by doubling
    /// as they are added (each doubling rehashes every edge): an edge for each reference at most,
    /// and nearly so (17.5 million edges for 17.9 million references at a million documents).
    /// Nodes are far fewer than references where many cite the same ids: room is made for the
    /// documents' own.
    private mutating func reserveCapacity(for documents: [ExtractedDocument]) {
        edges.reserveCapacity(documents.reduce(0) { $0 + $1.references.count })
        nodes.reserveCapacity(documents.count)
        outgoing.reserveCapacity(documents.count)
        self.documents.reserveCapacity(documents.count)
    }

    /// The node id of a document as its text gives it: its own symbol, or `file:PATH` when the
    /// text does not say it. See ``node(of:)`` for the node it belongs to.
    public static func nodeID(of document: ExtractedDocument) -> String {
        document.symbol ?? "file:\(document.source)"
    }

    /// The node `document` belongs to: its id, or the canonical id of its joint symbol.
    public func node(of document: ExtractedDocument) -> String {
        jointSymbols.canonical(Self.nodeID(of: document))
    }

    /// Adds a document (one language version) and its references. Its joint symbols are joined
    /// first; nodes made before under an id it joins are not merged (build the graph with
    /// ``init(documents:)`` for that).
    public mutating func add(_ document: ExtractedDocument) {
        documents[document.source] = document
        jointSymbols.join(document)
        add(document, among: nil, relations: nil)
    }

    /// Adds the node of `document` and its citations, its joint symbols already joined: with
    /// `kept`, only kept nodes and the citations among them (of `relations`, if given).
    private mutating func add(_ document: ExtractedDocument, among kept: Set<String>?, relations: Set<Relation>?) {
        let id = node(of: document)
        let isKept = kept?.contains(id) ?? true
        // Every change below is made in place (`dictionary[key, default:]`), never on a copy:
        // a copy of a node or edge would copy its provenance, quadratic in a node's citers.
        if isKept { nodes[id, default: GraphNode(id: id, kind: CanonicalID.kind(of: id))].merge(document) }
        for reference in document.references {
            let target = jointSymbols.canonical(reference.target)
            guard target != id else { continue }
            if let kept, !kept.contains(target) { continue }
            if nodes[target] == nil { nodes[target] = GraphNode(id: target, kind: reference.kind) }
            if let date = reference.citedDate { nodes[target]!.citedDates[date, default: []].insert(document.source) }
            guard isKept, relations?.contains(reference.relation) ?? true else { continue }
            let key = GraphEdge.Key(from: id, to: target, relation: reference.relation)
            edges[key, default: GraphEdge(from: id, to: target, relation: reference.relation)].provenance.append(Provenance(of: reference, in: document))
            outgoing[id, default: []].insert(key)
            incoming[target, default: []].insert(key)
        }
    }

    /// Puts in a node known from outside the documents added (an index's other documents): a
    /// node the graph lacks is added as it is, and one it has takes the node's cited dates.
    public mutating func merge(_ node: GraphNode) {
        guard nodes[node.id] != nil else {
            nodes[node.id] = node
            return
        }
        nodes[node.id]!.citedDates = node.citedDates
    }

    /// The edges leaving `id`, sorted.
    public func edges(from id: String) -> [GraphEdge] {
        (outgoing[id] ?? []).sorted().compactMap { edges[$0] }
    }

    /// The edges arriving at `id`, sorted.
    public func edges(to id: String) -> [GraphEdge] {
        (incoming[id] ?? []).sorted().compactMap { edges[$0] }
    }

    /// How many edges arrive at `id`: the count of ``edges(to:)``, without sorting or copying
    /// them (a drawing's cut ranks 10,000 nodes so, around a hub).
    public func edgeCount(to id: String) -> Int {
        incoming[id]?.count ?? 0
    }

    /// The same nodes with only the edges `keep` accepts.
    public func keepingEdges(_ keep: (GraphEdge.Key) -> Bool) -> CitationGraph {
        var graph = CitationGraph()
        graph.nodes = nodes
        graph.documents = documents
        graph.jointSymbols = jointSymbols
        for (key, edge) in edges where keep(key) {
            graph.edges[key] = edge
            graph.outgoing[key.from, default: []].insert(key)
            graph.incoming[key.to, default: []].insert(key)
        }
        return graph
    }

    /// The subgraph of the given nodes and the edges among them (only of `relations`, if given).
    public func subgraph(_ ids: Set<String>, relations: Set<Relation>? = nil) -> CitationGraph {
        var graph = CitationGraph()
        graph.jointSymbols = jointSymbols
        for id in ids { graph.nodes[id] = nodes[id] }
        for (key, edge) in edges where ids.contains(key.from) && ids.contains(key.to) && (relations?.contains(key.relation) ?? true) {
            graph.edges[key] = edge
            graph.outgoing[key.from, default: []].insert(key)
            graph.incoming[key.to, default: []].insert(key)
        }
        return graph
    }
}
