import GRDB
import ResGraphExtractor
import ResGraphGraph

extension CitationIndex {
    /// The edge CSV of ``GraphExport/edgeCSV(_:)``, line by line (each with its line break), read
    /// by one sorted SQL pass without loading the graph: memory stays flat however large the index.
    public func writeEdgeCSV(_ emit: (String) throws -> Void) throws {
        try database.read { db in
            try emit(GraphExport.edgeCSVHeader + "\n")
            let rows = try Row.fetchCursor(db, sql: IndexSQL.edgePlaces)
            while let row = try rows.next() {
                try emit(GraphExport.edgeCSVLine(
                    from: row["node"], to: row["target"], relation: try IndexValue.relation(row["relation"], index: path),
                    source: row["path"], language: try IndexValue.language(row["language"], index: path),
                    start: row["start"], end: row["end"], text: row["text"]) + "\n")
            }
        }
    }
}
