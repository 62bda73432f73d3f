/// A byte trie over every phrase of every ``LanguageTable``, matched in place in the text.
///
/// Matching is case-insensitive for ASCII letters, and a space in a phrase matches any run
/// of white space (phrases wrap across lines in PDF text). The longest phrase wins; a phrase
/// that ends in a letter must not be followed by another letter or digit.
struct PhraseTrie: Sendable {
    /// What a match found.
    struct Entry: Sendable {
        let phrase: Phrase
        let language: Language
    }

    private struct Edge: Sendable {
        let byte: UInt8
        let child: Int32
    }

    private var root = [Int32](repeating: -1, count: 256)
    private var edgeStart: [Int32] = []
    private var edgeCount: [Int32] = []
    private var edges: [Edge] = []
    private var payload: [Int32] = []
    private(set) var entries: [Entry] = []

    /// The trie of all tables the extractor reads with.
    static let standard = PhraseTrie(tables: LanguageTable.all)

    init(tables: [LanguageTable]) {
        var children: [[UInt8: Int]] = [[:]]
        var payloads: [Int32] = [-1]
        for table in tables {
            for (text, phrase) in table.phrases {
                var node = 0
                for byte in text.utf8 {
                    let key = ByteClass.lowercased(byte)
                    if let next = children[node][key] {
                        node = next
                    } else {
                        children.append([:])
                        payloads.append(-1)
                        children[node][key] = children.count - 1
                        node = children.count - 1
                    }
                }
                if payloads[node] < 0 {
                    payloads[node] = Int32(entries.count)
                    entries.append(Entry(phrase: phrase, language: table.language))
                }
            }
        }
        for (node, map) in children.enumerated() {
            edgeStart.append(Int32(edges.count))
            edgeCount.append(Int32(map.count))
            for (byte, child) in map.sorted(by: { $0.key < $1.key }) {
                edges.append(Edge(byte: byte, child: Int32(child)))
            }
            _ = node
        }
        payload = payloads
        for edge in edges[Int(edgeStart[0])..<Int(edgeStart[0] + edgeCount[0])] {
            root[Int(edge.byte)] = edge.child
        }
    }

    /// Whether some phrase starts with this byte; a cheap test before ``match(in:at:)``.
    @inline(__always) func canStart(_ byte: UInt8) -> Bool {
        root[Int(ByteClass.lowercased(byte))] >= 0
    }

    /// The longest phrase starting at `start`, with the index just past it.
    func match(in p: UnsafeBufferPointer<UInt8>, at start: Int) -> (entry: Entry, end: Int)? {
        var node = root[Int(ByteClass.lowercased(p[start]))]
        guard node >= 0 else { return nil }
        var j = start + 1
        var best: (Int32, Int)? = nil
        var fallback: (Int32, Int)? = nil
        if payload[Int(node)] >= 0 { best = (payload[Int(node)], j) }
        while j < p.count {
            let byte = p[j]
            if ByteClass.isSpace(byte) {
                guard let child = child(of: node, byte: 0x20) else { break }
                node = child
                while j < p.count, ByteClass.isSpace(p[j]) { j += 1 }
            } else {
                guard let child = child(of: node, byte: ByteClass.lowercased(byte)) else { break }
                node = child
                j += 1
            }
            if payload[Int(node)] >= 0 {
                fallback = best
                best = (payload[Int(node)], j)
            }
        }
        for candidate in [best, fallback] {
            guard let (index, end) = candidate else { continue }
            if endsAtBoundary(p, end) { return (entries[Int(index)], end) }
        }
        return nil
    }

    @inline(__always) private func child(of node: Int32, byte: UInt8) -> Int32? {
        let start = Int(edgeStart[Int(node)])
        for k in start..<start + Int(edgeCount[Int(node)]) where edges[k].byte == byte {
            return edges[k].child
        }
        return nil
    }

    /// A phrase ending in a Latin letter must not run on into a longer word.
    @inline(__always) private func endsAtBoundary(_ p: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        let last = p[end - 1]
        let lastIsLatinLetter = ByteClass.isASCIIAlphanumeric(last) || (last &- 0x80 < 0x40 && end >= 2 && ByteClass.isTwoByteLead(p[end - 2]))
        guard lastIsLatinLetter, end < p.count else { return true }
        let next = p[end]
        return !(ByteClass.isASCIIAlphanumeric(next) || ByteClass.isTwoByteLead(next))
    }
}
