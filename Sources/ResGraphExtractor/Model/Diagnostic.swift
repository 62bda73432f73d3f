/// A problem the extractor noticed in a document that a careful reader would want flagged.
public struct Diagnostic: Hashable, Sendable, Codable {
    /// What went wrong.
    public enum Problem: String, Sendable, Codable {
        /// "Ibid." or "同上" with no earlier citation to continue.
        case ibidWithoutAntecedent = "ibid-without-antecedent"
        /// A footnote marker whose footnote body never appears.
        case markerWithoutBody = "marker-without-body"
        /// A footnote body whose marker never appears in the text.
        case bodyWithoutMarker = "body-without-marker"
        /// Something shaped like a symbol but longer than any UN symbol; not taken as an id.
        case idTooLong = "id-too-long"
        /// More references than one document is read for; the rest were not read.
        case tooManyReferences = "too-many-references"
        /// The text does not state its symbol; the one in the file name was taken.
        case symbolFromFileName = "symbol-from-file-name"
        /// Neither the text nor the file name gives the document's symbol.
        case noSymbol = "no-symbol"
        /// The file's footnotes or endnotes cannot be read (a damaged part of a Word file): its
        /// text was read without them, so the references they make are missing.
        case unreadableNotes = "unreadable-notes"
        /// Pages of a PDF whose text was not read (scanned pages without a text layer, pages its
        /// damaged page tree does not give, pages past the most read of one file), so that the
        /// references on them are missing.
        case unreadPages = "unread-pages"
    }

    /// What went wrong.
    public var problem: Problem
    /// Byte offset where it was noticed.
    public var offset: Int
    /// A human-readable explanation naming the footnote or text involved.
    public var message: String

    /// Creates a diagnostic.
    public init(problem: Problem, offset: Int, message: String) {
        self.problem = problem
        self.offset = offset
        self.message = message
    }
}
