import Foundation
import ResGraphExtractor

/// A file found for reading: the path as the user gave it (or as found under a folder they
/// gave), and the same file as a canonical absolute path, symbolic links resolved.
public struct CorpusFile: Hashable, Sendable {
    /// The path as given, or the folder given joined with the path found under it.
    public var path: String
    /// The absolute path with `.`, `..` and symbolic links resolved: one file, one spelling.
    public var canonicalPath: String
    /// Whether the file is read as a stream, to its end, without a size known before: standard
    /// input (`-`), or a pipe or device named as a path to read (`<(pdftotext x.pdf -)`). Only a
    /// ``CorpusWalker`` that reads streams gives such files, and only for paths given, never for
    /// what a folder holds.
    public var isStream = false

    /// A file at `path`, whose canonical path is `canonicalPath`.
    public init(path: String, canonicalPath: String, isStream: Bool = false) {
        self.path = path
        self.canonicalPath = canonicalPath
        self.isStream = isStream
    }
}

/// The files under paths a user names: files as given, folders searched for the formats read.
///
/// Hidden files and folders (`.git`, `.build`) and a folder's notes (`README.md`, see
/// ``FolderNote``) are passed over; extensions count whatever
/// their case (`.TXT`); a folder reached through a symbolic link is walked once, so a link
/// cycle ends; a folder that cannot be read is reported by name and the rest is still walked.
public struct CorpusWalk: Sendable {
    /// The extensions of the files taken from folders, lower case.
    public static let readableExtensions: Set<String> = ["txt", "md", "pdf", "docx", "doc", "htm", "html"]

    /// Extensions of documents people keep beside resolutions that are not read (yet), and of
    /// the archives downloads come in: counted, so a user learns why they are missing from the graph.
    public static let documentExtensions: Set<String> = ["rtf", "odt", "xml", "wpd", "epub", "zip", "7z", "rar"]

    /// The files found, in a stable order, each canonical path once.
    public private(set) var files: [CorpusFile] = []
    /// Paths given or found that could not be read (a missing path, an unreadable folder).
    public private(set) var failures: [ExtractionError] = []
    /// Files under folders passed over for their type, counted by extension ("pdf": 2).
    public private(set) var skipped: [String: Int] = [:]
    /// Files under folders passed over as notes on their folder (``FolderNote``).
    public private(set) var notesPassedBy: [CorpusFile] = []

    /// Walks `paths`, keeping the list (see ``CorpusWalker`` for one file at a time, and for
    /// `readsStreams`).
    public init(paths: [String], readsStreams: Bool = false) {
        var walker = CorpusWalker(paths: paths, readsStreams: readsStreams)
        while let file = walker.next() { files.append(file) }
        failures = walker.failures
        skipped = walker.skipped
        notesPassedBy = walker.notesPassedBy
    }
}
