import GRDB
import ResGraphExtractor
import ResGraphGraph

extension CitationIndex {
    /// The documents that cite `id` (under `relation`, or any); with `depth` > 1 those that
    /// cite them in turn. Answered by the index's `target` index, without loading the graph.
    public func citers(of id: String, relation: Relation? = nil, depth: Int = 1) throws -> [CitationHit] {
        var hits: [CitationHit] = []
        try forEachCiter(of: id, relation: relation, depth: depth) { hits.append($0) }
        return hits
    }

    /// ``citers(of:relation:depth:)`` one hit at a time, in the same order, none of them kept:
    /// for an answer too large to hold (a walk that reaches most of a million documents), printed
    /// as it comes. `body` runs inside the read.
    ///
    /// ```swift
    /// try index.forEachCiter(of: "A/RES/48/113", depth: 3) { print($0.node.id) }
    /// ```
    public func forEachCiter(of id: String, relation: Relation? = nil, depth: Int = 1, _ body: (CitationHit) throws -> Void) throws {
        try follow(id, relation: relation, depth: depth, step: .citers, visit: body)
    }

    /// The first `limit` documents (by id) that cite `id`, as ``citers(of:relation:depth:)``
    /// lists them first: for a page that shows only the first, near a node cited by most of the
    /// corpus (800,000 citers at a million documents), without reading the rest.
    public func firstCiters(of id: String, limit: Int) throws -> [CitationHit] {
        var hits: [CitationHit] = []
        try follow(id, relation: nil, depth: 1, step: .firstCiters, more: [id, limit]) { hits.append($0) }
        return hits
    }

    /// What `id` cites (under `relation`, or any).
    public func cited(by id: String, relation: Relation? = nil, depth: Int = 1) throws -> [CitationHit] {
        var hits: [CitationHit] = []
        try forEachCited(by: id, relation: relation, depth: depth) { hits.append($0) }
        return hits
    }

    /// ``cited(by:relation:depth:)`` one hit at a time, in the same order, none of them kept;
    /// `body` runs inside the read.
    public func forEachCited(by id: String, relation: Relation? = nil, depth: Int = 1, _ body: (CitationHit) throws -> Void) throws {
        try follow(id, relation: relation, depth: depth, step: .cited, visit: body)
    }

    /// Visits the hits `depth` steps out from `id` in order (by step, then by the node they were
    /// reached from, then by id), each step's asked of one node (then the relation, then `more`).
    /// What is kept is the ids reached, not the hits. The citers of the node asked about, and of
    /// a later node with many links, are read one citer at a time (``MergedRelations``), so that
    /// not even they are gathered: 800,000 of them, a gigabyte, for a treaty at a million documents.
    private func follow(_ id: String, relation: Relation?, depth: Int, step: CitationStep, more: StatementArguments = [],
                        visit given: (CitationHit) throws -> Void) throws {
        // A walk that reaches many nodes reads most of the index, each page in turn: the whole
        // database is asked for beside it once it has (``warmForWholePass()``).
        var reached = 0
        func visit(_ hit: CitationHit) throws {
            reached += 1
            if reached == Self.reachOfWholePass { warmForWholePass() }
            try given(hit)
        }
        try database.read { db in
            var seen: Set<String> = [id]
            var frontier = [id]
            let statements = try step.statements(relation: relation, in: db)
            let relationArgument: StatementArguments = relation.map { [$0.rawValue] } ?? []
            var byRelation: [(relation: String?, statement: Statement)]?
            for level in 1...max(depth, 1) {
                var next: [String] = []
                for current in frontier {
                    var found = FoundNodes(index: path)
                    // The node asked about, and a later one with many links, is read one other
                    // node at a time: its citers are handed over, not gathered.
                    var readByRelation = level == 1
                    // Past the first step most of a node's links lead to nodes reached already:
                    // they are told from an index alone, and only the new ones' rows read, unless
                    // they are most of them.
                    var newByLink: [String: Set<String>]?
                    if level > 1, let others = statements.others {
                        let (links, new) = try Self.newLinks(of: current, others: others, relation: relationArgument, seen: seen)
                        if new.isEmpty { continue }
                        if new.count * CitationStep.rowsReadPerNode < links { newByLink = new }
                        readByRelation = links >= CitationStep.linksReadByRelation
                    }
                    if let newByLink, let rowsOfLink = statements.rowsOfLink {
                        for (other, relations) in newByLink.sorted(by: { $0.key < $1.key }) {
                            for linkRelation in relations.sorted() {
                                try found.take(try Row.fetchCursor(rowsOfLink, arguments: [current, linkRelation, other]), skipping: seen)
                            }
                        }
                    } else if readByRelation, let statements = try byRelation ?? step.statementsByRelation(relation: relation, in: db) {
                        byRelation = statements
                        var links = try MergedRelations(of: current, statements: statements, link: LinkRow.init, other: \.other)
                        while let rows = try links.next() {
                            guard let other = rows.first?.other, !seen.contains(other) else { continue }
                            var one = FoundNodes(index: path)
                            for row in rows { try one.add(row) }
                            guard let entry = one.nodes[other] else { continue }
                            seen.insert(other)
                            next.append(other)
                            try visit(CitationHit(node: entry.node, relations: entry.relations.sorted(), depth: level, via: current, place: entry.place))
                        }
                    } else {
                        try found.take(try Row.fetchCursor(statements.rows, arguments: [current] + relationArgument + more), skipping: seen)
                    }
                    for (other, entry) in found.nodes.sorted(by: { $0.key < $1.key }) {
                        seen.insert(other)
                        next.append(other)
                        try visit(CitationHit(node: entry.node, relations: entry.relations.sorted(), depth: level, via: current, place: entry.place))
                    }
                }
                frontier = next
                if frontier.isEmpty { break }
            }
        }
    }

    /// The nodes a walk reaches from which it asks for the whole database: `cites --depth 10` at
    /// a million documents reaches 194,062 and reads 1.8 GB of the index's 2.8 (24.2 s with the
    /// page cache dropped, 14.0 s with the database asked for beside it, 9.6 s in memory).
    static let reachOfWholePass = 10_000

    /// How many links `current` has (one per reference), and the other nodes of those not
    /// `seen`, each with its relations.
    private static func newLinks(of current: String, others: Statement, relation: StatementArguments, seen: Set<String>) throws -> (links: Int, new: [String: Set<String>]) {
        var links = 0
        var new: [String: Set<String>] = [:]
        let linked = try Row.fetchCursor(others, arguments: [current] + relation)
        while let link = try linked.next() {
            links += 1
            let other: String = link[0]
            if !seen.contains(other) { new[other, default: []].insert(link[1]) }
        }
        return (links, new)
    }
}

/// One row of a step's SQL: a link to another node, with that node's file (when the corpus
/// holds it) and the place of the citation.
private struct LinkRow {
    let other: String
    let relation: String
    let path: String?
    let language: String?
    let date: String?
    let title: String?
    let place: String?
    let start: Int
    let end: Int

    init(_ row: Row) {
        other = row["other"]
        relation = row["relation"]
        path = row["path"]
        language = row["language"]
        date = row["date"]
        title = row["title"]
        place = row["place"]
        start = row["start"]
        end = row["end"]
    }
}

/// The nodes one step finds from one node, gathered from the rows of its links: each with the
/// files the rows give, the relations and the first place.
private struct FoundNodes {
    let index: String
    var nodes: [String: (node: GraphNode, relations: Set<Relation>, place: CitationHit.Place?)] = [:]

    init(index: String) {
        self.index = index
    }

    /// Adds the rows of `rows` whose other node is not in `seen`.
    mutating func take(_ rows: RowCursor, skipping seen: Set<String>) throws {
        while let row = try rows.next() {
            // Most rows past the first step lead to nodes reached already: only their id is read.
            let other: String = row["other"]
            guard !seen.contains(other) else { continue }
            try add(LinkRow(row))
        }
    }

    /// Adds one link: the first gives the place; each row with a file adds it to the node.
    mutating func add(_ link: LinkRow) throws {
        var entry = nodes[link.other] ?? (GraphNode(id: link.other, kind: CanonicalID.kind(of: link.other)), [], nil)
        if entry.place == nil, let source = link.place {
            entry.place = CitationHit.Place(source: source, start: link.start, end: link.end)
        }
        if let path = link.path {
            if !entry.node.sources.contains(path) { entry.node.sources.append(path) }
            if let language = link.language { entry.node.languages.insert(try IndexValue.language(language, index: index)) }
            entry.node.date = entry.node.date ?? link.date
            entry.node.title = entry.node.title ?? link.title
        }
        entry.relations.insert(try IndexValue.relation(link.relation, index: index))
        nodes[link.other] = entry
    }
}
