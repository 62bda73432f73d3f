import ArgumentParser
import Foundation
import ResGraphExtractor
import ResGraphGraph
import ResGraphIndex
import ResGraphReader

/// `resgraph export --format graphml|json|csv`.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Write the whole graph for Gephi (graphml), networkx (json) or spreadsheets (csv).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case graphml, json, csv }

    @Option(help: "graphml, json (node-link) or csv (edges with provenance); each is streamed from the index.") var format: Format = .graphml
    @Option(name: .shortAndLong, help: "The file to write, replaced whole or not at all; - or none for standard output.")
    var output: String?
    @OptionGroup var database: DatabaseOption
    @OptionGroup var verbosity: VerbosityOptions

    func run() throws {
        let index = try database.open(verbosity: verbosity)
        // Each format is read from SQL and written as it comes: memory stays flat.
        try verbosity.timed("writing \(format.rawValue) from \(database.path)") {
            try stream { put in
                var chunk = ""
                let add = { (piece: String) throws in
                    chunk += piece
                    if chunk.utf8.count >= 1 << 16 { try put(Data(chunk.utf8)); chunk = "" }
                }
                switch format {
                case .csv: try index.writeEdgeCSV(add)
                case .graphml: try index.writeGraph(.graphML, add)
                case .json: try index.writeGraph(.nodeLinkJSON, add)
                }
                try put(Data(chunk.utf8))
            }
        }
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
