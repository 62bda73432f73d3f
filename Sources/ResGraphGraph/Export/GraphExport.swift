import Foundation
import ResGraphExtractor
import ResGraphOutput

/// Writes a graph for other tools: GraphML (Gephi, yEd), node-link JSON (networkx, D3),
/// and an edge list CSV with provenance (spreadsheets).
public enum GraphExport {
    /// GraphML with node and edge attributes.
    public static func graphML(_ graph: CitationGraph) -> String {
        func escape(_ text: String) -> String {
            DisplayText.clean(text).replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns">"#,
            #"  <key id="kind" for="node" attr.name="kind" attr.type="string"/>"#,
            #"  <key id="label" for="node" attr.name="label" attr.type="string"/>"#,
            #"  <key id="title" for="node" attr.name="title" attr.type="string"/>"#,
            #"  <key id="date" for="node" attr.name="date" attr.type="string"/>"#,
            #"  <key id="present" for="node" attr.name="present" attr.type="boolean"/>"#,
            #"  <key id="languages" for="node" attr.name="languages" attr.type="string"/>"#,
            #"  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>"#,
            #"  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>"#,
            #"  <graph id="resgraph" edgedefault="directed">"#,
        ]
        for node in graph.nodes.values.sorted(by: { $0.id < $1.id }) {
            lines.append("    <node id=\"\(escape(node.id))\">")
            lines.append("      <data key=\"kind\">\(node.kind.rawValue)</data>")
            lines.append("      <data key=\"label\">\(escape(node.shortLabel))</data>")
            if let title = node.title { lines.append("      <data key=\"title\">\(escape(title))</data>") }
            if let date = node.date { lines.append("      <data key=\"date\">\(date)</data>") }
            lines.append("      <data key=\"present\">\(node.isPresent)</data>")
            lines.append("      <data key=\"languages\">\(node.languages.map(\.rawValue).sorted().joined(separator: ","))</data>")
            lines.append("    </node>")
        }
        for edge in graph.edges.values.sorted(by: { $0.key < $1.key }) {
            lines.append("    <edge source=\"\(escape(edge.from))\" target=\"\(escape(edge.to))\">")
            lines.append("      <data key=\"relation\">\(edge.relation.rawValue)</data>")
            lines.append("      <data key=\"weight\">\(edge.provenance.count)</data>")
            lines.append("    </edge>")
        }
        lines += ["  </graph>", "</graphml>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Node-link JSON: `{"directed":true,"nodes":[{"id":…}],"links":[{"source":…,"target":…}]}`.
    public static func nodeLinkJSON(_ graph: CitationGraph) -> String {
        var writer = JSONWriter()
        writer.object([
            ("directed", { $0.raw("true") }),
            ("multigraph", { $0.raw("false") }),
            ("nodes", { $0.array(graph.nodes.values.sorted { $0.id < $1.id }) { writer, node in
                writer.object([
                    ("id", { $0.string(node.id) }), ("kind", { $0.string(node.kind.rawValue) }),
                    ("label", { $0.string(node.shortLabel) }), ("title", { $0.optional(node.title) }),
                    ("date", { $0.optional(node.date) }), ("present", { $0.raw("\(node.isPresent)") }),
                    ("languages", { $0.array(node.languages.map(\.rawValue).sorted()) { $0.string($1) } }),
                    ("sources", { $0.array(node.sources.sorted()) { $0.string($1) } }),
                ])
            } }),
            ("links", { $0.array(graph.edges.values.sorted { $0.key < $1.key }) { writer, edge in
                writer.object([
                    ("source", { $0.string(edge.from) }), ("target", { $0.string(edge.to) }),
                    ("relation", { $0.string(edge.relation.rawValue) }),
                    ("languages", { $0.array(edge.languages.map(\.rawValue).sorted()) { $0.string($1) } }),
                    ("provenance", { $0.array(edge.provenance) { writer, p in
                        writer.object([
                            ("source", { $0.string(p.source) }), ("language", { $0.string(p.language.rawValue) }),
                            ("start", { $0.raw("\(p.start)") }), ("end", { $0.raw("\(p.end)") }), ("text", { $0.string(p.text) }),
                        ])
                    } }),
                ])
            } }),
        ])
        return writer.text + "\n"
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
