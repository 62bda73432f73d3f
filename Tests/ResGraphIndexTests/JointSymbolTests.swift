import Foundation
import ResGraphExtractor
import ResGraphGraph
import ResGraphIndex
import ResGraphTestSupport
import Testing

/// A joint symbol ("A/55/305-S/2000/809": one letter to the Assembly and the Council) makes its
/// symbols one node, known by the least id, in the graph and in the index alike, whatever the
/// order the texts come in; the index undoes it when the joint symbol leaves the corpus.
struct JointSymbolTests {
    /// Texts: one cites the Council's symbol alone, one gives the joint symbol, one is the
    /// Council's own copy of the letter.
    static let texts: [(name: String, text: String)] = [
        ("1-alone.txt", "Recalling S/2000/809,\n"),
        ("2-joint.txt", "Recalling the identical letters A/55/305-S/2000/809 of 21 August 2000,\n"),
        ("3-council.txt", "<<ODS DOC Symbol1>> S/2000/809\nLetter dated 21 August 2000. Recalling resolution 1325 (2000),\n"),
    ]

    static func documents() throws -> [ExtractedDocument] {
        try texts.map { try Extractor().extract(text: $0.text, source: $0.name) }
    }

    @Test func theExtractorGivesTheSecondSymbolAsAnAlias() throws {
        let joint = try Self.documents()[1].references[0]
        #expect(joint.target == "A/55/305")
        #expect(joint.aliases == ["S/2000/809"])
    }

    @Test(arguments: [[0, 1, 2], [2, 1, 0], [1, 0, 2], [0, 2, 1]])
    func theGraphJoinsTheSymbolsWhateverTheOrder(order: [Int]) throws {
        let documents = try Self.documents()
        let graph = CitationGraph(documents: order.map { documents[$0] })
        #expect(graph.nodes["S/2000/809"] == nil)
        #expect(graph.nodes["A/55/305"]?.sources == ["3-council.txt"])
        #expect(graph.citers(of: "A/55/305").map(\.node.id).sorted() == ["file:1-alone.txt", "file:2-joint.txt"])
        #expect(graph.cited(by: "A/55/305").map(\.node.id) == ["S/RES/1325(2000)"])
        #expect(try graph.resolve("S/2000/809") == .found("A/55/305"))
    }

    @Test func theLeastIDNamesTheNodeWhicheverAJointSymbolWritesFirst() {
        var joint = JointSymbols()
        joint.join("S/2000/809", "A/55/305")
        joint.join("E/2000/1", "S/2000/809")
        #expect(joint.canonical("S/2000/809") == "A/55/305")
        #expect(joint.canonical("E/2000/1") == "A/55/305")
        #expect(joint.canonical("A/RES/58/154") == "A/RES/58/154")
        #expect(joint.renamed.map(\.id) == ["E/2000/1", "S/2000/809"])
    }

    @Test func theIndexJoinsTheSymbolsAndAgreesWithTheGraph() throws {
        let folder = try Scratch.folder("joint")
        for (name, text) in Self.texts { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let index = try CitationIndex(path: folder.appendingPathComponent("index.sqlite").path)
        _ = try index.index(paths: [folder.path])

        #expect(try index.citers(of: "A/55/305").map(\.node.id).count == 2)
        #expect(try index.citers(of: "S/2000/809").isEmpty)
        #expect(try index.resolve("S/2000/809") == .found("A/55/305"))
        #expect(try index.cited(by: "A/55/305").map(\.node.id) == ["S/RES/1325(2000)"])
        let graph = try index.graph()
        #expect(graph.nodes["S/2000/809"] == nil)
        var streamed = ""
        try index.writeGraph(.graphML) { streamed += $0 }
        #expect(streamed == GraphExport.graphML(graph))
        #expect(try index.check() == graph.check())
        let star = try index.star(of: "A/55/305")
        #expect(star.node == graph.nodes["A/55/305"])
        #expect(star.incoming == graph.edges(to: "A/55/305"))
        #expect(star.incoming.count == 2)
        #expect(star.outgoing == graph.edges(from: "A/55/305"))

        // The joint symbol leaves the corpus: the Council's symbol is a node of its own again.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("2-joint.txt"))
        _ = try index.index(paths: [folder.path], prune: true)
        #expect(try index.resolve("S/2000/809") == .found("S/2000/809"))
        #expect(try index.citers(of: "S/2000/809").map(\.node.id).count == 1)
        #expect(try index.knows("A/55/305") == false)
    }
}
