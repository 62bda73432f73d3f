import ResGraphExtractor
import ResGraphGraph

/// How each node of a graph is cited within it, counted in one pass over the edges: what a
/// node's size and tooltip in a drawing say, without sorting its edges once per node.
struct CitationsArriving {
    /// The citations of one node.
    struct Count {
        /// The edges arriving at the node: one per citing node and relation.
        var edges = 0
        /// The names of the relations they are made under, sorted, joined by ", ".
        var relationNames: String { relations.map(\.rawValue).sorted().joined(separator: ", ") }
        fileprivate var relations: Set<Relation> = []

        fileprivate mutating func add(_ relation: Relation) {
            edges += 1
            relations.insert(relation)
        }
    }

    private var counts: [String: Count] = [:]

    init(_ graph: CitationGraph) {
        for key in graph.edges.keys { counts[key.to, default: Count()].add(key.relation) }
    }

    /// The citations of `id`: none when nothing in the graph cites it.
    subscript(id: String) -> Count { counts[id] ?? Count() }
}
