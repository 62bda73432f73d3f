import ArgumentParser
import Foundation
import ResGraphExtractor
import ResGraphOutput
import ResGraphGraph
import ResGraphIndex
import ResGraphReader

/// `resgraph check`.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Flag language versions that disagree, contradicting dates, and footnote problems; exit 1 when any is found.")

    @Option(help: "table, json or csv.") var format: QueryFormat = .table
    @OptionGroup var database: DatabaseOption
    @OptionGroup var verbosity: VerbosityOptions

    func run() throws {
        let findings = try verbosity.timed("check of \(database.path)") { try database.open().check() }
        if verbosity.quiet { if findings.isEmpty { return } else { throw ExitCode(1) } }
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
        case .csv:
            CSVRows.print(header: ["problem", "source", "offset", "node", "message"], rows: findings.map {
                [$0.problem.rawValue, $0.source, $0.offset.map(String.init) ?? "", $0.node, $0.message]
            })
        case .table:
            let here = FileManager.default.currentDirectoryPath + "/"
            var locator = SourceLocator()
            for f in findings {
                let message = f.message.replacingOccurrences(of: here, with: "")
                let shown = CanonicalPath.display(f.source)
                let place = f.offset.map { locator.location(of: $0, in: f.source, shown: shown) } ?? shown
                print("\(place): \(f.problem.rawValue): \(message)")
            }
            print(findings.isEmpty ? "no problems found" : "\(findings.count) problem\(findings.count == 1 ? "" : "s") found")
        }
        if !findings.isEmpty { throw ExitCode(1) }
    }
}
