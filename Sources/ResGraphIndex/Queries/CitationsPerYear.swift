import GRDB
import ResGraphExtractor

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
    static func count(in db: Database) throws -> [CitationsInYear] {
        // Files in node order through the node index; each file's references by their range of
        // ids. Rows are read as SQLite holds them: a citation is its bytes, not three strings
        // hashed into a set (8.9 s at a million documents, 3.9 s so).
        // A file's node and year are read once, where its rows begin (its number changes), not
        // at each of its references: of `stats`' 12.1 s at a million documents, 8 went here
        // while SQLite cut and converted every row's date and Swift compared every row's node.
        let rows = try RawRows(db, sql: """
            SELECT f.id, f.node, f.date, r.relation, r.target
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
        var file: Int?
        var year = 0
        var relation = -1
        while try rows.step() {
            let number = rows.integer(0)
            if number != file {
                file = number
                let node = rows.text(1)
                if document.map({ !ByteOrder.equal(node, $0) }) ?? true {
                    countDocument()
                    document = Array(node)
                }
                year = Self.year(rows.text(2))
            }
            // A file's references come relation by relation more often than not.
            let name = rows.text(3)
            if relation < 0 || !ByteOrder.equal(name, relations[relation]) {
                relation = relations.firstIndex { ByteOrder.equal(name, $0) } ?? {
                    relations.append(Array(name))
                    return relations.count - 1
                }()
            }
            let target = rows.text(4)
            cited.append(Citation(key: Key(year: year, relation: relation), target: targets.count..<targets.count + target.count))
            targets.append(contentsOf: target)
        }
        countDocument()
        return counts.map { ($0.key.year, String(decoding: relations[$0.key.relation], as: UTF8.self), $0.value) }.sorted {
            $0.0 != $1.0 ? $0.0 < $1.0 : $0.1.utf8.lexicographicallyPrecedes($1.1.utf8)
        }
    }

    /// The year a file's `date` gives, as SQLite's `CAST(substr(date, 1, 4) AS INTEGER)` reads
    /// it: the integer its first four characters begin with (after white space and a sign), 0
    /// when they begin with none. Four bytes are four characters here: reading stops at the
    /// first byte that is not ASCII.
    static func year(_ date: UnsafeBufferPointer<UInt8>) -> Int {
        let end = min(date.count, 4)
        var k = 0
        while k < end, date[k] == 0x20 || date[k] &- 0x09 < 5 { k += 1 }
        var negative = false
        if k < end, date[k] == UInt8(ascii: "-") || date[k] == UInt8(ascii: "+") {
            negative = date[k] == UInt8(ascii: "-")
            k += 1
        }
        var value = 0
        while k < end, date[k] &- 0x30 < 10 {
            value = value * 10 + Int(date[k] &- 0x30)
            k += 1
        }
        return negative ? -value : value
    }
}
