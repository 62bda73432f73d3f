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
        StrictUTF8.expectEveryReplacementRefusedWhereItBreaks(base, at: prefix.count..<(prefix.count + Self.run.utf8.count), by: replacement)
    }

    @Test func aPhraseAfterPlainIdeographsIsFoundAtAnyAlignment() throws {
        for lead in 0..<8 {
            let text = String(repeating: "中", count: lead) + "并且中文字并且中文字回顾大会第48/113号决议，"
            let references = try Extractor().extract(text: text).references
            #expect(references.map(\.target) == ["A/RES/48/113"], "\(lead)")
            #expect(references.first?.relation == .recalls, "\(lead)")
        }
    }
}
