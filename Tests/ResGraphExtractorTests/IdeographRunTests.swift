import ResGraphExtractor
import Testing

/// Runs of CJK characters are passed four at a time where none begins a phrase: the same
/// bytes must be refused at the same offset, and the same phrases found, as one at a time.
struct IdeographRunTests {
    /// Twelve plain ideographs (none begins a phrase), then one that does ("大会").
    static let run = "并且中文字并且中文字并且中大会。"

    /// A byte anywhere in a run replaced by one that breaks it (or, for a lead byte, by another
    /// lead) is refused exactly where a UTF-8 decoder first fails, or not at all.
    @Test(arguments: [0x41, 0x80, 0xBF, 0xC3, 0xE0, 0xE5, 0xED, 0xEF, 0xFF] as [UInt8])
    func aBrokenCharacterInARunIsRefusedWhereItBreaks(replacement: UInt8) {
        let prefix = Array("Recalling \u{3000}".utf8)
        let base = prefix + Array(Self.run.utf8) + Array(" and more text after it.\n".utf8)
        for position in prefix.count..<(prefix.count + Self.run.utf8.count) where base[position] != replacement {
            var bytes = base
            bytes[position] = replacement
            let expected = Self.firstInvalidOffset(bytes)
            let result = Result { () throws(ExtractionError) in
                try bytes.withUnsafeBufferPointer { buffer throws(ExtractionError) in try Extractor().extract(bytes: buffer, source: "x") }
            }
            switch (result, expected) {
            case (.failure(let error), let offset?):
                #expect(error.reason == .invalidUTF8(offset: offset), "byte \(position) made \(replacement)")
            case (.success, nil):
                break
            default:
                Issue.record("byte \(position) made \(replacement): \(result), a decoder fails at \(String(describing: expected))")
            }
        }
    }

    @Test func aPhraseAfterPlainIdeographsIsFoundAtAnyAlignment() throws {
        for lead in 0..<8 {
            let text = String(repeating: "中", count: lead) + "并且中文字并且中文字回顾大会第48/113号决议，"
            let references = try Extractor().extract(text: text).references
            #expect(references.map(\.target) == ["A/RES/48/113"], "\(lead)")
            #expect(references.first?.relation == .recalls, "\(lead)")
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
