import ArgumentParser
import ResGraphExtractor
import ResGraphGraph
import ResGraphIndex
import ResGraphReader

/// `resgraph cites ID`.
struct Cites: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cites", abstract: "What ID cites.")

    @OptionGroup var query: HitQueryOptions
    @Option(help: "Only this relation.") var relation: Relation?

    func run() throws {
        let (index, canonical) = try query.resolve()
        try query.printHits("cited ids", empty: { "\(canonical) cites nothing" }) { visit in
            try index.forEachCited(by: canonical, relation: relation, visit)
        }
    }
}
