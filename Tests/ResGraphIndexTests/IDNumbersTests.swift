@testable import ResGraphIndex
import Testing

/// The numbering of ids by their bytes answers as a dictionary from id to the order first met
/// would: through growth, for ids that differ in their last byte or their length only, for the
/// empty id and non-ASCII ids; and its hash reads every byte, under a seed.
struct IDNumbersTests {
    static let ids: [String] = {
        var ids = ["", "A", "A/RES/48/113", "A/RES/48/113/Corr.1", "A/RES/48/11", "A/RES/48/1130", "S/RES/1325(2000)",
                   "UNTS 189/2545", "file:/tmp/决议 58.txt", "E/CN.4/2004/L.1", String(repeating: "x", count: 64)]
        for k in 0..<5_000 { ids.append("A/RES/\(k % 97)/\(k)") }
        return ids
    }()

    @Test func numbersFollowTheOrderIdsAreFirstMet() {
        var numbers = IDNumbers(capacity: 4)
        var expected: [String: Int] = [:]
        for id in Self.ids + Self.ids.reversed() {
            var bytes = Array(id.utf8)
            let (number, inserted) = bytes.withUnsafeMutableBufferPointer { numbers.insert(UnsafeBufferPointer($0)) }
            #expect(inserted == (expected[id] == nil), "\(id)")
            if expected[id] == nil { expected[id] = expected.count }
            #expect(number == expected[id], "\(id)")
        }
        #expect(numbers.count == Self.ids.count)
        for (id, number) in expected {
            #expect(numbers.number(of: id) == number, "\(id)")
            #expect(numbers.id(number) == id)
        }
    }

    @Test func idsNotNumberedHaveNoNumber() {
        var numbers = IDNumbers()
        for id in Self.ids.prefix(8) {
            var id = id
            id.withUTF8 { _ = numbers.insert($0) }
        }
        for absent in ["B", "A/RES/48/112", "A/RES/48/113/Corr.2", "A/RES/48/1131", "S/RES/1325(2001)", " A", "a"] {
            #expect(numbers.number(of: absent) == nil, "\(absent)")
        }
    }

    @Test func theHashReadsEveryByte() {
        let base = Array("A/RES/48/113/Corr.1".utf8)
        let hash = base.withUnsafeBufferPointer { IDNumbers.hash($0, seed: 7) }
        for k in base.indices {
            var changed = base
            changed[k] ^= 0x01
            #expect(changed.withUnsafeBufferPointer { IDNumbers.hash($0, seed: 7) } != hash, "byte \(k)")
        }
        #expect(base.dropLast().withUnsafeBufferPointer { IDNumbers.hash($0, seed: 7) } != hash)
        // Each table hashes under a seed of its own.
        #expect(base.withUnsafeBufferPointer { IDNumbers.hash($0, seed: 8) } != hash)
    }
}
