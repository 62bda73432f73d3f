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
    ///
    /// Written as UTF-8 bytes: a field holding a comma, a quote or a line feed is quoted, its
    /// quotes doubled; in the matched text, line breaks and tabs become spaces.
    public static func edgeCSVLine(
        from: String, to: String, relation: Relation, source: String, language: Language, start: Int, end: Int, text: String
    ) -> String {
        var line: [UInt8] = []
        line.reserveCapacity(from.utf8.count + to.utf8.count + source.utf8.count + text.utf8.count + 48)
        for (index, value) in [from, to, relation.rawValue, source, language.rawValue, String(start), String(end)].enumerated() {
            if index > 0 { line.append(UInt8(ascii: ",")) }
            appendCSVField(value.utf8, to: &line)
        }
        line.append(UInt8(ascii: ","))
        appendCSVField(text.utf8.lazy.map { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 ? 0x20 : $0 }, to: &line)
        return String(decoding: line, as: UTF8.self)
    }

    private static func appendCSVField(_ bytes: some Collection<UInt8>, to line: inout [UInt8]) {
        guard bytes.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A }) else {
            line.append(contentsOf: bytes)
            return
        }
        line.append(UInt8(ascii: "\""))
        for byte in bytes {
            line.append(byte)
            if byte == UInt8(ascii: "\"") { line.append(byte) }
        }
        line.append(UInt8(ascii: "\""))
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
