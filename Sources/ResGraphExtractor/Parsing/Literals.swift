/// Byte strings any of which may stand at one place ("and", "et", "y", "и"), in the order they
/// are tried, with the set of bytes they start with: most places start none of them, and are
/// turned away by one bit test instead of a comparison with each.
struct Literals: Sequence, ExpressibleByArrayLiteral {
    /// The byte strings, in the order they are tried (ASCII letters in lower case).
    let list: [[UInt8]]
    private var firstBytes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    init(_ list: [[UInt8]]) {
        self.list = list
        for literal in list {
            guard let first = literal.first else {
                firstBytes = (~0, ~0, ~0, ~0)
                break
            }
            let bit: UInt64 = 1 << UInt64(first & 63)
            switch first >> 6 {
            case 0: firstBytes.0 |= bit
            case 1: firstBytes.1 |= bit
            case 2: firstBytes.2 |= bit
            default: firstBytes.3 |= bit
            }
        }
    }

    init(arrayLiteral elements: [UInt8]...) { self.init(elements) }

    /// Whether one of the strings may start with `byte` (ASCII letters compared in lower case).
    @inline(__always) func mayStart(with byte: UInt8) -> Bool {
        let lowered = ByteClass.lowercased(byte)
        let word: UInt64 = switch lowered >> 6 {
        case 0: firstBytes.0
        case 1: firstBytes.1
        case 2: firstBytes.2
        default: firstBytes.3
        }
        return word & (1 << UInt64(lowered & 63)) != 0
    }

    func makeIterator() -> IndexingIterator<[[UInt8]]> { list.makeIterator() }

    /// The strings of `lhs`, then those of `rhs`.
    static func + (lhs: Literals, rhs: Literals) -> Literals { Literals(lhs.list + rhs.list) }
}
