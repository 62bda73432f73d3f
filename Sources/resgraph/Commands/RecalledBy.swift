import ArgumentParser
import ResGraphExtractor
import ResGraphGraph
import ResGraphIndex
import ResGraphReader

/// `resgraph recalled-by ID [--depth N]`.
struct RecalledBy: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The documents that recall ID (48/113, A/RES/48/113, 1325 (2000), UNTS 189/2545, ...).")

    @Argument(help: "The id, as people type it.") var id: String
    @OptionGroup var depth: DepthOption
    @Option(help: "table or json.") var format: QueryFormat = .table
    @OptionGroup var database: DatabaseOption

    func run() throws {
        let (index, canonical) = try database.resolve(id)
        HitPrinter.print(try index.citers(of: canonical, relation: .recalls, depth: depth.depth), format: format,
                         empty: "nothing in the index recalls \(canonical)")
    }
}
