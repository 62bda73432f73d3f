import Foundation
import ResGraphExtractor
import ResGraphGraph

/// A finding as bytes, in a run being sorted and in the spill file: its length (4 bytes), the
/// problem's index (1), which texts are outside ASCII (1), the place (8, -1 for none), then
/// source, node and message, each as a 4-byte length and UTF-8.
enum FindingCoding {
    static let problems = Finding.Problem.allCases
    /// The bytes before the texts.
    static let headerSize = 14
    /// The shortest record: a header and three empty texts.
    static let smallest = headerSize + 12
    /// The flag set when the source has a byte outside ASCII.
    static let sourceOutsideASCII: UInt8 = 1
    /// The flag set when the message has a byte outside ASCII.
    static let messageOutsideASCII: UInt8 = 2

    /// Appends `finding`'s record to `bytes`.
    static func append(_ finding: Finding, to bytes: inout [UInt8]) {
        let message = finding.message
        append(problem: finding.problem, source: finding.source, offset: finding.offset, node: finding.node,
               messageCount: message.utf8.count, to: &bytes) { $0(message) }
    }

    /// Appends the record of a finding whose message is `messageCount` bytes handed over in
    /// pieces by `message` (a piece at each call of the function it is given): made room for
    /// once, then written in place, the message never made as one string.
    static func append(problem: Finding.Problem, source: String, offset: Int?, node: String, messageCount: Int,
                       to bytes: inout [UInt8], message: ((String) -> Void) -> Void) {
        var (source, node) = (source, node)
        let length = smallest + source.utf8.count + node.utf8.count + messageCount
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: length))
        bytes.withUnsafeMutableBufferPointer { buffer in
            let record = UnsafeMutableRawPointer(buffer.baseAddress! + start)
            record.storeBytes(of: UInt32(length).littleEndian, as: UInt32.self)
            record.storeBytes(of: problemIndex(problem), toByteOffset: 4, as: UInt8.self)
            record.storeBytes(of: Int64(offset ?? -1).littleEndian, toByteOffset: 6, as: Int64.self)
            var cursor = headerSize
            let plainSource = put(&source, in: record, at: &cursor)
            _ = put(&node, in: record, at: &cursor)
            record.storeBytes(of: UInt32(messageCount).littleEndian, toByteOffset: cursor, as: UInt32.self)
            cursor += 4
            var plainMessage = true
            message { piece in
                var piece = piece
                piece.withUTF8 { utf8 in
                    precondition(cursor + utf8.count <= length, "a finding's message is longer than its count")
                    if let base = utf8.baseAddress { (record + cursor).copyMemory(from: base, byteCount: utf8.count) }
                    cursor += utf8.count
                    if plainMessage { plainMessage = isASCII(utf8) }
                }
            }
            precondition(cursor == length, "a finding's message is shorter than its count")
            record.storeBytes(of: (plainSource ? 0 : sourceOutsideASCII) | (plainMessage ? 0 : messageOutsideASCII), toByteOffset: 5, as: UInt8.self)
        }
    }

    /// The index of `problem` among ``problems``, as a record holds it.
    private static func problemIndex(_ problem: Finding.Problem) -> UInt8 {
        UInt8(problems.firstIndex(of: problem)!)
    }

    /// The length of the finding written at `position`, when its length field is in `bytes`.
    static func length(in bytes: [UInt8], at position: Int) -> Int? {
        guard position + 4 <= bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { Int(integer(at: $0.baseAddress! + position, size: 4)) }
    }

    /// Whether `length` bytes of `bytes` from `position` are in the buffer and hold a record
    /// whose problem this version knows and whose three texts end where it does.
    static func isWellFormed(_ bytes: [UInt8], at position: Int, length: Int) -> Bool {
        guard length >= smallest, position + length <= bytes.count, Int(bytes[position + 4]) < problems.count else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            let record = buffer.baseAddress! + position
            var cursor = headerSize
            for _ in 0..<3 {
                guard cursor + 4 <= length else { return false }
                cursor += 4 + Int(integer(at: record + cursor, size: 4))
            }
            return cursor == length
        }
    }

    /// The finding of a well-formed record (``isWellFormed(_:at:length:)``). Its source is
    /// `previous` when their bytes are the same: findings in reading order come a file at a
    /// time, and the file's name is not made again for each.
    static func finding(at record: UnsafePointer<UInt8>, sourceLike previous: String) -> Finding {
        let (source, node, message) = (source(of: record), node(of: record), message(of: record))
        var previous = previous
        let same = previous.withUTF8 { $0.count == source.count && memcmp($0.baseAddress ?? source.start, source.start, source.count) == 0 }
        func text(_ text: (start: UnsafePointer<UInt8>, count: Int)) -> String {
            String(decoding: UnsafeBufferPointer(start: text.start, count: text.count), as: UTF8.self)
        }
        let place = place(of: record)
        return Finding(problem: problems[Int(record[4])], source: same ? previous : text(source),
                       offset: place < 0 ? nil : Int(place), node: text(node), message: text(message))
    }

    /// The record's length.
    static func length(of record: UnsafePointer<UInt8>) -> Int { Int(integer(at: record, size: 4)) }

    /// The record's place, -1 for none.
    static func place(of record: UnsafePointer<UInt8>) -> Int64 { Int64(bitPattern: integer(at: record + 6, size: 8)) }

    /// The record's source: where its bytes begin, and how many.
    static func source(of record: UnsafePointer<UInt8>) -> (start: UnsafePointer<UInt8>, count: Int) {
        (record + headerSize + 4, Int(integer(at: record + headerSize, size: 4)))
    }

    /// The record's node: where its bytes begin, and how many.
    static func node(of record: UnsafePointer<UInt8>) -> (start: UnsafePointer<UInt8>, count: Int) {
        let source = source(of: record)
        return (source.start + source.count + 4, Int(integer(at: source.start + source.count, size: 4)))
    }

    /// The record's message: where its bytes begin, and how many.
    static func message(of record: UnsafePointer<UInt8>) -> (start: UnsafePointer<UInt8>, count: Int) {
        let node = node(of: record)
        return (node.start + node.count + 4, Int(integer(at: node.start + node.count, size: 4)))
    }

    /// Writes `text` with its length into `record` at `cursor`, and moves `cursor` past it;
    /// says whether the text is all ASCII.
    private static func put(_ text: inout String, in record: UnsafeMutableRawPointer, at cursor: inout Int) -> Bool {
        text.withUTF8 { utf8 in
            record.storeBytes(of: UInt32(utf8.count).littleEndian, toByteOffset: cursor, as: UInt32.self)
            if let base = utf8.baseAddress { (record + cursor + 4).copyMemory(from: base, byteCount: utf8.count) }
            cursor += 4 + utf8.count
            return isASCII(utf8)
        }
    }

    private static func isASCII(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var high: UInt64 = 0, k = 0
        while k + 8 <= utf8.count {
            high |= ByteWord.load(utf8, at: k)
            k += 8
        }
        while k < utf8.count {
            high |= UInt64(utf8[k])
            k += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    /// The little-endian integer of `size` bytes (4 or 8) at `bytes`.
    private static func integer(at bytes: UnsafePointer<UInt8>, size: Int) -> UInt64 {
        let raw = UnsafeRawPointer(bytes)
        return size == 8 ? UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)) : UInt64(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
    }
}
