import Foundation
import ResGraphExtractor

/// The files of a ``CorpusWalk``, found one at a time: what indexing a million files uses, so
/// that memory holds the folders being walked, never the whole list.
///
/// The files come in the walk's order, each canonical path once. Only files that are not plain
/// entries of a folder walked (paths given as files, links, entries of unknown type) are kept
/// to tell repeats; a plain entry is a repeat only of such a file, and one of them a repeat of
/// a plain entry when the folder that holds it was walked.
///
/// ```swift
/// var walker = CorpusWalker(paths: ["corpus"])
/// while let file = walker.next() { print(file.canonicalPath) }
/// ```
public struct CorpusWalker: IteratorProtocol, Sendable {
    /// A folder being walked: its listing, how far its files have been read, and the subfolders
    /// still to walk after them.
    private struct Frame {
        var folder: String
        var canonicalFolder: String
        /// Whether the folder's path is its canonical path, as it most often is: each entry's
        /// path is then made once and is its canonical path too.
        var isCanonical: Bool
        var entries: [(name: String, type: UInt8)]
        var nextEntry = 0
        var subfolders: [String] = []
        var nextSubfolder = 0
    }

    private let paths: [String]
    private let readsStreams: Bool
    private var nextPath = 0
    private var frames: [Frame] = []
    // Paths by their bytes: "caf\u{E9}" and "cafe\u{301}", which Swift calls equal, are two folders.
    private var visitedFolders = Set<ExactPath>()
    private var unlistedFolders = Set<ExactPath>()
    private var seenFiles = Set<ExactPath>()

    /// Paths given or found that could not be read so far (a missing path, an unreadable folder).
    public private(set) var failures: [ExtractionError] = []
    /// Files under folders passed over for their type so far, counted by extension ("pdf": 2).
    public private(set) var skipped: [String: Int] = [:]
    /// Files under folders passed over as notes on their folder (``FolderNote``), so far.
    public private(set) var notesPassedBy: [CorpusFile] = []

    /// A walk of `paths`; nothing is read until ``next()``.
    ///
    /// With `readsStreams`, `-` stands for standard input and a pipe or device given as a path
    /// is a file to read to its end (``CorpusFile/isStream``), as for `extract`; without it, as
    /// for `index`, which reads its files again by path, `-` is reported as not read and a pipe
    /// is refused when read, as one found in a folder always is (it might never end).
    public init(paths: [String], readsStreams: Bool = false) {
        self.paths = paths
        self.readsStreams = readsStreams
    }

    /// The next file, or nil when the walk is over.
    public mutating func next() -> CorpusFile? {
        while true {
            if !frames.isEmpty {
                if let file = nextInFolder() { return file }
                continue
            }
            guard nextPath < paths.count else { return nil }
            let path = paths[nextPath]
            nextPath += 1
            if path == StandardInput.path {
                guard readsStreams else {
                    failures.append(ExtractionError(path: path, reason: .standardInputNotIndexed))
                    continue
                }
                guard seenFiles.insert(ExactPath(path)).inserted else { continue }
                return CorpusFile(path: path, canonicalPath: path, isStream: true)
            }
            if readsStreams, FileBytes.isStream(path) {
                // Kept as given: a pipe's link in /dev/fd leads to no path.
                guard seenFiles.insert(ExactPath(path)).inserted else { continue }
                return CorpusFile(path: path, canonicalPath: path, isStream: true)
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                // Kept, so that reading it reports the missing file by name in order.
                return CorpusFile(path: path, canonicalPath: CanonicalPath.of(path))
            }
            if isDirectory.boolValue {
                enter(folder: path)
            } else if let file = takeIfNew(path: path, canonical: CanonicalPath.of(path)) {
                return file
            }
        }
    }

    /// The next `count` files, fewer at the walk's end, none after it.
    public mutating func next(_ count: Int) -> [CorpusFile] {
        var files: [CorpusFile] = []
        files.reserveCapacity(count)
        while files.count < count, let file = next() { files.append(file) }
        return files
    }

    /// The next file of the innermost folder, or nil when a step of the walk gave none (a
    /// folder entered or left, an entry passed over).
    private mutating func nextInFolder() -> CorpusFile? {
        let top = frames.count - 1
        if frames[top].nextEntry < frames[top].entries.count {
            let entry = frames[top].entries[frames[top].nextEntry]
            frames[top].nextEntry += 1
            return file(for: entry, in: frames[top].folder, canonicalFolder: frames[top].isCanonical ? nil : frames[top].canonicalFolder)
        }
        if frames[top].nextSubfolder < frames[top].subfolders.count {
            let subfolder = frames[top].subfolders[frames[top].nextSubfolder]
            frames[top].nextSubfolder += 1
            enter(folder: subfolder)
            return nil
        }
        frames.removeLast()
        return nil
    }

    private mutating func enter(folder: String) {
        let canonicalFolder = CanonicalPath.of(folder)
        guard visitedFolders.insert(ExactPath(canonicalFolder)).inserted else { return }
        guard let (entries, misnamed) = Self.entries(of: folder) else {
            unlistedFolders.insert(ExactPath(canonicalFolder))
            failures.append(ExtractionError(path: folder, reason: .unreadable("the folder cannot be listed")))
            return
        }
        // A name in another encoding (Latin-1 from an old archive) has no String that opens it:
        // said, for the folders and the files the walk would read, rather than "no such file".
        for entry in misnamed where !Self.isPassedBy(entry.name)
            && (entry.type != UInt8(DT_REG) || FileExtension.isReadable(entry.name)) {
            failures.append(ExtractionError(path: Self.path(of: entry.name, in: folder), reason: .unreadable(Self.misnamedReason)))
        }
        frames.append(Frame(folder: folder, canonicalFolder: canonicalFolder, isCanonical: ExactPath(folder) == ExactPath(canonicalFolder), entries: entries))
    }

    /// The file an entry of the innermost folder is, if it is one to read and not a repeat; a
    /// subfolder is noted for later. `canonicalFolder` is nil when `folder` is its own.
    private mutating func file(for entry: (name: String, type: UInt8), in folder: String, canonicalFolder: String?) -> CorpusFile? {
        guard !Self.isPassedBy(entry.name) else { return nil }
        let path = Self.path(of: entry.name, in: folder)
        // A plain file's type is known from the listing, and its canonical path is the
        // folder's joined with its name: no stat, no link resolution for each of a million.
        var isDirectory = entry.type == UInt8(DT_DIR)
        if entry.type != UInt8(DT_REG), entry.type != UInt8(DT_DIR) {
            var flag: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &flag) else { return nil }
            isDirectory = flag.boolValue
        }
        if isDirectory {
            frames[frames.count - 1].subfolders.append(path)
            return nil
        }
        guard FileExtension.isReadable(entry.name) else {
            let ext = FileExtension.lowercased(of: entry.name)
            if CorpusWalk.documentExtensions.contains(ext) { skipped[ext, default: 0] += 1 }
            return nil
        }
        if FolderNote.isNote(entry.name) {
            notesPassedBy.append(CorpusFile(path: path, canonicalPath: canonicalFolder.map { Self.path(of: entry.name, in: $0) } ?? path))
            return nil
        }
        guard entry.type == UInt8(DT_REG) else { return takeIfNew(path: path, canonical: CanonicalPath.of(path)) }
        guard let canonicalFolder else {
            // The path is canonical already: the two share one string.
            return seenFiles.contains(ExactPath(path)) ? nil : CorpusFile(path: path, canonicalPath: path)
        }
        let canonical = Self.path(of: entry.name, in: canonicalFolder)
        guard !seenFiles.contains(ExactPath(canonical)) else { return nil }
        return CorpusFile(path: ExactPath(path) == ExactPath(canonical) ? canonical : path, canonicalPath: canonical)
    }

    /// A file reached other than as a plain entry of a folder: taken unless it was taken before.
    private mutating func takeIfNew(path: String, canonical: String) -> CorpusFile? {
        guard !wasTakenAsPlainEntry(canonical), seenFiles.insert(ExactPath(canonical)).inserted else { return nil }
        return CorpusFile(path: path, canonicalPath: canonical)
    }

    /// Whether the file at `canonical` was taken as a plain entry of a folder already walked:
    /// its folder was entered, its name is one the walk takes, and the walk has passed it (all
    /// folders entered but the innermost have given all their files).
    private func wasTakenAsPlainEntry(_ canonical: String) -> Bool {
        let (folder, name) = Self.folderAndName(of: canonical)
        guard visitedFolders.contains(ExactPath(folder)), !unlistedFolders.contains(ExactPath(folder)), !Self.isPassedBy(name), !FolderNote.isNote(name),
              FileExtension.isReadable(name) else { return false }
        guard let innermost = frames.last, ExactPath(innermost.canonicalFolder) == ExactPath(folder) else { return Self.isPlainFile(canonical) }
        // The listing is sorted: the entry is found by halving, not by reading the folder again.
        var low = 0, high = innermost.entries.count
        while low < high {
            let middle = (low + high) / 2
            if ExactPath.precedes(innermost.entries[middle].name, name) { low = middle + 1 } else { high = middle }
        }
        return low < innermost.nextEntry - 1 && ExactPath(innermost.entries[low].name) == ExactPath(name) && innermost.entries[low].type == UInt8(DT_REG)
    }

    /// Whether a folder's entry called `name` is passed by: hidden (`.git`, `.DS_Store`), or the
    /// lock file Word leaves beside a document while it is open, or after a crash
    /// (`~$RES_73_8.docx`: the user's name, not a Word file; hidden on Windows, not on a share
    /// mounted here). A file named so is still read when given by its path.
    static func isPassedBy(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasPrefix("~$")
    }

    /// The folder and the name of the canonical path of a file (absolute, no "/" at its end,
    /// never just "/"): what `NSString`'s `deletingLastPathComponent` and `lastPathComponent`
    /// give, without their eighteen thousand instructions each for every linked file of a walk.
    static func folderAndName(of canonical: String) -> (folder: String, name: String) {
        let bytes = canonical.utf8
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return ("", canonical) }
        let folder = slash == bytes.startIndex ? "/" : String(canonical[..<slash])
        return (folder, String(canonical[bytes.index(after: slash)...]))
    }

    /// The path of the entry `name` of `folder`: what `NSString.appendingPathComponent` gives for
    /// a name from a listing (never empty, never holding "/"), without its thousand and more
    /// instructions through Foundation for each file of a walk.
    static func path(of name: String, in folder: String) -> String {
        if folder.isEmpty { return name }
        // Made in one piece, from the bytes where they lie: joining with `+` grows the string twice.
        return folder.withUTF8InPlace { folder in
            name.withUTF8InPlace { name in
                let separator = folder.last == UInt8(ascii: "/") ? 0 : 1
                return String(unsafeUninitializedCapacity: folder.count + separator + name.count) { buffer in
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[..<folder.count]).initialize(from: folder)
                    if separator == 1 { buffer[folder.count] = UInt8(ascii: "/") }
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[(folder.count + separator)...]).initialize(from: name)
                    return folder.count + separator + name.count
                }
            }
        }
    }

    private static func isPlainFile(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    /// Why an entry whose name is not UTF-8 is not read.
    static let misnamedReason = "its name is in another encoding than UTF-8, such as Latin-1: rename it to read it, e.g. with convmv -f latin1 -t utf8 --notest"

    /// The names in `folder` with their types as the listing gives them (`DT_REG`, `DT_DIR`,
    /// `DT_LNK`, or `DT_UNKNOWN` on file systems that do not say), sorted by the bytes of their
    /// names (the order of code points; two spellings of one name stay two), and apart
    /// the entries whose names are not UTF-8 (shown with U+FFFD for the bytes that are not);
    /// nil when the folder cannot be listed.
    private static func entries(of folder: String) -> (entries: [(name: String, type: UInt8)], misnamed: [(name: String, type: UInt8)])? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var entries: [(name: String, type: UInt8)] = []
        var misnamed: [(name: String, type: UInt8)] = []
        while true {
            errno = 0
            guard let entry = readdir(directory) else {
                if errno != 0 { return nil }
                break
            }
            let (name, isUTF8) = withUnsafePointer(to: &entry.pointee.d_name) {
                let cString = UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)
                return String(validatingCString: cString).map { ($0, true) } ?? (String(cString: cString), false)
            }
            guard name != ".", name != ".." else { continue }
            if isUTF8 { entries.append((name, entry.pointee.d_type)) } else { misnamed.append((name, entry.pointee.d_type)) }
        }
        return (sortedByBytes(entries), sortedByBytes(misnamed))
    }

    /// `entries` in the order of their names' bytes (``ExactPath/precedes(_:_:)``). Each name's
    /// first sixteen bytes are read once, as two numbers that order most pairs of a folder of
    /// thousands without a look at the strings; names that share them are compared whole.
    static func sortedByBytes(_ entries: [(name: String, type: UInt8)]) -> [(name: String, type: UInt8)] {
        let keys = entries.map { entry in
            entry.name.withUTF8InPlace { bytes -> (UInt64, UInt64) in
                var key: (UInt64, UInt64) = (0, 0)
                for k in 0..<min(bytes.count, 16) {
                    let byte = UInt64(bytes[k]) << (56 - 8 * UInt64(k % 8))
                    if k < 8 { key.0 |= byte } else { key.1 |= byte }
                }
                return key
            }
        }
        let order = entries.indices.sorted { a, b in
            keys[a] != keys[b] ? keys[a] < keys[b] : ExactPath.precedes(entries[a].name, entries[b].name)
        }
        return order.map { entries[$0] }
    }
}
