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
        let index = try database.open()
        // Findings come in reading order as the index streams them; only the count is kept.
        var count = 0
        let here = FileManager.default.currentDirectoryPath + "/"
        var locator = SourceLocator()
        let csv = CSVRows(header: ["problem", "source", "offset", "node", "message"])
        try verbosity.timed("check of \(database.path)") {
            try index.check { f in
                defer { count += 1 }
                if verbosity.quiet { return }
                switch format {
                case .json:
                    var writer = JSONWriter()
                    writer.raw(count == 0 ? "[" : ",")
                    writer.object([
                        ("problem", { $0.string(f.problem.rawValue) }), ("source", { $0.string(f.source) }),
                        ("offset", { w in if let o = f.offset { w.raw("\(o)") } else { w.raw("null") } }),
                        ("node", { $0.string(f.node) }), ("message", { $0.string(f.message) }),
                    ])
                    StandardOutput.shared.write(Array(writer.text.utf8))
                case .csv:
                    if count == 0 { csv.printHeader() }
                    csv.print([f.problem.rawValue, f.source, f.offset.map(String.init) ?? "", f.node, f.message])
                case .table:
                    let message = f.message.replacingOccurrences(of: here, with: "")
                    let shown = CanonicalPath.display(f.source)
                    let place = f.offset.map { locator.location(of: $0, in: f.source, shown: shown) } ?? shown
                    print("\(place): \(f.problem.rawValue): \(message)")
                }
            }
        }
        if !verbosity.quiet {
            switch format {
            case .json: print(count == 0 ? "[]" : "]")
            case .csv: if count == 0 { csv.printHeader() }
            case .table: print(count == 0 ? "no problems found" : "\(count) problem\(count == 1 ? "" : "s") found")
            }
        }
        if count > 0 { throw ExitCode(1) }
    }
}
