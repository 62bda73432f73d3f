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
        commandName: "check",
        abstract: "Flag language versions that disagree, contradicting dates, and footnote problems; exit 1 when any is found.")

    @Option(help: "table, json or csv.") var format: QueryFormat = .table
    @OptionGroup var database: DatabaseOption
    @OptionGroup var verbosity: VerbosityOptions

    func run() throws {
        let index = try database.open(verbosity: verbosity)
        // Findings come in reading order as the index streams them (only counted when only
        // their number is wanted); only the count is kept.
        var count = 0
        let csv = CSVRows(header: ["problem", "source", "offset", "node", "message"])
        var out = JSONBytes()
        let table = FindingTable(folder: FileManager.default.currentDirectoryPath)
        // Read once: a property of the command is read through its wrapper, a thousand
        // instructions each time, and half a million findings would read it each.
        let (quiet, format) = (verbosity.quiet, format)
        try verbosity.timed("check of \(database.path)") {
            // The table's last lines are printed (and those already found, if the check fails).
            defer { table.finish() }
            if quiet {
                count = try index.countFindings()
                return
            }
            try index.check { f in
                defer { count += 1 }
                switch format {
                case .json:
                    if count == 0 { out.raw("[{\"problem\":") } else { out.raw(",{\"problem\":") }
                    out.string(f.problem.rawValue)
                    out.raw(",\"source\":")
                    out.string(f.source)
                    out.raw(",\"offset\":")
                    if let offset = f.offset { out.integer(offset) } else { out.raw("null") }
                    out.raw(",\"node\":")
                    out.string(f.node)
                    out.raw(",\"message\":")
                    out.string(f.message)
                    out.raw("}")
                case .csv:
                    if count == 0 { csv.appendHeader(to: &out.bytes) }
                    csv.append([f.problem.rawValue, f.source, f.offset.map(String.init) ?? "", f.node, f.message], to: &out.bytes)
                case .table:
                    table.add(f)
                    return
                }
                StandardOutput.shared.take(&out)
            }
        }
        StandardOutput.shared.write(out.bytes)
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
