import Foundation
import GRDB

/// Why the index could not be opened or written.
public struct IndexError: Error, CustomStringConvertible, Sendable {
    /// What sort of failure it is, for callers that act on it.
    public enum Kind: Sendable {
        /// There is no index at the path (queries never create one).
        case missing
        /// The index holds a value this version of resgraph does not know (a relation, kind,
        /// language or problem written by a newer version, or an edited file).
        case unknownValue
        /// The index was removed while the run waited for another run that was making it and
        /// was stopped (a first run that does not finish leaves nothing): nothing was written,
        /// and a run started again makes the index.
        case removedMeanwhile
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

extension IndexError {
    /// What an error SQLite raised while reading or writing an index means for people, when it
    /// is one they can act on: a full disk (the index itself, or the temporary files SQLite
    /// sorts large answers in) or a failed read or write. Nil for any other error.
    ///
    /// ```swift
    /// IndexError.explanation(of: DatabaseError(resultCode: .SQLITE_FULL))
    /// // "the disk is full: SQLite could not write the index or the temporary files ..."
    /// ```
    public static func explanation(of error: any Error) -> String? {
        guard let error = error as? DatabaseError else { return nil }
        switch error.resultCode.primaryResultCode {
        case .SQLITE_FULL:
            let environment = ProcessInfo.processInfo.environment
            let folder = environment["SQLITE_TMPDIR"].map { "\($0), from SQLITE_TMPDIR" }
                ?? environment["TMPDIR"].map { "\($0), from TMPDIR" } ?? "/var/tmp or /tmp"
            return "the disk is full: SQLite could not write the index or the temporary files it sorts large answers in (in \(folder)); free some space, or set TMPDIR to a folder with room"
        case .SQLITE_IOERR:
            return "a read or write of the index failed (\(error.message ?? "input/output error")); check the disk and the file"
        default:
            return nil
        }
    }
}
