import GRDB

/// Citations per year of the citing document's adoption, by relation, each (citing document,
/// cited id) counted once however many language versions and places cite it.
///
/// Counted one citing document at a time: its dated files are read together (the files in order
/// of their node, each file's references as the range of ids its row names, in one query that
/// sorts nothing), and what they cite is told apart in a set that holds one document's citations. Counting the distinct pairs in one
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
        // Files in node order through the node index; each file's references by their range of ids.
        let rows = try Row.fetchCursor(db, sql: """
            SELECT f.node, CAST(substr(f.date, 1, 4) AS INTEGER), r.relation, r.target
            FROM file f INDEXED BY file_on_node JOIN reference r ON \(IndexSchema.referenceOfFile)
            WHERE f.date IS NOT NULL ORDER BY f.node
            """)
        var counts: [Key: Int] = [:]
        var document: String?
        var cited = Set<Citation>()
        func countDocument() {
            for citation in cited { counts[citation.key, default: 0] += 1 }
            cited.removeAll(keepingCapacity: true)
        }
        while let row = try rows.next() {
            let node: String = row[0]
            if node != document {
                countDocument()
                document = node
            }
            cited.insert(Citation(key: Key(year: row[1], relation: row[2]), target: row[3]))
        }
        countDocument()
        return counts.map { ($0.key.year, $0.key.relation, $0.value) }.sorted {
            $0.0 != $1.0 ? $0.0 < $1.0 : $0.1.utf8.lexicographicallyPrecedes($1.1.utf8)
        }
    }
}
