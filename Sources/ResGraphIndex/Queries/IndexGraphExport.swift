import GRDB
import ResGraphExtractor
import ResGraphGraph

extension CitationIndex {
    /// The whole graph as GraphML or node-link JSON, the same text as ``GraphExport`` writes for
    /// `graph()`, streamed from SQL a node and an edge at a time: memory holds one node's files
    /// and one edge's places, however large the index. `put` receives the text in pieces.
    public func writeGraph(_ format: GraphPieceWriter.Format, _ put: (String) throws -> Void) throws {
        try database.read { db in
            var writer = GraphPieceWriter(format: format)
            try put(writer.opening())
            let ids = try String.fetchCursor(db, sql: IndexSQL.allNodeIDs)
            while let id = try ids.next() { try put(writer.node(try node(id, in: db))) }
            try put(writer.betweenNodesAndEdges())
            try forEachEdge(in: db) { try put(writer.edge($0)) }
            try put(writer.closing())
        }
    }

    /// Node `id` as `graph()` builds it: title and date from its first file that has them, the
    /// languages and files of its texts, and its kind from whichever came first, its first file
    /// or the first reference to it (files in the order they were indexed).
    private func node(_ id: String, in db: Database) throws -> GraphNode {
        let files = try Row.fetchAll(try db.cachedStatement(sql: IndexSQL.filesOfNodeInOrder), arguments: [id])
        let firstCitation = try Row.fetchOne(try db.cachedStatement(sql: IndexSQL.firstCitation), arguments: [id])
        let citedFirst = firstCitation.map { citation in files.first.map { (citation["fileOrder"] as Int) < ($0["fileOrder"] as Int) } ?? true } ?? false
        let kind = citedFirst ? try IndexValue.kind(firstCitation!["kind"], index: path) : CanonicalID.kind(of: id)
        var node = GraphNode(id: id, kind: kind)
        for file in files {
            node.title = node.title ?? file["title"]
            node.date = node.date ?? file["date"]
            node.languages.insert(try IndexValue.language(file["language"], index: path))
            node.sources.append(file["path"])
        }
        return node
    }

    /// Every edge in key order with its places in the order their files were indexed: the
    /// places of the edge CSV, grouped as they come.
    private func forEachEdge(in db: Database, _ body: (GraphEdge) throws -> Void) throws {
        var edge: GraphEdge?
        try EdgePlaces.forEach(in: db, index: path) { place in
            if let current = edge, current.from != place.from || current.to != place.to || current.relation != place.relation {
                try body(current)
                edge = nil
            }
            if edge == nil { edge = GraphEdge(from: place.from, to: place.to, relation: place.relation) }
            edge!.provenance.append(place.provenance)
        }
        if let edge { try body(edge) }
    }
}
