/// The line that tells a user which files a folder search passed by as notes on their folder
/// (``FolderNote``), so that a `README.md` missing from the graph is not a surprise, and how to
/// read one anyway.
///
/// ```swift
/// PassedNotes.line(["corpus/README.md"])
/// // "passed by corpus/README.md, which describes its folder: give its path to read it as a document"
/// ```
enum PassedNotes {
    /// What to say of `paths`, the notes passed by in the order found (at least one).
    static func line(_ paths: [String]) -> String {
        guard paths.count > 1 else { return "passed by \(paths[0]), which describes its folder: give its path to read it as a document" }
        return "passed by \(paths.count) files that describe their folders (README, LICENSE and the like), such as \(paths[0]): give a path to read one as a document"
    }
}
