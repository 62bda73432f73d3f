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
        let hits = try query.verbosity.timed("citers that recall, depth \(depth.depth)") { try index.citers(of: canonical, relation: .recalls, depth: depth.depth) }
        var empty = "nothing in the index recalls \(canonical)"
        if hits.isEmpty, !query.verbosity.quiet {
            let others = try index.citers(of: canonical)
            if !others.isEmpty {
                var counts: [Relation: Int] = [:]
                for hit in others { for relation in hit.relations { counts[relation, default: 0] += 1 } }
                let list = counts.sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }.map { "\($0.key.rawValue) \($0.value)" }
                empty += "; \(others.count) document\(others.count == 1 ? " cites" : "s cite") it under other relations (\(list.joined(separator: ", "))): resgraph cited-by \"\(query.id)\""
            }
        }
        query.print(hits, empty: empty)
    }
}
