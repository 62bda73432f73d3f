/// A count for each of the six languages, by ``Language/index``, held in place: the scanner adds
/// one at every phrase it meets (a quarter of the words of running text), and an array would ask
/// at each whether its storage is shared.
struct PhraseCounts {
    /// Six counts and two more that ``add(_:at:)`` may reach unchecked.
    private var counts: (Int, Int, Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0, 0, 0)

    /// The count of the language at `index` (0..<6).
    subscript(index: Int) -> Int {
        @inline(__always) get {
            precondition(index >= 0 && index < 6)
            return withUnsafeBytes(of: counts) { $0.load(fromByteOffset: index &* 8, as: Int.self) }
        }
        @inline(__always) set {
            precondition(index >= 0 && index < 6)
            withUnsafeMutableBytes(of: &counts) { $0.storeBytes(of: newValue, toByteOffset: index &* 8, as: Int.self) }
        }
    }

    /// Adds `amount` to the count of the language at `index` (0..<6), where the count is held,
    /// without a test of `index`: the word loop adds to every word's language, 0 to most.
    @inline(__always) mutating func add(_ amount: Int, at index: Int) {
        let offset = (index & 7) &* 8
        withUnsafeMutableBytes(of: &counts) { counts in
            counts.storeBytes(of: counts.load(fromByteOffset: offset, as: Int.self) &+ amount, toByteOffset: offset, as: Int.self)
        }
    }

    /// Counts one more for the language at `index` (0..<6) where the count is held: `+=` on the
    /// subscript would copy all six counts out to read one.
    @inline(__always) mutating func addOne(at index: Int) {
        precondition(index >= 0 && index < 6)
        withUnsafeMutableBytes(of: &counts) { counts in
            counts.storeBytes(of: counts.load(fromByteOffset: index &* 8, as: Int.self) &+ 1, toByteOffset: index &* 8, as: Int.self)
        }
    }
}
