import GRDB
import ResGraphExtractor

/// How many documents cite one id, in all and under each relation: what a walk under one
/// relation that found nothing says of the others, counted from the target index alone.
public struct CitingCounts: Equatable, Sendable {
    /// The documents (nodes) that cite the id under any relation.
    public var documents: Int
    /// The documents that cite the id under each relation; a document that cites it under two
    /// is counted under both.
    public var byRelation: [Relation: Int]

    /// Counts of `documents` citing documents, `byRelation` under each relation.
    public init(documents: Int, byRelation: [Relation: Int]) {
        self.documents = documents
        self.byRelation = byRelation
    }
}

extension CitationIndex {
    /// How many documents cite `id`, and under which relations, without reading their files
    /// or their other references: 800,000 citers of a treaty at a million documents are counted
    /// in about a second, where walking them took several.
    ///
    /// ```swift
    /// let counts = try index.citingCounts(of: "S/RES/1325(2000)")
    /// counts.documents       // 1
    /// counts.byRelation      // [.reaffirms: 1]
    /// ```
    public func citingCounts(of id: String) throws -> CitingCounts {
        try database.read { db in
            var counts = CitingCounts(documents: 0, byRelation: [:])
            let rows = try Row.fetchCursor(db, sql: IndexSQL.citingNodesByRelation, arguments: [id])
            while let row = try rows.next() {
                counts.byRelation[try IndexValue.relation(row[0], index: path)] = row[1]
            }
            // A document cites under one relation or more: only several relations need the
            // documents told apart across them.
            counts.documents = counts.byRelation.count > 1
                ? try Int.fetchOne(db, sql: IndexSQL.citingNodeCount, arguments: [id]) ?? 0
                : counts.byRelation.values.first ?? 0
            return counts
        }
    }
}
