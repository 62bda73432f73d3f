import GRDB

/// Citations per year of the citing document's adoption, by relation, each (citing document,
/// cited id) counted once however many language versions and places cite it.
///
/// Counted one citing document at a time: its dated files are read together (the files in order
/// of their node, each file's references as the range of ids its row names), and what they cite
/// is told apart in a set that holds one document's citations. Counting the distinct pairs in one
/// SQL aggregate sorted every reference of the index in SQLite's temporary storage instead:
/// 29 s at a million documents.
enum CitationsPerYear {
    private struct Key: Hashable {
        var year: Int
        var relation: String
    }

    private struct Citation: Hashable {
        var key: Key
        var target: String
    }

    /// The counts of the index `db` reads, by year, then relation in byte order (as SQLite orders them).
    static func count(in db: Database) throws -> [(year: Int, relation: String, citations: Int)] {
        let files = try Row.fetchCursor(db, sql: """
            SELECT node, CAST(substr(date, 1, 4) AS INTEGER), firstReference, referenceCount
            FROM file WHERE date IS NOT NULL AND referenceCount > 0 ORDER BY node
            """)
        let references = try db.cachedStatement(sql: "SELECT relation, target FROM reference WHERE id >= ? AND id < ?")
        var counts: [Key: Int] = [:]
        var document: String?
        var cited = Set<Citation>()
        func countDocument() {
            for citation in cited { counts[citation.key, default: 0] += 1 }
            cited.removeAll(keepingCapacity: true)
        }
        while let file = try files.next() {
            let node: String = file[0]
            if node != document {
                countDocument()
                document = node
            }
            let year: Int = file[1], first: Int = file[2], count: Int = file[3]
            let rows = try Row.fetchCursor(references, arguments: [first, first + count])
            while let row = try rows.next() {
                cited.insert(Citation(key: Key(year: year, relation: row[0]), target: row[1]))
            }
        }
        countDocument()
        return counts.map { ($0.key.year, $0.key.relation, $0.value) }.sorted {
            $0.0 != $1.0 ? $0.0 < $1.0 : $0.1.utf8.lexicographicallyPrecedes($1.1.utf8)
        }
    }
}
