/// The line that tells a user which files a folder search passed by as notes on their folder
/// (``FolderNote``), so that a `README.md` missing from the graph is not a surprise, and how to
/// read one anyway.
///
/// ```swift
/// PassedNotes.line(["corpus/README.md"])
/// // "passed by corpus/README.md, which describes its folder: give its path to read it as a document"
/// ```
enum PassedNotes {
    /// What to say of `paths`, the notes passed by in the order found (at least one), of which
    /// an earlier `index` run stored `stillIndexed` as documents.
    static func line(_ paths: [String], stillIndexed: Int = 0) -> String {
        let line = paths.count == 1
            ? "passed by \(paths[0]), which describes its folder: give its path to read it as a document"
            : "passed by \(paths.count) files that describe their folders (README, LICENSE and the like), such as \(paths[0]): give a path to read one as a document"
        guard stillIndexed > 0 else { return line }
        let held = stillIndexed == 1 ? (paths.count == 1 ? "it" : "one of them") : "\(stillIndexed) of them"
        return line + "\nthe index still holds \(held) from an earlier run, as a document: --prune drops \(stillIndexed == 1 ? "it" : "them")"
    }
}
