import ResGraphGraph
import ArgumentParser
import ResGraphIndex

/// What `recalled-by`, `cited-by` and `cites` share: the id, how to print the hits, the index.
struct HitQueryOptions: ParsableArguments {
    @Argument(help: "The id, as people type it (48/113, A/RES/48/113, 1325 (2000), UNTS 189/2545, ...).") var id: String
    @Option(help: "table, json or csv.") var format: QueryFormat = .table
    @Flag(help: "Show the citing clause of each hit: file:line:column and the words around the citation.")
    var context = false
    @Option(help: "Show the first N hits, and stop there (default: 100 on a terminal, all otherwise).") var limit: Int?
    @OptionGroup var database: DatabaseOption
    @OptionGroup var verbosity: VerbosityOptions

    func validate() throws {
        try OutputLimit.validate(limit)
    }

    /// Opens the index and finds the id typed, saying so when verbose.
    func resolve() throws -> (CitationIndex, String) {
        try verbosity.timed("finding \(id)") { try database.resolve(id, verbosity: verbosity) }
    }

    /// Prints the hits `walk` visits as it visits them (timed as `step` when verbose), up to the
    /// limit, where the walk is stopped; then, when there were none and not quiet, `empty()` for
    /// a table, and past the limit, that there are more.
    func printHits(_ step: String, empty: () throws -> String, walk: (_ visit: (CitationHit) throws -> Void) throws -> Void) throws {
        let shown = OutputLimit.shown(limit, onTerminal: 100)
        var printer = HitPrinter(format: format, context: context)
        var isCut = false
        do {
            try verbosity.timed(step) {
                try walk { hit in
                    guard printer.count < shown else { throw EnoughHits() }
                    printer.add(hit)
                }
            }
        } catch is EnoughHits {
            isCut = true
        }
        verbosity.detail("\(printer.count) hit\(printer.count == 1 ? "" : "s")\(isCut ? ", and more not read" : "")")
        printer.finish(empty: printer.count > 0 || verbosity.quiet || format != .table ? nil : try empty())
        guard isCut else { return }
        let more = "… and more past the first \(shown) (a larger --limit shows them)"
        if format == .table { verbosity.say(more) } else { verbosity.note(more) }
    }
}

/// Thrown by the visitor of a walk at the hit past the limit: the walk stops there.
private struct EnoughHits: Error {}
