import GRDB
import ResGraphExtractor
import ResGraphGraph
import ResGraphOutput

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
            // Edges come from the target index, in its order, grouped by cited node: its tally is
            // looked up once per node (and its kind read from one of its references when no file
            // is its document), the citing node's once per edge (17.6 million at a million documents).
            let kindOfTarget = try db.cachedStatement(sql: IndexSQL.kindOfTarget)
            var cited: (id: String, index: Dictionary<String, Tally>.Index)?
            let edges = try Row.fetchCursor(db, sql: IndexSQL.distinctEdges)
            while let row = try edges.next() {
                totalEdges += 1
                let to: String = row[0], from: String = row[2]
                if cited?.id != to {
                    if tallies.index(forKey: to) == nil {
                        let kind = try IndexValue.kind(try String.fetchOne(kindOfTarget, arguments: [to]) ?? "", index: path)
                        tallies[to] = Tally(kind: kind, accepted: accepts(to, kind))
                    }
                    cited = (to, tallies.index(forKey: to)!)
                }
                guard let cited, tallies.values[cited.index].accepted, let citing = tallies.index(forKey: from), tallies.values[citing].accepted else { continue }
                if let relations, !relations.contains(try IndexValue.relation(row[1], index: path)) { continue }
                tallies.values[cited.index].citers += 1
                tallies.values[citing].connected = true
                tallies.values[cited.index].connected = true
            }
            let candidates = tallies.filter { $0.value.accepted && (relations == nil || $0.value.connected) }
            let kept = candidates.count > limit
                ? SelectionCut.kept(candidates.map { ($0.key, $0.value.citers) }, limit: limit, focus: nil)
                : Set(candidates.keys)
            var graph = try graph(of: kept, in: db)
            var ids = JSONBytes()
            ids.array(Array(kept)) { $0.string($1) }
            var dates: [String: [String: Set<String>]] = [:]
            let rows = try Row.fetchCursor(db, sql: IndexSQL.citedDatesOfTargets, arguments: [String(decoding: ids.bytes, as: UTF8.self)])
            while let row = try rows.next() { dates[row[0], default: [:]][row[1], default: []].insert(row[2]) }
            for id in kept {
                var node = graph.nodes[id] ?? GraphNode(id: id, kind: candidates[id]!.kind)
                node.citedDates = dates[id] ?? [:]
                graph.merge(node)
            }
            return IndexSelection(
                graph: graph.subgraph(kept, relations: relations), candidates: candidates.count,
                totalNodes: tallies.count, totalEdges: totalEdges)
        }
    }
}
