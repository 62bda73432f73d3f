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
        // million documents cite is 800,000 of them. In JSON and CSV those kept are not held
        // either, but printed as they are read; a table keeps their cells, packed.
        let shown = OutputLimit.shown(limit, onTerminal: 100)
        var outgoingCount = 0, incomingShown = 0
        let incomingCount: Int
        switch format {
        case .table:
            var node: GraphNode?
            var outgoing = EdgeRows(), incoming = EdgeRows()
            incomingCount = try verbosity.timed("its edges") {
                try index.star(of: canonical, limit: shown) { found, leaving in
                    node = found
                    outgoingCount = leaving.count
                    for edge in leaving.prefix(shown) { outgoing.add(edge, other: edge.to) }
                } arriving: { incoming.add($0, other: $0.from) }
            }
            guard let node else { return }
            outgoing.locate()
            incoming.locate()
            table(node, outgoing: outgoing, incoming: incoming, counts: (outgoingCount, incomingCount), limit: shown)
            return
        case .json:
            var out = JSONBytes()
            var isPresent = false
            incomingCount = try verbosity.timed("its edges") {
                try index.star(of: canonical, limit: shown) { node, outgoing in
                    guard let node else { return }
                    isPresent = true
                    outgoingCount = outgoing.count
                    Self.writeHead(node, outgoing: outgoing.prefix(shown), to: &out)
                } arriving: { edge in
                    out.raw(incomingShown == 0 ? "" : ",")
                    Self.write(edge, to: &out)
                    incomingShown += 1
                }
            }
            guard isPresent else { return }
            out.raw("]}\n")
            StandardOutput.shared.take(&out, atLeast: 0)
        case .csv:
            // One row per edge, both ways, with its first place.
            let csv = CSVRows(header: ["direction", "relation", "id", "languages", "source", "start", "end"])
            var out = JSONBytes()
            func row(_ direction: String, _ other: String, _ edge: GraphEdge) {
                let place = edge.provenance.first
                csv.append([direction, edge.relation.rawValue, other, edge.languageList(separator: " "),
                            place?.source ?? "", place.map { "\($0.start)" } ?? "", place.map { "\($0.end)" } ?? ""], to: &out.bytes)
                StandardOutput.shared.take(&out)
            }
            incomingCount = try verbosity.timed("its edges") {
                try index.star(of: canonical, limit: shown) { node, outgoing in
                    guard node != nil else { return }
                    outgoingCount = outgoing.count
                    csv.appendHeader(to: &out.bytes)
                    for edge in outgoing.prefix(shown) { row("cites", edge.to, edge) }
                } arriving: { edge in
                    row("cited-by", edge.from, edge)
                    incomingShown += 1
                }
            }
            StandardOutput.shared.take(&out, atLeast: 0)
        }
        if outgoingCount > shown || incomingCount > incomingShown {
            let most = max(outgoingCount, incomingCount)
            verbosity.note("at most \(shown) edges each way shown, of \(outgoingCount) leaving and \(incomingCount) arriving (--limit \(most) shows all)")
        }
    }

    /// The line that says how many of `count` were left out, when `shown` are.
    private static func more(_ count: Int, shown: Int) -> String {
        "… and \(count - shown) more (--limit \(count) shows all)"
    }

    /// The node and the edges leaving it, the start of one JSON object whose edges arriving
    /// follow, one at a time, and then `]}`.
    private static func writeHead(_ node: GraphNode, outgoing: some Collection<GraphEdge>, to out: inout JSONBytes) {
        func strings(_ values: [String]) { out.array(values) { $0.string($1) } }
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
        out.raw(",\"cites\":[")
        for (index, edge) in outgoing.enumerated() {
            out.raw(index == 0 ? "" : ",")
            write(edge, to: &out)
        }
        out.raw("],\"citedBy\":[")
    }

    /// One edge as a JSON object, handed on.
    private static func write(_ edge: GraphEdge, to out: inout JSONBytes) {
        out.raw("{\"from\":")
        out.string(edge.from)
        out.raw(",\"to\":")
        out.string(edge.to)
        out.raw(",\"relation\":")
        out.string(edge.relation.rawValue)
        out.raw(",\"languages\":")
        out.array(edge.languages.map(\.rawValue).sorted()) { $0.string($1) }
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

    private func table(_ node: GraphNode, outgoing: EdgeRows, incoming: EdgeRows, counts: (outgoing: Int, incoming: Int), limit: Int) {
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
        func list(_ title: String, _ edges: EdgeRows, count: Int) {
            print("\n\(title) (\(count))")
            print("  " + edges.columns.line(EdgeRows.header))
            print("  " + edges.columns.rule)
            for cells in edges.rows { print("  " + edges.columns.line(cells)) }
            if count > edges.rows.count { print("  " + Self.more(count, shown: edges.rows.count)) }
        }
        list("cites", outgoing, count: counts.outgoing)
        list("cited by", incoming, count: counts.incoming)
    }
}
