/// Which words of two-byte characters (Cyrillic, Arabic, Greek, accented Latin) may begin a
/// phrase, told from their first three characters without walking the trie: a bitset of first
/// characters, then hashes of the first two and of the first three. A phrase that goes on with
/// anything but another two-byte character after its first or second character (a space, an
/// ASCII letter, its end) makes that first character or pair enough. A no is certain; a yes may
/// still find no phrase.
///
/// Russian and Arabic words begin at a handful of two-letter pairs far more often than at the
/// three-letter starts of the phrases ("при", "под", "ال" pass the pair test; "ссы", "рез", "الج"
/// the three-letter one), so most word starts are turned away before the trie is read.
///
/// Built once with its ``PhraseTrie``, never written after, so it is shared across threads.
struct TwoByteStarts: @unchecked Sendable {
    /// The bitsets, one after another: first characters (one bit each), the first characters
    /// that are enough, pairs, the pairs that are enough, triples (each hashed to ``hashBits``).
    private let bits: UnsafeMutableBufferPointer<UInt64>

    private static let characterWords = 2048 / 64
    private static let hashBits = 8192
    private static let hashWords = hashBits / 64
    private static let firstEnough = characterWords
    private static let pairs = 2 * characterWords
    private static let pairEnough = pairs + hashWords
    private static let triples = pairEnough + hashWords

    /// The filter of the phrases whose UTF-8 bytes (ASCII letters lower-cased, as the trie reads
    /// them) are `phrases`; those that do not begin with a two-byte character are passed over.
    init(phrases: [[UInt8]]) {
        bits = .allocate(capacity: Self.triples + Self.hashWords)
        bits.initialize(repeating: 0)
        for bytes in phrases where bytes.count >= 2 && ByteClass.isTwoByteLead(bytes[0]) {
            let first = Self.character(bytes[0], bytes[1])
            set(first)
            guard bytes.count >= 4, ByteClass.isTwoByteLead(bytes[2]) else {
                set(Self.firstEnough * 64 + first)
                continue
            }
            let pair = Self.pair(first, Self.character(bytes[2], bytes[3]))
            set(Self.pairs * 64 + pair)
            guard bytes.count >= 6, ByteClass.isTwoByteLead(bytes[4]) else {
                set(Self.pairEnough * 64 + pair)
                continue
            }
            set(Self.triples * 64 + Self.triple(pair, Self.character(bytes[4], bytes[5])))
        }
    }

    private func set(_ bit: Int) { bits[bit >> 6] |= 1 << UInt64(bit & 63) }

    @inline(__always) private func has(_ bit: Int) -> Bool { bits[bit &>> 6] & (1 &<< UInt64(bit & 63)) != 0 }

    /// A two-byte character's code point bits: the lead's low five, the continuation's low six.
    @inline(__always) private static func character(_ lead: UInt8, _ continuation: UInt8) -> Int {
        Int(lead & 0x1F) &<< 6 | Int(continuation & 0x3F)
    }

    @inline(__always) private static func pair(_ first: Int, _ second: Int) -> Int {
        Int(truncatingIfNeeded: (UInt32(truncatingIfNeeded: first &<< 11 | second) &* 0x9E37_79B1) &>> 19)
    }

    @inline(__always) private static func triple(_ pair: Int, _ third: Int) -> Int {
        Int(truncatingIfNeeded: (UInt32(truncatingIfNeeded: pair &<< 11 | third) &* 0x85EB_CA6B) &>> 19)
    }

    /// Whether a phrase may begin at `start`, where a two-byte character's lead byte is.
    @inline(__always) func mayBegin(_ p: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start &+ 1 < p.count else { return false }
        let first = Self.character(p[start], p[start &+ 1])
        guard has(first) else { return false }
        if has(Self.firstEnough &* 64 &+ first) { return true }
        let second = start &+ 2
        guard second &+ 1 < p.count, ByteClass.isTwoByteLead(p[second]) else { return false }
        let pair = Self.pair(first, Self.character(p[second], p[second &+ 1]))
        guard has(Self.pairs &* 64 &+ pair) else { return false }
        if has(Self.pairEnough &* 64 &+ pair) { return true }
        let third = start &+ 4
        guard third &+ 1 < p.count, ByteClass.isTwoByteLead(p[third]) else { return false }
        return has(Self.triples &* 64 &+ Self.triple(pair, Self.character(p[third], p[third &+ 1])))
    }
}
