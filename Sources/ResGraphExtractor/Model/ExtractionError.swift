/// Why a file could not be read as a resolution text.
public struct ExtractionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of failure.
    public enum Reason: Hashable, Sendable {
        /// There is no file at the path.
        case missing
        /// The path names a directory, not a file.
        case directory
        /// The path names something other than a file or a directory, which is not read: a
        /// named pipe (which would wait for a writer), a device, a socket; what it is.
        case notAFile(String)
        /// The file could not be opened or read; the system's explanation.
        case unreadable(String)
        /// The file holds no text.
        case empty
        /// The file holds a NUL byte: it is binary, not text.
        case binary(offset: Int)
        /// The bytes are not valid UTF-8.
        case invalidUTF8(offset: Int)
        /// The text is UTF-16, but the unit at the offset is no character (a lone surrogate),
        /// or a last byte is left over.
        case invalidUTF16(offset: Int)
        /// The file is larger than what is read in one piece.
        case tooLarge(size: Int, limit: Int)
        /// Standard input, a pipe or a device gave more than the largest file read, and was not
        /// read further (it may never end: `/dev/zero`).
        case streamTooLarge(limit: Int)
        /// Standard input (`-`) was given to be indexed: an index reads its files again by their
        /// path to tell what changed, and standard input has none.
        case standardInputNotIndexed
        /// The file changed (was truncated, grew or was rewritten) while it was read.
        case changedWhileReading
        /// The file is in a format that is read, but this copy of it could not be (a corrupt
        /// or encrypted PDF, a broken Word file, a PDF without a text layer); the explanation.
        case unreadableFormat(String)

        var isInvalidUTF8: Bool {
            if case .invalidUTF8 = self { return true }
            return false
        }
    }

    /// The file concerned.
    public var path: String
    /// What is wrong with it.
    public var reason: Reason

    /// Creates an error for `path`.
    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// One line naming the file and the problem, for people.
    public var description: String {
        switch reason {
        case .missing: "\(path): no such file"
        case .directory: "\(path): is a directory, not a file"
        case .notAFile(let what): "\(path): is \(what), not a file; not read"
        case .unreadable(let why): "\(path): cannot be read (\(why))"
        case .empty: "\(path): is empty"
        case .binary(let offset): "\(path): is a binary file (NUL byte at offset \(offset)), not text"
        case .invalidUTF8(let offset):
            "\(path): is not valid UTF-8 (bad byte at offset \(offset)); text in another encoding can be converted first, e.g. iconv -f cp1252 -t utf-8"
        case .invalidUTF16(let offset): "\(path): is UTF-16 text, but not valid UTF-16 (bad unit at offset \(offset))"
        case .tooLarge(let size, let limit):
            "\(path): is too large (\(size / 1_048_576) MB; files up to \(limit / 1_048_576) MB are read)"
        case .streamTooLarge(let limit): "\(path): gives more than \(limit / 1_048_576) MB, more than one document; not read further"
        case .standardInputNotIndexed:
            "\(path): standard input is not indexed (an index reads its files again by their path to tell what changed); save the text to a file and index that"
        case .changedWhileReading: "\(path): changed while it was read; skipped (run again to read it)"
        case .unreadableFormat(let why): "\(path): \(why)"
        }
    }
}
