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

    @Option(help: "graphml, json (node-link) or csv (edges with provenance, streamed from the index).") var format: Format = .graphml
    @Option(name: .shortAndLong, help: "The file to write, replaced whole or not at all; - or none for standard output.")
    var output: String?
    @OptionGroup var database: DatabaseOption
    @OptionGroup var verbosity: VerbosityOptions

    func run() throws {
        let index = try database.open()
        if format == .csv {
            // Edges come from one sorted SQL pass, written as they come: memory stays flat.
            try verbosity.timed("writing csv from \(database.path)") {
                try stream { put in
                    var chunk = ""
                    try index.writeEdgeCSV { line in
                        chunk += line
                        if chunk.utf8.count >= 1 << 16 { try put(Data(chunk.utf8)); chunk = "" }
                    }
                    try put(Data(chunk.utf8))
                }
            }
            return
        }
        let graph = try verbosity.timed("reading the graph of \(database.path)") { try index.graph() }
        verbosity.detail("\(graph.nodes.count) nodes, \(graph.edges.count) edges")
        let text = verbosity.timed("writing \(format.rawValue)") {
            switch format {
            case .graphml: GraphExport.graphML(graph)
            case .json: GraphExport.nodeLinkJSON(graph)
            case .csv: GraphExport.edgeCSV(graph)
            }
        }
        try stream { put in try put(Data(text.utf8)) }
    }

    /// Writes what `produce` hands over to the output file (whole or not at all) or standard output.
    private func stream(_ produce: (_ put: (Data) throws -> Void) throws -> Void) throws {
        if let output, output != "-" {
            try AtomicFile.write(to: output, produce)
            verbosity.detail("wrote \(output)")
        } else {
            try produce { StandardOutput.write($0) }
        }
    }
}
