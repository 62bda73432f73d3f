import GRDB
import ResGraphExtractor
import ResGraphGraph

extension CitationIndex {
    /// The edge CSV of ``GraphExport/edgeCSV(_:)``, line by line (each with its line break), read
    /// one citing node at a time without loading the graph: memory stays flat however large the index.
    public func writeEdgeCSV(_ emit: (String) throws -> Void) throws {
        try database.read { db in
            try emit(GraphExport.edgeCSVHeader + "\n")
            try EdgePlaces.forEach(in: db, index: path) { place in
                let provenance = place.provenance
                try emit(GraphExport.edgeCSVLine(
                    from: place.from, to: place.to, relation: place.relation, source: provenance.source, language: provenance.language,
                    start: provenance.start, end: provenance.end, text: provenance.text) + "\n")
            }
        }
    }
}
