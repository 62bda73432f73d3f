import ResGraphExtractor
import ResGraphGraph
import ResGraphTestSupport
import Testing

/// The graph made among some nodes alone is the whole graph's subgraph of them: the same nodes
/// with the same attributes and cited dates, the same citations with their places in order.
struct GraphAmongNodesTests {
    /// The seeds and the fixture corpus's real texts, extracted.
    static func documents() throws -> [ExtractedDocument] {
        try (Seeds.paths + HandReadExpectations.corpusTexts.map(\.path)).map { try Extractor().extract(fileAt: $0) }
    }

    static let parts: [(nodes: Set<String>, relations: Set<Relation>?)] = [
        (["A/RES/58/154", "A/RES/48/113", "UNTS 189/2545", "A/RES/59/170"], nil),
        (["A/RES/58/154", "A/RES/48/113", "UNTS 189/2545", "A/RES/59/170"], [.recalls]),
        (["A/RES/48/113", "UNTS 189/2545", "UNTS 606/8791"], nil),
        (["A/RES/58/154", "A/RES/58/208", "A/RES/59/170", "A/RES/57/187", "nowhere"], [.notes, .reaffirms, .welcomes]),
    ]

    @Test(arguments: 0..<parts.count) func theGraphAmongNodesIsTheWholeGraphsSubgraph(_ k: Int) throws {
        let documents = try Self.documents()
        let joint = JointSymbols(documents: documents)
        let (nodes, relations) = Self.parts[k]
        let expected = CitationGraph(documents: documents, jointSymbols: joint).subgraph(nodes, relations: relations)
        // Every document, kept or not: one not kept still gives a kept node its kind and cited dates.
        let among = CitationGraph(documents: documents, jointSymbols: joint, among: nodes, relations: relations)
        #expect(!expected.nodes.isEmpty)
        #expect(among.nodes == expected.nodes)
        #expect(among.edges == expected.edges)
        #expect(among.documents.isEmpty)
        for id in nodes {
            #expect(among.edges(from: id) == expected.edges(from: id), "\(id)")
            #expect(among.edges(to: id) == expected.edges(to: id), "\(id)")
        }
    }

    @Test func aNodeCitedOnlyByDocumentsNotKeptHasTheirDates() throws {
        let documents = try Self.documents()
        let joint = JointSymbols(documents: documents)
        let among = CitationGraph(documents: documents, jointSymbols: joint, among: ["A/RES/48/113"], relations: nil)
        let whole = CitationGraph(documents: documents, jointSymbols: joint)
        #expect(among.edges.isEmpty)
        #expect(among.nodes["A/RES/48/113"]?.citedDates == whole.nodes["A/RES/48/113"]?.citedDates)
        #expect(among.nodes["A/RES/48/113"]?.citedDates.isEmpty == false)
    }
}
