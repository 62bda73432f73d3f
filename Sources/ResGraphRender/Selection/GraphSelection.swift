import ResGraphExtractor
import ResGraphGraph

/// Which part of a graph to draw.
///
/// ```swift
/// var selection = GraphSelection()
/// selection.focus = "A/RES/58/154"; selection.depth = 1
/// let (part, note) = selection.apply(to: graph)
/// ```
public struct GraphSelection: Sendable {
    /// Draw only the neighbourhood of this id.
    public var focus: String?
    /// Steps from the focus.
    public var depth = 1
    /// Which way to follow edges from the focus.
    public var direction: Direction = .both
    /// Only these kinds of node (the focus is always kept).
    public var kinds: Set<ReferenceKind>?
    /// Only edges of these relations.
    public var relations: Set<Relation>?
    /// Only nodes of sessions or years in this range (sessions count as 1945 + session; nodes
    /// without a session or year are kept).
    public var years: ClosedRange<Int>?
    /// At most this many nodes; the most cited are kept, and ``apply(to:)`` says so.
    public var maxNodes: Int?
    /// Draw only the edges that touch the focus (an ego network), not the citations among
    /// its neighbours.
    public var onlyFocusEdges = false

    /// A selection of the whole graph.
    public init() {}

    /// The selected subgraph, and a message for people when the selection was cut.
    public func apply(to graph: CitationGraph) -> (graph: CitationGraph, note: String?) {
        var ids = focus.map { graph.neighbourhood(of: $0, depth: depth, direction: direction) } ?? Set(graph.nodes.keys)
        if kinds != nil {
            ids = ids.filter { $0 == focus || graph.nodes[$0].map { acceptsKind($0.kind) } ?? false }
        }
        if years != nil { ids = ids.filter(acceptsYear) }
        var selected = graph.subgraph(ids, relations: relations)
        if relations != nil {
            let connected = Set(selected.edges.keys.flatMap { [$0.from, $0.to] })
            ids = ids.filter { $0 == focus || connected.contains($0) }
            selected = graph.subgraph(ids, relations: relations)
        }
        if onlyFocusEdges, let focus { selected = selected.keepingEdges { $0.from == focus || $0.to == focus } }
        guard let maxNodes, ids.count > maxNodes else { return (selected, nil) }
        let kept = SelectionCut.kept(ids.map { ($0, selected.edgeCount(to: $0)) }, limit: maxNodes, focus: focus)
        let note = SelectionCut.note(kept: kept.count, of: ids.count)
        // The kept nodes are among the selected ones, and so are the edges among them.
        var cut = selected.subgraph(kept, relations: relations)
        if onlyFocusEdges, let focus { cut = cut.keepingEdges { $0.from == focus || $0.to == focus } }
        return (cut, note)
    }

    private func acceptsKind(_ kind: ReferenceKind) -> Bool { kinds?.contains(kind) ?? true }

    /// Whether a node of this id passes the year filter: nodes without a session or year pass.
    public func acceptsYear(_ id: String) -> Bool {
        guard let years, let year = RankYear.of(id) else { return true }
        return years.contains(year)
    }
}

/// The year a node belongs to in time, for ranks and year filters (``CanonicalID/year``).
public enum RankYear {
    /// The year of `id`, when its symbol tells it.
    public static func of(_ id: String) -> Int? { CanonicalID(id).year }
}
