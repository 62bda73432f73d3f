import ArgumentParser
import ResGraphExtractor
import ResGraphGraph
import ResGraphIndex
import ResGraphReader

/// `resgraph cited-by ID [--relation R] [--depth N]`.
struct CitedBy: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The documents that cite ID, under any relation or the one given.")

    @Argument(help: "The id, as people type it.") var id: String
    @Option(help: "Only this relation (recalls, reaffirms, notes, welcomes, considers, endorses, on-report-of, cites).")
    var relation: Relation?
    @OptionGroup var depth: DepthOption
    @Option(help: "table or json.") var format: QueryFormat = .table
    @Flag(help: "Show the citing clause of each hit: file:line:column and the words around the citation.")
    var context = false
    @OptionGroup var database: DatabaseOption

    func run() throws {
        let (index, canonical) = try database.resolve(id)
        HitPrinter.print(try index.citers(of: canonical, relation: relation, depth: depth.depth), format: format,
                         empty: "nothing in the index cites \(canonical)", context: context)
    }
}
