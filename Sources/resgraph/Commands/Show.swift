import Foundation
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
    @Option(help: "Show the first N edges each way, and the first N files that give the node each date (default: 100 on a terminal, all otherwise).")
    var limit: Int?
    @OptionGroup var database: DatabaseOption
    @OptionGroup var verbosity: VerbosityOptions

    func validate() throws {
        try OutputLimit.validate(limit)
    }

    func run() throws {
        let (index, canonical) = try verbosity.timed("finding \(id)") { try database.resolve(id, verbosity: verbosity) }
        // Past the limit, the edges arriving are counted, not kept: a treaty that most of a
        // million documents cite is 800,000 of them.
        let shown = OutputLimit.shown(limit, onTerminal: 100)
        let star = try verbosity.timed("its edges") { try index.star(of: canonical, limit: shown) }
        guard let node = star.node else { return }
        let outgoing = Array(star.outgoing.prefix(shown)), incoming = star.incoming
        let counts = (outgoing: star.outgoing.count, incoming: star.incomingCount)
        switch format {
        case .json: json(node, outgoing: outgoing, incoming: incoming)
        case .table: table(node, outgoing: outgoing, incoming: incoming, counts: counts, limit: shown)
        case .csv:
            // One row per edge, both ways, with its first place.
            let rows = [outgoing.lazy.map { ("cites", $0.to, $0) }, incoming.lazy.map { ("cited-by", $0.from, $0) }].joined()
            CSVRows.print(header: ["direction", "relation", "id", "languages", "source", "start", "end"], rows: rows.lazy.map { direction, other, edge in
                let place = edge.provenance.first
                return [direction, edge.relation.rawValue, other, Self.languages(of: edge, separator: " "),
                        place?.source ?? "", place.map { "\($0.start)" } ?? "", place.map { "\($0.end)" } ?? ""]
            })
        }
        if format != .table, counts.outgoing > outgoing.count || counts.incoming > incoming.count {
            let most = max(counts.outgoing, counts.incoming)
            verbosity.note("at most \(shown) edges each way shown, of \(counts.outgoing) leaving and \(counts.incoming) arriving (--limit \(most) shows all)")
        }
    }

    /// The line that says how many of `count` were left out, when `shown` are.
    private static func more(_ count: Int, shown: Int) -> String {
        "… and \(count - shown) more (--limit \(count) shows all)"
    }

    /// The languages that make `edge`, sorted and joined.
    private static func languages(of edge: GraphEdge, separator: String) -> String {
        edge.languages.map(\.rawValue).sorted().joined(separator: separator)
    }

    /// The node and its edges as one JSON object, handed on as it is written.
    private func json(_ node: GraphNode, outgoing: [GraphEdge], incoming: [GraphEdge]) {
        var out = JSONBytes()
        func strings(_ values: [String]) { out.array(values) { $0.string($1) } }
        func edges(_ list: [GraphEdge]) {
            out.raw("[")
            for (index, edge) in list.enumerated() {
                out.raw(index == 0 ? "{\"from\":" : ",{\"from\":")
                out.string(edge.from)
                out.raw(",\"to\":")
                out.string(edge.to)
                out.raw(",\"relation\":")
                out.string(edge.relation.rawValue)
                out.raw(",\"languages\":")
                strings(edge.languages.map(\.rawValue).sorted())
                out.raw(",\"places\":")
                out.array(edge.provenance) { out, place in
                    out.raw("{\"source\":")
                    out.string(place.source)
                    out.raw(",\"start\":")
                    out.integer(place.start)
                    out.raw(",\"end\":")
                    out.integer(place.end)
                    out.raw(",\"text\":")
                    out.string(place.text)
                    out.raw("}")
                }
                out.raw("}")
                StandardOutput.shared.take(&out)
            }
            out.raw("]")
        }
        out.raw("{\"id\":")
        out.string(node.id)
        out.raw(",\"kind\":")
        out.string(node.kind.rawValue)
        out.raw(node.isPresent ? ",\"present\":true,\"title\":" : ",\"present\":false,\"title\":")
        out.optional(node.title)
        out.raw(",\"date\":")
        out.optional(node.date)
        out.raw(",\"session\":")
        out.optional(node.era)
        out.raw(",\"languages\":")
        strings(node.languages.map(\.rawValue).sorted())
        out.raw(",\"sources\":")
        strings(node.sources.sorted())
        out.raw(",\"citedDates\":")
        strings(node.citedDates.keys.sorted())
        out.raw(",\"cites\":")
        edges(outgoing)
        out.raw(",\"citedBy\":")
        edges(incoming)
        out.raw("}\n")
        StandardOutput.shared.take(&out, atLeast: 0)
    }

    private func table(_ node: GraphNode, outgoing: [GraphEdge], incoming: [GraphEdge], counts: (outgoing: Int, incoming: Int), limit: Int) {
        print("\(node.id)  (\(node.kind.rawValue), \(node.isPresent ? "present" : "dangling: only cited"))")
        if let title = node.title { print("title:     \(title)") }
        if let date = node.date { print("adopted:   \(date)") }
        if let era = node.era { print("session:   \(era)") }
        if node.isPresent { print("languages: \(node.languages.map(\.rawValue).sorted().joined(separator: ", "))") }
        for source in node.sources.sorted() { print("file:      \(CanonicalPath.display(source))") }
        for (date, sources) in node.citedDates.sorted(by: { $0.key < $1.key }) {
            let files = sources.sorted()
            guard files.count > 1 else { print("dated \(date) by: \(files.first.map { CanonicalPath.display($0) } ?? "")"); continue }
            print("dated \(date) by \(files.count) files:")
            files.prefix(limit).forEach { print("  \(CanonicalPath.display($0))") }
            if files.count > limit { print("  " + Self.more(files.count, shown: limit)) }
        }
        func list(_ title: String, _ edges: [GraphEdge], count: Int, other: (GraphEdge) -> String) {
            print("\n\(title) (\(count))")
            // The files are read once for the first places' lines and columns; the columns are
            // measured over every edge, then each line is made again and printed.
            let places = SourcePlaces.of(edges.compactMap(\.provenance.first).map { ($0.source, $0.start) })
            let folder = FileManager.default.currentDirectoryPath
            func eachRow(_ body: ([String]) -> Void) {
                var next = 0
                for edge in edges {
                    var location = ""
                    if let first = edge.provenance.first {
                        location = SourceLocator.location(CanonicalPath.display(first.source, from: folder), offset: first.start, place: places[next])
                        next += 1
                    }
                    body([edge.relation.rawValue, other(edge), Self.languages(of: edge, separator: ","), location])
                }
            }
            let header = ["relation", "id", "languages", "first place"]
            var columns = TextTable.Columns(header: header)
            eachRow { columns.fit($0) }
            print("  " + columns.line(header))
            print("  " + columns.rule)
            eachRow { print("  " + columns.line($0)) }
            if count > edges.count { print("  " + Self.more(count, shown: edges.count)) }
        }
        list("cites", outgoing, count: counts.outgoing) { $0.to }
        list("cited by", incoming, count: counts.incoming) { $0.from }
    }
}
