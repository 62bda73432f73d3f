import Foundation

/// Finds every reference a UN resolution text makes.
///
/// ```swift
/// let document = try Extractor().extract(fileAt: "examples/A_RES_58_154.en.txt")
/// document.symbol                 // "A/RES/58/154"
/// document.references[0].target   // "A/58/503"
/// ```
///
/// One extractor serves any number of documents and threads; it holds no state.
public struct Extractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// Extracts from UTF-8 text held in memory; `source` names it in results and errors.
    public func extract(bytes: UnsafeBufferPointer<UInt8>, source: String) throws(ExtractionError) -> ExtractedDocument {
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        var k = hasBOM ? 3 : 0
        while k < bytes.count, ByteClass.isSpace(bytes[k]) { k += 1 }
        guard k < bytes.count else { throw ExtractionError(path: source, reason: .empty) }
        if ArabicIndicDigits.occur(in: bytes) {
            let (copy, map) = ArabicIndicDigits.transliterate(bytes)
            let document = try copy.withUnsafeBufferPointer { buffer throws(ExtractionError) in try extract(bytes: buffer, source: source) }
            return map.mapBack(document, to: bytes)
        }
        if LineEndings.hasLoneCarriageReturn(bytes) {
            var copy = Array(bytes)
            LineEndings.normalize(&copy)
            return try copy.withUnsafeBufferPointer { buffer throws(ExtractionError) in try scan(buffer, source: source) }
        }
        return try scan(bytes, source: source)
    }

    private func scan(_ bytes: UnsafeBufferPointer<UInt8>, source: String) throws(ExtractionError) -> ExtractedDocument {
        var scanner = DocumentScanner(bytes: bytes, source: source)
        do {
            return try scanner.run()
        } catch let error where error.reason.isInvalidUTF8 {
            // Bytes that are not UTF-8 with a NUL near the start are a binary file, not bad text.
            if let nul = bytes.prefix(8_192).firstIndex(of: 0) {
                throw ExtractionError(path: source, reason: .binary(offset: nul))
            }
            throw error
        }
    }

    /// Extracts from a string.
    public func extract(text: String, source: String = "<text>") throws(ExtractionError) -> ExtractedDocument {
        var text = text
        do {
            return try text.withUTF8 { buffer in try extract(bytes: buffer, source: source) }
        } catch let error as ExtractionError {
            throw error
        } catch {
            throw ExtractionError(path: source, reason: .unreadable("\(error)"))
        }
    }
}
