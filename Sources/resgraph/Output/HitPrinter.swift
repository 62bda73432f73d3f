import ResGraphExtractor
import ResGraphOutput
import ResGraphGraph
import ResGraphReader

/// Prints hits as a table, JSON or CSV, each hit's text handed on as it is made: a walk that
/// reaches most of a million documents is printed without its text, or its rows, held whole.
enum HitPrinter {
    /// Prints `hits` in `format`; a table of no hits prints `empty` instead, when given.
    static func print(_ hits: [CitationHit], format: QueryFormat, empty: String?, context: Bool = false) {
        switch format {
        case .json: printJSON(hits)
        case .csv:
            CSVRows.print(header: ["id", "kind", "relations", "depth", "via", "date", "languages", "title", "source", "start", "end"], rows: hits.lazy.map { hit in
                [hit.node.id, hit.node.kind.rawValue, hit.relations.map(\.rawValue).joined(separator: " "), "\(hit.depth)", hit.via,
                 hit.node.date ?? "", hit.node.languages.map(\.rawValue).sorted().joined(separator: " "), hit.node.title ?? "",
                 hit.place?.source ?? "", hit.place.map { "\($0.start)" } ?? "", hit.place.map { "\($0.end)" } ?? ""]
            })
        case .table:
            guard !hits.isEmpty else { if let empty { resgraph.print(empty) }; return }
            printTable(hits, context: context)
        }
    }

    private static func printJSON(_ hits: [CitationHit]) {
        var out = JSONBytes()
        out.raw("[")
        for (index, hit) in hits.enumerated() {
            out.raw(index == 0 ? "{\"id\":" : ",{\"id\":")
            out.string(hit.node.id)
            out.raw(",\"kind\":")
            out.string(hit.node.kind.rawValue)
            out.raw(",\"relations\":")
            out.array(hit.relations) { $0.string($1.rawValue) }
            out.raw(",\"depth\":")
            out.integer(hit.depth)
            out.raw(",\"via\":")
            out.string(hit.via)
            out.raw(",\"date\":")
            out.optional(hit.node.date)
            out.raw(",\"title\":")
            out.optional(hit.node.title)
            out.raw(",\"languages\":")
            out.array(hit.node.languages.map(\.rawValue).sorted()) { $0.string($1) }
            out.raw(",\"sources\":")
            out.array(hit.node.sources.sorted()) { $0.string($1) }
            out.raw(",\"place\":")
            if let place = hit.place {
                out.raw("{\"source\":")
                out.string(place.source)
                out.raw(",\"start\":")
                out.integer(place.start)
                out.raw(",\"end\":")
                out.integer(place.end)
                out.raw("}}")
            } else {
                out.raw("null}")
            }
            StandardOutput.shared.take(&out)
        }
        out.raw("]\n")
        StandardOutput.shared.take(&out, atLeast: 0)
    }

    /// The table: its columns measured over every hit first, then each line made and printed
    /// (with `context`, each hit's place and the text there under it).
    private static func printTable(_ hits: [CitationHit], context: Bool) {
        func cells(_ hit: CitationHit) -> [String] {
            [hit.node.id, hit.node.date ?? "", hit.node.languages.map(\.rawValue).sorted().joined(separator: ","),
             hit.relations.map(\.rawValue).joined(separator: ","), hit.depth == 1 ? "" : "\(hit.depth) via \(hit.via)",
             String((hit.node.title ?? "").prefix(60))]
        }
        let header = ["id", "date", "languages", "relation", "depth", "title"]
        let columns = TextTable.Columns(header: header, rows: hits.lazy.map(cells))
        resgraph.print(columns.line(header))
        resgraph.print(columns.rule)
        var locator = SourceLocator()
        for hit in hits {
            resgraph.print(columns.line(cells(hit)))
            guard context, let place = hit.place else { continue }
            let location = locator.location(of: place.start, in: place.source, shown: CanonicalPath.display(place.source))
            resgraph.print("    \(location): \(locator.context(of: place.start, place.end, in: place.source) ?? "")")
        }
    }
}
