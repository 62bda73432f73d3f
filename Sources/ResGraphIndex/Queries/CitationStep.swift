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

    /// From a cited node to the documents that cite it.
    static let citers = CitationStep(rows: IndexSQL.citers, others: IndexSQL.citingNodeOfEachReference, rowsOfLink: IndexSQL.citersByLink)
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
}
