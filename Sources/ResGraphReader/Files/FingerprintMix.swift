/// A 64-bit fingerprint built from 64-bit words: a multiply-rotate step for each word, then a
/// final avalanche. What a file's content hash and its ``FileStamp`` are made with; changing it
/// changes every fingerprint an index holds, and so makes the next run read every file again.
///
///     var mix = FingerprintMix(seed: 42)
///     mix.add(7)
///     let fingerprint = mix.value
public struct FingerprintMix: Sendable {
    @usableFromInline var state: UInt64

    /// A mix started from `seed`.
    @inlinable public init(seed: UInt64) {
        state = 0xCBF2_9CE4_8422_2325 ^ seed
    }

    /// Mixes in `word`.
    @inlinable public mutating func add(_ word: UInt64) {
        let mixed = (state ^ word) &* 0x9E37_79B9_7F4A_7C15
        state = (mixed << 29) | (mixed >> 35)
    }

    /// Mixes in `word` without the rotation that spreads it for the next one: the last word.
    @inlinable public mutating func addLast(_ word: UInt64) {
        state = (state ^ word) &* 0x9E37_79B9_7F4A_7C15
    }

    /// The fingerprint of the words mixed in so far.
    @inlinable public var value: UInt64 {
        var hash = state
        hash ^= hash >> 33
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        return hash
    }
}
