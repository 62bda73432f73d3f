import ResGraphExtractor

/// Text saved as UTF-16 ("Unicode text" in Windows' Notepad and Word's save dialog), read as
/// the UTF-8 text it is: with its byte-order mark (FF FE, FE FF), or without one when its first
/// two characters are ASCII (a NUL byte beside each, which no UTF-8 text has). The mark is not
/// kept. Offsets in references are offsets into the UTF-8 text, which `resgraph text FILE`
/// prints; lines and columns are the same in both.
enum UTF16Text {
    /// Whether `bytes` are UTF-16 text: in which byte order, and how many bytes its mark takes
    /// (2, or 0 without one).
    static func byteOrder(of bytes: [UInt8]) -> (order: ByteOrder, markLength: Int)? {
        guard bytes.count >= 2 else { return nil }
        if bytes[0] == 0xFF, bytes[1] == 0xFE { return (.littleEndian, 2) }
        if bytes[0] == 0xFE, bytes[1] == 0xFF { return (.bigEndian, 2) }
        guard bytes.count >= 4 else { return nil }
        if bytes[0] != 0, bytes[0] < 0x80, bytes[1] == 0, bytes[2] != 0, bytes[2] < 0x80, bytes[3] == 0 { return (.littleEndian, 0) }
        if bytes[0] == 0, bytes[1] != 0, bytes[1] < 0x80, bytes[2] == 0, bytes[3] != 0, bytes[3] < 0x80 { return (.bigEndian, 0) }
        return nil
    }

    /// The order of the two bytes of each unit.
    enum ByteOrder {
        case littleEndian, bigEndian
    }

    /// The UTF-8 text of the UTF-16 `bytes` (``byteOrder(of:)`` says they are); throws, naming
    /// `source`, at a unit that is no character (a lone surrogate) or a last byte left over.
    static func read(_ bytes: [UInt8], source: String) throws(ExtractionError) -> ReadText {
        guard let (order, markLength) = byteOrder(of: bytes) else { return ReadText(bytes: bytes, pages: []) }
        var offset = markLength
        guard (bytes.count - offset) % 2 == 0 else { throw ExtractionError(path: source, reason: .invalidUTF16(offset: bytes.count - 1)) }
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count - offset)
        while offset < bytes.count {
            let unit = self.unit(bytes, offset, order)
            var scalar: Unicode.Scalar?
            var width = 2
            switch unit {
            case 0xD800...0xDBFF:
                if offset + 4 <= bytes.count {
                    let low = self.unit(bytes, offset + 2, order)
                    if (0xDC00...0xDFFF).contains(low) {
                        scalar = Unicode.Scalar(0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00))
                        width = 4
                    }
                }
            case 0xDC00...0xDFFF:
                scalar = nil
            default:
                scalar = Unicode.Scalar(unit)
            }
            guard let scalar else { throw ExtractionError(path: source, reason: .invalidUTF16(offset: offset)) }
            text.append(contentsOf: UTF8.encode(scalar)!)
            offset += width
        }
        return ReadText(bytes: text, pages: [])
    }

    @inline(__always) private static func unit(_ bytes: [UInt8], _ offset: Int, _ order: ByteOrder) -> UInt16 {
        let (first, second) = (UInt16(bytes[offset]), UInt16(bytes[offset + 1]))
        return order == .littleEndian ? first | second << 8 : first << 8 | second
    }
}
