import CDotNodeList
import ResGraphRender
import Testing

/// dot lays out with the node removal defined beside the renderer, not with the one of
/// Debian's libgraphviz that walks the whole list first: the dot plugin binds to it.
struct DotNodeListTests {
    @Test func dotRemovesNodesWithoutWalkingItsList() throws {
        let before = rg_dot_fast_node_removals()
        // A wrapped timeline: `concentrate` merges the chains of virtual nodes.
        let dot = try GraphvizRenderer().render(LegibleDrawingTests.councilGraph(count: 240, perYear: 60), format: .dot, engine: .dot)
        #expect(String(decoding: dot, as: UTF8.self).contains("concentrate=true"))
        #expect(rg_dot_fast_node_removals() > before)
    }
}
