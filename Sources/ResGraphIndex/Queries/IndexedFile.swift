import GRDB

/// One indexed file: a language version of a document, as the index holds it.
public struct IndexedFile: Sendable, Equatable {
    /// The file's path, as the index spells it (absolute, canonical).
    public var path: String
    /// The node (document) it is a version of.
    public var node: String
    /// Its language.
    public var language: String
    /// The title its text gives.
    public var title: String?
    /// Its adoption date (yyyy-mm-dd).
    public var date: String?
}

extension CitationIndex {
    /// The files (language versions) of `node`, by language then path.
    public func files(of node: String) throws -> [IndexedFile] {
        try database.read { db in
            try FileRecord.fetchAll(db, sql: IndexSQL.filesOfNodes(1) + " ORDER BY language, path", arguments: [node]).map {
                IndexedFile(path: $0.path, node: $0.node, language: $0.language, title: $0.title, date: $0.date)
            }
        }
    }
}
