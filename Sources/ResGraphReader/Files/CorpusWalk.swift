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

    /// Extensions of documents people keep beside resolutions that are not read (yet):
    /// counted, so a user learns why they are missing from the graph.
    public static let documentExtensions: Set<String> = ["doc", "rtf", "odt", "html", "htm", "xml", "wpd", "epub"]

    /// The files found, in a stable order, each canonical path once.
    public private(set) var files: [CorpusFile] = []
    /// Paths given or found that could not be read (a missing path, an unreadable folder).
    public private(set) var failures: [ExtractionError] = []
    /// Files under folders passed over for their type, counted by extension ("pdf": 2).
    public private(set) var skipped: [String: Int] = [:]

    /// Walks `paths`.
    public init(paths: [String]) {
        var visitedFolders = Set<String>()
        var seenFiles = Set<String>()
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                // Kept, so that reading it reports the missing file by name in order.
                files.append(CorpusFile(path: path, canonicalPath: CanonicalPath.of(path)))
                continue
            }
            if isDirectory.boolValue {
                walk(folder: path, visited: &visitedFolders, seen: &seenFiles)
            } else {
                let canonical = CanonicalPath.of(path)
                if seenFiles.insert(canonical).inserted { files.append(CorpusFile(path: path, canonicalPath: canonical)) }
            }
        }
    }

    private mutating func walk(folder: String, visited: inout Set<String>, seen: inout Set<String>) {
        let canonicalFolder = CanonicalPath.of(folder)
        guard visited.insert(canonicalFolder).inserted else { return }
        guard let entries = Self.entries(of: folder) else {
            failures.append(ExtractionError(path: folder, reason: .unreadable("the folder cannot be listed")))
            return
        }
        var subfolders: [String] = []
        for entry in entries where !entry.name.hasPrefix(".") {
            let path = (folder as NSString).appendingPathComponent(entry.name)
            // A plain file's type is known from the listing, and its canonical path is the
            // folder's joined with its name: no stat, no link resolution for each of a million.
            var isDirectory = entry.type == UInt8(DT_DIR)
            if entry.type != UInt8(DT_REG), entry.type != UInt8(DT_DIR) {
                var flag: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &flag) else { continue }
                isDirectory = flag.boolValue
            }
            if isDirectory {
                subfolders.append(path)
                continue
            }
            let ext = (entry.name as NSString).pathExtension.lowercased()
            guard Self.readableExtensions.contains(ext) else {
                if Self.documentExtensions.contains(ext) { skipped[ext, default: 0] += 1 }
                continue
            }
            let canonical = entry.type == UInt8(DT_REG)
                ? (canonicalFolder == "/" ? "/" : canonicalFolder + "/") + entry.name
                : CanonicalPath.of(path)
            // When the path is already canonical, the two share one string: a million files
            // hold each path once.
            if seen.insert(canonical).inserted { files.append(CorpusFile(path: path == canonical ? canonical : path, canonicalPath: canonical)) }
        }
        for subfolder in subfolders { walk(folder: subfolder, visited: &visited, seen: &seen) }
    }

    /// The names in `folder` with their types as the listing gives them (`DT_REG`, `DT_DIR`,
    /// `DT_LNK`, or `DT_UNKNOWN` on file systems that do not say), sorted by name; nil when
    /// the folder cannot be listed.
    private static func entries(of folder: String) -> [(name: String, type: UInt8)]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var entries: [(name: String, type: UInt8)] = []
        while true {
            errno = 0
            guard let entry = readdir(directory) else {
                if errno != 0 { return nil }
                break
            }
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name != ".", name != ".." { entries.append((name, entry.pointee.d_type)) }
        }
        return entries.sorted { $0.name < $1.name }
    }
}
