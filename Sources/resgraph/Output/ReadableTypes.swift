import ResGraphReader

/// The file types a folder is searched for, as a message names them.
///
/// ```swift
/// ReadableTypes.list  // ".doc, .docx, .htm, .html, .md, .pdf or .txt"
/// ```
enum ReadableTypes {
    /// The extensions read, in order, each with its dot, the last after "or".
    static let list: String = {
        let names = CorpusWalk.readableExtensions.sorted().map { "." + $0 }
        return names.dropLast().joined(separator: ", ") + " or " + names[names.count - 1]
    }()

    /// What to say when a walk found nothing to read under the paths given.
    static let noneFound = "no \(list) file was found under the paths given"
}
