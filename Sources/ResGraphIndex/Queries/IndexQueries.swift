import Foundation
import GRDB
import ResGraphExtractor
import ResGraphGraph
import ResGraphReader

extension CitationIndex {
    /// The whole corpus as a graph.
    public func graph() throws -> CitationGraph {
        try database.read { db in CitationGraph(documents: try documents(where: nil, in: db), jointSymbols: try JointSymbolIndexing.current(in: db)) }
    }

    /// The graph of the documents within `depth` citation steps of `id` (both ways), loaded
    /// without reading the rest of the corpus. Unbounded: near a node cited by most of a large
    /// corpus, ``neighbourhood(around:depth:direction:limit:)`` is the one to use, and
    /// ``star(of:)`` for the node's own edges.
    public func graph(around id: String, depth: Int) throws -> CitationGraph {
        try neighbourhood(around: id, depth: depth, direction: .both, limit: .max).graph
    }

    /// The graph of the documents within `depth` citation steps of `id`, following `direction`,
    /// of at most `limit` nodes, for focused drawings: a step that would pass the limit keeps
    /// those of its nodes linked most often to the nodes before it (ids in order among equals),
    /// and no step follows it; `isCut` says so. Two steps from a document that cites a treaty
    /// cited by most of the corpus are most of the corpus, which would otherwise be loaded.
    /// The nodes' documents are read in parts side by side (``PartedReads/fromDisk(for:)``), of
    /// the state of the index the nodes were found in.
    ///
    /// ```swift
    /// let (graph, isCut) = try index.neighbourhood(around: "A/RES/58/154", depth: 2, direction: .both, limit: 10_000)
    /// ```
    public func neighbourhood(around id: String, depth: Int, direction: Direction, limit: Int) throws -> (graph: CitationGraph, isCut: Bool) {
        try neighbourhood(around: id, depth: depth, direction: direction, limit: limit, reads: .fromDisk(for: database))
    }

    /// ``neighbourhood(around:depth:direction:limit:)``, the documents read by `reads`.
    func neighbourhood(around id: String, depth: Int, direction: Direction, limit: Int, reads: PartedReads) throws -> (graph: CitationGraph, isCut: Bool) {
        // The nodes are found in one read and their documents read in parts side by side, of
        // the same state of the index; when a run changed it between the two, all in one read.
        let (nodes, isCut, generation) = try database.read { db in
            let (nodes, isCut) = try neighbourhoodNodes(around: id, depth: depth, direction: direction, limit: limit, in: db)
            return (nodes, isCut, PartedReads.generation(in: db))
        }
        if let graph = try graph(of: nodes, ofGeneration: generation, reads: reads) { return (graph, isCut) }
        return try database.read { db in
            let (nodes, isCut) = try neighbourhoodNodes(around: id, depth: depth, direction: direction, limit: limit, in: db)
            return (try graph(of: nodes, in: db), isCut)
        }
    }

    /// The nodes of ``neighbourhood(around:depth:direction:limit:)``.
    private func neighbourhoodNodes(around id: String, depth: Int, direction: Direction, limit: Int, in db: Database) throws -> (nodes: Set<String>, isCut: Bool) {
        var nodes: Set<String> = [id]
        var frontier: [String] = [id]
        var isCut = false
        // The citers come one per reference, straight from the target index (SQLite's
        // DISTINCT sorted them again: 4 million near a treaty at a million documents).
        let citing = try db.cachedStatement(sql: IndexSQL.citingNodeOfEachReference)
        let cited = try db.cachedStatement(sql: IndexSQL.citedTargets)
        for _ in 0..<max(depth, 1) where !isCut && !frontier.isEmpty {
            var links = LinkCounts()
            for (position, node) in frontier.enumerated() {
                let link = Int32(truncatingIfNeeded: 2 * position)
                if direction != .outgoing { try links.count(RawRows(db, statement: citing, arguments: [node]), link: link) }
                if direction != .incoming { try links.count(RawRows(db, statement: cited, arguments: [node]), link: link + 1) }
            }
            let next: [String]
            (next, isCut) = links.mostLinked(excluding: nodes, limit: max(0, limit - nodes.count))
            nodes.formUnion(next)
            frontier = next
        }
        // An id only cited is a node of a graph through a document that cites it: followed
        // outward only, it has none, so one is read along (and not followed).
        if direction == .outgoing, try !(Bool.fetchOne(db, sql: IndexSQL.isDocument, arguments: [id]) ?? false),
           let citer = try String.fetchOne(db, sql: IndexSQL.citingNodes + " LIMIT 1", arguments: [id]) {
            nodes.insert(citer)
        }
        return (nodes, isCut)
    }

    /// The most nodes read around a focus for a drawing of at most `maxNodes`: enough that the
    /// drawing's own cut (the most cited) chooses among a wide neighbourhood, few enough that a
    /// neighbourhood of most of the corpus is not loaded.
    public static func neighbourhoodLimit(drawing maxNodes: Int) -> Int {
        max(maxNodes, 10_000)
    }

    /// The graph of the documents of `nodes`, joint symbols as the whole index joins them.
    func graph(of nodes: Set<String>, in db: Database) throws -> CitationGraph {
        CitationGraph(documents: try documents(where: nodes, in: db), jointSymbols: try JointSymbolIndexing.current(in: db))
    }

    /// The graph of the documents of `nodes` as the index of `generation` holds them, read in
    /// parts side by side by `reads` (at a million documents, the 10,000 around a hub lie in pages
    /// all over the index, which a page cache that lacks them reads one after another): nil when
    /// they are too few to part, could not be read apart, or the index is no longer of
    /// `generation`.
    func graph(of nodes: Set<String>, ofGeneration generation: Int?, reads: PartedReads) throws -> CitationGraph? {
        let parts = min(reads.parts(perWorker: 4), nodes.count / max(reads.fewestFilesPerPart, 1))
        guard parts > 1 else { return nil }
        // Parts of neighbouring ids, whose files tend to lie near one another in the index.
        let sorted = nodes.sorted { ExactPath.precedes($0, $1) }
        let size = (sorted.count + parts - 1) / parts
        // One more part reads the joint symbols.
        let read = try reads.read(parts: parts + 1, ofGeneration: generation, in: database) { db, part -> ([ExtractedDocument], JointSymbols?) in
            guard part < parts else { return ([], try JointSymbolIndexing.current(in: db)) }
            let slice = sorted[min(part * size, sorted.count)..<min((part + 1) * size, sorted.count)]
            return (try self.documents(where: Set(slice), in: db), nil)
        }
        guard let read, let joint = read.last?.1 else { return nil }
        return CitationGraph(documents: read.flatMap(\.0), jointSymbols: joint)
    }

    /// The documents (language versions) of the given nodes, or of all nodes.
    func documents(where nodes: Set<String>?, in db: Database) throws -> [ExtractedDocument] {
        var files: [FileRecord] = []
        if let nodes {
            for chunk in Array(nodes).chunked(500) {
                files += try FileRecord.fetchAll(db, sql: IndexSQL.filesOfNodes(chunk.count), arguments: StatementArguments(chunk))
            }
        } else {
            files = try FileRecord.fetchAll(db)
        }
        return try documents(of: files, all: nodes == nil, in: db)
    }

    /// The documents of the given files, with their references and diagnostics; `all` when the
    /// files are the whole table (read in one pass instead of by path).
    func documents(of files: [FileRecord], all: Bool, in db: Database) throws -> [ExtractedDocument] {
        var references: [String: [Reference]] = [:]
        var diagnostics: [String: [Diagnostic]] = [:]
        for chunk in (all ? [[]] : files.map(\.path).chunked(500)) {
            let arguments = all ? StatementArguments() : StatementArguments(chunk)
            let rows = try ReferenceRecord.fetchCursor(db, sql: all ? IndexSQL.allReferences : IndexSQL.referencesOfPaths(chunk.count), arguments: arguments)
            while let record = try rows.next() { references[record.path, default: []].append(try record.reference(index: path)) }
            let notes = try DiagnosticRecord.fetchCursor(db, sql: all ? IndexSQL.allDiagnostics : IndexSQL.diagnosticsOfPaths(chunk.count), arguments: arguments)
            while let record = try notes.next() { diagnostics[record.path, default: []].append(try record.diagnostic(index: path)) }
        }
        return try files.map { try $0.document(references: references[$0.path] ?? [], diagnostics: diagnostics[$0.path] ?? [], index: path) }
    }

    /// The indexed document of the file at `path` (as the index spells it), with its references;
    /// nil when the index has no such file. The only way a path reaches the file system in the
    /// web view: through the index's own list of files.
    public func document(at path: String) throws -> ExtractedDocument? {
        try database.read { db in
            let files = try FileRecord.fetchAll(db, sql: IndexSQL.fileAtPath, arguments: [path])
            return try documents(of: files, all: false, in: db).first
        }
    }

    /// Documents whose title contains `words` (any case, as typed), one per node, by id.
    public func titles(containing words: String, limit: Int) throws -> [(id: String, title: String)] {
        let pattern = "%" + words.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_") + "%"
        return try database.read { db in
            try Row.fetchAll(db, sql: IndexSQL.titlesLike, arguments: [pattern, limit]).map { ($0["node"], $0["title"]) }
        }
    }

    /// Cited ids the corpus lacks, most-cited first, with the first place each is cited.
    public func dangling(kinds: Set<ReferenceKind>? = nil) throws -> [DanglingTarget] {
        var all: [DanglingTarget] = []
        try dangling(kinds: kinds) { all.append($0) }
        return all
    }

    /// Cited ids the corpus lacks, most-cited first, handed to `visit` one at a time, each with
    /// the first place it is cited: found in one walk of the target index (``LackingIDs``).
    /// Memory holds the ids lacked (their bytes, counts and first references' numbers) and the
    /// first citations of a window of them at a time, not their other citations.
    public func dangling(kinds: Set<ReferenceKind>? = nil, _ visit: (DanglingTarget) throws -> Void) throws {
        let path = self.path
        warmForWholePass()
        try database.read { db in try LackingIDs.read(kinds: kinds, index: path, in: db, visit) }
    }

    /// Whether the index knows `id`, as a document or as a cited target.
    public func knows(_ id: String) throws -> Bool {
        try database.read { db in
            try Bool.fetchOne(db, sql: IndexSQL.knows,
                              arguments: [id, id]) ?? false
        }
    }

    /// The node id `id` is joined to by a joint symbol, or `id`.
    public func jointID(of id: String) throws -> String {
        try database.read { db in
            guard try db.tableExists("joint") else { return id }
            return try String.fetchOne(db, sql: "SELECT canonical FROM joint WHERE id = ?", arguments: [id]) ?? id
        }
    }

    /// Known ids (documents and cited targets) that start with `prefix`, sorted.
    public func ids(startingWith prefix: String, limit: Int) throws -> [String] {
        try database.read { db in
            let upper = prefix + "\u{10FFFF}"
            return try String.fetchAll(db, sql: IndexSQL.idsInRange, arguments: [prefix, upper, limit, prefix, upper, limit, limit])
        }
    }
}

/// Ids typed any way people type them are looked up in the index by ``KnownIDs/resolve(_:)``.
extension CitationIndex: KnownIDs {}

extension Array {
    func chunked(_ size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}
