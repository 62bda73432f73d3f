import ArgumentParser

/// `--quiet` and `--verbose`: how much a command says beyond its answer and its errors.
struct VerbosityOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Say nothing but errors (the exit code tells the rest).") var quiet = false
    @Flag(name: .shortAndLong, help: "Say more: each file's outcome, the selection's steps.") var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose exclude each other") }
    }

    /// Prints `line` unless quiet.
    func say(_ line: @autoclosure () -> String) {
        if !quiet { print(line()) }
    }

    /// Prints `line` to standard error when verbose.
    func detail(_ line: @autoclosure () -> String) {
        if verbose { StandardError.print("resgraph: " + line()) }
    }
}
