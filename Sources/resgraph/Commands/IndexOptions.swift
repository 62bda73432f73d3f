import ArgumentParser
import Foundation
import ResGraphExtractor
import ResGraphGraph
import ResGraphIndex

/// `--db FILE`, defaulting to `$RESGRAPH_DB`, then `./resgraph.sqlite`.
struct DatabaseOption: ParsableArguments {
    @Option(name: .long, help: "The index file (default: $RESGRAPH_DB, else ./resgraph.sqlite).")
    var db: String?

    var path: String { db ?? ProcessInfo.processInfo.environment["RESGRAPH_DB"] ?? "resgraph.sqlite" }

    func open() throws -> CitationIndex {
        do { return try CitationIndex(path: path) } catch {
            StandardError.print("resgraph: error: \(error)")
            throw ExitCode(1)
        }
    }

    /// Opens the index and makes `typed` canonical, failing with the nearest known ids.
    func resolve(_ typed: String) throws -> (CitationIndex, String) {
        let index = try open()
        let id = CanonicalID.parse(typed)
        guard try index.knows(id) else {
            let near = try index.nearestIDs(to: id)
            StandardError.print("resgraph: error: \(id) is not in the index \(path)"
                + (near.isEmpty ? "" : "; nearest: \(near.joined(separator: ", "))"))
            throw ExitCode(1)
        }
        return (index, id)
    }
}

/// `--format table|json`.
enum QueryFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

extension ReferenceKind: ExpressibleByArgument {}
extension Relation: ExpressibleByArgument {}

/// Prints hits as a table or JSON.
enum HitPrinter {
    static func print(_ hits: [CitationHit], format: QueryFormat, empty: String) {
        switch format {
        case .json:
            var writer = JSONWriter()
            writer.array(hits) { writer, hit in
                writer.object([
                    ("id", { $0.string(hit.node.id) }), ("kind", { $0.string(hit.node.kind.rawValue) }),
                    ("relations", { $0.array(hit.relations.map(\.rawValue)) { $0.string($1) } }),
                    ("depth", { $0.raw("\(hit.depth)") }), ("via", { $0.string(hit.via) }),
                    ("date", { $0.optional(hit.node.date) }), ("title", { $0.optional(hit.node.title) }),
                    ("languages", { $0.array(hit.node.languages.map(\.rawValue).sorted()) { $0.string($1) } }),
                    ("sources", { $0.array(hit.node.sources.sorted()) { $0.string($1) } }),
                ])
            }
            Swift.print(writer.text)
        case .table:
            guard !hits.isEmpty else { Swift.print(empty); return }
            let rows = hits.map { hit in
                [hit.node.id, hit.node.date ?? "", hit.node.languages.map(\.rawValue).sorted().joined(separator: ","),
                 hit.relations.map(\.rawValue).joined(separator: ","), hit.depth == 1 ? "" : "\(hit.depth) via \(hit.via)",
                 String((hit.node.title ?? "").prefix(60))]
            }
            TextTable.render(header: ["id", "date", "languages", "relation", "depth", "title"], rows: rows).forEach { Swift.print($0) }
        }
    }
}
