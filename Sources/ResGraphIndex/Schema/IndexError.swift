/// Why the index could not be opened or written.
public struct IndexError: Error, CustomStringConvertible, Sendable {
    /// The database file.
    public var path: String
    /// What is wrong, for people.
    public var problem: String

    /// Creates an error.
    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    public var description: String { "\(path): \(problem)" }
}
