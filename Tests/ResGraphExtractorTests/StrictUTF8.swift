import ResGraphExtractor
import Testing

/// What a strict UTF-8 decoder says of broken text, for the tests of the scanner's runs of
/// multi-byte characters: the scanner must refuse a text exactly where the decoder first fails.
enum StrictUTF8 {
    /// Replaces each byte of `base` in `positions` by `replacement` in turn, extracts the result,
    /// and records an issue unless it is refused at ``firstInvalidOffset(_:)`` (or, when that is
    /// nil, accepted).
    static func expectEveryReplacementRefusedWhereItBreaks(_ base: [UInt8], at positions: Range<Int>, by replacement: UInt8,
                                                          sourceLocation: SourceLocation = #_sourceLocation) {
        for position in positions where base[position] != replacement {
            var bytes = base
            bytes[position] = replacement
            let expected = firstInvalidOffset(bytes)
            let result = Result { () throws(ExtractionError) in
                try bytes.withUnsafeBufferPointer { buffer throws(ExtractionError) in try Extractor().extract(bytes: buffer, source: "x") }
            }
            switch (result, expected) {
            case (.failure(let error), let offset?):
                #expect(error.reason == .invalidUTF8(offset: offset), "byte \(position) made \(replacement)", sourceLocation: sourceLocation)
            case (.success, nil):
                break
            default:
                Issue.record("byte \(position) made \(replacement): \(result), a decoder fails at \(String(describing: expected))",
                             sourceLocation: sourceLocation)
            }
        }
    }

    /// Where a strict UTF-8 decoder first fails: a sequence's lead byte when it cannot start one,
    /// is cut off, or is overlong or a surrogate; else the first byte that does not continue it.
    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            let length: Int
            switch lead {
            case 0..<0x80: i += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            guard i + length <= bytes.count else { return i }
            if let bad = (1..<length).first(where: { bytes[i + $0] & 0xC0 != 0x80 }) { return i + bad }
            let second = bytes[i + 1]
            if (lead == 0xE0 && second < 0xA0) || (lead == 0xED && second >= 0xA0) || (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second >= 0x90) {
                return i
            }
            i += length
        }
        return nil
    }
}
