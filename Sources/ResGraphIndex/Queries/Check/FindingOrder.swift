import Foundation
import ResGraphExtractor
import ResGraphGraph

/// ``Finding``'s reading order (file, place, problem, message) on findings as bytes
/// (``FindingCoding``), so that a run is sorted and merged without a `String` made or
/// compared: texts in ASCII are compared as bytes, which is how Swift orders them; a text
/// outside ASCII is compared as a `String`, as Swift compares it (by canonical equivalence).
enum FindingOrder {
    /// Each problem's rank among the problems' names in order, by its index in `allCases`.
    static let problemRanks: [UInt8] = {
        let names = Finding.Problem.allCases.map(\.rawValue).sorted()
        return Finding.Problem.allCases.map { UInt8(names.firstIndex(of: $0.rawValue)!) }
    }()

    /// Whether the record at `a` comes before the one at `b`; nil when neither does.
    static func precedes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>) -> Bool? {
        let flags = a[5] | b[5]
        if let order = textPrecedes(FindingCoding.source(of: a), FindingCoding.source(of: b),
                                    asBytes: flags & FindingCoding.sourceOutsideASCII == 0) {
            return order
        }
        let (first, second) = (FindingCoding.place(of: a), FindingCoding.place(of: b))
        if first != second { return first < second }
        let (one, other) = (problemRanks[Int(a[4])], problemRanks[Int(b[4])])
        if one != other { return one < other }
        return textPrecedes(FindingCoding.message(of: a), FindingCoding.message(of: b),
                            asBytes: flags & FindingCoding.messageOutsideASCII == 0)
    }

    /// The indices of `run`'s findings in reading order (equal findings in the order added).
    /// The sort moves a key and an index per finding: the eight bytes of its source past the
    /// prefix all sources share, so that most comparisons are of two numbers, and the records
    /// are read only when keys are equal.
    static func sort(_ run: RecordBuffer) -> [Int] {
        let starts = run.starts
        return run.bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return [] }
            let keys = sourceKeys(base, starts)
            var entries = starts.indices.map { (key: keys?[$0] ?? 0, index: $0) }
            entries.sort { a, b in
                if a.key != b.key { return a.key < b.key }
                return precedes(base + starts[a.index], base + starts[b.index]) ?? (a.index < b.index)
            }
            return entries.map(\.index)
        }
    }

    /// For each record, the eight bytes of its source that follow the prefix all the sources
    /// share, first byte highest (so that the keys order as the sources do, zeros past a short
    /// source's end); nil when a source is outside ASCII, whose order is not its bytes'.
    private static func sourceKeys(_ base: UnsafePointer<UInt8>, _ starts: [Int]) -> [UInt64]? {
        guard let firstStart = starts.first else { return [] }
        let first = FindingCoding.source(of: base + firstStart)
        var shared = first.count
        for start in starts {
            guard base[start + 5] & FindingCoding.sourceOutsideASCII == 0 else { return nil }
            let source = FindingCoding.source(of: base + start)
            var k = 0
            let limit = min(shared, source.count)
            while k < limit && source.start[k] == first.start[k] { k += 1 }
            shared = k
        }
        return starts.map { start in
            let source = FindingCoding.source(of: base + start)
            var key: UInt64 = 0
            for k in shared..<shared + 8 { key = key << 8 | UInt64(k < source.count ? source.start[k] : 0) }
            return key
        }
    }

    /// Whether text `a` comes before text `b`; nil when they are equal.
    private static func textPrecedes(_ a: (start: UnsafePointer<UInt8>, count: Int),
                                     _ b: (start: UnsafePointer<UInt8>, count: Int), asBytes: Bool) -> Bool? {
        if asBytes {
            let order = ByteOrder.compare(UnsafeBufferPointer(start: a.start, count: a.count), UnsafeBufferPointer(start: b.start, count: b.count))
            return order == 0 ? nil : order < 0
        }
        let (one, other) = (String(decoding: UnsafeBufferPointer(start: a.start, count: a.count), as: UTF8.self),
                            String(decoding: UnsafeBufferPointer(start: b.start, count: b.count), as: UTF8.self))
        return one == other ? nil : one < other
    }
}
