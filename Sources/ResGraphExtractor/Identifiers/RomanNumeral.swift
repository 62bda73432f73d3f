/// Roman numerals as the UN writes old session numbers: `III`, `XX`, `S-VI`, `ES-V`.
public enum RomanNumeral {
    /// The longest numeral read; the UN's sessions need far fewer letters (LXXXVIII is eight).
    public static let maxLength = 12

    /// The value of an upper-case roman numeral in canonical form, or nil.
    ///
    /// ```swift
    /// RomanNumeral.value(of: "XLVIII") == 48
    /// RomanNumeral.value(of: "IIII") == nil
    /// ```
    public static func value<C: Collection<UInt8>>(of bytes: C) -> Int? {
        guard !bytes.isEmpty, bytes.count <= maxLength else { return nil }
        var total = 0
        var previous = 0
        for byte in bytes.reversed() {
            guard let digit = digitValue(byte) else { return nil }
            if digit < previous { total -= digit } else { total += digit; previous = digit }
        }
        guard total > 0, total < 400 else { return nil }
        // Canonical only if the numeral written for the total is these very letters.
        var rest = total
        var letters = bytes.makeIterator()
        for step in steps {
            while rest >= step.amount {
                guard letters.next() == step.first, step.second == 0 || letters.next() == step.second else { return nil }
                rest -= step.amount
            }
        }
        return letters.next() == nil ? total : nil
    }

    /// The canonical upper-case numeral for 1...399.
    public static func numeral(for value: Int) -> String {
        var rest = value
        var text = ""
        for step in steps {
            while rest >= step.amount {
                text.unicodeScalars.append(UnicodeScalar(step.first))
                if step.second != 0 { text.unicodeScalars.append(UnicodeScalar(step.second)) }
                rest -= step.amount
            }
        }
        return text
    }

    /// The amounts a numeral is written with, largest first, and their one or two letters.
    private static let steps: [(amount: Int, first: UInt8, second: UInt8)] = [
        (100, 0x43, 0), (90, 0x58, 0x43), (50, 0x4C, 0), (40, 0x58, 0x4C), (10, 0x58, 0),
        (9, 0x49, 0x58), (5, 0x56, 0), (4, 0x49, 0x56), (1, 0x49, 0),
    ]

    private static func digitValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "I"): 1
        case UInt8(ascii: "V"): 5
        case UInt8(ascii: "X"): 10
        case UInt8(ascii: "L"): 50
        case UInt8(ascii: "C"): 100
        default: nil
        }
    }
}
