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
        try query.printHits("citers that recall, depth \(depth.depth)", empty: { try noneRecall(canonical, in: index) }) { visit in
            try index.forEachCiter(of: canonical, relation: .recalls, depth: depth.depth, visit)
        }
    }

    /// What a table says when nothing recalls `canonical`: and, when documents cite it under
    /// other relations, how many under each, counted from the index.
    private func noneRecall(_ canonical: String, in index: CitationIndex) throws -> String {
        var empty = "nothing in the index recalls \(canonical)"
        let counts = try index.citingCounts(of: canonical)
        if counts.documents > 0 {
            let list = counts.byRelation.sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }.map { "\($0.key.rawValue) \($0.value)" }
            empty += "; \(counts.documents) document\(counts.documents == 1 ? " cites" : "s cite") it under other relations (\(list.joined(separator: ", "))): resgraph cited-by \"\(query.id)\""
        }
        return empty
    }
}
