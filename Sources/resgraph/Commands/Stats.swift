import ArgumentParser
import ResGraphExtractor
import ResGraphOutput
import ResGraphIndex

/// `resgraph stats [--top N] [--format table|json|csv]`.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "The corpus in figures: totals, the most cited, how citations spread, citations per year by relation.")

    @Option(help: "How many of the most cited to list, 1 or more.") var top = 20
    @Option(help: "table, json or csv (csv: the most cited).") var format: QueryFormat = .table
    @OptionGroup var database: DatabaseOption
    @OptionGroup var verbosity: VerbosityOptions

    func validate() throws {
        guard top >= 1 else { throw ValidationError("--top must be 1 or more, not \(top)") }
    }

    func run() throws {
        let stats = try verbosity.timed("statistics of \(database.path)") { try database.open(verbosity: verbosity).statistics(top: top) }
        let t = stats.totals
        switch format {
        case .json:
            StandardOutput.shared.write(stats.json + [0x0A])
        case .csv:
            CSVRows.print(header: ["id", "citing", "present"], rows: stats.mostCited.map { [$0.id, "\($0.citing)", "\($0.present)"] })
        case .table:
            print("\(t.documents) documents (\(t.files) files; \(t.languages.joined(separator: ", ")))"
                  + (t.years.map { ", adopted \($0.lowerBound)–\($0.upperBound)" } ?? "")
                  + "; \(t.references) references; \(t.dangling) cited ids the corpus lacks")
            print("\nmost cited")
            TextTable.render(header: ["citing", "id", "in corpus"], rows: stats.mostCited.map { ["\($0.citing)", $0.id, $0.present ? "yes" : "no"] })
                .forEach { print("  " + $0) }
            print("\ncited by how many documents")
            TextTable.render(header: ["documents", "ids"], rows: stats.inDegree.map { [$0.range, "\($0.ids)"] }).forEach { print("  " + $0) }
            print("\ncitations per year of the citing document")
            TextTable.render(header: ["year", "relation", "citations"], rows: stats.perYear.map { ["\($0.year)", $0.relation, "\($0.citations)"] })
                .forEach { print("  " + $0) }
        }
    }
}
