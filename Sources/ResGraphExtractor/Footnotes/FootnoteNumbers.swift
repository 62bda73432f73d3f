/// A set of footnote numbers, one bit each.
///
/// Footnote numbers are small (at most ``FootnoteLedger/largestNumber``) and a document's sets
/// are tested at every marker candidate: a bit test, where a hashed `Set<Int>` hashes and
/// allocates. The numbers below ``inlineLimit`` (the footnotes of nearly every document) are
/// kept in the set itself, so that most sets are made without an allocation.
struct FootnoteNumbers {
    /// The numbers below it are kept without an allocation.
    static let inlineLimit = 256

    private var inline = SIMD4<UInt64>()
    /// The words of the numbers from ``inlineLimit`` on.
    private var beyond: [UInt64] = []

    /// Whether `number` is in the set.
    @inline(__always) func contains(_ number: Int) -> Bool {
        guard number >= 0 else { return false }
        let word = number >> 6, bit: UInt64 = 1 << UInt64(number & 63)
        if word < 4 { return inline[word] & bit != 0 }
        return word - 4 < beyond.count && beyond[word - 4] & bit != 0
    }

    /// Adds `number` (not negative); returns whether it was not in the set before.
    @discardableResult mutating func insert(_ number: Int) -> Bool {
        let word = number >> 6, bit: UInt64 = 1 << UInt64(number & 63)
        if word < 4 {
            let isNew = inline[word] & bit == 0
            inline[word] |= bit
            return isNew
        }
        let index = word - 4
        if index >= beyond.count { beyond.append(contentsOf: repeatElement(0, count: index + 1 - beyond.count)) }
        let isNew = beyond[index] & bit == 0
        beyond[index] |= bit
        return isNew
    }
}
