import ArgumentParser
import Foundation
import ResGraphExtractor
import ResGraphGraph
import ResGraphIndex
import ResGraphReader

/// `resgraph export --format graphml|json|csv`.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write the whole graph for Gephi (graphml), networkx (json) or spreadsheets (csv).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case graphml, json, csv }

    @Option(help: "graphml, json (node-link) or csv (edges with provenance).") var format: Format = .graphml
    @Option(name: .shortAndLong, help: "The file to write, replaced whole or not at all; - or none for standard output.")
    var output: String?
    @OptionGroup var database: DatabaseOption
    @OptionGroup var verbosity: VerbosityOptions

    func run() throws {
        let graph = try verbosity.timed("reading the graph of \(database.path)") { try database.open().graph() }
        verbosity.detail("\(graph.nodes.count) nodes, \(graph.edges.count) edges")
        let text = verbosity.timed("writing \(format.rawValue)") {
            switch format {
            case .graphml: GraphExport.graphML(graph)
            case .json: GraphExport.nodeLinkJSON(graph)
            case .csv: GraphExport.edgeCSV(graph)
            }
        }
        if let output, output != "-" {
            try AtomicFile.write(Data(text.utf8), to: output)
            verbosity.detail("wrote \(output)")
        } else {
            StandardOutput.write(Data(text.utf8))
        }
    }
}
