/// Eight bytes of text tested at once, as one `UInt64`: masks with the high bit of each byte
/// set where the byte is of a kind.
///
/// The masks are exact about whether any byte is of the kind, which is all the callers ask (a
/// nonzero mask sends them to a byte loop); the bits above the first such byte may be wrong.
///
/// ```swift
/// let word = ByteWord.load(bytes, at: k)
/// if ByteWord.equal(word, to: 0x22) | ByteWord.below(word, 0x20) != 0 { /* look byte by byte */ }
/// ```
public enum ByteWord {
    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
    @usableFromInline static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes of `bytes` from `offset`, the first in the lowest byte; the eight must be there.
    @inlinable public static func load(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + offset).loadUnaligned(as: UInt64.self))
    }

    /// High bits where a byte of `word` equals `byte`.
    @inlinable public static func equal(_ word: UInt64, to byte: UInt8) -> UInt64 {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highs
    }

    /// High bits where a byte of `word` is below `bound`, which is at most 0x80.
    @inlinable public static func below(_ word: UInt64, _ bound: UInt8) -> UInt64 {
        (word &- ones &* UInt64(bound)) & ~word & highs
    }

    /// High bits where a byte of `word` is not an ASCII digit, exact in every byte: the first
    /// set bit, divided by eight, is the length of the run of digits the word starts with.
    @inlinable public static func nonDigits(_ word: UInt64) -> UInt64 {
        // A digit's byte with "0" taken off by the exclusive or is below 10: with 0x76 added to
        // its low seven bits it stays below 0x80, and no sum carries into the next byte.
        let offset = word ^ (ones &* 0x30)
        return (((offset & ~highs) &+ ones &* 0x76) | offset) & highs
    }

    /// The value of the number the first `count` bytes of `word` spell (1 to 8 ASCII digits,
    /// the first the most significant), found without a loop: the digits are moved to the top
    /// (the bytes below them read as leading zeros), then pairs, fours and eights are joined by
    /// three multiplications.
    @inlinable public static func decimalValue(_ word: UInt64, digits count: Int) -> Int {
        var value = (word &<< UInt64(truncatingIfNeeded: (8 &- count) &* 8)) & (ones &* 0x0F)
        value = (value &* (10 << 8 + 1)) &>> 8
        value = ((value & 0x00FF_00FF_00FF_00FF) &* (100 << 16 + 1)) &>> 16
        value = ((value & 0x0000_FFFF_0000_FFFF) &* (10_000 << 32 + 1)) &>> 32
        return Int(truncatingIfNeeded: value)
    }
}
