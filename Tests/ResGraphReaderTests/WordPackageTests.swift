import Foundation
@testable import ResGraphReader
import ResGraphExtractor
import ResGraphTestSupport
import Testing

/// The parts of a .docx found by its relationships, as Word finds them, where other programs
/// name them otherwise than Word does.
struct WordPackageTests {
    func scratch(_ name: String) throws -> URL {
        try Scratch.folder("word-package").appendingPathComponent(name)
    }

    static let relationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// A `.rels` part of the given relationships (type's last segment, target), in Word's
    /// transitional namespace unless `strict`.
    static func rels(_ relationships: [(role: String, target: String)], strict: Bool = false, external: Set<String> = []) -> String {
        let base = strict ? "http://purl.oclc.org/ooxml/officeDocument/relationships/" : "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        let items = relationships.enumerated().map { index, relationship in
            let mode = external.contains(relationship.target) ? #" TargetMode="External""# : ""
            return #"<Relationship Id="rId\#(index + 1)" Type="\#(base)\#(relationship.role)" Target="\#(relationship.target)"\#(mode)/>"#
        }
        return #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="\#(relationshipsNamespace)">\#(items.joined())</Relationships>"#
    }

    static let body = "<w:p><w:r><w:t>Recalling resolution 48/113,</w:t></w:r><w:r><w:footnoteReference w:id=\"2\"/></w:r></w:p>"
    static let footnotes = "<w:footnotes \(WordFixture.namespace)><w:footnote w:id=\"2\"><w:p><w:r><w:t>A/RES/59/170.</w:t></w:r></w:p></w:footnote></w:footnotes>"

    @Test(arguments: [false, true])
    func theMainDocumentAndItsNotesAreFoundByTheirRelationships(strict: Bool) throws {
        let url = try scratch("document2-\(strict).docx")
        try WordFixture.writeParts([
            ("_rels/.rels", Self.rels([("officeDocument", "word/document2.xml")], strict: strict)),
            ("word/document2.xml", WordFixture.documentXML(body: Self.body)),
            ("word/_rels/document2.xml.rels", Self.rels([("hyperlink", "https://undocs.org"), ("footnotes", "../word/notes/./%D1%81%D0%BD%D0%BE%D1%81%D0%BA%D0%B8.xml")], strict: strict, external: ["https://undocs.org"])),
            ("word/notes/сноски.xml", Self.footnotes),
            // Word's usual names, holding what the relationships do not point to.
            ("word/document.xml", WordFixture.documentXML(body: "<w:p><w:r><w:t>Recalling resolution 1/1,</w:t></w:r></w:p>")),
            ("word/footnotes.xml", "<w:footnotes \(WordFixture.namespace)/>"),
        ], at: url)
        let document = try Extractor().extract(fileAt: url.path)
        #expect(document.references.map(\.target) == ["A/RES/48/113", "A/RES/59/170"])
    }

    /// Word would not open such a file; its notes are read rather than reported missing.
    @Test func notesTheRelationshipsForgetAreReadByWordsUsualName() throws {
        let url = try scratch("no-notes.docx")
        try WordFixture.writeParts([
            ("_rels/.rels", Self.rels([("officeDocument", "/word/document.xml")])),
            ("word/document.xml", WordFixture.documentXML(body: Self.body)),
            ("word/_rels/document.xml.rels", Self.rels([("styles", "styles.xml")])),
            ("word/footnotes.xml", Self.footnotes),
        ], at: url)
        #expect(try Extractor().extract(fileAt: url.path).references.map(\.target) == ["A/RES/48/113", "A/RES/59/170"])
    }

    @Test func relationshipsNamingAMissingPartGiveWayToWordsUsualName() throws {
        let url = try scratch("stale.docx")
        try WordFixture.writeParts([
            ("_rels/.rels", Self.rels([("officeDocument", "word/document9.xml")])),
            ("word/document.xml", WordFixture.documentXML(body: Self.body)),
            ("word/footnotes.xml", Self.footnotes),
        ], at: url)
        #expect(try Extractor().extract(fileAt: url.path).references.map(\.target) == ["A/RES/48/113", "A/RES/59/170"])

        let missing = try scratch("missing.docx")
        try WordFixture.writeParts([
            ("_rels/.rels", Self.rels([("officeDocument", "word/document9.xml")])),
        ], at: missing)
        #expect(throws: ExtractionError(path: missing.path, reason: .unreadableFormat("is a damaged Word file (its main document, word/document9.xml, is missing)"))) {
            try Extractor().extract(fileAt: missing.path)
        }
    }

    /// Word would offer to repair such a file; its text is read by Word's usual names rather than
    /// the whole file refused for a part that holds no text.
    @Test func damagedRelationshipsGiveWayToWordsUsualNames() throws {
        let url = try scratch("damaged-rels.docx")
        try WordFixture.writeParts([
            ("_rels/.rels", Self.rels([("officeDocument", "word/document.xml")])),
            ("word/document.xml", WordFixture.documentXML(body: Self.body)),
            ("word/_rels/document.xml.rels", Self.rels([("footnotes", "footnotes.xml")])),
            ("word/footnotes.xml", Self.footnotes),
        ], compressed: false, at: url)
        var bytes = [UInt8](try Data(contentsOf: url))
        // One letter of each relationships part changed in place: both fail their checksums.
        for target in ["word/document.xml\"", "footnotes.xml\""] {
            let at = try #require(bytes.indices.first { bytes[$0...].starts(with: Array(target.utf8)) })
            bytes[at] = UInt8(ascii: "W")
        }
        #expect(try Extractor().extract(bytes: bytes, source: "damaged-rels.docx").references.map(\.target) == ["A/RES/48/113", "A/RES/59/170"])

        // With its main document under another name, the damaged relationships are named.
        let renamed = try scratch("damaged-rels-2.docx")
        try WordFixture.writeParts([
            ("_rels/.rels", Self.rels([("officeDocument", "word/document2.xml")])),
            ("word/document2.xml", WordFixture.documentXML(body: Self.body)),
        ], compressed: false, at: renamed)
        var renamedBytes = [UInt8](try Data(contentsOf: renamed))
        let at = try #require(renamedBytes.indices.first { renamedBytes[$0...].starts(with: Array("word/document2.xml\"".utf8)) })
        renamedBytes[at] = UInt8(ascii: "W")
        #expect(throws: ExtractionError(path: "damaged-rels-2.docx", reason: .unreadableFormat(
            "is a damaged Word file (_rels/.rels, which names its main document, cannot be read, and there is no word/document.xml)"))) {
            try Extractor().extract(bytes: renamedBytes, source: "damaged-rels-2.docx")
        }
    }

    @Test func aSpreadsheetNamedDocxIsNotReadAsWord() throws {
        let url = try scratch("workbook.docx")
        try WordFixture.writeParts([
            ("_rels/.rels", Self.rels([("officeDocument", "xl/workbook.xml")])),
            ("xl/workbook.xml", #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>"#),
        ], at: url)
        #expect(throws: ExtractionError(path: url.path, reason: .unreadableFormat(
            "is a zip file but not a Word document (its main document, xl/workbook.xml, is not WordprocessingML)"))) {
            try Extractor().extract(fileAt: url.path)
        }
    }

    /// libzip is loaded with the first .docx read, not when the program starts (it brings
    /// OpenSSL's libcrypto with it); where it cannot be, a .docx is refused saying so.
    @Test func aMissingLibzipIsNamedWithWhatTheLoaderSaid() throws {
        guard case .failure(let failure) = ZipPackage.load(from: ["libzip-absent.so.4"]) else { Issue.record("a library that is not there was loaded"); return }
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Seeds.fixture("doc/english.docx"))))
        #expect(throws: ExtractionError(path: "a.docx", reason: .unreadableFormat(
            "cannot be read: libzip could not be loaded (libzip-absent.so.4: cannot open shared object file: No such file or directory)"))) {
            try WordReader.read(bytes, source: "a.docx", library: .failure(failure))
        }
        guard case .failure(let lacking) = ZipPackage.load(from: ["libsqlite3.so.0"]) else { Issue.record("SQLite taken for libzip"); return }
        #expect(lacking.message == "libsqlite3.so.0 lacks zip_error_init")
        #expect(try WordReader.read(bytes, source: "a.docx").bytes.count > 0)
    }

    @Test func targetsAreResolvedAgainstTheirPartsFolder() {
        let relationships = PackageRelationships(Array(Self.rels([
            ("footnotes", "footnotes.xml"), ("endnotes", "../notes/end.xml"), ("comments", "/word/comments.xml"),
            ("header", "../../outside.xml"), ("footer", "https://example.org/x"), ("settings", "%D0%BD%D0%B0%D1%81%D1%82%D1%80%D0%BE%D0%B9%D0%BA%D0%B8%20(1).xml"),
        ], external: ["https://example.org/x"]).utf8), of: "word/document.xml")
        #expect(relationships.target("settings") == "word/настройки (1).xml")
        #expect(relationships.target("footnotes") == "word/footnotes.xml")
        #expect(relationships.target("endnotes") == "notes/end.xml")
        #expect(relationships.target("comments") == "word/comments.xml")
        #expect(relationships.target("header") == nil)
        #expect(relationships.target("footer") == nil)
        #expect(relationships.target("styles") == nil)
        #expect(PackageRelationships.partName(of: "word/document.xml") == "word/_rels/document.xml.rels")
        #expect(PackageRelationships.partName(of: "document.xml") == "_rels/document.xml.rels")
    }
}
