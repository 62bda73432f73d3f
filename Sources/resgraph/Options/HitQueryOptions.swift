import ResGraphGraph
import ArgumentParser
import ResGraphIndex

/// What `recalled-by`, `cited-by` and `cites` share: the id, how to print the hits, the index.
struct HitQueryOptions: ParsableArguments {
    @Argument(help: "The id, as people type it (48/113, A/RES/48/113, 1325 (2000), UNTS 189/2545, ...).") var id: String
    @Option(help: "table, json or csv.") var format: QueryFormat = .table
    @Flag(help: "Show the citing clause of each hit: file:line:column and the words around the citation.")
    var context = false
    @OptionGroup var database: DatabaseOption
    @OptionGroup var verbosity: VerbosityOptions

    /// Opens the index and finds the id typed, saying so when verbose.
    func resolve() throws -> (CitationIndex, String) {
        try verbosity.timed("finding \(id)") { try database.resolve(id, verbosity: verbosity) }
    }

    /// Prints the hits `walk` visits as it visits them (timed as `step` when verbose), then,
    /// when there were none and not quiet, `empty()` for a table.
    func printHits(_ step: String, empty: () throws -> String, walk: (_ visit: (CitationHit) -> Void) throws -> Void) throws {
        var printer = HitPrinter(format: format, context: context)
        try verbosity.timed(step) { try walk { printer.add($0) } }
        verbosity.detail("\(printer.count) hit\(printer.count == 1 ? "" : "s")")
        printer.finish(empty: printer.count > 0 || verbosity.quiet || format != .table ? nil : try empty())
    }
}
