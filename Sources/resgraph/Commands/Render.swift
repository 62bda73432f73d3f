import ArgumentParser
import Foundation
import ResGraphExtractor
import ResGraphGraph
import ResGraphIndex
import ResGraphRender

/// `resgraph render [PATH...] [--db FILE] -o FILE [--format svg|png|pdf|dot] ...`.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw the citation graph of files and folders (extracted on the fly) or of the index.",
        discussion: "Every node links to its document (undocs.org, the UN Treaty Collection); hover for titles, dates, languages."
    )

    @Argument(help: "Files or folders to draw; without them, the index (--db) is drawn.") var paths: [String] = []
    @OptionGroup var database: DatabaseOption
    @Option(name: .shortAndLong, help: "The file to write.") var output: String
    @Option(help: "svg, png, pdf or dot (default: from the output file's extension, else svg).") var format: OutputFormat?
    @Option(help: "Draw only the neighbourhood of this id.") var focus: String?
    @Option(help: "Steps from the focus.") var depth = 1
    @Option(help: "in (citers), out (cited) or both.") var direction: Direction = .both
    @Option(help: "Only these kinds of node (repeatable).") var kind: [ReferenceKind] = []
    @Option(help: "Only edges of these relations (repeatable).") var relation: [Relation] = []
    @Option(help: "Only sessions or years from this one (58 or 2003).") var from: Int?
    @Option(help: "Only sessions or years up to this one.") var to: Int?
    @Option(help: "Draw at most this many nodes (the most cited).") var maxNodes = 2_000
    @Option(help: "auto, dot, sfdp, neato, fdp or circo; auto is dot up to \(LayoutEngine.dotLimit) nodes, sfdp above.")
    var engine: LayoutEngine = .auto
    @Option(help: "A title drawn above the legend.") var title: String?

    func run() throws {
        let focusID = focus.map(CanonicalID.parse)
        let graph = try loadGraph(focus: focusID)
        if let focusID, graph.nodes[focusID] == nil {
            StandardError.print("resgraph: error: \(focusID) is not in \(paths.isEmpty ? database.path : "the given files")")
            throw ExitCode(1)
        }
        var selection = GraphSelection()
        selection.focus = focusID
        selection.depth = depth
        selection.direction = direction
        selection.kinds = kind.isEmpty ? nil : Set(kind)
        selection.relations = relation.isEmpty ? nil : Set(relation)
        if from != nil || to != nil {
            func year(_ value: Int) -> Int { value < 1946 ? 1945 + value : value }
            selection.years = year(from ?? 1946)...year(to ?? 2100)
        }
        selection.maxNodes = maxNodes
        let (part, note) = selection.apply(to: graph)
        if let note { StandardError.print("resgraph: \(note)") }
        let chosenFormat = format ?? OutputFormat(rawValue: (output as NSString).pathExtension.lowercased()) ?? .svg
        let data = try GraphvizRenderer().render(part, format: chosenFormat, engine: engine, title: title)
        try data.write(to: URL(fileURLWithPath: output))
        print("wrote \(output): \(part.nodes.count) nodes, \(part.edges.count) edges (\(engine.resolved(nodeCount: part.nodes.count).rawValue))")
    }

    private func loadGraph(focus: String?) throws -> CitationGraph {
        guard !paths.isEmpty else {
            let index = try database.open()
            if let focus { return try index.graph(around: focus, depth: depth) }
            return try index.graph()
        }
        var documents: [ExtractedDocument] = []
        var failed = false
        for result in Extractor().extract(filesAt: CitationIndex.files(under: paths)) {
            switch result {
            case .success(let document): documents.append(document)
            case .failure(let error): failed = true; StandardError.print("resgraph: error: \(error)")
            }
        }
        if failed && documents.isEmpty { throw ExitCode(1) }
        return CitationGraph(documents: documents)
    }
}

extension OutputFormat: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}
extension Direction: ExpressibleByArgument {}
