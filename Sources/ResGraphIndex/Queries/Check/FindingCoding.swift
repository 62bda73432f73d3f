import ResGraphGraph

/// A finding as bytes in the spill file: its length (4 bytes), the problem's index (1), the
/// place (8, -1 for none), then source, node and message, each as a 4-byte length and UTF-8.
enum FindingCoding {
    static let problems = Finding.Problem.allCases

    static func append(_ finding: Finding, to bytes: inout [UInt8]) {
        let start = bytes.count
        integer(0, size: 4, to: &bytes)
        bytes.append(UInt8(problems.firstIndex(of: finding.problem)!))
        integer(UInt64(bitPattern: Int64(finding.offset ?? -1)), size: 8, to: &bytes)
        for text in [finding.source, finding.node, finding.message] {
            integer(UInt64(text.utf8.count), size: 4, to: &bytes)
            bytes += text.utf8
        }
        let length = UInt32(bytes.count - start)
        for k in 0..<4 { bytes[start + k] = UInt8(truncatingIfNeeded: length >> (8 * k)) }
    }

    /// The length of the finding written at `position`, when its length field is in `bytes`.
    static func length(in bytes: [UInt8], at position: Int) -> Int? {
        guard position + 4 <= bytes.count else { return nil }
        return Int(integer(in: bytes, at: position, size: 4))
    }

    /// The finding written at `position`, `length` bytes long (all in `bytes`).
    static func finding(in bytes: [UInt8], at position: Int, length: Int, spill: String) throws -> Finding {
        let index = Int(bytes[position + 4])
        guard index < problems.count else {
            throw IndexError(path: spill, problem: "the temporary file of findings to sort holds a problem this version does not know")
        }
        let place = Int64(bitPattern: integer(in: bytes, at: position + 5, size: 8))
        var cursor = position + 13
        var texts: [String] = []
        for _ in 0..<3 {
            guard cursor + 4 <= position + length else { throw unreadable(spill) }
            let count = Int(integer(in: bytes, at: cursor, size: 4))
            guard cursor + 4 + count <= position + length else { throw unreadable(spill) }
            texts.append(String(decoding: bytes[cursor + 4..<cursor + 4 + count], as: UTF8.self))
            cursor += 4 + count
        }
        return Finding(problem: problems[index], source: texts[0], offset: place < 0 ? nil : Int(place), node: texts[1], message: texts[2])
    }

    private static func unreadable(_ spill: String) -> IndexError {
        IndexError(path: spill, problem: "the temporary file of findings to sort cannot be read back")
    }

    private static func integer(_ value: UInt64, size: Int, to bytes: inout [UInt8]) {
        for k in 0..<size { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * k))) }
    }

    private static func integer(in bytes: [UInt8], at position: Int, size: Int) -> UInt64 {
        var value: UInt64 = 0
        for k in 0..<size { value |= UInt64(bytes[position + k]) << (8 * k) }
        return value
    }
}
