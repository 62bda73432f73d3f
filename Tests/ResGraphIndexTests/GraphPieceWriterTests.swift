import ResGraphExtractor
import ResGraphGraph
import Testing

/// The node-link JSON `export --format json` writes, piece by piece, exactly.
struct GraphPieceWriterTests {
    @Test func nodesAndEdgesAreWrittenExactly() {
        var writer = GraphPieceWriter(format: .nodeLinkJSON)
        var node = GraphNode(id: "A/RES/58/154", kind: .gaResolution)
        node.title = "Title \"quoted\"\tand tabbed"
        node.languages = [.french, .english]
        node.sources = ["/b/fr.txt", "/a/en.txt"]
        var edge = GraphEdge(from: "A/RES/58/154", to: "A/RES/48/113", relation: .recalls)
        edge.provenance = [Provenance(source: "/a/en.txt", language: .english, start: 45, end: 51, text: "48/113\n")]
        let absent = GraphNode(id: "UNTS 189/2545", kind: .treaty)
        var text = writer.opening() + writer.node(node) + writer.node(absent) + writer.betweenNodesAndEdges()
        text += writer.edge(edge) + writer.closing()
        #expect(text == #"{"directed":true,"multigraph":false,"nodes":["#
            + #"{"id":"A/RES/58/154","kind":"ga-resolution","label":"58/154","title":"Title \"quoted\"\tand tabbed","date":null,"#
            + #""present":true,"languages":["en","fr"],"sources":["/a/en.txt","/b/fr.txt"]},"#
            + #"{"id":"UNTS 189/2545","kind":"treaty","label":"UNTS 189/2545","title":null,"date":null,"present":false,"languages":[],"sources":[]}"#
            + #"],"links":[{"source":"A/RES/58/154","target":"A/RES/48/113","relation":"recalls","languages":["en"],"#
            + #""provenance":[{"source":"/a/en.txt","language":"en","start":45,"end":51,"text":"48/113\n"}]}]}"# + "\n")
    }
}
