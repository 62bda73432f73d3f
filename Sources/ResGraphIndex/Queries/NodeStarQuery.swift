import GRDB
import ResGraphExtractor
import ResGraphGraph

extension CitationIndex {
    /// The node `id` with its edges both ways, for `show`: the node and edges of
    /// ``graph(around:depth:)`` at depth 1, without reading what that reads besides (the
    /// citers' other references, documents and nodes: near a treaty that most of a million
    /// documents cite, 17 million references, and 1.9 GB for its 800,000 citers alone). With
    /// `limit`, only the first edges arriving are kept, and the others counted.
    ///
    /// ```swift
    /// let star = try index.star(of: "A/RES/48/113")
    /// star.incoming.map(\.from)  // ["A/RES/58/154"]
    /// ```
    public func star(of id: String, limit: Int = .max) throws -> NodeStar {
        var star = NodeStar(node: nil, outgoing: [], incoming: [])
        star.incomingCount = try self.star(of: id, limit: limit) { node, outgoing in
            (star.node, star.outgoing) = (node, outgoing)
        } arriving: { star.incoming.append($0) }
        return star
    }

    /// ``star(of:limit:)`` handed on as it is read, the edges arriving not kept: `head` is given
    /// the node (nil when the corpus neither holds nor cites it) with the dates its citers give
    /// it, and the edges leaving it; then `arriving` each edge arriving, in order, the first
    /// `limit` of them. Returns how many edges arrive, those past the limit included. Both run
    /// inside the read.
    ///
    /// The edges arriving are read from the target index one citing node at a time, relation by
    /// relation (``MergedRelations``), so only one citer's references are held, whatever the
    /// number of citers; past the limit they are counted from the index alone.
    ///
    /// ```swift
    /// let count = try index.star(of: "UNTS 189/2545", limit: 100) { node, outgoing in
    ///     print(node?.citedDates.count ?? 0, outgoing.count)
    /// } arriving: { print($0.from) }
    /// ```
    public func star(of id: String, limit: Int = .max, head: (GraphNode?, [GraphEdge]) throws -> Void,
                     arriving: (GraphEdge) throws -> Void) throws -> Int {
        try database.read { db in
            let own = CitationGraph(
                documents: try documents(of: try FileRecord.fetchAll(db, sql: IndexSQL.filesOfNodes(1), arguments: [id]), all: false, in: db),
                jointSymbols: try JointSymbolIndexing.current(in: db))
            if let unknown = try String.fetchOne(db, sql: IndexSQL.unknownRelationOfCiters, arguments: [id]) {
                _ = try IndexValue.relation(unknown, index: path)
            }
            let node = try citedNode(id, own: own.nodes[id], in: db)
            try head(node, own.edges(from: id))
            guard node != nil else { return 0 }
            var statements: [(relation: String?, statement: Statement)] = []
            for relation in Relation.allCases.map(\.rawValue).sorted() {
                statements.append((relation, try db.makeStatement(sql: IndexSQL.arrivingUnderRelation)))
            }
            var citers = try MergedRelations(of: id, statements: statements, link: ArrivingLink.init, other: \.citer)
            var count = 0
            while count < limit, let links = try citers.next() {
                for edge in try edges(from: links, to: id) where count < limit {
                    try arriving(edge)
                    count += 1
                }
            }
            guard count == limit else { return count }
            return try Int.fetchOne(db, sql: IndexSQL.arrivingEdgeCount, arguments: [id]) ?? count
        }
    }

    /// The node `id` as its own documents leave it (`own`), with the dates the references to it
    /// from other nodes give it, each with the files that give it; a node only cited takes the
    /// kind of the first reference to it, in the order of the files. Nil when none refers to it.
    private func citedNode(_ id: String, own: GraphNode?, in db: Database) throws -> GraphNode? {
        var node = own
        var first: (file: Int, reference: Int, kind: String)?
        var datedFiles: [String: Set<Int>] = [:]
        let references = try Row.fetchCursor(db, sql: IndexSQL.kindsAndDatesToTarget, arguments: [id])
        while let row = try references.next() {
            let file: Int = row[0], reference: Int = row[1], kind: String = row[2]
            _ = try IndexValue.kind(kind, index: path)
            if first.map({ ($0.file, $0.reference) > (file, reference) }) ?? true { first = (file, reference, kind) }
            if let date: String = row[3] { datedFiles[date, default: []].insert(file) }
        }
        guard let first else { return node }
        if node == nil { node = GraphNode(id: id, kind: try IndexValue.kind(first.kind, index: path)) }
        let pathOfFile = try db.cachedStatement(sql: IndexSQL.pathOfFile)
        for (date, files) in datedFiles {
            for file in files {
                guard let source = try String.fetchOne(pathOfFile, arguments: [file]) else { continue }
                node?.citedDates[date, default: []].insert(source)
            }
        }
        return node
    }

    /// The edges the references of one citing node make to `target`, in order: one per relation,
    /// each with its places in the order of the files and of the references in each.
    private func edges(from links: [ArrivingLink], to target: String) throws -> [GraphEdge] {
        var edges: [Relation: [ArrivingLink]] = [:]
        for link in links { edges[try IndexValue.relation(link.relation, index: path), default: []].append(link) }
        return try edges.sorted { $0.key < $1.key }.map { relation, links in
            var edge = GraphEdge(from: links[0].citer, to: target, relation: relation)
            for link in links.sorted(by: { ($0.file, $0.reference) < ($1.file, $1.reference) }) {
                edge.provenance.append(Provenance(source: link.path, language: try IndexValue.language(link.language, index: path),
                                                  start: link.start, end: link.end, text: link.text, footnote: link.footnote))
            }
            return edge
        }
    }
}

/// One row of ``IndexSQL/arrivingUnderRelation``: a reference to the node asked about, with
/// the file that makes it.
private struct ArrivingLink {
    let citer: String
    let relation: String
    let file: Int
    let reference: Int
    let text: String
    let start: Int
    let end: Int
    let footnote: Int?
    let path: String
    let language: String

    init(_ row: Row) {
        citer = row["other"]
        relation = row["relation"]
        file = row["file"]
        reference = row["id"]
        text = row["text"]
        start = row["start"]
        end = row["end"]
        footnote = row["footnote"]
        path = row["path"]
        language = row["language"]
    }
}
