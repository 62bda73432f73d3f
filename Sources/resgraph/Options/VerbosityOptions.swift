import ArgumentParser
import ResGraphReader
import Foundation

/// `--quiet` and `--verbose`: how much a command says beyond its answer and its errors.
///
/// Quiet leaves only the answer itself (rows, JSON, the file written) and errors: no empty-answer
/// sentences, hints or notes. Verbose adds, on standard error, what the command did and how long
/// each step took, so a slow or surprising answer can be explained.
struct VerbosityOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Say nothing but the answer and errors (the exit code tells the rest).") var quiet = false
    @Flag(name: .shortAndLong, help: "Say more on standard error: each file's outcome, the steps taken and their times.")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose exclude each other") }
    }

    /// Prints `line` to standard output unless quiet.
    func say(_ line: @autoclosure () -> String) {
        if !quiet { print(line()) }
    }

    /// Prints `line` to standard error unless quiet: notes and hints that are not the answer.
    func note(_ line: @autoclosure () -> String) {
        if !quiet { StandardError.print("resgraph: " + line()) }
    }

    /// Says, before it waits, that a command given `-` among `paths` reads what is typed at the
    /// terminal, as it does when nothing was piped in.
    func noteReadingTerminal(among paths: [String]) {
        if paths.contains(StandardInput.path), StandardInput.isTerminal { note("reading standard input (Ctrl-D ends it)") }
    }

    /// Prints `line` to standard error when verbose.
    func detail(_ line: @autoclosure () -> String) {
        if verbose { StandardError.print("resgraph: " + line()) }
    }

    /// Runs `work`; when verbose, says how long `step` took.
    func timed<T>(_ step: String, _ work: () throws -> T) rethrows -> T {
        guard verbose else { return try work() }
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try work()
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        StandardError.print("resgraph: \(step): \(milliseconds < 10 ? String(format: "%.2f", milliseconds) : String(Int(milliseconds.rounded()))) ms")
        return result
    }
}
