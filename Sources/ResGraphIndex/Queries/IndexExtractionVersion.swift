import GRDB
import ResGraphReader

extension CitationIndex {
    /// The ``ExtractionVersion`` the index's files were read with (SQLite's `user_version`, set by
    /// each `index` run): 0 for an index made before resgraph recorded it. When it is not this
    /// build's, what the index holds of a file may not be what this build makes of it, until the
    /// next run reads every file again.
    ///
    /// ```swift
    /// if try index.extractionVersion() != ExtractionVersion.current { print("index again") }
    /// ```
    public func extractionVersion() throws -> Int {
        try database.read { try Int.fetchOne($0, sql: "PRAGMA user_version") ?? 0 }
    }
}
