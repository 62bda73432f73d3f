/// A string for a terminal with its control characters written out, as `ls` shows a strange
/// file name: `\n`, `\t`, `\r`, and `\x1B` for the others (C0, DEL and C1).
///
/// Text taken from documents is already clean (``DisplayText``); file names are not. A name
/// with a line break broke a table's layout, and one with an ESC sequence could clear the
/// screen or recolour it. JSON and CSV quote such names themselves; tables, messages and
/// paths shown to people pass through here.
///
/// ```swift
/// VisibleText.of("a\nb\u{1B}[2J.txt")   // "a\\nb\\x1B[2J.txt"
/// ```
public enum VisibleText {
    /// `text` with every control character written as an escape; most text has none and is
    /// returned as it is.
    public static func of(_ text: String) -> String {
        guard mayHoldControls(text) else { return text }
        var visible = ""
        visible.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A: visible += "\\n"
            case 0x09: visible += "\\t"
            case 0x0D: visible += "\\r"
            case 0..<0x20, 0x7F..<0xA0: visible += "\\x" + hexDigits(scalar.value)
            default: visible.unicodeScalars.append(scalar)
            }
        }
        return visible
    }

    /// Whether `text` has a byte below 0x20, 0x7F, or 0xC2 (the lead byte of the C1 controls, and
    /// of "«" and "»"), looked for eight bytes at a time: `check`'s table passes millions of
    /// messages through here, nearly all without one.
    static func mayHoldControls(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let count = bytes.count
            var i = 0
            if let base = bytes.baseAddress {
                let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
                // A byte of `word` is zero where the high bit of (byte - 1) & ~byte is set.
                func hasZero(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
                while i &+ 8 <= count {
                    let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                    // Bytes below 0x20 are those below 0x80 that subtracting 0x20 makes wrap.
                    let below = (word &- 0x2020_2020_2020_2020) & ~word & highs
                    if below != 0 || hasZero(word ^ (0x7F &* ones)) || hasZero(word ^ (0xC2 &* ones)) { return true }
                    i &+= 8
                }
            }
            while i < count {
                let byte = bytes[i]
                if byte < 0x20 || byte == 0x7F || byte == 0xC2 { return true }
                i &+= 1
            }
            return false
        }
    }

    /// The two upper-case hex digits of a value below 0x100.
    private static func hexDigits(_ value: UInt32) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(value >> 4)], digits[Int(value & 0xF)]])
    }
}
