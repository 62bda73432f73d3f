import ResGraphExtractor

extension Extractor {
    /// Reads and extracts the file at `path`, whatever its format (see ``DocumentReader``).
    ///
    /// ```swift
    /// let document = try Extractor().extract(fileAt: "examples/A_RES_58_154.en.txt")
    /// document.symbol   // "A/RES/58/154"
    /// ```
    public func extract(fileAt path: String) throws(ExtractionError) -> ExtractedDocument {
        try extract(bytes: FileBytes.read(path), source: path)
    }

    /// Extracts a file's bytes, already read; `source` names it in results and errors.
    public func extract(bytes: [UInt8], source: String) throws(ExtractionError) -> ExtractedDocument {
        let text = try DocumentReader.text(of: bytes, source: source)
        var document = try text.bytes.withUnsafeBufferPointer { buffer throws(ExtractionError) in
            try extract(bytes: buffer, source: source)
        }
        if !text.pages.isEmpty {
            for k in document.references.indices { document.references[k].page = text.page(at: document.references[k].start) }
        }
        return document
    }

    /// Extracts many files on all cores; the results come in the order of `paths`.
    public func extract(filesAt paths: [String]) -> [Result<ExtractedDocument, ExtractionError>] {
        Parallel.map(paths.count) { index in
            Result { () throws(ExtractionError) in try extract(fileAt: paths[index]) }
        }
    }
}
