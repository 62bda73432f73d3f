import ResGraphExtractor

extension Diagnostic {
    /// What a reader says of a file whose notes of `kind` ("footnotes", "endnotes") cannot be
    /// read, for `problem` ("word/footnotes.xml does not inflate"), when it read the rest.
    static func unreadableNotes(_ kind: String, problem: String) -> Diagnostic {
        Diagnostic(problem: .unreadableNotes, offset: 0,
                   message: "its \(kind) cannot be read (\(problem)): the text was read without them, so the references they make are missing")
    }
}
