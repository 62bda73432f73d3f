import ArgumentParser
import ResGraphExtractor
import ResGraphOutput
import ResGraphGraph
import ResGraphIndex
import ResGraphReader

/// `resgraph show ID`.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Everything the corpus says of one node, and its edges both ways.")

    @Argument(help: "The id, as people type it.") var id: String
    @Option(help: "table, json or csv.") var format: QueryFormat = .table
    @OptionGroup var database: DatabaseOption
    @OptionGroup var verbosity: VerbosityOptions

    func run() throws {
        let (index, canonical) = try verbosity.timed("finding \(id)") { try database.resolve(id, verbosity: verbosity) }
        let star = try verbosity.timed("its edges") { try index.star(of: canonical) }
        guard let node = star.node else { return }
        let (outgoing, incoming) = (star.outgoing, star.incoming)
        switch format {
        case .json: print(json(node, outgoing: outgoing, incoming: incoming))
        case .table: table(node, outgoing: outgoing, incoming: incoming)
        case .csv:
            // One row per edge, both ways, with its first place.
            let rows = outgoing.map { ("cites", $0.to, $0) } + incoming.map { ("cited-by", $0.from, $0) }
            CSVRows.print(header: ["direction", "relation", "id", "languages", "source", "start", "end"], rows: rows.map { direction, other, edge in
                let place = edge.provenance.first
                return [direction, edge.relation.rawValue, other, edge.languages.map(\.rawValue).sorted().joined(separator: " "),
                        place?.source ?? "", place.map { "\($0.start)" } ?? "", place.map { "\($0.end)" } ?? ""]
            })
        }
    }

    private func json(_ node: GraphNode, outgoing: [GraphEdge], incoming: [GraphEdge]) -> String {
        func edges(_ list: [GraphEdge]) -> (inout JSONWriter) -> Void {
            { writer in
                writer.array(list) { writer, edge in
                    writer.object([
                        ("from", { $0.string(edge.from) }), ("to", { $0.string(edge.to) }),
                        ("relation", { $0.string(edge.relation.rawValue) }),
                        ("languages", { $0.array(edge.languages.map(\.rawValue).sorted()) { $0.string($1) } }),
                        ("places", { $0.array(edge.provenance) { writer, p in
                            writer.object([("source", { $0.string(p.source) }), ("start", { $0.raw("\(p.start)") }),
                                           ("end", { $0.raw("\(p.end)") }), ("text", { $0.string(p.text) })])
                        } }),
                    ])
                }
            }
        }
        var writer = JSONWriter()
        writer.object([
            ("id", { $0.string(node.id) }), ("kind", { $0.string(node.kind.rawValue) }),
            ("present", { $0.raw("\(node.isPresent)") }), ("title", { $0.optional(node.title) }),
            ("date", { $0.optional(node.date) }), ("session", { $0.optional(node.era) }),
            ("languages", { $0.array(node.languages.map(\.rawValue).sorted()) { $0.string($1) } }),
            ("sources", { $0.array(node.sources.sorted()) { $0.string($1) } }),
            ("citedDates", { $0.array(node.citedDates.keys.sorted()) { $0.string($1) } }),
            ("cites", edges(outgoing)), ("citedBy", edges(incoming)),
        ])
        return writer.text
    }

    private func table(_ node: GraphNode, outgoing: [GraphEdge], incoming: [GraphEdge]) {
        print("\(node.id)  (\(node.kind.rawValue), \(node.isPresent ? "present" : "dangling: only cited"))")
        if let title = node.title { print("title:     \(title)") }
        if let date = node.date { print("adopted:   \(date)") }
        if let era = node.era { print("session:   \(era)") }
        if node.isPresent { print("languages: \(node.languages.map(\.rawValue).sorted().joined(separator: ", "))") }
        for source in node.sources.sorted() { print("file:      \(CanonicalPath.display(source))") }
        for (date, sources) in node.citedDates.sorted(by: { $0.key < $1.key }) {
            let files = sources.sorted().map { CanonicalPath.display($0) }
            guard files.count > 1 else { print("dated \(date) by: \(files.first ?? "")"); continue }
            print("dated \(date) by \(files.count) files:")
            files.forEach { print("  \($0)") }
        }
        func list(_ title: String, _ edges: [GraphEdge], other: (GraphEdge) -> String) {
            print("\n\(title) (\(edges.count))")
            let firsts = edges.compactMap(\.provenance.first)
            var places = SourcePlaces.of(firsts.map { ($0.source, $0.start) }).makeIterator()
            let rows = edges.map { edge in
                [edge.relation.rawValue, other(edge), edge.languages.map(\.rawValue).sorted().joined(separator: ","),
                 edge.provenance.first.map { SourceLocator.location(CanonicalPath.display($0.source), offset: $0.start, place: places.next() ?? nil) } ?? ""]
            }
            TextTable.render(header: ["relation", "id", "languages", "first place"], rows: rows).forEach { print("  " + $0) }
        }
        list("cites", outgoing) { $0.to }
        list("cited by", incoming) { $0.from }
    }
}
