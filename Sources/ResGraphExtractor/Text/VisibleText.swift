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
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) else { return text }
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

    /// The two upper-case hex digits of a value below 0x100.
    private static func hexDigits(_ value: UInt32) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(value >> 4)], digits[Int(value & 0xF)]])
    }
}
