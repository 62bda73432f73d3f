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
        var k = 0
        while k < bytes.count, ByteClass.isSpace(bytes[k]) { k += 1 }
        guard k < bytes.count, !(bytes.count - k == 3 && bytes[k] == 0xEF) else {
            throw ExtractionError(path: source, reason: .empty)
        }
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

    /// Reads and extracts the file at `path`.
    public func extract(fileAt path: String) throws(ExtractionError) -> ExtractedDocument {
        let data = try TextFile.read(path)
        do {
            return try data.withUnsafeBytes { raw in
                try extract(bytes: raw.bindMemory(to: UInt8.self), source: path)
            }
        } catch let error as ExtractionError {
            throw error
        } catch {
            throw ExtractionError(path: path, reason: .unreadable("\(error)"))
        }
    }

    /// Extracts many files on all cores; the results come in the order of `paths`.
    public func extract(filesAt paths: [String]) -> [Result<ExtractedDocument, ExtractionError>] {
        Parallel.map(paths.count) { index in
            Result { () throws(ExtractionError) in try extract(fileAt: paths[index]) }
        }
    }
}

/// Reads whole files, telling a missing file, a directory and an unreadable file apart.
public enum TextFile {
    /// The bytes of the file at `path`.
    public static func read(_ path: String) throws(ExtractionError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ExtractionError(path: path, reason: .missing)
        }
        guard !isDirectory.boolValue else { throw ExtractionError(path: path, reason: .directory) }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        } catch {
            throw ExtractionError(path: path, reason: .unreadable(error.localizedDescription))
        }
    }
}
