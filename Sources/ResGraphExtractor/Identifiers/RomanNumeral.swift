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
        guard total > 0, total < 400, Array(numeral(for: total).utf8).elementsEqual(bytes) else { return nil }
        return total
    }

    /// The canonical upper-case numeral for 1...399.
    public static func numeral(for value: Int) -> String {
        let table: [(Int, String)] = [
            (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = value
        var text = ""
        for (amount, letters) in table {
            while rest >= amount { text += letters; rest -= amount }
        }
        return text
    }

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
