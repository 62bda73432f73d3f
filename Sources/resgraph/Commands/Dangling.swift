import ArgumentParser
import Foundation
import ResGraphExtractor
import ResGraphOutput
import ResGraphGraph
import ResGraphIndex
import ResGraphReader

/// `resgraph dangling [--kind K]`.
struct Dangling: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dangling", abstract: "Every cited id the corpus lacks, most cited first.")

    @Option(help: "Only these kinds (ga-resolution, sc-resolution, document, treaty, publication, ...).")
    var kind: [ReferenceKind] = []
    @Option(help: "table, json or csv.") var format: QueryFormat = .table
    @Option(help: "Show the N most cited (default: 50 on a terminal, all otherwise).") var limit: Int?
    @OptionGroup var database: DatabaseOption
    @OptionGroup var verbosity: VerbosityOptions

    func validate() throws {
        try OutputLimit.validate(limit)
    }

    func run() throws {
        let index = try database.open(verbosity: verbosity)
        let kinds = kind.isEmpty ? nil : Set(kind)
        let shown = OutputLimit.shown(limit, onTerminal: 50)
        // JSON and CSV rows are written as SQL streams them; the table holds the ids it shows
        // (its columns are as wide as their widest cell). Past the limit, ids are only counted.
        var count = 0
        var kept: [DanglingTarget] = []
        var out = JSONBytes()
        let csv = CSVRows(header: ["id", "kind", "citing", "firstSource", "firstOffset", "firstText"])
        // Read once, not through the option's wrapper for each of hundreds of thousands of ids.
        let format = format
        if format == .csv { csv.appendHeader(to: &out.bytes) }
        try verbosity.timed("cited ids the corpus lacks") {
            try index.dangling(kinds: kinds) { d in
                defer { count += 1 }
                guard count < shown else { return }
                switch format {
                case .json:
                    out.raw(count == 0 ? "[{\"id\":" : ",{\"id\":")
                    out.string(d.node.id)
                    out.raw(",\"kind\":")
                    out.string(d.node.kind.rawValue)
                    out.raw(",\"citing\":")
                    out.integer(d.citingNodes)
                    out.raw(",\"firstSource\":")
                    out.string(d.firstSource)
                    out.raw(",\"firstOffset\":")
                    out.integer(d.firstOffset)
                    out.raw(",\"firstText\":")
                    out.string(d.firstText)
                    out.raw("}")
                case .csv:
                    csv.append([d.node.id, d.node.kind.rawValue, "\(d.citingNodes)", d.firstSource, "\(d.firstOffset)", d.firstText], to: &out.bytes)
                case .table:
                    kept.append(d)
                }
                StandardOutput.shared.take(&out)
            }
        }
        verbosity.detail("\(count) dangling ids in \(database.path)")
        switch format {
        case .json:
            out.raw(count == 0 ? "[]\n" : "]\n")
            StandardOutput.shared.write(out.bytes)
        case .csv:
            StandardOutput.shared.write(out.bytes)
        case .table:
            // Each file is read once, on all cores, however many ids it cites first.
            // A kind's rows are made twice, to measure its columns and to print them a line at a
            // time, rather than held.
            let places = SourcePlaces.of(kept.map { ($0.firstSource, $0.firstOffset) })
            let folder = FileManager.default.currentDirectoryPath
            let header = ["citing", "id", "first cited at", "text"]
            for kind in ReferenceKind.allCases {
                let group = kept.indices.filter { kept[$0].node.kind == kind }
                guard !group.isEmpty else { continue }
                print("\(kind.rawValue) (\(group.count))")
                let rows = group.lazy.map { k in
                    ["\(kept[k].citingNodes)", kept[k].node.id,
                     SourceLocator.location(CanonicalPath.display(kept[k].firstSource, from: folder), offset: kept[k].firstOffset, place: places[k]),
                     kept[k].firstText.replacingNewlines()]
                }
                let columns = TextTable.Columns(header: header, rows: rows)
                print("  " + columns.line(header))
                print("  " + columns.rule)
                for row in rows { print("  " + columns.line(row)) }
            }
            if count > kept.count, !verbosity.quiet {
                print("… and \(count - kept.count) more cited ids the corpus lacks (--limit \(count) shows all)")
            }
        }
    }
}
