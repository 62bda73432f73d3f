import ArgumentParser
import ResGraphExtractor
import ResGraphGraph
import ResGraphIndex

/// `resgraph recalled-by ID [--depth N]`.
struct RecalledBy: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The documents that recall ID (48/113, A/RES/48/113, 1325 (2000), UNTS 189/2545, ...).")

    @Argument(help: "The id, as people type it.") var id: String
    @Option(help: "Follow recall chains this many steps.") var depth = 1
    @Option(help: "table or json.") var format: QueryFormat = .table
    @OptionGroup var database: DatabaseOption

    func run() throws {
        let (index, canonical) = try database.resolve(id)
        HitPrinter.print(try index.citers(of: canonical, relation: .recalls, depth: depth), format: format,
                         empty: "nothing in the index recalls \(canonical)")
    }
}

/// `resgraph cited-by ID [--relation R] [--depth N]`.
struct CitedBy: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The documents that cite ID, under any relation or the one given.")

    @Argument(help: "The id, as people type it.") var id: String
    @Option(help: "Only this relation (recalls, reaffirms, notes, welcomes, considers, endorses, on-report-of, cites).")
    var relation: Relation?
    @Option(help: "Follow citation chains this many steps.") var depth = 1
    @Option(help: "table or json.") var format: QueryFormat = .table
    @OptionGroup var database: DatabaseOption

    func run() throws {
        let (index, canonical) = try database.resolve(id)
        HitPrinter.print(try index.citers(of: canonical, relation: relation, depth: depth), format: format,
                         empty: "nothing in the index cites \(canonical)")
    }
}

/// `resgraph cites ID`.
struct Cites: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "What ID cites.")

    @Argument(help: "The id, as people type it.") var id: String
    @Option(help: "Only this relation.") var relation: Relation?
    @Option(help: "table or json.") var format: QueryFormat = .table
    @OptionGroup var database: DatabaseOption

    func run() throws {
        let (index, canonical) = try database.resolve(id)
        HitPrinter.print(try index.cited(by: canonical, relation: relation), format: format, empty: "\(canonical) cites nothing")
    }
}

/// `resgraph show ID`.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Everything the corpus says of one node, and its edges both ways.")

    @Argument(help: "The id, as people type it.") var id: String
    @Option(help: "table or json.") var format: QueryFormat = .table
    @OptionGroup var database: DatabaseOption

    func run() throws {
        let (index, canonical) = try database.resolve(id)
        let graph = try index.graph(around: canonical, depth: 1)
        guard let node = graph.nodes[canonical] else { return }
        let outgoing = graph.edges(from: canonical), incoming = graph.edges(to: canonical)
        switch format {
        case .json: print(json(node, outgoing: outgoing, incoming: incoming))
        case .table: table(node, outgoing: outgoing, incoming: incoming)
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
        for source in node.sources.sorted() { print("file:      \(source)") }
        for (date, sources) in node.citedDates.sorted(by: { $0.key < $1.key }) {
            print("dated \(date) by: \(sources.sorted().joined(separator: ", "))")
        }
        func list(_ title: String, _ edges: [GraphEdge], other: (GraphEdge) -> String) {
            print("\n\(title) (\(edges.count))")
            let rows = edges.map { edge in
                [edge.relation.rawValue, other(edge), edge.languages.map(\.rawValue).sorted().joined(separator: ","),
                 edge.provenance.first.map { "\($0.source):\($0.start)" } ?? ""]
            }
            TextTable.render(header: ["relation", "id", "languages", "first place"], rows: rows).forEach { print("  " + $0) }
        }
        list("cites", outgoing) { $0.to }
        list("cited by", incoming) { $0.from }
    }
}

/// `resgraph dangling [--kind K]`.
struct Dangling: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Every cited id the corpus lacks, most cited first.")

    @Option(help: "Only these kinds (ga-resolution, sc-resolution, document, treaty, publication, ...).")
    var kind: [ReferenceKind] = []
    @Option(help: "table or json.") var format: QueryFormat = .table
    @OptionGroup var database: DatabaseOption

    func run() throws {
        let found = try database.open().dangling(kinds: kind.isEmpty ? nil : Set(kind))
        switch format {
        case .json:
            var writer = JSONWriter()
            writer.array(found) { writer, d in
                writer.object([
                    ("id", { $0.string(d.node.id) }), ("kind", { $0.string(d.node.kind.rawValue) }),
                    ("citing", { $0.raw("\(d.citingNodes)") }), ("firstSource", { $0.string(d.firstSource) }),
                    ("firstOffset", { $0.raw("\(d.firstOffset)") }), ("firstText", { $0.string(d.firstText) }),
                ])
            }
            print(writer.text)
        case .table:
            for kind in ReferenceKind.allCases {
                let group = found.filter { $0.node.kind == kind }
                guard !group.isEmpty else { continue }
                print("\(kind.rawValue) (\(group.count))")
                let rows = group.map { ["\($0.citingNodes)", $0.node.id, "\($0.firstSource):\($0.firstOffset)", $0.firstText.replacingNewlines()] }
                TextTable.render(header: ["citing", "id", "first cited at", "text"], rows: rows).forEach { print("  " + $0) }
            }
        }
    }
}

/// `resgraph check`.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Flag language versions that disagree, contradicting dates, and footnote problems; exit 1 when any is found.")

    @Option(help: "table or json.") var format: QueryFormat = .table
    @OptionGroup var database: DatabaseOption

    func run() throws {
        let findings = try database.open().graph().check()
        switch format {
        case .json:
            var writer = JSONWriter()
            writer.array(findings) { writer, f in
                writer.object([
                    ("problem", { $0.string(f.problem.rawValue) }), ("source", { $0.string(f.source) }),
                    ("offset", { w in if let o = f.offset { w.raw("\(o)") } else { w.raw("null") } }),
                    ("node", { $0.string(f.node) }), ("message", { $0.string(f.message) }),
                ])
            }
            print(writer.text)
        case .table:
            for f in findings { print("\(f.source)\(f.offset.map { ":\($0)" } ?? ""): \(f.problem.rawValue): \(f.message)") }
            print(findings.isEmpty ? "no problems found" : "\(findings.count) problem\(findings.count == 1 ? "" : "s") found")
        }
        if !findings.isEmpty { throw ExitCode(1) }
    }
}

/// `resgraph export --format graphml|json|csv`.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write the whole graph for Gephi (graphml), networkx (json) or spreadsheets (csv).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case graphml, json, csv }

    @Option(help: "graphml, json (node-link) or csv (edges with provenance).") var format: Format = .graphml
    @OptionGroup var database: DatabaseOption

    func run() throws {
        let graph = try database.open().graph()
        switch format {
        case .graphml: print(GraphExport.graphML(graph), terminator: "")
        case .json: print(GraphExport.nodeLinkJSON(graph), terminator: "")
        case .csv: print(GraphExport.edgeCSV(graph), terminator: "")
        }
    }
}
