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
    /// other relations, how many under each, counted as they are read.
    private func noneRecall(_ canonical: String, in index: CitationIndex) throws -> String {
        var empty = "nothing in the index recalls \(canonical)"
        var documents = 0
        var counts: [Relation: Int] = [:]
        try index.forEachCiter(of: canonical) { hit in
            documents += 1
            for relation in hit.relations { counts[relation, default: 0] += 1 }
        }
        if documents > 0 {
            let list = counts.sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }.map { "\($0.key.rawValue) \($0.value)" }
            empty += "; \(documents) document\(documents == 1 ? " cites" : "s cite") it under other relations (\(list.joined(separator: ", "))): resgraph cited-by \"\(query.id)\""
        }
        return empty
    }
}
