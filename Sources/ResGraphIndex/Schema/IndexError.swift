/// Why the index could not be opened or written.
public struct IndexError: Error, CustomStringConvertible, Sendable {
    /// What sort of failure it is, for callers that act on it.
    public enum Kind: Sendable {
        /// There is no index at the path (queries never create one).
        case missing
        /// The index holds a value this version of resgraph does not know (a relation, kind,
        /// language or problem written by a newer version, or an edited file).
        case unknownValue
        /// Anything else: not an index, unreadable, a failed write.
        case other
    }

    /// The database file.
    public var path: String
    /// What is wrong, for people.
    public var problem: String
    /// What sort of failure it is.
    public var kind: Kind

    /// Creates an error.
    public init(path: String, problem: String, kind: Kind = .other) {
        self.path = path
        self.problem = problem
        self.kind = kind
    }

    public var description: String { "\(path): \(problem)" }

    /// A value of `column` this version does not know.
    public static func unknownValue(_ value: String, in column: String, path: String) -> IndexError {
        IndexError(path: path, problem: "holds \(column) \"\(value)\", which this version of resgraph does not know; re-index with it", kind: .unknownValue)
    }
}
