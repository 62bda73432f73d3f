import ArgumentParser
import ResGraphExtractor
import ResGraphGraph
import ResGraphIndex
import ResGraphReader

/// `resgraph recalled-by ID [--depth N]`.
struct RecalledBy: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recalled-by",
        abstract: "The documents that recall ID (48/113, A/RES/48/113, 1325 (2000), UNTS 189/2545, ...).")

    @OptionGroup var query: HitQueryOptions
    @OptionGroup var depth: DepthOption

    func run() throws {
        let (index, canonical) = try query.resolve()
        try query.printHits("citers that recall, depth \(depth.depth)", empty: {
            "nothing in the index recalls \(canonical)" + (try OtherRelations.note(on: canonical, typed: query.id, in: index))
        }) { visit in
            try index.forEachCiter(of: canonical, relation: .recalls, depth: depth.depth, visit)
        }
    }
}
