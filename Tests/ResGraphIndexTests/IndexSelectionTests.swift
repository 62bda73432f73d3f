import Foundation
import ResGraphExtractor
import ResGraphGraph
import ResGraphIndex
import ResGraphRender
import ResGraphTestSupport
import Testing

/// The drawing of a whole index, selected as the graph streams from SQL, is the part
/// ``GraphSelection`` takes from the whole graph: the same nodes with the same attributes, the
/// same citations with the same places, the same cut.
struct IndexSelectionTests {
    /// The seeds and the real texts of the fixture corpus, indexed.
    static func index() throws -> CitationIndex {
        let corpus = try Corpus()
        for path in HandReadExpectations.corpusTexts.map(\.path) {
            let url = URL(fileURLWithPath: path)
            try FileManager.default.copyItem(at: url, to: corpus.texts.appendingPathComponent(url.lastPathComponent))
        }
        // Resolutions citing each other and the seeds, so that a cut keeps citations among its nodes.
        for k in 1...6 {
            let earlier = (1..<k).map { "resolution 60/\($0) of 1 December 2005" }.joined(separator: " and ")
            try """
                60/\(k). Synthetic

                Recalling its resolution 58/154 of 22 December 2003\(earlier.isEmpty ? "" : " and " + earlier),
                Reaffirming resolution 48/113,

                """.write(to: corpus.texts.appendingPathComponent("r60-\(k).txt"), atomically: true, encoding: .utf8)
        }
        let index = try CitationIndex(path: corpus.database)
        _ = try index.index(paths: [corpus.texts.path])
        return index
    }

    static let selections: [(limit: Int, relations: Set<Relation>?, kinds: Set<ReferenceKind>?, years: ClosedRange<Int>?)] = [
        (5, nil, nil, nil),
        (30, [.recalls], nil, nil),
        (10, nil, [.gaResolution], 1985...2005),
        (12, [.notes, .reaffirms], [.gaResolution, .document], nil),
        (1_000, nil, nil, nil),
    ]

    /// The citations each selection keeps among its nodes, read from the graph's selection.
    static let keptEdges = [6, 13, 15, 0, 205]

    @Test(arguments: 0..<selections.count) func selectionFromSQLIsTheGraphsSelection(_ k: Int) throws {
        let index = try Self.index()
        let (limit, relations, kinds, years) = Self.selections[k]
        var selection = GraphSelection()
        selection.maxNodes = limit
        selection.relations = relations
        selection.kinds = kinds
        selection.years = years
        let whole = try index.graph()
        let (expected, note) = selection.apply(to: whole)
        let cut = try index.selection(limit: limit, relations: relations, kinds: kinds, accepting: selection.acceptsYear)
        #expect(cut.totalNodes == whole.nodes.count)
        #expect(cut.totalEdges == whole.edges.count)
        #expect((cut.candidates > limit ? SelectionCut.note(kept: limit, of: cut.candidates) : nil) == note)
        #expect(Set(cut.graph.nodes.keys) == Set(expected.nodes.keys))
        #expect(!cut.graph.nodes.isEmpty)
        #expect(cut.graph.edges.count == Self.keptEdges[k])
        for (id, node) in expected.nodes {
            let other = try #require(cut.graph.nodes[id])
            #expect(other.kind == node.kind, "\(id)")
            #expect(other.title == node.title, "\(id)")
            #expect(other.date == node.date, "\(id)")
            #expect(other.languages == node.languages, "\(id)")
            #expect(other.sources.sorted() == node.sources.sorted(), "\(id)")
            #expect(other.citedDates == node.citedDates, "\(id)")
        }
        #expect(Set(cut.graph.edges.keys) == Set(expected.edges.keys))
        for (key, edge) in expected.edges {
            #expect(cut.graph.edges[key]?.provenance.count == edge.provenance.count)
        }
    }
}
