import ResGraphExtractor
import ResGraphOutput
import ResGraphGraph
import ResGraphReader

/// Prints hits as a table or JSON.
enum HitPrinter {
    /// Prints `hits` in `format`; a table of no hits prints `empty` instead, when given.
    static func print(_ hits: [CitationHit], format: QueryFormat, empty: String?, context: Bool = false) {
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
                    ("place", { w in
                        guard let place = hit.place else { w.raw("null"); return }
                        w.object([("source", { $0.string(place.source) }), ("start", { $0.raw("\(place.start)") }),
                                  ("end", { $0.raw("\(place.end)") })])
                    }),
                ])
            }
            resgraph.print(writer.text)
        case .csv:
            CSVRows.print(header: ["id", "kind", "relations", "depth", "via", "date", "languages", "title", "source", "start", "end"], rows: hits.map { hit in
                [hit.node.id, hit.node.kind.rawValue, hit.relations.map(\.rawValue).joined(separator: " "), "\(hit.depth)", hit.via,
                 hit.node.date ?? "", hit.node.languages.map(\.rawValue).sorted().joined(separator: " "), hit.node.title ?? "",
                 hit.place?.source ?? "", hit.place.map { "\($0.start)" } ?? "", hit.place.map { "\($0.end)" } ?? ""]
            })
        case .table:
            guard !hits.isEmpty else { if let empty { resgraph.print(empty) }; return }
            let rows = hits.map { hit in
                [hit.node.id, hit.node.date ?? "", hit.node.languages.map(\.rawValue).sorted().joined(separator: ","),
                 hit.relations.map(\.rawValue).joined(separator: ","), hit.depth == 1 ? "" : "\(hit.depth) via \(hit.via)",
                 String((hit.node.title ?? "").prefix(60))]
            }
            let lines = TextTable.render(header: ["id", "date", "languages", "relation", "depth", "title"], rows: rows)
            guard context else { lines.forEach { resgraph.print($0) }; return }
            var locator = SourceLocator()
            resgraph.print(lines[0])
            resgraph.print(lines[1])
            for (hit, line) in zip(hits, lines.dropFirst(2)) {
                resgraph.print(line)
                guard let place = hit.place else { continue }
                let location = locator.location(of: place.start, in: place.source, shown: CanonicalPath.display(place.source))
                resgraph.print("    \(location): \(locator.context(of: place.start, place.end, in: place.source) ?? "")")
            }
        }
    }
}
