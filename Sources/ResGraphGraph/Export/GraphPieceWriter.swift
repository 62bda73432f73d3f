import ResGraphExtractor
import ResGraphOutput

/// Writes a graph as GraphML or node-link JSON one piece at a time: the opening, each node in id
/// order, the text between nodes and edges, each edge in key order, the closing. Whole graphs
/// (``GraphExport/graphML(_:)``) and graphs streamed from an index (`CitationIndex.writeGraph`)
/// come out the same, and the second is never held whole.
///
/// ```swift
/// var writer = GraphPieceWriter(format: .graphML)
/// var text = writer.opening()
/// text += writer.node(node)          // for each node, in id order
/// text += writer.betweenNodesAndEdges()
/// text += writer.edge(edge)          // for each edge, in key order
/// text += writer.closing()
/// ```
public struct GraphPieceWriter {
    /// The formats written in pieces.
    public enum Format: Sendable {
        /// GraphML with node and edge attributes (Gephi, yEd).
        case graphML
        /// Node-link JSON (networkx, D3), with each edge's places.
        case nodeLinkJSON
    }

    /// The format written.
    public let format: Format
    private var isFirst = true

    /// A writer of `format`.
    public init(format: Format) { self.format = format }

    /// What comes before the first node.
    public mutating func opening() -> String {
        isFirst = true
        switch format {
        case .graphML:
            return """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
                  <key id="label" for="node" attr.name="label" attr.type="string"/>
                  <key id="title" for="node" attr.name="title" attr.type="string"/>
                  <key id="date" for="node" attr.name="date" attr.type="string"/>
                  <key id="present" for="node" attr.name="present" attr.type="boolean"/>
                  <key id="languages" for="node" attr.name="languages" attr.type="string"/>
                  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>
                  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>
                  <graph id="resgraph" edgedefault="directed">

                """
        case .nodeLinkJSON:
            return #"{"directed":true,"multigraph":false,"nodes":["#
        }
    }

    /// One node.
    public mutating func node(_ node: GraphNode) -> String {
        switch format {
        case .graphML:
            var lines = "    <node id=\"\(Self.escape(node.id))\">\n"
            lines += "      <data key=\"kind\">\(node.kind.rawValue)</data>\n"
            lines += "      <data key=\"label\">\(Self.escape(node.shortLabel))</data>\n"
            if let title = node.title { lines += "      <data key=\"title\">\(Self.escape(title))</data>\n" }
            if let date = node.date { lines += "      <data key=\"date\">\(date)</data>\n" }
            lines += "      <data key=\"present\">\(node.isPresent)</data>\n"
            lines += "      <data key=\"languages\">\(node.languages.map(\.rawValue).sorted().joined(separator: ","))</data>\n"
            return lines + "    </node>\n"
        case .nodeLinkJSON:
            var out = separator()
            out.raw("{\"id\":"); out.string(node.id)
            out.raw(",\"kind\":"); out.string(node.kind.rawValue)
            out.raw(",\"label\":"); out.string(node.shortLabel)
            out.raw(",\"title\":"); out.optional(node.title)
            out.raw(",\"date\":"); out.optional(node.date)
            out.raw(node.isPresent ? ",\"present\":true" : ",\"present\":false")
            out.raw(",\"languages\":"); out.array(node.languages.map(\.rawValue).sorted()) { $0.string($1) }
            out.raw(",\"sources\":"); out.array(node.sources.sorted()) { $0.string($1) }
            out.raw("}")
            return String(decoding: out.bytes, as: UTF8.self)
        }
    }

    /// What comes after the last node and before the first edge.
    public mutating func betweenNodesAndEdges() -> String {
        isFirst = true
        switch format {
        case .graphML: return ""
        case .nodeLinkJSON: return #"],"links":["#
        }
    }

    /// One edge, with its places.
    public mutating func edge(_ edge: GraphEdge) -> String {
        switch format {
        case .graphML:
            return """
                    <edge source="\(Self.escape(edge.from))" target="\(Self.escape(edge.to))">
                      <data key="relation">\(edge.relation.rawValue)</data>
                      <data key="weight">\(edge.provenance.count)</data>
                    </edge>

                """
        case .nodeLinkJSON:
            var out = separator()
            out.raw("{\"source\":"); out.string(edge.from)
            out.raw(",\"target\":"); out.string(edge.to)
            out.raw(",\"relation\":"); out.string(edge.relation.rawValue)
            out.raw(",\"languages\":"); out.array(edge.languages.map(\.rawValue).sorted()) { $0.string($1) }
            out.raw(",\"provenance\":")
            out.array(edge.provenance) { out, place in
                out.raw("{\"source\":"); out.string(place.source)
                out.raw(",\"language\":"); out.string(place.language.rawValue)
                out.raw(",\"start\":"); out.integer(place.start)
                out.raw(",\"end\":"); out.integer(place.end)
                out.raw(",\"text\":"); out.string(place.text)
                out.raw("}")
            }
            out.raw("}")
            return String(decoding: out.bytes, as: UTF8.self)
        }
    }

    /// What comes after the last edge.
    public mutating func closing() -> String {
        switch format {
        case .graphML: return "  </graph>\n</graphml>\n"
        case .nodeLinkJSON: return "]}\n"
        }
    }

    /// JSON bytes holding the comma before every element but the first of its array.
    private mutating func separator() -> JSONBytes {
        var out = JSONBytes(capacity: 512)
        if !isFirst { out.raw(",") }
        isFirst = false
        return out
    }

    private static func escape(_ text: String) -> String {
        MarkupEscaping.escape(text, apostrophe: false)
    }
}
