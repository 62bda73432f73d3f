import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ResGraphExtractor
import ResGraphReader
import ResGraphGraph
import ResGraphRender
import ResGraphTestSupport
import Testing

/// Drawings made by the real libgraphviz, in-process.
struct RenderTests {
    static func seedGraph() throws -> CitationGraph {
        CitationGraph(documents: try Extractor().extract(filesAt: Seeds.paths).map { try $0.get() })
    }

    func svg(_ graph: CitationGraph, engine: LayoutEngine = .auto, title: String? = nil) throws -> String {
        String(decoding: try GraphvizRenderer().render(graph, format: .svg, engine: engine, title: title), as: UTF8.self)
    }

    func isWellFormedXML(_ text: String) -> Bool {
        XMLParser(data: Data(text.utf8)).parse()
    }

    @Test func seedGraphIsDrawnWithLinksTooltipsAndLegend() throws {
        let text = try svg(try Self.seedGraph(), title: "Seeds")
        #expect(isWellFormedXML(text))
        #expect(text.contains("xlink:href=\"https://undocs.org/A/RES/58/154\""))
        #expect(text.contains("xlink:href=\"https://treaties.un.org/doc/Publication/UNTS/Volume%20189/volume-189-I-2545-English.pdf\""))
        #expect(text.contains(">58/154</text>"))
        #expect(text.contains(">UNTS 189/2545</text>"))
        #expect(text.contains(">recalls</text>"))
        #expect(text.contains(">only cited (not in the corpus)</text>"))
        #expect(text.contains("languages: en, fr, zh"))
        #expect(text.components(separatedBy: "class=\"node\"").count - 1 >= 48)
    }

    /// A node's tooltip counts its citers and names their relations; an edge's tooltip names both
    /// ends, the languages and the first place's text, and its line thickens with its places.
    @Test func tooltipsAndLinesSayHowEachNodeIsCited() throws {
        let text = try svg(try Self.seedGraph())
        #expect(text.contains(#"xlink:title="A/51/341&#10;not in the corpus (only cited)&#10;cited by 2 (reaffirms, welcomes)""#))
        #expect(text.contains(#"xlink:title="A/58/12&#10;not in the corpus (only cited)&#10;cited by 2 (considers, notes)""#))
        #expect(text.contains(#"xlink:title="A/57/12/Add.1&#10;not in the corpus (only cited)&#10;cited by 1 (notes)""#))
        #expect(text.contains(#"<g id="a_edge20"><a xlink:title="58/154 reaffirms A/51/341 (en, fr, zh) “A/51/341”">"#))
        // 58/154 reaffirms A/51/341 in three places, once in each language: 0.8 + 2 × 0.4.
        let edge = try #require(text.range(of: #"<g id="a_edge20">"#))
        #expect(text[edge.upperBound...].prefix(300).contains(##"stroke="#6f2da8" stroke-width="1.6""##))
        let widths = Set(text.matches(of: /stroke-width="([0-9.]+)" d=/).map { String($0.1) })
        #expect(widths == ["0.8", "1.2", "1.6"])
    }

    @Test(arguments: OutputFormat.allCases)
    func everyFormatIsRendered(_ format: OutputFormat) throws {
        let data = try GraphvizRenderer().render(try Self.seedGraph(), format: format)
        let head = Array(data.prefix(8))
        switch format {
        case .png: #expect(head == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        case .pdf: #expect(String(decoding: head.prefix(5), as: UTF8.self) == "%PDF-")
        case .svg: #expect(String(decoding: data, as: UTF8.self).contains("<svg"))
        case .dot: #expect(String(decoding: data, as: UTF8.self).hasPrefix("digraph resgraph {"))
        }
    }

    @Test func textFromDocumentsCannotInjectDOTOrMarkup() throws {
        let hostile = "58/1. Evil \"quoted\" \\N \\G <script>alert(1)</script> & ]; node [shape=none] \\\n\nRecalling resolution 48/113,\n"
        let document = try Extractor().extract(text: hostile, source: "evil\"<&>.txt")
        let graph = CitationGraph(documents: [document])
        let text = try svg(graph, title: "title </TD></TR></TABLE> & <b>")
        #expect(isWellFormedXML(text))
        #expect(!text.contains("<script>"))
        #expect(text.contains("&lt;script&gt;"))
        #expect(text.contains("\\N"))
        // Two document nodes and two year-axis nodes: the text made no node of its own.
        #expect(text.components(separatedBy: "class=\"node\"").count - 1 == 4)
        let dot = String(decoding: try GraphvizRenderer().render(graph, format: .dot), as: UTF8.self)
        #expect(dot.contains(#"Evil \"quoted\""#))
    }

    @Test func controlCharactersInTitlesAndFileNamesKeepTheSVGValidXML() throws {
        let text = "58/1. Bell\u{7} and escape\u{1B}[2J and \u{FFFF}\n\nRecalling resolution 48/113,\n"
        let document = try Extractor().extract(text: text, source: "file\u{1}name.txt")
        // A text without a symbol is a node named by its file: the name reaches the SVG's titles.
        let unnamed = try Extractor().extract(text: "Recalling resolution 48/113,\n", source: "stray\u{1B}[2Jname.txt")
        #expect(CitationGraph(documents: [unnamed]).nodes.keys.contains("file:stray\u{1B}[2Jname.txt"))
        let svg = try svg(CitationGraph(documents: [document, unnamed]), title: "user \u{1B} title \u{0}")
        #expect(isWellFormedXML(svg))
        #expect(svg.contains("<title>file:stray [2Jname.txt</title>"))
        #expect(!svg.unicodeScalars.contains { $0.value < 0x09 || $0.value == 0x1B || $0.value == 0xFFFF })
        let graphML = GraphExport.graphML(CitationGraph(documents: [document]))
        #expect(isWellFormedXML(graphML))
    }

    @Test func concurrentRendersAreSerializedAndIdentical() async throws {
        let graph = try Self.seedGraph()
        let expected = try svg(graph)
        let results = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    var last = ""
                    for _ in 0..<4 { last = String(decoding: try GraphvizRenderer().render(graph, format: .svg), as: UTF8.self) }
                    return last
                }
            }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(results.count == 8)
        #expect(results.allSatisfy { $0 == expected })
    }

    @Test(arguments: [LayoutEngine.dot, .sfdp, .neato, .fdp, .circo])
    func everyEngineLaysOut(_ engine: LayoutEngine) throws {
        #expect(isWellFormedXML(try svg(try Self.seedGraph(), engine: engine)))
    }

    @Test func autoPicksDotForSmallAndSfdpForLargeGraphs() {
        #expect(LayoutEngine.auto.resolved(nodeCount: 200) == .dot)
        #expect(LayoutEngine.auto.resolved(nodeCount: 5_000) == .sfdp)
        #expect(LayoutEngine.neato.resolved(nodeCount: 5_000) == .neato)
    }
}

struct SelectionTests {
    @Test func focusDepthAndDirectionSelectTheNeighbourhood() throws {
        let graph = try RenderTests.seedGraph()
        var selection = GraphSelection()
        selection.focus = "UNTS 189/2545"
        selection.direction = .incoming
        #expect(Set(selection.apply(to: graph).graph.nodes.keys) == ["UNTS 189/2545", "A/RES/58/154", "A/RES/59/170"])
        selection.depth = 2
        selection.direction = .both
        #expect(selection.apply(to: graph).graph.nodes.count == 26)
    }

    @Test func kindRelationAndYearFiltersApply() throws {
        let graph = try RenderTests.seedGraph()
        var selection = GraphSelection()
        selection.kinds = [.treaty, .gaResolution]
        #expect(selection.apply(to: graph).graph.nodes.values.allSatisfy { $0.kind == .treaty || $0.kind == .gaResolution })
        selection = GraphSelection()
        selection.relations = [.reaffirms]
        let reaffirms = selection.apply(to: graph).graph
        #expect(reaffirms.edges.keys.allSatisfy { $0.relation == .reaffirms })
        #expect(Set(reaffirms.nodes.keys).contains("A/RES/217A(III)"))
        selection = GraphSelection()
        selection.years = 2002...2100
        #expect(selection.apply(to: graph).graph.nodes["A/RES/48/113"] == nil)
        #expect(selection.apply(to: graph).graph.nodes["A/RES/58/154"] != nil)
    }

    @Test func maxNodesCutsWithAMessage() throws {
        var selection = GraphSelection()
        selection.maxNodes = 5
        let (part, note) = selection.apply(to: try RenderTests.seedGraph())
        #expect(part.nodes.count == 5)
        #expect(note == "selection cut: drawing 5 of 48 nodes (the most cited); raise --max-nodes to draw more")
    }
}
