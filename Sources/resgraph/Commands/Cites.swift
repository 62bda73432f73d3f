import ArgumentParser
import ResGraphExtractor
import ResGraphGraph
import ResGraphIndex
import ResGraphReader

/// `resgraph cites ID`.
struct Cites: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "What ID cites.")

    @Argument(help: "The id, as people type it.") var id: String
    @Option(help: "Only this relation.") var relation: Relation?
    @Option(help: "table or json.") var format: QueryFormat = .table
    @Flag(help: "Show the citing clause of each hit: file:line:column and the words around the citation.")
    var context = false
    @OptionGroup var database: DatabaseOption

    func run() throws {
        let (index, canonical) = try database.resolve(id)
        HitPrinter.print(try index.cited(by: canonical, relation: relation), format: format, empty: "\(canonical) cites nothing", context: context)
    }
}
