import ResGraphExtractor
import Testing

/// Eight bytes tested at once say whether any byte is of a kind exactly as testing each would.
struct ByteWordTests {
    /// Words with every byte value at every place among neighbours that sit right beside the
    /// values asked about, and random words.
    static var words: [[UInt8]] {
        var words: [[UInt8]] = []
        for value in 0...255 {
            for place in 0..<8 {
                for filler: UInt8 in [0x00, 0x1F, 0x20, 0x21, 0x7F, 0x80, 0xFF] {
                    var word = [UInt8](repeating: filler, count: 8)
                    word[place] = UInt8(value)
                    words.append(word)
                }
            }
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 { words.append((0..<8).map { _ in UInt8.random(in: 0...255, using: &generator) }) }
        return words
    }

    @Test func anyByteEqualOrBelowIsFoundAsByteByByte() {
        for bytes in Self.words {
            bytes.withUnsafeBufferPointer { buffer in
                let word = ByteWord.load(buffer, at: 0)
                for value: UInt8 in [0x0A, 0x0D, 0x22, 0x2C, 0x5C, 0x7F, 0xDB, 0xEF, 0x00, 0xFF] {
                    #expect((ByteWord.equal(word, to: value) != 0) == bytes.contains(value), "\(bytes) = \(value)")
                }
                for bound: UInt8 in [0x01, 0x20, 0x80] {
                    #expect((ByteWord.below(word, bound) != 0) == bytes.contains { $0 < bound }, "\(bytes) < \(bound)")
                }
            }
        }
    }
}
