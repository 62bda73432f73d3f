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
    /// The whole graph's nodes of `kinds` (any kind when nil) that pass `accepts` (and, with
    /// `relations`, have a citation of one of them), cut to the `limit` most cited as
    /// ``SelectionCut`` ranks them, with the citations among them. The same part as selecting
    /// from ``graph()``, without holding the graph: nodes and edges are counted as they stream
    /// from SQL, and only the kept nodes' documents are read.
    public func selection(limit: Int, relations: Set<Relation>?, kinds wantedKinds: Set<ReferenceKind>?, accepting accepts: (String) -> Bool) throws -> IndexSelection {
        warmForWholePass()
        return try database.read { db in
            // Each node seen is numbered as it is met, by its bytes: its kind, whether it passes
            // the filters, whether an edge of the relations touches it, and the citations it has
            // from nodes that pass. A cited node no file is the document of takes the kind its
            // references give it, one query each (2.5 s for 430,000 of them at a million
            // documents): asked only when kinds are chosen, else for the nodes kept alone.
            var ids = IDNumbers(capacity: try Int.fetchOne(db, sql: "SELECT count(*) FROM file") ?? 0)
            var kinds: [ReferenceKind?] = [], accepted: [Bool] = [], connected: [Bool] = [], citers: [Int] = []
            let kindOfTarget = try db.cachedStatement(sql: IndexSQL.kindOfTarget)
            func referenceKind(of id: String) throws -> ReferenceKind {
                try IndexValue.kind(try String.fetchOne(kindOfTarget, arguments: [id]) ?? "", index: path)
            }
            func add(_ key: UnsafeBufferPointer<UInt8>, isFileNode: Bool) throws -> Int {
                let (number, inserted) = ids.insert(key)
                guard inserted else { return number }
                let id = ids.id(number)
                let kind = isFileNode ? CanonicalID.kind(of: id) : wantedKinds == nil ? nil : try referenceKind(of: id)
                kinds.append(kind)
                // A kind not asked for is one no kind filter asks about.
                let passesKind = kind.map { wantedKinds?.contains($0) ?? true } ?? true
                accepted.append(passesKind && accepts(id))
                connected.append(false)
                citers.append(0)
                return number
            }
            let files = try RawRows(db, sql: IndexSQL.fileNodes)
            while try files.step() { _ = try add(files.text(0), isFileNode: true) }
            let everyFilePasses = !accepted.contains(false)
            var totalEdges = 0
            // Citations come from the target index, in its order: a cited node's rows one after
            // another, each (relation, citing node) once per place, so a citation repeats the row
            // before it. The cited node is looked up once per node, the citing node once per row
            // (17.9 million at a million documents) unless every file's node passes.
            var cited = -1
            var target = [UInt8](), relationName = [UInt8](), node = [UInt8](), relation = Relation.cites
            let edges = try RawRows(db, sql: IndexSQL.edgesByTarget)
            while try edges.step() {
                let to = edges.text(0), name = edges.text(1), from = edges.text(2)
                let newTarget = cited < 0 || !ByteOrder.equal(to, target)
                let newRelation = newTarget || !ByteOrder.equal(name, relationName)
                guard newRelation || !ByteOrder.equal(from, node) else { continue }
                node.replaceSubrange(node.indices, with: from)
                totalEdges += 1
                if newTarget {
                    target.replaceSubrange(target.indices, with: to)
                    cited = try add(to, isFileNode: false)
                }
                if newRelation {
                    relationName.replaceSubrange(relationName.indices, with: name)
                    if relations != nil { relation = try IndexValue.relation(String(decoding: name, as: UTF8.self), index: path) }
                }
                guard accepted[cited] else { continue }
                // A reference's citing node is its file's: when every file's node passes and no
                // relation is chosen, the citation counts without looking its citing node up.
                if everyFilePasses, relations == nil {
                    citers[cited] += 1
                    continue
                }
                guard let citer = ids.number(of: from), accepted[citer] else { continue }
                if let relations, !relations.contains(relation) { continue }
                citers[cited] += 1
                connected[citer] = true
                connected[cited] = true
            }
            let passing = (0..<ids.count).filter { accepted[$0] && (relations == nil || connected[$0]) }
            // Only the nodes cited at least as often as the last one a cut keeps can be kept: the
            // rest are never spelled out (1.4 million ids at a million documents).
            var shortlist = passing
            if passing.count > limit {
                let least = passing.map { citers[$0] }.sorted(by: >)[limit - 1]
                shortlist = passing.filter { citers[$0] >= least }
            }
            let candidates = shortlist.map { (id: ids.id($0), citers: citers[$0]) }
            let kept = passing.count > limit
                ? SelectionCut.kept(candidates, limit: limit, focus: nil)
                : Set(candidates.map(\.id))
            var graph = CitationGraph(documents: try documents(where: kept, in: db), jointSymbols: try JointSymbolIndexing.current(in: db),
                                      among: kept, relations: relations)
            // The dated citations are read in the table's order, and those of kept nodes picked
            // out by their bytes in a table of the kept ids alone, small enough to stay in the
            // cache (a fifth of the rows at 100,000 documents: a test SQLite's own `IN` made at
            // twice the cost). Files are held by number; the paths of those that give a kept
            // node's date are read once, at the end.
            var keptNumbers = IDNumbers(capacity: kept.count)
            var keptNodes: [Int] = []
            for id in kept {
                var id = id
                _ = id.withUTF8 { keptNumbers.insert($0) }
                keptNodes.append(ids.number(of: id)!)
            }
            var datedFiles: [Int: [String: Set<Int>]] = [:]
            let rows = try RawRows(db, sql: IndexSQL.citedDates)
            while try rows.step() {
                guard let k = keptNumbers.number(of: rows.text(0)) else { continue }
                datedFiles[keptNodes[k], default: [:]][String(decoding: rows.text(1), as: UTF8.self), default: []].insert(rows.integer(2))
            }
            var citingFiles = Set<Int>()
            for byDate in datedFiles.values { for files in byDate.values { citingFiles.formUnion(files) } }
            var fileList = JSONBytes()
            fileList.array(citingFiles.sorted()) { $0.integer($1) }
            var paths: [Int: String] = [:]
            let named = try RawRows(db, statement: db.makeStatement(sql: IndexSQL.pathsOfFiles),
                                    arguments: [String(decoding: fileList.bytes, as: UTF8.self)])
            while try named.step() { paths[named.integer(0)] = String(decoding: named.text(1), as: UTF8.self) }
            let dates = datedFiles.mapValues { byDate in byDate.mapValues { Set($0.compactMap { paths[$0] }) } }
            for id in kept {
                let number = ids.number(of: id)!
                var node = try graph.nodes[id] ?? GraphNode(id: id, kind: kinds[number] ?? referenceKind(of: id))
                node.citedDates = dates[number] ?? [:]
                graph.merge(node)
            }
            return IndexSelection(
                graph: graph, candidates: passing.count,
                totalNodes: ids.count, totalEdges: totalEdges)
        }
    }
}
