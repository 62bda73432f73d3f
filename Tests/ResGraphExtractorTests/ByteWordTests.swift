@testable import ResGraphExtractor
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

    /// The mask of bytes that are not digits is exact in every byte, not only at the first, for
    /// every byte value in every place among every kind of neighbour.
    @Test func everyByteThatIsNoDigitIsMarked() {
        for bytes in Self.words + Self.digitWords {
            bytes.withUnsafeBufferPointer { buffer in
                let mask = ByteWord.nonDigits(ByteWord.load(buffer, at: 0))
                for place in 0..<8 {
                    let marked = mask >> UInt64(place * 8 + 7) & 1 == 1
                    #expect(marked == !ByteClass.isDigit(bytes[place]), "\(bytes) at \(place)")
                }
                #expect(mask & ~0x8080_8080_8080_8080 == 0)
            }
        }
    }

    /// The number the first one to eight digits of a word spell is read as `Int(_:)` reads it,
    /// whatever follows them in the word.
    @Test func aWordsLeadingDigitsAreReadAsANumber() {
        var generator = SystemRandomNumberGenerator()
        var numbers = Array(0...1_000) + [9_999, 10_000, 99_999_999, 12_345_678, 10_000_000, 1_000_001, 90_000_009]
        for _ in 0..<5_000 { numbers.append(Int.random(in: 0...99_999_999, using: &generator)) }
        for number in numbers {
            let digits = Array(String(number).utf8)
            for padding in 0...(8 - digits.count) {
                // Leading zeros, then a tail of any bytes (digits among them) past the count read.
                let spelled = [UInt8](repeating: 0x30, count: padding) + digits
                let tail = (spelled.count..<8).map { _ in UInt8.random(in: 0...255, using: &generator) }
                (spelled + tail).withUnsafeBufferPointer { buffer in
                    #expect(ByteWord.decimalValue(ByteWord.load(buffer, at: 0), digits: spelled.count) == number, "\(spelled + tail)")
                }
            }
        }
    }

    /// Words of digits with a last byte of every value after one to eight of them.
    static var digitWords: [[UInt8]] {
        var words: [[UInt8]] = []
        for run in 0..<8 {
            for value in 0...255 {
                var word = (0..<8).map { UInt8(0x30 + ($0 * 7 + run) % 10) }
                word[run] = UInt8(value)
                words.append(word)
            }
        }
        words.append(Array("98765432".utf8))
        return words
    }
}

/// A run of digits is measured and read from a word of eight bytes as the byte loop reads it,
/// wherever it ends: within the word, at its end, or past it, and at the text's end.
struct DigitRunTests {
    /// The value and end of the digits at `i` (at most `limit`), read one byte at a time.
    private func digitsByByte(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, limit: Int) -> (value: Int, end: Int)? {
        var j = i, value = 0
        while j < p.count, ByteClass.isDigit(p[j]), j - i < limit {
            value = value * 10 + Int(p[j] - 0x30)
            j += 1
        }
        guard j > i, j >= p.count || !ByteClass.isDigit(p[j]) else { return nil }
        return (value, j)
    }

    @Test func digitsAreReadAsByteByByte() {
        var texts: [String] = []
        for length in 0...20 {
            let digits = String((0..<length).map { Character(String(($0 * 3 + 1) % 10)) })
            for after in ["", " ", "/", "a", "年", "\u{0}", "0x"] {
                texts.append(digits + after + "        ")
                texts.append(digits + after)
                texts.append("00" + digits + after)
            }
        }
        for text in texts {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { p in
                let look = Lookahead(p: p)
                for start in 0..<p.count {
                    for limit in [0, 1, 2, 4, 7, 8, 9, 18] {
                        let read = look.digits(start, limit: limit)
                        let expected = digitsByByte(p, start, limit: limit)
                        #expect(read?.value == expected?.value && read?.end == expected?.end, "\(text) from \(start), limit \(limit)")
                    }
                    if ByteClass.isDigit(p[start]) {
                        var end = start
                        while end < p.count, ByteClass.isDigit(p[end]) { end += 1 }
                        #expect(look.digitRunEnd(from: start) == end, "\(text) from \(start)")
                    }
                }
            }
        }
    }
}
