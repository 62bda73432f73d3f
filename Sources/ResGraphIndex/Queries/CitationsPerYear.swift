import GRDB

/// Citations per year of the citing document's adoption, by relation, each (citing document,
/// cited id) counted once however many language versions and places cite it.
///
/// Counted one citing document at a time: its dated files are read together (the files in order
/// of their node, each file's references as the range of ids its row names, in one query that
/// sorts nothing), and what they cite is told apart by sorting that one document's citations.
/// Counting the distinct pairs in one SQL aggregate sorted every reference of the index in
/// SQLite's temporary storage instead: 29 s at a million documents.
enum CitationsPerYear {
    private struct Key: Hashable {
        var year: Int
        var relation: Int
    }

    /// One citation of the document being read: its year and relation, and where its target's
    /// bytes lie in the document's buffer.
    private struct Citation {
        var key: Key
        var target: Range<Int>
    }

    /// The counts of the index `db` reads, by year, then relation in byte order (as SQLite orders them).
    static func count(in db: Database) throws -> [(year: Int, relation: String, citations: Int)] {
        // Files in node order through the node index; each file's references by their range of
        // ids. Rows are read as SQLite holds them: a citation is its bytes, not three strings
        // hashed into a set (8.9 s at a million documents, 3.9 s so).
        let rows = try RawRows(db, sql: """
            SELECT f.node, CAST(substr(f.date, 1, 4) AS INTEGER), r.relation, r.target
            FROM file f INDEXED BY file_on_node JOIN reference r ON \(IndexSchema.referenceOfFile)
            WHERE f.date IS NOT NULL ORDER BY f.node
            """)
        var counts: [Key: Int] = [:]
        var relations: [[UInt8]] = []
        var document: [UInt8]?
        var targets: [UInt8] = []
        var cited: [Citation] = []
        /// Counts each (year, relation, target) of the document once.
        func countDocument() {
            targets.withUnsafeBufferPointer { bytes in
                func target(_ citation: Citation) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[citation.target]) }
                cited.sort { a, b in
                    if a.key.year != b.key.year { return a.key.year < b.key.year }
                    if a.key.relation != b.key.relation { return a.key.relation < b.key.relation }
                    return ByteOrder.compare(target(a), target(b)) < 0
                }
                // Sorted, a key's citations come together: its count grows once per key.
                var run = 0
                for (k, citation) in cited.enumerated() {
                    if k > 0, cited[k - 1].key != citation.key {
                        counts[cited[k - 1].key, default: 0] += run
                        run = 0
                    } else if k > 0, ByteOrder.compare(target(cited[k - 1]), target(citation)) == 0 {
                        continue
                    }
                    run += 1
                }
                if let last = cited.last { counts[last.key, default: 0] += run }
            }
            targets.removeAll(keepingCapacity: true)
            cited.removeAll(keepingCapacity: true)
        }
        while try rows.step() {
            let node = rows.text(0)
            if document.map({ !ByteOrder.equal(node, $0) }) ?? true {
                countDocument()
                document = Array(node)
            }
            let name = rows.text(2)
            let relation = relations.firstIndex { ByteOrder.equal(name, $0) } ?? {
                relations.append(Array(name))
                return relations.count - 1
            }()
            let target = rows.text(3)
            cited.append(Citation(key: Key(year: rows.integer(1), relation: relation), target: targets.count..<targets.count + target.count))
            targets.append(contentsOf: target)
        }
        countDocument()
        return counts.map { ($0.key.year, String(decoding: relations[$0.key.relation], as: UTF8.self), $0.value) }.sorted {
            $0.0 != $1.0 ? $0.0 < $1.0 : $0.1.utf8.lexicographicallyPrecedes($1.1.utf8)
        }
    }
}
