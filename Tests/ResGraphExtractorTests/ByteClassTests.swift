@testable import ResGraphExtractor
import Testing

/// The tests of eight bytes at once agree with the tests of one byte, for every byte value in
/// every place of the word, whatever its neighbours.
struct ByteClassTests {
    /// Words holding `value` at `place` and, around it, bytes that carry or borrow if a sum spills.
    private func words(holding value: UInt8, at place: Int) -> [UInt64] {
        [0x00, 0x7F, 0x80, 0xFF, 0x5A, 0x61].map { (neighbour: UInt64) in
            var word = neighbour &* 0x0101_0101_0101_0101
            word &= ~(0xFF << UInt64(place * 8))
            return word | UInt64(value) << UInt64(place * 8)
        }
    }

    @Test func theLetterMaskMarksExactlyTheASCIILetters() {
        for value in 0...255 {
            for place in 0..<8 {
                for word in words(holding: UInt8(value), at: place) {
                    let marked = ByteClass.asciiLetterMask(word) >> UInt64(place * 8 + 7) & 1 == 1
                    #expect(marked == ByteClass.isASCIILetter(UInt8(value)), "\(value) at \(place) in \(String(word, radix: 16))")
                }
            }
        }
    }

    @Test func eightBytesAreLowerCasedAsOneIs() {
        for value in 0...255 {
            for place in 0..<8 {
                for word in words(holding: UInt8(value), at: place) {
                    let lowered = UInt8(truncatingIfNeeded: ByteClass.asciiLowercased(word) >> UInt64(place * 8))
                    #expect(lowered == ByteClass.lowercased(UInt8(value)), "\(value) at \(place) in \(String(word, radix: 16))")
                }
            }
        }
    }
}
