import ResGraphGraph
import ArgumentParser

/// What `recalled-by`, `cited-by` and `cites` share: the id, how to print the hits, the index.
struct HitQueryOptions: ParsableArguments {
    @Argument(help: "The id, as people type it (48/113, A/RES/48/113, 1325 (2000), UNTS 189/2545, ...).") var id: String
    @Option(help: "table, json or csv.") var format: QueryFormat = .table
    @Flag(help: "Show the citing clause of each hit: file:line:column and the words around the citation.")
    var context = false
    @OptionGroup var database: DatabaseOption

    /// Prints `hits`, or `empty` when there are none.
    func print(_ hits: [CitationHit], empty: String) {
        HitPrinter.print(hits, format: format, empty: empty, context: context)
    }
}
