/// A set of footnote numbers, one bit each.
///
/// Footnote numbers are small (at most ``FootnoteLedger/largestNumber``) and a document's sets
/// are tested at every marker candidate: a bit test, where a hashed `Set<Int>` hashes and
/// allocates.
struct FootnoteNumbers {
    private var words: [UInt64] = []

    /// Whether `number` is in the set.
    @inline(__always) func contains(_ number: Int) -> Bool {
        let word = number >> 6
        return number >= 0 && word < words.count && words[word] & (1 << UInt64(number & 63)) != 0
    }

    /// Adds `number` (not negative); returns whether it was not in the set before.
    @discardableResult mutating func insert(_ number: Int) -> Bool {
        let word = number >> 6
        if word >= words.count { words.append(contentsOf: repeatElement(0, count: word + 1 - words.count)) }
        let bit: UInt64 = 1 << UInt64(number & 63)
        let isNew = words[word] & bit == 0
        words[word] |= bit
        return isNew
    }
}
