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
        document.diagnostics.insert(contentsOf: text.diagnostics, at: 0)
        if document.symbol == nil { Self.takeSymbolFromFileName(&document) }
        return document
    }

    /// A text that does not state its symbol takes the one its file name carries, said in a
    /// diagnostic; one whose name carries none is flagged, so no file silently becomes a
    /// path node.
    static func takeSymbolFromFileName(_ document: inout ExtractedDocument) {
        let source = document.source
        let name = source.withUTF8InPlace { path in
            path.lastIndex(of: UInt8(ascii: "/")).map { String(decoding: UnsafeBufferPointer(rebasing: path[($0 + 1)...]), as: UTF8.self) }
        } ?? source
        if let symbol = FileNameSymbol.parse(name) {
            document.symbol = symbol
            document.references.removeAll { $0.target == symbol }
            document.diagnostics.append(Diagnostic(
                problem: .symbolFromFileName, offset: 0,
                message: "the text does not state its symbol; \(symbol) is taken from the file name"))
        } else if source == StandardInput.path {
            document.diagnostics.append(Diagnostic(
                problem: .noSymbol, offset: 0,
                message: "the text does not state its symbol, and standard input has no file name to take one from"))
        } else {
            document.diagnostics.append(Diagnostic(
                problem: .noSymbol, offset: 0,
                // Joined, not interpolated: made in one allocation of its length (a third of a corpus may say this).
                message: "neither the text nor the file name gives the document's symbol; it is indexed as file:" + document.source))
        }
    }

    /// Reads and extracts `file`: to its end if it is a stream (standard input, a pipe named to
    /// be read), as a file by its path otherwise.
    public func extract(file: CorpusFile) throws(ExtractionError) -> ExtractedDocument {
        guard file.isStream else { return try extract(fileAt: file.path) }
        return try extract(bytes: FileBytes.readStream(file.path), source: file.path)
    }

    /// Extracts the files of a walk on all cores; the results come in the order of `files`.
    public func extract(files: [CorpusFile]) -> [Result<ExtractedDocument, ExtractionError>] {
        Parallel.map(files.count) { index in
            Result { () throws(ExtractionError) in try extract(file: files[index]) }
        }
    }

    /// Extracts many files on all cores; the results come in the order of `paths`.
    public func extract(filesAt paths: [String]) -> [Result<ExtractedDocument, ExtractionError>] {
        Parallel.map(paths.count) { index in
            Result { () throws(ExtractionError) in try extract(fileAt: paths[index]) }
        }
    }
}
