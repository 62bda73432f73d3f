/// A byte trie over every phrase of every ``LanguageTable``, matched in place in the text.
///
/// Matching is case-insensitive for ASCII letters, and a space in a phrase matches any run
/// of white space (phrases wrap across lines in PDF text). The longest phrase wins; a phrase
/// that ends in a letter must not be followed by another letter or digit.
///
/// Most words start no phrase: bitsets turn them away before the trie is walked. For ASCII
/// phrases, the first two bytes are tested exactly, then a hash of the first three (phrases of
/// one or two bytes, "y", "du", "et", skip the second test); for three-byte characters, the
/// first code point. The standard trie
/// lives for the whole process, so its tables are plain buffers, never freed; they are written
/// only in `init`, which is why sharing the trie across threads is safe.
final class PhraseTrie: @unchecked Sendable {
    /// What a match found.
    struct Entry: Sendable {
        let phrase: Phrase
        let language: Language
    }

    private struct Edge {
        let byte: UInt8
        let child: Int32
    }

    private let root: UnsafeMutableBufferPointer<Int32>
    private let edgeStart: UnsafeMutableBufferPointer<Int32>
    private let edgeCount: UnsafeMutableBufferPointer<Int32>
    private let edges: UnsafeMutableBufferPointer<Edge>
    private let payload: UnsafeMutableBufferPointer<Int32>
    private let asciiPairs: UnsafeMutableBufferPointer<UInt64>
    private let shortPairs: UnsafeMutableBufferPointer<UInt64>
    private let asciiTriples: UnsafeMutableBufferPointer<UInt64>
    private let wideStarts: UnsafeMutableBufferPointer<UInt64>
    private let entries: UnsafeMutableBufferPointer<Entry>
    /// Whether a phrase starts with a space: when none does, the main loop passes spaces by.
    let spaceStartsPhrase: Bool

    /// The trie of all tables the extractor reads with.
    static let standard = PhraseTrie(tables: LanguageTable.all)

    init(tables: [LanguageTable]) {
        var children: [[UInt8: Int]] = [[:]]
        var payloads: [Int32] = [-1]
        var entries: [Entry] = []
        var pairs = [UInt64](repeating: 0, count: 1024)
        var short = [UInt64](repeating: 0, count: 1024)
        var triples = [UInt64](repeating: 0, count: 1024)
        var wide = [UInt64](repeating: 0, count: 1024)
        for table in tables {
            for (text, phrase) in table.phrases {
                let bytes = text.utf8.map(ByteClass.lowercased)
                if bytes[0] < 0x80 {
                    let key = Self.pairKey(bytes[0], bytes.count > 1 ? bytes[1] : 0x20)
                    pairs[key >> 6] |= 1 << UInt64(key & 63)
                    switch bytes.count {
                    case 1:
                        for second in 0...255 {
                            let key = Self.pairKey(bytes[0], UInt8(second))
                            pairs[key >> 6] |= 1 << UInt64(key & 63)
                            short[key >> 6] |= 1 << UInt64(key & 63)
                        }
                    case 2:
                        short[key >> 6] |= 1 << UInt64(key & 63)
                    default:
                        let triple = Self.tripleKey(bytes[0], bytes[1], bytes[2])
                        triples[triple >> 6] |= 1 << UInt64(triple & 63)
                    }
                } else if bytes[0] >= 0xE0, bytes[0] < 0xF0 {
                    let key = Self.wideKey(bytes[0], bytes[1], bytes[2])
                    wide[key >> 6] |= 1 << UInt64(key & 63)
                }
                var node = 0
                for key in bytes {
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
        var starts: [Int32] = [], counts: [Int32] = [], flat: [Edge] = []
        for map in children {
            starts.append(Int32(flat.count))
            counts.append(Int32(map.count))
            for (byte, child) in map.sorted(by: { $0.key < $1.key }) { flat.append(Edge(byte: byte, child: Int32(child))) }
        }
        var rootTable = [Int32](repeating: -1, count: 256)
        for (byte, child) in children[0] { rootTable[Int(byte)] = Int32(child) }
        func buffer<T>(_ array: [T]) -> UnsafeMutableBufferPointer<T> {
            let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(array.count, 1))
            _ = buffer.initialize(from: array)
            return buffer
        }
        spaceStartsPhrase = rootTable[0x20] >= 0
        root = buffer(rootTable)
        edgeStart = buffer(starts)
        edgeCount = buffer(counts)
        edges = buffer(flat)
        payload = buffer(payloads)
        asciiPairs = buffer(pairs)
        shortPairs = buffer(short)
        asciiTriples = buffer(triples)
        wideStarts = buffer(wide)
        self.entries = buffer(entries)
    }

    @inline(__always) private static func pairKey(_ first: UInt8, _ second: UInt8) -> Int {
        let normalized = ByteClass.isSpace(second) ? 0x20 : ByteClass.lowercased(second)
        return Int(ByteClass.lowercased(first) & 0x7F) << 8 | Int(normalized)
    }

    /// A 16-bit hash of a phrase's first three trie steps (white space as 0x20).
    @inline(__always) private static func tripleKey(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Int {
        let normalized = { (b: UInt8) -> UInt32 in ByteClass.isSpace(b) ? 0x20 : UInt32(ByteClass.lowercased(b)) }
        let value = normalized(first) << 16 | normalized(second) << 8 | normalized(third)
        return Int((value &* 0x9E37_79B1) >> 16)
    }

    @inline(__always) private static func wideKey(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> Int {
        Int(b0 & 0x0F) << 12 | Int(b1 & 0x3F) << 6 | Int(b2 & 0x3F)
    }

    /// Whether a phrase may start at `start`: an exact test of its first two bytes (ASCII) or
    /// first character (three-byte UTF-8), far cheaper than ``match(in:at:)``.
    @inline(__always) func canStart(_ p: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let b0 = p[start]
        if b0 < 0x80 {
            let b1 = start + 1 < p.count ? p[start + 1] : 0x20
            let key = Self.pairKey(b0, b1)
            guard asciiPairs[key >> 6] & (1 << UInt64(key & 63)) != 0 else { return false }
            if shortPairs[key >> 6] & (1 << UInt64(key & 63)) != 0 { return true }
            var j = start + 2
            if ByteClass.isSpace(b1) { while j < p.count, ByteClass.isSpace(p[j]) { j += 1 } }
            let triple = Self.tripleKey(b0, b1, j < p.count ? p[j] : 0x20)
            return asciiTriples[triple >> 6] & (1 << UInt64(triple & 63)) != 0
        }
        guard b0 >= 0xE0, b0 < 0xF0 else { return root[Int(b0)] >= 0 }
        guard start + 2 < p.count else { return false }
        let key = Self.wideKey(b0, p[start + 1], p[start + 2])
        return wideStarts[key >> 6] & (1 << UInt64(key & 63)) != 0
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
        if let (index, end) = best, endsAtBoundary(p, end) { return (entries[Int(index)], end) }
        if let (index, end) = fallback, endsAtBoundary(p, end) { return (entries[Int(index)], end) }
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
        return !ByteClass.isLetterStart(p, end)
    }
}
