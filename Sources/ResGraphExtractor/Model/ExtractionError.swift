/// Why a file could not be read as a resolution text.
public struct ExtractionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of failure.
    public enum Reason: Hashable, Sendable {
        /// There is no file at the path.
        case missing
        /// The path names a directory, not a file.
        case directory
        /// The file could not be opened or read; the system's explanation.
        case unreadable(String)
        /// The file holds no text.
        case empty
        /// The file holds a NUL byte: it is binary, not text.
        case binary(offset: Int)
        /// The bytes are not valid UTF-8.
        case invalidUTF8(offset: Int)

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
        case .unreadable(let why): "\(path): cannot be read (\(why))"
        case .empty: "\(path): is empty"
        case .binary(let offset): "\(path): is a binary file (NUL byte at offset \(offset)), not text"
        case .invalidUTF8(let offset): "\(path): is not valid UTF-8 (bad byte at offset \(offset))"
        }
    }
}
