import Foundation
import ResGraphExtractor
import ResGraphReader
import ResGraphTestSupport
import Testing

/// Files that are not resolution texts get a clear error naming the file.
struct BadInputTests {
    func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = Scratch.path("bad-input").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func missingFile() {
        #expect(throws: ExtractionError(path: "/no/such/file.txt", reason: .missing)) {
            try Extractor().extract(fileAt: "/no/such/file.txt")
        }
    }

    @Test func directory() {
        let path = FileManager.default.temporaryDirectory.path
        #expect(throws: ExtractionError(path: path, reason: .directory)) { try Extractor().extract(fileAt: path) }
    }

    @Test func emptyFile() throws {
        let path = try temporaryFile([])
        #expect(throws: ExtractionError(path: path, reason: .empty)) { try Extractor().extract(fileAt: path) }
        let blank = try temporaryFile(Array(" \n\t\n".utf8))
        #expect(throws: ExtractionError(path: blank, reason: .empty)) { try Extractor().extract(fileAt: blank) }
    }

    @Test func binaryFile() throws {
        let path = try temporaryFile([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
        #expect(throws: ExtractionError(path: path, reason: .binary(offset: 8))) { try Extractor().extract(fileAt: path) }
    }

    @Test func aCompoundFileCutShortIsNamedForWhatItIs() throws {
        // The OLE2 signature, then the start of what a compound file's header goes on with.
        let path = try temporaryFile([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 16) + [0x3E, 0x00, 0x03, 0x00])
        #expect(throws: ExtractionError(path: path, reason: .unreadableFormat("is not a readable OLE2 compound file (No OLE2 signature)"))) {
            try Extractor().extract(fileAt: path)
        }
    }

    /// A web page saved under a document's name (a failed download) is refused, not read as a
    /// text that would take the document's symbol from its name; the same text named .txt is read.
    @Test func aPageSavedAsAPDFOrAWordFileIsRefusedNotReadAsText() throws {
        let page = Array("<!DOCTYPE html>\n<html><body><p>Document not found. See resolution 48/113.</p></body></html>\n".utf8)
        #expect(throws: ExtractionError(path: "dl/A_RES_58_154-EN.pdf", reason: .unreadableFormat(
            "is named .pdf, but it is not a PDF (it begins \u{201C}<!DOCTYPE html>\u{201D}, a web page: a failed download?); not read"))) {
            try Extractor().extract(bytes: page, source: "dl/A_RES_58_154-EN.pdf")
        }
        let note = Array("Recalling resolution 48/113,\n".utf8)
        #expect(throws: ExtractionError(path: "notes.DOCX", reason: .unreadableFormat(
            "is named .docx, but it is not a Word file (it begins \u{201C}Recalling resolution 48/113,\u{201D}); not read"))) {
            try Extractor().extract(bytes: note, source: "notes.DOCX")
        }
        #expect(try Extractor().extract(bytes: page, source: "dl/A_RES_58_154-EN.txt").references.map(\.target) == ["A/RES/48/113"])
        #expect(try Extractor().extract(bytes: note, source: "a.pdf.d/notes.md").references.map(\.target) == ["A/RES/48/113"])
        #expect(throws: ExtractionError(path: "empty.pdf", reason: .empty)) { try Extractor().extract(bytes: [UInt8](), source: "empty.pdf") }
    }

    @Test func textWithNULIsBinary() throws {
        let path = try temporaryFile(Array("Recalling resolution 48/113\u{0}".utf8))
        #expect(throws: ExtractionError(path: path, reason: .binary(offset: 27))) { try Extractor().extract(fileAt: path) }
    }

    @Test func invalidUTF8() throws {
        let path = try temporaryFile(Array("Recalling résolution".utf8) + [0xFF, 0x41])
        #expect(throws: ExtractionError(path: path, reason: .invalidUTF8(offset: 21))) { try Extractor().extract(fileAt: path) }
        let truncated = try temporaryFile(Array("回顾".utf8).dropLast())
        #expect(throws: ExtractionError.self) { try Extractor().extract(fileAt: truncated) }
    }

    @Test func manyFilesKeepGoingPastABadOne() throws {
        let good = Seeds.path("A_RES_58_154.en.txt")
        let results = Extractor().extract(filesAt: [good, "/no/such/file.txt", good])
        #expect(results.map { (try? $0.get())?.symbol } == ["A/RES/58/154", nil, "A/RES/58/154"])
    }

    @Test func errorMessagesAreOneLineNamingTheFile() {
        #expect("\(ExtractionError(path: "x.txt", reason: .invalidUTF8(offset: 3)))" == "x.txt: is not valid UTF-8 (bad byte at offset 3); text in another encoding can be converted first, e.g. iconv -f cp1252 -t utf-8")
        #expect("\(ExtractionError(path: "x.txt", reason: .directory))" == "x.txt: is a directory, not a file")
    }
}
