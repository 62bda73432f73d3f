/// A line of a Word 97-2003 text, its UTF-16 units written as UTF-8 as they come: a surrogate
/// pair as its character, a lone surrogate as U+FFFD.
struct UTF8Line {
    private var bytes: [UInt8]
    private var highSurrogate: UInt16?

    /// An empty line; a paragraph's starts with a tab.
    init(startingParagraph: Bool) {
        bytes = startingParagraph ? [0x09] : []
    }

    /// Whether the line holds more than the tab it may start with.
    var hasText: Bool { bytes.count > 1 || (bytes.count == 1 && bytes[0] != 0x09) || highSurrogate != nil }

    /// Appends one UTF-16 unit.
    mutating func append(_ unit: UInt16) {
        if unit < 0x80, highSurrogate == nil {
            bytes.append(UInt8(truncatingIfNeeded: unit))
            return
        }
        if unit & 0xFC00 == 0xDC00, let high = highSurrogate {
            highSurrogate = nil
            appendScalar(0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00))
            return
        }
        flushLoneSurrogate()
        if unit & 0xFC00 == 0xD800 {
            highSurrogate = unit
        } else {
            appendScalar(unit & 0xF800 == 0xD800 ? 0xFFFD : UInt32(unit))
        }
    }

    /// Appends `<sup>label</sup>` right after the last word.
    mutating func appendMarker(_ label: String) {
        flushLoneSurrogate()
        while bytes.last == 0x20 { bytes.removeLast() }
        bytes += Array("<sup>\(label)</sup>".utf8)
    }

    /// The line's bytes.
    mutating func finish() -> [UInt8] {
        flushLoneSurrogate()
        return bytes
    }

    /// A high surrogate that no low one followed is written as U+FFFD.
    private mutating func flushLoneSurrogate() {
        guard highSurrogate != nil else { return }
        highSurrogate = nil
        appendScalar(0xFFFD)
    }

    private mutating func appendScalar(_ value: UInt32) {
        switch value {
        case ..<0x80:
            bytes.append(UInt8(value))
        case ..<0x800:
            bytes.append(UInt8(0xC0 | value >> 6))
            bytes.append(UInt8(0x80 | value & 0x3F))
        case ..<0x10000:
            bytes.append(UInt8(0xE0 | value >> 12))
            bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        default:
            bytes.append(UInt8(0xF0 | value >> 18))
            bytes.append(UInt8(0x80 | value >> 12 & 0x3F))
            bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        }
    }
}
