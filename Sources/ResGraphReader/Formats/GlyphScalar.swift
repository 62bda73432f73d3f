import Foundation

/// The questions the PDF reader asks of every glyph's character, answered without a search of
/// Unicode's property tables (`Unicode.Scalar.Properties` costs as much as the rest of a glyph's
/// handling) for ASCII and for the letters of the official languages' scripts (accented Latin,
/// Cyrillic, Arabic, CJK ideographs); other characters get the tables' answer. The answers are
/// those of the properties they stand for, for every character (`GlyphScalarTests` asks them all).
enum GlyphScalar {
    /// Unicode's White_Space, as `scalar.properties.isWhitespace`: line ends and spaces. The
    /// property's characters are few and have not changed since Unicode 6.3.
    @inline(__always) static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value &- 0x09) < 5 }
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Unicode's Alphabetic, as `scalar.properties.isAlphabetic`: letters, not digits.
    @inline(__always) static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return ((value | 0x20) &- 0x61) < 26 }
        switch value {
        // Latin-1 letters but × and ÷; Cyrillic А–я; Arabic letters and the tatweel; the CJK
        // Unified Ideographs block, every code point of which is assigned.
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0xFF, 0x0410...0x044F, 0x0620...0x064A, 0x4E00...0x9FFF: return true
        default: return scalar.properties.isAlphabetic
        }
    }

    /// Whether `trimmingCharacters(in: .whitespaces)` trims `scalar`: a space separator
    /// (general category Zs) or a tab.
    @inline(__always) static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || value == 0x09 }
        return CharacterSet.whitespaces.contains(scalar)
    }

    /// The range of `scalars` left when the blanks (``isBlank(_:)``) at either end are trimmed,
    /// as `trimmingCharacters(in: .whitespaces)` trims a string: character by character, not by
    /// grapheme.
    @inline(__always) static func trimmedRange(count: Int, scalar: (Int) -> Unicode.Scalar) -> Range<Int> {
        var start = 0, end = count
        while start < end, isBlank(scalar(start)) { start &+= 1 }
        while end > start, isBlank(scalar(end &- 1)) { end &-= 1 }
        return start..<end
    }

    /// The text of `scalars` trimmed of blanks at both ends.
    static func trimmedString(_ scalars: [Unicode.Scalar]) -> String {
        string(scalars[trimmedRange(count: scalars.count) { scalars[$0] }])
    }

    /// The text of `scalars`, encoded into one buffer (not appended to a string one by one).
    static func string<S: Collection<Unicode.Scalar>>(_ scalars: S) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }
}
