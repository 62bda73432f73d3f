import Foundation
import ResGraphExtractor
import ResGraphReader
import ResGraphTestSupport
import Testing

/// Text saved as UTF-16 ("Unicode text" on Windows) is read as the UTF-8 text it is: the same
/// references, at the same offsets into that text, as the UTF-8 file gives.
struct UTF16TextTests {
    static func utf16(_ text: String, bigEndian: Bool, mark: Bool) -> [UInt8] {
        var bytes: [UInt8] = mark ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for unit in text.utf16 {
            let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }

    @Test(arguments: [(false, true), (true, true), (false, false), (true, false)])
    func aSeedInUTF16GivesWhatItGivesInUTF8(bigEndian: Bool, mark: Bool) throws {
        for name in ["A_RES_58_154.en.txt", "A_RES_58_154.zh.txt", "A_RES_59_170.zh.txt"] {
            let utf8 = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Seeds.path(name))))
            let bytes = Self.utf16(String(decoding: utf8, as: UTF8.self), bigEndian: bigEndian, mark: mark)
            // Without a mark, only text that opens with two ASCII characters is known for UTF-16.
            if mark || utf8.prefix(2).allSatisfy({ $0 != 0 && $0 < 0x80 }) {
                #expect(DocumentReader.format(of: bytes) == .utf16, "\(name)")
                #expect(try DocumentReader.text(of: bytes, source: name).bytes == utf8, "\(name)")
                let expected = try Extractor().extract(bytes: utf8, source: name)
                let read = try Extractor().extract(bytes: bytes, source: name)
                #expect(read.references == expected.references, "\(name)")
                #expect(read.symbol == expected.symbol && read.language == expected.language, "\(name)")
            } else {
                #expect(DocumentReader.format(of: bytes) == .text)
            }
        }
    }

    @Test func aLoneSurrogateOrALeftOverByteIsReportedWithItsOffset() throws {
        let lone: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xDC, 0x42, 0x00]
        #expect(throws: ExtractionError(path: "x.txt", reason: .invalidUTF16(offset: 4))) { try DocumentReader.text(of: lone, source: "x.txt") }
        let cut: [UInt8] = [0xFE, 0xFF, 0x00, 0x41, 0xD8, 0x3D]
        #expect(throws: ExtractionError(path: "x.txt", reason: .invalidUTF16(offset: 4))) { try DocumentReader.text(of: cut, source: "x.txt") }
        let odd: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x42]
        #expect(throws: ExtractionError(path: "x.txt", reason: .invalidUTF16(offset: 4))) { try DocumentReader.text(of: odd, source: "x.txt") }
        #expect("\(ExtractionError(path: "x.txt", reason: .invalidUTF16(offset: 4)))" == "x.txt: is UTF-16 text, but not valid UTF-16 (bad unit at offset 4)")
        // Without a mark, text that opens with other characters than ASCII is not known for UTF-16.
        #expect(DocumentReader.format(of: Self.utf16("决议 58/154", bigEndian: false, mark: false)) == .text)
        #expect(DocumentReader.format(of: Self.utf16("Recalling", bigEndian: false, mark: false)) == .utf16)
        let emoji: [UInt8] = [0xFF, 0xFE, 0x3D, 0xD8, 0x00, 0xDE]
        #expect(try DocumentReader.text(of: emoji, source: "x.txt").bytes == Array("\u{1F600}".utf8))
    }
}
