import ArgumentParser
import ResGraphExtractor
import ResGraphGraph
import ResGraphIndex
import ResGraphReader

/// `resgraph cites ID [--relation R] [--depth N]`.
struct Cites: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cites", abstract: "What ID cites, under any relation or the one given.")

    @OptionGroup var query: HitQueryOptions
    @Option(help: "Only this relation.") var relation: Relation?
    @OptionGroup var depth: DepthOption

    func run() throws {
        let (index, canonical) = try query.resolve()
        try query.printHits("cited ids at depth \(depth.depth)", empty: { "\(canonical) cites nothing" }) { visit in
            try index.forEachCited(by: canonical, relation: relation, depth: depth.depth, visit)
        }
    }
}
