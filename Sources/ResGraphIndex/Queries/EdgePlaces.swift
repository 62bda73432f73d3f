import GRDB
import ResGraphExtractor
import ResGraphGraph

/// A place where an edge of the graph is made: one reference of one file, with its edge.
struct EdgePlace {
    var from: String
    var to: String
    var relation: Relation
    var provenance: Provenance
}

/// Every place an edge is made, in the edge CSV's order: by citing node, cited id and relation
/// (in ``Relation``'s order), then in the order files and references were stored.
///
/// Read one citing node at a time: its files through the node index, each file's references as
/// the range of ids its row names, and the node's places sorted in memory. One `ORDER BY` over
/// the whole table sorted every reference with its text and path in SQLite's temporary storage
/// instead (gigabytes at a million documents).
enum EdgePlaces {
    static func forEach(in db: Database, index: String, _ body: (EdgePlace) throws -> Void) throws {
        let files = try Row.fetchCursor(db, sql: """
            SELECT node, path, language, firstReference, referenceCount FROM file WHERE referenceCount > 0 ORDER BY node, id
            """)
        let references = try db.cachedStatement(sql: """
            SELECT target, relation, start, "end", text, footnote FROM reference WHERE id >= ? AND id < ?
            """)
        var node: String?
        var places: [EdgePlace] = []
        func flush() throws {
            // Stable: places of one edge stay in the order their files and references were stored.
            places.sort { a, b in
                a.to != b.to ? a.to.utf8.lexicographicallyPrecedes(b.to.utf8) : a.relation < b.relation
            }
            for place in places { try body(place) }
            places.removeAll(keepingCapacity: true)
        }
        while let file = try files.next() {
            let from: String = file[0]
            if from != node {
                try flush()
                node = from
            }
            let source: String = file[1]
            let language = try IndexValue.language(file[2], index: index)
            let first: Int = file[3], count: Int = file[4]
            let rows = try Row.fetchCursor(references, arguments: [first, first + count])
            while let row = try rows.next() {
                let to: String = row[0]
                guard to != from else { continue }
                places.append(EdgePlace(
                    from: from, to: to, relation: try IndexValue.relation(row[1], index: index),
                    provenance: Provenance(source: source, language: language, start: row[2], end: row[3], text: row[4], footnote: row[5])))
            }
        }
        try flush()
    }
}
