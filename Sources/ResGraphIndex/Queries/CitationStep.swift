import GRDB
import ResGraphExtractor

/// One step of a walk along citations, as the SQL that takes it from one node: every row of its
/// links with the other nodes' files; for the steps past the first, where most links lead to
/// nodes reached already, the other node and relation of each link, and the rows of one link.
struct CitationStep {
    /// The rows of every link of a node (`other`, `relation`, the other node's files, the place).
    let rows: String
    /// The other node and the relation of each link of a node, one row per reference.
    let others: String?
    /// ``rows`` of the links from a node to one other under one relation (the node, the
    /// relation, the other), in the order ``rows`` gives them when taken relation by relation;
    /// nil where they are not (what a node cites comes in the order its texts cite it).
    let rowsOfLink: String?
    /// ``rows`` under one relation (the node, the relation) in the order of the other nodes, for
    /// the rows of a node with many links to be read one other node at a time; nil where the
    /// rows are few (what a node cites) or already cut (the first citers).
    var rowsOfRelation: String? = nil
    /// ``rows`` under relations this version does not know (the node), beside ``rowsOfRelation``.
    var rowsOfUnknownRelations: String? = nil

    /// From a cited node to the documents that cite it.
    static let citers = CitationStep(rows: IndexSQL.citers, others: IndexSQL.citingNodeOfEachReference, rowsOfLink: IndexSQL.citersByLink,
                                     rowsOfRelation: IndexSQL.citersUnderRelation, rowsOfUnknownRelations: IndexSQL.citersUnderUnknownRelations)
    /// From a cited node to the first documents that cite it, in one step.
    static let firstCiters = CitationStep(rows: IndexSQL.firstCiters, others: nil, rowsOfLink: nil)
    /// From a document to what it cites.
    static let cited = CitationStep(rows: IndexSQL.cited, others: IndexSQL.citedTargetOfEachReference, rowsOfLink: nil)

    /// How many links one new node must stand among before its rows are read alone rather than
    /// with all the node's: a query of its own costs about as much as reading a few rows.
    static let rowsReadPerNode = 4

    /// The statements of the step, prepared once for the whole walk; ``rows`` and ``others``
    /// restricted to `relation` when one is given (its argument after the node's).
    func statements(relation: Relation?, in db: Database) throws -> (rows: Statement, others: Statement?, rowsOfLink: Statement?) {
        func prepared(_ sql: String) throws -> Statement {
            try db.cachedStatement(sql: relation == nil ? sql : sql + " AND r.relation = ?")
        }
        return (try prepared(rows), try others.map(prepared), try rowsOfLink.map { try db.cachedStatement(sql: $0) })
    }

    /// ``rowsOfRelation`` prepared once for each relation read (`relation`, or all of them), in
    /// the order the target index sorts them: one statement each, as their rows are read side
    /// by side. Without `relation`, a last one reads the rows of relations this version does not
    /// know (none, unless the index was written by another), so that they are reported as
    /// ``rows`` would report them. Nil where the step has none.
    func statementsByRelation(relation: Relation?, in db: Database) throws -> [(relation: String?, statement: Statement)]? {
        guard let rowsOfRelation else { return nil }
        let known = try (relation.map { [$0.rawValue] } ?? Relation.allCases.map(\.rawValue)).sorted().map {
            (relation: Optional($0), statement: try db.makeStatement(sql: rowsOfRelation))
        }
        guard relation == nil, let rowsOfUnknownRelations else { return known }
        return known + [(nil, try db.makeStatement(sql: rowsOfUnknownRelations))]
    }

    /// How many links a node past the first step must have for its rows to be read one other
    /// node at a time (``rowsOfRelation``) rather than gathered whole: a query for each relation
    /// costs a few rows' reading, and gathering 800,000 citers costs a gigabyte.
    static let linksReadByRelation = 4_096
}
