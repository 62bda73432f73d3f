import ArgumentParser
import Foundation
import ResGraphExtractor
import ResGraphOutput
import ResGraphGraph
import ResGraphIndex
import ResGraphReader

/// `resgraph dangling [--kind K]`.
struct Dangling: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Every cited id the corpus lacks, most cited first.")

    @Option(help: "Only these kinds (ga-resolution, sc-resolution, document, treaty, publication, ...).")
    var kind: [ReferenceKind] = []
    @Option(help: "table, json or csv.") var format: QueryFormat = .table
    @Option(help: "Show the N most cited (default: 50 on a terminal, all otherwise).") var limit: Int?
    @OptionGroup var database: DatabaseOption
    @OptionGroup var verbosity: VerbosityOptions

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more, not \(limit)") }
    }

    func run() throws {
        let all = try verbosity.timed("cited ids the corpus lacks") { try database.open().dangling(kinds: kind.isEmpty ? nil : Set(kind)) }
        verbosity.detail("\(all.count) dangling ids in \(database.path)")
        let shown = limit ?? (isatty(STDOUT_FILENO) == 1 ? 50 : all.count)
        let found = Array(all.prefix(shown))
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
        case .csv:
            CSVRows.print(header: ["id", "kind", "citing", "firstSource", "firstOffset", "firstText"], rows: found.map {
                [$0.node.id, $0.node.kind.rawValue, "\($0.citingNodes)", $0.firstSource, "\($0.firstOffset)", $0.firstText]
            })
        case .table:
            var locator = SourceLocator()
            for kind in ReferenceKind.allCases {
                let group = found.filter { $0.node.kind == kind }
                guard !group.isEmpty else { continue }
                print("\(kind.rawValue) (\(group.count))")
                let rows = group.map {
                    ["\($0.citingNodes)", $0.node.id, locator.location(of: $0.firstOffset, in: $0.firstSource, shown: CanonicalPath.display($0.firstSource)),
                     $0.firstText.replacingNewlines()]
                }
                TextTable.render(header: ["citing", "id", "first cited at", "text"], rows: rows).forEach { print("  " + $0) }
            }
            if all.count > found.count, !verbosity.quiet {
                print("… and \(all.count - found.count) more cited ids the corpus lacks (--limit \(all.count) shows all)")
            }
        }
    }
}
