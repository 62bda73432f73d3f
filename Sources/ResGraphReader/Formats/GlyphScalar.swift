import Foundation

/// The questions the PDF reader asks of every glyph's character, answered for ASCII without a
/// search of Unicode's property tables (`Unicode.Scalar.Properties` costs as much as the rest of
/// a glyph's handling); other characters get the tables' answer. The answers are those of the
/// properties they stand for, for every character.
enum GlyphScalar {
    /// Unicode's White_Space, as `scalar.properties.isWhitespace`: line ends and spaces.
    @inline(__always) static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value &- 0x09) < 5 }
        return scalar.properties.isWhitespace
    }

    /// Unicode's Alphabetic, as `scalar.properties.isAlphabetic`: letters, not digits.
    @inline(__always) static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return ((value | 0x20) &- 0x61) < 26 }
        return scalar.properties.isAlphabetic
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
