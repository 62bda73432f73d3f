import ArgumentParser

/// A failure a command reports: one line on standard error, then the exit code.
///
/// Every command fails through this one type, so each error is printed once, in one form
/// (`resgraph: error: ...`), and the exit code says what happened (1: failed, 64: usage).
struct CommandError: Error, CustomStringConvertible {
    /// The line printed after `resgraph: error: `.
    var message: String
    /// The process's exit code.
    var exitCode: ExitCode

    init(_ message: String, exitCode: ExitCode = .failure) {
        self.message = message
        self.exitCode = exitCode
    }

    var description: String { message }
}
