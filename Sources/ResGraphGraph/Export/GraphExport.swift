import Foundation
import ResGraphExtractor
import ResGraphOutput

/// Writes a graph for other tools: GraphML (Gephi, yEd), node-link JSON (networkx, D3),
/// and an edge list CSV with provenance (spreadsheets).
public enum GraphExport {
    /// GraphML with node and edge attributes.
    public static func graphML(_ graph: CitationGraph) -> String {
        whole(graph, GraphPieceWriter(format: .graphML))
    }

    /// Node-link JSON: `{"directed":true,"nodes":[{"id":…}],"links":[{"source":…,"target":…}]}`.
    public static func nodeLinkJSON(_ graph: CitationGraph) -> String {
        whole(graph, GraphPieceWriter(format: .nodeLinkJSON))
    }

    private static func whole(_ graph: CitationGraph, _ writer: GraphPieceWriter) -> String {
        var writer = writer
        var text = writer.opening()
        for node in graph.nodes.values.sorted(by: { $0.id < $1.id }) { text += writer.node(node) }
        text += writer.betweenNodesAndEdges()
        for edge in graph.edges.values.sorted(by: { $0.key < $1.key }) { text += writer.edge(edge) }
        return text + writer.closing()
    }

    /// The header of the edge CSV.
    public static let edgeCSVHeader = "source,target,relation,file,language,start,end,text"

    /// One line of the edge CSV: a place where an edge is made (no line break).
    public static func edgeCSVLine(
        from: String, to: String, relation: Relation, source: String, language: Language, start: Int, end: Int, text: String
    ) -> String {
        func field(_ text: String) -> String {
            text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        return [from, to, relation.rawValue, source, language.rawValue, "\(start)", "\(end)", text.replacingNewlines()]
            .map(field).joined(separator: ",")
    }

    /// One CSV row per place an edge is made: source,target,relation,file,language,start,end,text,
    /// edges in key order, places in the order documents were added. An index writes the same
    /// rows by streaming (`CitationIndex.writeEdgeCSV`).
    public static func edgeCSV(_ graph: CitationGraph) -> String {
        var lines = [edgeCSVHeader]
        for edge in graph.edges.values.sorted(by: { $0.key < $1.key }) {
            for p in edge.provenance {
                lines.append(edgeCSVLine(from: edge.from, to: edge.to, relation: edge.relation, source: p.source, language: p.language,
                                         start: p.start, end: p.end, text: p.text))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
