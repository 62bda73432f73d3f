import ResGraphExtractor

/// Turns a file's bytes into the extractor's input, by the format its content shows.
///
/// Plain text and Markdown are read as they are: offsets in what is extracted are offsets
/// into the file itself.
public enum DocumentReader {
    /// The formats told apart by content.
    public enum Format: String, Sendable {
        /// UTF-8 text (plain or Markdown).
        case text
        /// A PDF file (`%PDF-`).
        case pdf
        /// A zip container (Office Open XML: .docx).
        case zip
    }

    /// The format of `bytes`, by their first bytes.
    public static func format(of bytes: [UInt8]) -> Format {
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .zip }
        return .text
    }

    /// Reads `bytes` and hands the text to `extract`.
    static func read(
        _ bytes: [UInt8], source: String,
        extract: (UnsafeBufferPointer<UInt8>) throws(ExtractionError) -> ExtractedDocument
    ) throws(ExtractionError) -> ExtractedDocument {
        try bytes.withUnsafeBufferPointer { buffer throws(ExtractionError) in try extract(buffer) }
    }
}
