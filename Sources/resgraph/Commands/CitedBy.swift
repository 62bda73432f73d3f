import ArgumentParser
import ResGraphExtractor
import ResGraphGraph
import ResGraphIndex
import ResGraphReader

/// `resgraph cited-by ID [--relation R] [--depth N]`.
struct CitedBy: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cited-by", abstract: "The documents that cite ID, under any relation or the one given.")

    @OptionGroup var query: HitQueryOptions
    @Option(help: "Only this relation (recalls, reaffirms, notes, welcomes, considers, endorses, on-report-of, cites).")
    var relation: Relation?
    @OptionGroup var depth: DepthOption

    func run() throws {
        let (index, canonical) = try query.resolve()
        try query.printHits("citers at depth \(depth.depth)", empty: {
            // Under one relation, nothing may still be something under the others.
            guard let relation else { return "nothing in the index cites \(canonical)" }
            return "nothing in the index cites \(canonical) under \(relation.rawValue)" + (try OtherRelations.note(on: canonical, typed: query.id, in: index))
        }) { visit in
            try index.forEachCiter(of: canonical, relation: relation, depth: depth.depth, visit)
        }
    }
}
