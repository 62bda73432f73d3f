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
}
