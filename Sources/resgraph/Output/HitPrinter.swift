import Foundation
import ResGraphExtractor
import ResGraphOutput
import ResGraphGraph
import ResGraphReader

/// Prints hits as a table, JSON or CSV, as a walk gives them: JSON and CSV are written hit by hit
/// and handed on, so a walk that reaches most of a million documents is printed without its
/// hits, rows or text held whole. A table's columns are as wide as their widest cell, so it keeps
/// each hit's cells, packed (and its place, for `context`), until the walk ends, not the hit.
struct HitPrinter {
    let format: QueryFormat
    let context: Bool
    /// The hits given so far.
    private(set) var count = 0
    private var rows = PackedRows()
    /// Each row's place, with `context`.
    private var places: [CitationHit.Place?] = []
    private var columns = TextTable.Columns(header: Self.tableHeader)
    private var out = JSONBytes()
    private static let tableHeader = ["id", "date", "languages", "relation", "depth", "title"]
    private static let csv = CSVRows(header: ["id", "kind", "relations", "depth", "via", "date", "languages", "title", "source", "start", "end"])

    /// A printer of hits in `format`; with `context`, a table shows each hit's place and the
    /// words there under it.
    init(format: QueryFormat, context: Bool = false) {
        self.format = format
        self.context = context
    }

    /// Prints `hit`, or keeps it for the table.
    mutating func add(_ hit: CitationHit) {
        defer { count += 1 }
        switch format {
        case .json:
            Self.writeJSON(hit, first: count == 0, into: &out)
            StandardOutput.shared.take(&out)
        case .csv:
            if count == 0 { Self.csv.appendHeader(to: &out.bytes) }
            Self.csv.append([hit.node.id, hit.node.kind.rawValue, hit.relations.map(\.rawValue).joined(separator: " "), "\(hit.depth)", hit.via,
                             hit.node.date ?? "", hit.node.languages.map(\.rawValue).sorted().joined(separator: " "), hit.node.title ?? "",
                             hit.place?.source ?? "", hit.place.map { "\($0.start)" } ?? "", hit.place.map { "\($0.end)" } ?? ""], to: &out.bytes)
            StandardOutput.shared.take(&out)
        case .table:
            let cells = [hit.node.id, hit.node.date ?? "", hit.node.languages.map(\.rawValue).sorted().joined(separator: ","),
                         hit.relations.map(\.rawValue).joined(separator: ","), hit.depth == 1 ? "" : "\(hit.depth) via \(hit.via)",
                         String((hit.node.title ?? "").prefix(60))]
            columns.fit(cells)
            rows.append(cells)
            if context { places.append(hit.place) }
        }
    }

    /// Ends the answer: closes the JSON, prints the table, or (a table of no hits) `empty`, when given.
    mutating func finish(empty: String?) {
        switch format {
        case .json: out.raw(count == 0 ? "[]\n" : "]\n")
        case .csv: if count == 0 { Self.csv.appendHeader(to: &out.bytes) }
        case .table:
            if rows.isEmpty { if let empty { resgraph.print(empty) } } else { printTable() }
            rows = PackedRows()
            places = []
        }
        StandardOutput.shared.take(&out, atLeast: 0)
    }

    private static func writeJSON(_ hit: CitationHit, first: Bool, into out: inout JSONBytes) {
        out.raw(first ? "[{\"id\":" : ",{\"id\":")
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
    }

    /// The table, each line (and with `context`, the place and the words there under it) made
    /// and printed in turn.
    private func printTable() {
        resgraph.print(columns.line(Self.tableHeader))
        resgraph.print(columns.rule)
        var locator = SourceLocator()
        let folder = FileManager.default.currentDirectoryPath
        // Each hit's file is read in turn: those after it are asked of the disk meanwhile.
        var ahead = ReadAheadWindows(context ? places.compactMap { $0?.source } : [])
        defer { ahead.stop() }
        var read = 0
        for (row, cells) in rows.enumerated() {
            resgraph.print(columns.line(cells))
            guard context, let place = places[row] else { continue }
            ahead.reach(read)
            read += 1
            let location = locator.location(of: place.start, in: place.source, shown: CanonicalPath.display(place.source, from: folder))
            resgraph.print("    \(location): \(locator.context(of: place.start, place.end, in: place.source) ?? "")")
        }
    }
}
