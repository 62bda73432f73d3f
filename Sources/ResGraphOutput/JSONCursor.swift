import Foundation
import ResGraphExtractor

/// Where JSON text goes next inside room that ``JSONBytes/write(atMost:_:)`` set aside: bytes
/// are stored with no capacity check, so an object of a few strings and numbers (a reference)
/// costs one reservation, not one array append per piece.
///
/// The room must be what ``room(forString:)`` and ``roomForInteger`` say the pieces need.
struct JSONCursor {
    /// The next byte to write.
    private(set) var position: UnsafeMutablePointer<UInt8>

    init(at position: UnsafeMutablePointer<UInt8>) { self.position = position }

    /// The most bytes ``string(_:)`` writes for `value`: every byte escaped as `\u00XX`, and the quotes.
    @inline(__always) static func room(forString value: String) -> Int { value.utf8.count &* 6 &+ 2 }

    /// The most bytes ``optional(_:)`` writes for `value`.
    @inline(__always) static func room(forOptional value: String?) -> Int { value.map(room(forString:)) ?? 4 }

    /// The most bytes ``integer(_:)`` writes: a sign and 19 digits.
    static let roomForInteger = 20

    /// Stores raw JSON text (punctuation, a key already quoted).
    @inline(__always) mutating func raw(_ text: StaticString) {
        let count = text.utf8CodeUnitCount
        memcpy(position, text.utf8Start, count)
        position += count
    }

    /// Stores a JSON string literal for `value`, escaped as ``JSONBytes/string(_:)`` escapes it.
    @inline(__always) mutating func string(_ value: String) {
        value.withUTF8InPlace { string($0) }
    }

    /// Stores a JSON string literal for `value`, or `null`.
    @inline(__always) mutating func optional(_ value: String?) {
        if let value { string(value) } else { raw("null") }
    }

    /// Stores a JSON string literal for `value`, a name that needs no escaping (an enumeration's
    /// raw value: a reference's kind and relation), without looking for what would.
    @inline(__always) mutating func name(_ value: String) {
        value.withUTF8InPlace { name($0) }
    }

    @inline(__always) private mutating func name(_ utf8: UnsafeBufferPointer<UInt8>) {
        assert(Self.plainPrefixCount(utf8) == utf8.count, "a name that needs escaping")
        position.pointee = 0x22
        if utf8.count > 0 { memcpy(position + 1, utf8.baseAddress.unsafelyUnwrapped, utf8.count) }
        position[utf8.count &+ 1] = 0x22
        position += utf8.count &+ 2
    }

    /// Stores a JSON string literal for the UTF-8 bytes `utf8`.
    mutating func string(_ utf8: UnsafeBufferPointer<UInt8>) {
        var out = position
        out.pointee = 0x22
        out += 1
        let plain = Self.plainPrefixCount(utf8)
        if plain > 0 {
            memcpy(out, utf8.baseAddress.unsafelyUnwrapped, plain)
            out += plain
        }
        for b in UnsafeBufferPointer(rebasing: utf8[plain...]) {
            if b != 0x22, b != 0x5C, b >= 0x20 {
                out.pointee = b
                out += 1
                continue
            }
            out[0] = 0x5C
            switch b {
            case 0x22, 0x5C: out[1] = b; out += 2
            case 0x0A: out[1] = 0x6E; out += 2
            case 0x0D: out[1] = 0x72; out += 2
            case 0x09: out[1] = 0x74; out += 2
            default:
                out[1] = 0x75; out[2] = 0x30; out[3] = 0x30
                out[4] = Self.hexDigit(b >> 4); out[5] = Self.hexDigit(b & 0xF)
                out += 6
            }
        }
        out.pointee = 0x22
        position = out + 1
    }

    /// How many bytes `utf8` begins with that JSON takes as they are (no `"`, `\` or control
    /// character), tested eight at a time: the whole string, for almost every string.
    static func plainPrefixCount(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = utf8.baseAddress else { return 0 }
        var k = 0
        while k &+ 8 <= utf8.count {
            if needsEscaping(ByteWord.load(utf8, at: k)) { break }
            k &+= 8
        }
        // The last bytes of a string of eight or more tested at once too, as the eight it ends with.
        if k &+ 8 > utf8.count, k < utf8.count, utf8.count >= 8, !needsEscaping(ByteWord.load(utf8, at: utf8.count &- 8)) {
            return utf8.count
        }
        while k < utf8.count {
            let b = base[k]
            if b == 0x22 || b == 0x5C || b < 0x20 { break }
            k &+= 1
        }
        return k
    }

    /// Whether any of the eight bytes of `word` is a `"`, a `\` or a control character.
    @inline(__always) private static func needsEscaping(_ word: UInt64) -> Bool {
        ByteWord.below(word, 0x20) | ByteWord.equal(word, to: 0x22) | ByteWord.equal(word, to: 0x5C) != 0
    }

    @inline(__always) private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? 0x30 + value : 0x57 + value
    }

    /// Stores `[...]` with one element per item, each stored by `store`.
    mutating func array<Item>(_ items: [Item], _ store: (inout JSONCursor, Item) -> Void) {
        raw("[")
        for (index, item) in items.enumerated() {
            if index > 0 { raw(",") }
            store(&self, item)
        }
        raw("]")
    }

    /// Stores a decimal integer.
    mutating func integer(_ value: Int) {
        if value < 0 {
            position.pointee = 0x2D
            position += 1
        }
        var magnitude = value.magnitude
        var digits = 1
        var scale: UInt = 10
        // A magnitude is below 10^19, so the scale stops there, short of overflowing.
        while magnitude >= scale {
            digits += 1
            scale &*= 10
        }
        // Two digits a division, from the last.
        let pairs = Self.digitPairs.utf8Start
        var k = digits
        while magnitude >= 100 {
            let pair = Int(truncatingIfNeeded: magnitude % 100) &* 2
            magnitude /= 100
            k &-= 2
            position[k] = pairs[pair]
            position[k &+ 1] = pairs[pair &+ 1]
        }
        if magnitude >= 10 {
            let pair = Int(truncatingIfNeeded: magnitude) &* 2
            position[0] = pairs[pair]
            position[1] = pairs[pair &+ 1]
        } else {
            position[0] = UInt8(truncatingIfNeeded: 0x30 &+ magnitude)
        }
        position += digits
    }

    /// The numbers from 00 to 99, two digits each.
    private static let digitPairs: StaticString = """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """
}
