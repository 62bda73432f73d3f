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

    /// Prints `hits`, or `empty` when there are none and not quiet.
    func print(_ hits: [CitationHit], empty: String) {
        verbosity.detail("\(hits.count) hit\(hits.count == 1 ? "" : "s")")
        HitPrinter.print(hits, format: format, empty: verbosity.quiet ? nil : empty, context: context)
    }
}
