import ResGraphExtractor
import Testing

/// Texts compared by their bytes: equal exactly when every byte is, whatever the length and
/// wherever the difference, and ordered as SQLite's BINARY collation orders them.
struct ByteOrderTests {
    @Test(arguments: [0, 1, 7, 8, 9, 15, 16, 17, 24, 31])
    func textsAreEqualOnlyWhenEveryByteIs(_ length: Int) {
        let text = (0..<length).map { UInt8(65 + $0 % 26) }
        text.withUnsafeBufferPointer { same in
            #expect(ByteOrder.equal(same, text))
            #expect(ByteOrder.compare(same, same) == 0)
        }
        for k in 0..<length {
            var other = text
            other[k] ^= 0x20
            // A capital made small: a greater byte, so the text comes after.
            other.withUnsafeBufferPointer { differing in
                #expect(!ByteOrder.equal(differing, text), "byte \(k) of \(length)")
                text.withUnsafeBufferPointer { same in
                    #expect(ByteOrder.compare(differing, same) > 0, "byte \(k) of \(length)")
                    #expect(ByteOrder.compare(same, differing) < 0, "byte \(k) of \(length)")
                }
            }
        }
        let longer = text + [0]
        longer.withUnsafeBufferPointer { #expect(!ByteOrder.equal($0, text)) }
        if length > 0 {
            Array(text.dropLast()).withUnsafeBufferPointer { #expect(!ByteOrder.equal($0, text)) }
        }
    }

    @Test func textsAreOrderedByTheirBytesAndAPrefixComesFirst() {
        let sorted = ["", "A", "A/RES/48/11", "A/RES/48/113", "A/RES/48/1130", "S/RES/1325(2000)", "UNTS 189/2545", "决议"]
        for (i, a) in sorted.enumerated() {
            for (j, b) in sorted.enumerated() {
                Array(a.utf8).withUnsafeBufferPointer { x in
                    Array(b.utf8).withUnsafeBufferPointer { y in
                        let order = ByteOrder.compare(x, y)
                        #expect(i < j ? order < 0 : i > j ? order > 0 : order == 0, "\(a) \(b)")
                    }
                }
            }
        }
    }
}
