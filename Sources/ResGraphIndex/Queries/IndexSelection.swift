import GRDB
import ResGraphExtractor
import ResGraphGraph

/// The part of an index's whole graph that a drawing of at most so many nodes shows, with the
/// counts it was cut from.
public struct IndexSelection: Sendable {
    /// The kept nodes, the citations among them and their documents.
    public var graph: CitationGraph
    /// The nodes that passed the filters; more than the limit when the drawing was cut.
    public var candidates: Int
    /// The nodes of the whole graph.
    public var totalNodes: Int
    /// The edges of the whole graph.
    public var totalEdges: Int
}

extension CitationIndex {
    /// The whole graph's nodes that pass `accepts` (and, with `relations`, have a citation of
    /// one of them), cut to the `limit` most cited as ``SelectionCut`` ranks them, with the
    /// citations among them. The same part as selecting from ``graph()``, without holding the
    /// graph: nodes and edges are counted as they stream from SQL, and only the kept nodes'
    /// documents are read.
    public func selection(limit: Int, relations: Set<Relation>?, accepting accepts: (String, ReferenceKind) -> Bool) throws -> IndexSelection {
        try database.read { db in
            /// Each node seen: whether it passes the filters, whether an edge of the relations
            /// touches it, and the citations it has from nodes that pass.
            struct Tally {
                var kind: ReferenceKind
                var accepted: Bool
                var connected = false
                var citers = 0
            }
            var tallies: [String: Tally] = [:]
            let files = try String.fetchCursor(db, sql: IndexSQL.fileNodes)
            while let id = try files.next() {
                let kind = CanonicalID.kind(of: id)
                tallies[id] = Tally(kind: kind, accepted: accepts(id, kind))
            }
            var totalEdges = 0
            // Edges come grouped by citing node: its tally is looked up once per node, not per
            // edge, and the cited node's once per edge (17.6 million at a million documents).
            var citing: (id: String, index: Dictionary<String, Tally>.Index?)?
            let edges = try Row.fetchCursor(db, sql: IndexSQL.distinctEdges)
            while let row = try edges.next() {
                totalEdges += 1
                let from: String = row[0], to: String = row[1]
                var cited = tallies.index(forKey: to)
                if cited == nil {
                    let kind = try IndexValue.kind(row[3], index: path)
                    tallies[to] = Tally(kind: kind, accepted: accepts(to, kind))
                    cited = tallies.index(forKey: to)
                    citing = nil
                }
                if citing?.id != from { citing = (from, tallies.index(forKey: from)) }
                guard let citingIndex = citing?.index, tallies.values[citingIndex].accepted, let cited, tallies.values[cited].accepted else { continue }
                if let relations, !relations.contains(try IndexValue.relation(row[2], index: path)) { continue }
                tallies.values[cited].citers += 1
                tallies.values[citingIndex].connected = true
                tallies.values[cited].connected = true
            }
            let candidates = tallies.filter { $0.value.accepted && (relations == nil || $0.value.connected) }
            let kept = candidates.count > limit
                ? SelectionCut.kept(candidates.map { ($0.key, $0.value.citers) }, limit: limit, focus: nil)
                : Set(candidates.keys)
            var graph = try graph(of: kept, in: db)
            for chunk in Array(kept).chunked(500) {
                var dates: [String: [String: Set<String>]] = [:]
                let rows = try Row.fetchCursor(db, sql: IndexSQL.citedDatesOfTargets(chunk.count), arguments: StatementArguments(chunk))
                while let row = try rows.next() { dates[row[0], default: [:]][row[1], default: []].insert(row[2]) }
                for id in chunk {
                    var node = graph.nodes[id] ?? GraphNode(id: id, kind: candidates[id]!.kind)
                    node.citedDates = dates[id] ?? [:]
                    graph.merge(node)
                }
            }
            return IndexSelection(
                graph: graph.subgraph(kept, relations: relations), candidates: candidates.count,
                totalNodes: tallies.count, totalEdges: totalEdges)
        }
    }
}
