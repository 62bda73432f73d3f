import Foundation
import ResGraphExtractor

/// Turns a file's bytes into the extractor's input, by the format its content shows.
///
/// Plain text and Markdown in UTF-8 are read as they are: offsets in what is extracted are
/// offsets into the file itself. Text in UTF-16 is read as the UTF-8 text it is (``UTF16Text``).
public enum DocumentReader {
    /// The formats told apart by content.
    public enum Format: String, Sendable {
        /// UTF-8 text (plain or Markdown).
        case text
        /// UTF-16 text, as Windows saves "Unicode text" (see ``UTF16Text``).
        case utf16
        /// A PDF file (`%PDF-`).
        case pdf
        /// A zip container (Office Open XML: .docx).
        case zip
        /// An OLE2 compound file: Word 97–2003 (.doc), read; Excel's and PowerPoint's files of
        /// those years are reported as such.
        case compoundFile
        /// A web page (``HTMLReader``).
        case html
    }

    /// The format of `bytes`, by their first bytes.
    public static func format(of bytes: [UInt8]) -> Format {
        if bytes.starts(with: pdfSignature) { return .pdf }
        if bytes.starts(with: zipSignature) { return .zip }
        if bytes.starts(with: compoundFileSignature) { return .compoundFile }
        if UTF16Text.byteOrder(of: bytes) != nil { return .utf16 }
        if bytes.first.map({ $0 == UInt8(ascii: "<") || PageText.isSpace($0) || $0 == 0xEF }) == true, HTMLReader.isPage(bytes) { return .html }
        return .text
    }

    /// The first bytes of every PDF file.
    private static let pdfSignature = Array("%PDF-".utf8)
    /// The first bytes of a zip container's first entry.
    private static let zipSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    /// The first bytes of an OLE2 compound file.
    private static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// The text the extractor reads from a file's `bytes`: the bytes themselves for text and
    /// Markdown, the composed text for PDF, Word and web pages (see ``ReadText``).
    ///
    /// A file named `.pdf`, `.docx` or `.doc` whose content is text is refused, not read as text: it is
    /// most often a web page saved in place of the document (a failed download), which would
    /// otherwise take the document's symbol from its name.
    public static func text(of bytes: [UInt8], source: String) throws(ExtractionError) -> ReadText {
        let format = format(of: bytes)
        if format == .text || format == .utf16 || format == .html, !bytes.isEmpty, let claimed = formatNamed(by: source) {
            throw ExtractionError(path: source, reason: .unreadableFormat(mismatch(claimed, bytes)))
        }
        // A fragment of a page ("<p>…</p>") saved under a page's name is a page too.
        if format == .text, isNamedAsPage(source), HTMLReader.startsWithTag(bytes) { return try HTMLReader.read(bytes, source: source) }
        return switch format {
        case .text: ReadText(bytes: bytes, pages: [])
        case .utf16: try UTF16Text.read(bytes, source: source)
        case .pdf: try PDFReader.read(bytes, source: source)
        case .zip: try WordReader.read(bytes, source: source)
        case .compoundFile: try WordBinaryReader.read(bytes, source: source)
        case .html: try HTMLReader.read(bytes, source: source)
        }
    }

    /// The format a file's name promises by its extension, for the formats that are not text:
    /// (extension, what it is), or nil. Asked of every text file read, so its name's last bytes
    /// are compared in place, nothing made.
    private static func formatNamed(by path: String) -> (String, String)? {
        var path = path
        return path.withUTF8 { bytes in
            if endsWith(bytes, ".pdf") { return ("pdf", "a PDF") }
            if endsWith(bytes, ".docx") { return ("docx", "a Word file") }
            if endsWith(bytes, ".doc") { return ("doc", "a Word 97-2003 file") }
            return nil
        }
    }

    /// Whether `path` names a web page: `.htm` or `.html`.
    private static func isNamedAsPage(_ path: String) -> Bool {
        var path = path
        return path.withUTF8 { endsWith($0, ".htm") || endsWith($0, ".html") }
    }

    /// Whether `bytes` end with `suffix` (lower case), ASCII letters compared in either case.
    private static func endsWith(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard bytes.count > count else { return false }
        let tail = bytes.count - count
        for k in 0..<count {
            let byte = bytes[tail + k], expected = suffix.utf8Start[k]
            guard byte == expected || (expected >= UInt8(ascii: "a") && expected <= UInt8(ascii: "z") && byte | 0x20 == expected) else { return false }
        }
        return bytes[tail - 1] != UInt8(ascii: "/")
    }

    /// Why a file named for a format is not read: how its content begins, and what that looks like.
    private static func mismatch(_ claimed: (String, String), _ bytes: [UInt8]) -> String {
        let firstLine = bytes.prefix(200).split(separator: 0x0A, maxSplits: 1, omittingEmptySubsequences: true).first ?? []
        let start = String(decoding: firstLine.prefix(40), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let lowered = start.lowercased()
        let isPage = lowered.hasPrefix("<!doctype html") || lowered.hasPrefix("<html") || lowered.hasPrefix("<?xml")
        let begins = start.isEmpty ? "it holds no text" : "it begins \u{201C}\(start)\u{201D}" + (isPage ? ", a web page: a failed download?" : "")
        return "is named .\(claimed.0), but it is not \(claimed.1) (\(begins)); not read"
    }

    /// The text of the file at `path`.
    public static func text(ofFileAt path: String) throws(ExtractionError) -> ReadText {
        try text(of: FileBytes.read(path), source: path)
    }

    /// The text of the file at `path` at least as far as byte `offset` of it (all of it when it
    /// is shorter): a plain text is read only that far, its offsets being the file's own; a PDF,
    /// Word file or web page is read whole, its text being composed from all of it.
    public static func text(ofFileAt path: String, through offset: Int) throws(ExtractionError) -> ReadText {
        let start = try FileBytes.read(path, prefix: max(offset, formatSignatureLength))
        guard format(of: start) == .text, !isNamedAsPage(path) else { return try text(ofFileAt: path) }
        return ReadText(bytes: start, pages: [])
    }

    /// How many bytes ``format(of:)`` looks at: a page's doctype may follow white space.
    static let formatSignatureLength = 1_040
}
