import Foundation
import ResGraphExtractor

/// A file found for reading: the path as the user gave it (or as found under a folder they
/// gave), and the same file as a canonical absolute path, symbolic links resolved.
public struct CorpusFile: Hashable, Sendable {
    /// The path as given, or the folder given joined with the path found under it.
    public var path: String
    /// The absolute path with `.`, `..` and symbolic links resolved: one file, one spelling.
    public var canonicalPath: String
}

/// The files under paths a user names: files as given, folders searched for the formats read.
///
/// Hidden files and folders (`.git`, `.build`) are passed over; extensions count whatever
/// their case (`.TXT`); a folder reached through a symbolic link is walked once, so a link
/// cycle ends; a folder that cannot be read is reported by name and the rest is still walked.
public struct CorpusWalk: Sendable {
    /// The extensions of the files taken from folders, lower case.
    public static let readableExtensions: Set<String> = ["txt", "md", "pdf", "docx"]

    /// Extensions of documents people keep beside resolutions that are not read (yet), and of
    /// the archives downloads come in: counted, so a user learns why they are missing from the graph.
    public static let documentExtensions: Set<String> = ["doc", "rtf", "odt", "html", "htm", "xml", "wpd", "epub", "zip", "7z", "rar"]

    /// The files found, in a stable order, each canonical path once.
    public private(set) var files: [CorpusFile] = []
    /// Paths given or found that could not be read (a missing path, an unreadable folder).
    public private(set) var failures: [ExtractionError] = []
    /// Files under folders passed over for their type, counted by extension ("pdf": 2).
    public private(set) var skipped: [String: Int] = [:]

    /// Walks `paths`, keeping the list (see ``CorpusWalker`` for one file at a time).
    public init(paths: [String]) {
        var walker = CorpusWalker(paths: paths)
        while let file = walker.next() { files.append(file) }
        failures = walker.failures
        skipped = walker.skipped
    }
}
