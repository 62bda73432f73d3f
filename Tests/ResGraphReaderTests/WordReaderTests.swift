import Foundation
import ResGraphExtractor
import ResGraphReader
import ResGraphTestSupport
import Testing
import ZIPFoundation

/// Word files built here as Word writes them: a zip of XML parts, footnotes in their own part.
struct WordReaderTests {
    func scratch(_ name: String) throws -> URL {
        try Scratch.folder("word").appendingPathComponent(name)
    }

    @Test func footnotesAreAnchoredWhereWordPutTheirReferences() throws {
        let url = try scratch("resolution.docx")
        try WordFixture.write([
            [.text("A/RES/58/154")],
            [.text("58/154. Follow-up to the Regional Conference")],
            [.text("The General Assembly,")],
            [.text("Recalling its resolution 48/113 of 20 December 1993,")],
            [.text("Recalling also the Convention relating to the Status of Refugees"), .footnote("7"), .text(" and the Protocol"), .footnote("8"), .text(",")],
            [.text("1. Takes note of the report of the Secretary-General;"), .footnote("9")],
        ], footnotes: ["7": "United Nations, Treaty Series, vol. 189, No. 2545.", "8": "Ibid., vol. 606, No. 8791.", "9": "A/58/281."], at: url)
        let document = try Extractor().extract(fileAt: url.path)
        #expect(document.symbol == "A/RES/58/154")
        #expect(Set(document.citations.map(\.description)) == [
            "recalls: A/RES/48/113", "recalls: UNTS 189/2545", "recalls: UNTS 606/8791", "notes: A/58/281",
        ])
        #expect(document.references.compactMap(\.footnote) == [1, 2, 3])
        #expect(document.references.allSatisfy { $0.page == nil })
        #expect(document.diagnostics.isEmpty)
    }

    @Test func superscriptDigitsTypedByHandAreMarkersToo() throws {
        let url = try scratch("typed.docx")
        try WordFixture.write([[.text("Noting the report"), .superscript("1"), .text(",")]], footnotes: [:], at: url)
        let text = String(decoding: try DocumentReader.text(ofFileAt: url.path).bytes, as: UTF8.self)
        #expect(text == "\tNoting the report<sup>1</sup>,")
    }

    @Test func damagedAndForeignZipsAreReportedByName() throws {
        let foreign = try scratch("other.docx")
        let archive = try Archive(url: foreign, accessMode: .create)
        let data = Data("hello".utf8)
        try archive.addEntry(with: "readme.txt", type: .file, uncompressedSize: Int64(data.count)) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
        #expect(throws: ExtractionError(path: foreign.path, reason: .unreadableFormat("is a zip file but not a Word document (no word/document.xml)"))) {
            try Extractor().extract(fileAt: foreign.path)
        }
        let good = try scratch("good.docx")
        try WordFixture.write([[.text("Recalling resolution 48/113,")]], footnotes: [:], at: good)
        let bytes = [UInt8](try Data(contentsOf: good))
        #expect(throws: ExtractionError.self) { try Extractor().extract(bytes: Array(bytes.prefix(bytes.count / 2)), source: "half.docx") }
    }

    @Test func aZipBombIsRefused() throws {
        let url = try scratch("bomb.docx")
        let archive = try Archive(url: url, accessMode: .create)
        let size = 80 * 1_048_576
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(size), compressionMethod: .deflate) { position, chunk in
            Data(repeating: 0x20, count: chunk)
        }
        let compressed = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0
        #expect(compressed < 1_048_576)
        #expect(throws: ExtractionError(path: url.path, reason: .unreadableFormat("has a part (word/document.xml) larger than 64 MB inflated; not read"))) {
            try Extractor().extract(fileAt: url.path)
        }
    }
}
