import CZlibChecksum
import Foundation
import ResGraphExtractor
import ZIPFoundation

/// Reads a Word file (Office Open XML, `.docx`): the body of `word/document.xml` and the notes
/// of `word/footnotes.xml` and `word/endnotes.xml`, through ZIPFoundation and libxml2
/// (``XMLEvents``).
///
/// Word marks notes explicitly (`w:footnoteReference`, `w:endnoteReference`), so markers are
/// written `<sup>N</sup>` where they stand, footnotes and endnotes numbered together in order of
/// first reference, and the bodies follow after a rule. Each paragraph is a line, started with a tab. Parts larger than
/// ``maxPartSize`` once inflated (a zip bomb) are refused.
enum WordReader {
    /// The largest XML part read, inflated: 64 MB.
    static let maxPartSize = 64 * 1_048_576

    /// The text of the docx `bytes`; throws naming `source` for a damaged or foreign zip.
    static func read(_ bytes: [UInt8], source: String) throws(ExtractionError) -> ReadText {
        let archive: Archive
        do {
            archive = try ZipArchiveFile.open(bytes)
        } catch {
            throw ExtractionError(path: source, reason: .unreadableFormat("is not a readable zip file (damaged or truncated)"))
        }
        guard let body = try part("word/document.xml", of: archive, source: source) else {
            throw ExtractionError(path: source, reason: .unreadableFormat("is a zip file but not a Word document, or a damaged one (no readable word/document.xml)"))
        }
        let footnotes = try part("word/footnotes.xml", of: archive, source: source).map { WordNotesPart.parse($0, kind: .footnote) } ?? [:]
        let endnotes = try part("word/endnotes.xml", of: archive, source: source).map { WordNotesPart.parse($0, kind: .endnote) } ?? [:]
        let document = WordDocumentPart.parse(body)
        var composer = ComposedText()
        for paragraph in document.paragraphs { composer.appendLine(paragraph, page: 1) }
        for (number, note) in document.noteOrder.enumerated() {
            composer.beginBody(number + 1, page: 1)
            composer.appendToBody((note.kind == .footnote ? footnotes : endnotes)[note.id] ?? "")
        }
        var text = composer.finish()
        text.pages = []
        return text
    }

    private static func part(_ path: String, of archive: Archive, source: String) throws(ExtractionError) -> Data? {
        guard let entry = archive[path] else { return nil }
        guard entry.uncompressedSize <= UInt64(maxPartSize) else {
            throw ExtractionError(path: source, reason: .unreadableFormat("has a part (\(path)) larger than \(maxPartSize / 1_048_576) MB inflated; not read"))
        }
        var data = Data()
        data.reserveCapacity(Int(entry.uncompressedSize))
        do {
            // ZIPFoundation's own checksum is a byte-at-a-time loop on Linux: zlib's is taken instead.
            _ = try archive.extract(entry, skipCRC32: true) { chunk in
                data.append(chunk)
                if data.count > maxPartSize { throw CocoaError(.fileReadTooLarge) }
            }
        } catch {
            throw ExtractionError(path: source, reason: .unreadableFormat("is a damaged Word file (\(path) cannot be inflated)"))
        }
        guard checksum(of: data) == entry.checksum else {
            throw ExtractionError(path: source, reason: .unreadableFormat("is a damaged Word file (\(path) fails its checksum)"))
        }
        return data
    }

    /// The CRC-32 of `data`, as a zip entry records it.
    private static func checksum(of data: Data) -> UInt32 {
        data.withUnsafeBytes { raw in
            UInt32(truncatingIfNeeded: crc32(0, raw.baseAddress?.assumingMemoryBound(to: Bytef.self), uInt(raw.count)))
        }
    }
}
