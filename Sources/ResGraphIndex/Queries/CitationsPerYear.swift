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
///
/// A whole index is counted in parts, each the documents of a range of nodes (``NodeRange``),
/// read apart on every core (``PartedReads``): a document's files all lie in one part, so the
/// parts' counts add up.
enum CitationsPerYear {
    private struct Key: Hashable {
        var year: Int
        var relation: Int
    }

    /// The counts of one part, by year and relation name.
    struct PartCounts: Sendable {
        fileprivate var counts: [YearAndRelation: Int] = [:]
    }

    fileprivate struct YearAndRelation: Hashable, Sendable {
        var year: Int
        var relation: [UInt8]
    }

    /// The documents whose node lies from `from` (or the first) to before `below` (or past the last).
    struct NodeRange: Sendable {
        var from: String?
        var below: String?
    }

    /// The parts a whole index is counted in, per core that counts them: a part ends as another
    /// core is left without one, so more, smaller parts leave it idle less long.
    static let partsPerWorker = 4

    /// The counts of the index `db` reads, in one read.
    static func count(in db: Database) throws -> [CitationsInYear] {
        merged([try count(NodeRange(), in: db)])
    }

    /// The ranges of nodes the index `db` reads is counted in by `reads`: ``partsPerWorker`` for
    /// each of its workers, fewer when the index holds too few files for them.
    static func ranges(for reads: PartedReads, in db: Database) throws -> [NodeRange] {
        try ranges(parts: reads.parts(perWorker: partsPerWorker), fewestFiles: reads.fewestFilesPerPart, in: db)
    }

    /// About `parts` ranges of nodes that together hold every node, each about as many files:
    /// the nodes of files spread evenly over their numbers, sorted, give the bounds. Fewer when
    /// the index holds fewer than `fewestFiles` files a part; one when it is empty.
    static func ranges(parts wanted: Int, fewestFiles: Int, in db: Database) throws -> [NodeRange] {
        let span = try Row.fetchOne(db, sql: "SELECT min(id), max(id) FROM file")
        guard let low: Int = span?[0], let high: Int = span?[1] else { return [NodeRange()] }
        let parts = min(wanted, (high - low + 1) / max(fewestFiles, 1))
        guard parts > 1 else { return [NodeRange()] }
        let samples = parts * Self.samplesPerPart
        let statement = try db.makeStatement(sql: "SELECT node FROM file WHERE id >= ? ORDER BY id LIMIT 1")
        var nodes: [[UInt8]] = []
        for k in 0..<samples {
            let rows = try RawRows(db, statement: statement, arguments: [low + (high - low) * k / samples])
            if try rows.step() { nodes.append(Array(rows.text(0))) }
        }
        // Bounds are ordered as SQLite compares them with the nodes: by the bytes bound.
        let sorted = nodes.map { Array(String(decoding: $0, as: UTF8.self).utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
        var bounds: [[UInt8]] = []
        for k in 1..<parts {
            let bound = sorted[sorted.count * k / parts]
            if bounds.last.map({ $0.lexicographicallyPrecedes(bound) }) ?? true { bounds.append(bound) }
        }
        let texts = bounds.map { String(decoding: $0, as: UTF8.self) }
        return (0...texts.count).map { k in NodeRange(from: k == 0 ? nil : texts[k - 1], below: k == texts.count ? nil : texts[k]) }
    }

    /// Nodes sampled per part to place the bounds.
    private static let samplesPerPart = 8

    /// Adds up the parts' counts: by year, then relation in byte order (as SQLite orders them).
    static func merged(_ parts: [PartCounts]) -> [CitationsInYear] {
        var total: [YearAndRelation: Int] = [:]
        for part in parts { total.merge(part.counts, uniquingKeysWith: +) }
        return total.sorted { a, b in
            a.key.year != b.key.year ? a.key.year < b.key.year : a.key.relation.lexicographicallyPrecedes(b.key.relation)
        }.map { ($0.key.year, String(decoding: $0.key.relation, as: UTF8.self), $0.value) }
    }

    /// One citation of the document being read: its year and relation, and where its target's
    /// bytes lie in the document's buffer.
    private struct Citation {
        var key: Key
        var target: Range<Int>
    }

    /// The counts of the documents of `nodes` in the index `db` reads.
    static func count(_ nodes: NodeRange, in db: Database) throws -> PartCounts {
        // Files in node order through the node index; each file's references by their range of
        // ids. Rows are read as SQLite holds them: a citation is its bytes, not three strings
        // hashed into a set (8.9 s at a million documents, 3.9 s so).
        // A file's node and year are read once, where its rows begin (its number changes), not
        // at each of its references: of `stats`' 12.1 s at a million documents, 8 went here
        // while SQLite cut and converted every row's date and Swift compared every row's node.
        let bounds = (nodes.from == nil ? "" : " AND f.node >= ?") + (nodes.below == nil ? "" : " AND f.node < ?")
        let rows = try RawRows(db, statement: try db.makeStatement(sql: """
            SELECT f.id, f.node, f.date, r.relation, r.target
            FROM file f INDEXED BY file_on_node JOIN reference r ON \(IndexSchema.referenceOfFile)
            WHERE f.date IS NOT NULL\(bounds) ORDER BY f.node
            """), arguments: StatementArguments([nodes.from, nodes.below].compactMap { $0 }))
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
        var part = PartCounts()
        for (key, count) in counts { part.counts[YearAndRelation(year: key.year, relation: relations[key.relation]), default: 0] += count }
        return part
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
