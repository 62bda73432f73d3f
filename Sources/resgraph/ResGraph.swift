import ArgumentParser
import Foundation
import ResGraphIndex

/// The `resgraph` command: extract, index, query and draw UN resolution citations.
@main
struct ResGraph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resgraph",
        abstract: "Find the references UN resolutions make and link them into a citation graph.",
        version: "0.2.0",
        subcommands: [Extract.self, Text.self, Index.self, RecalledBy.self, CitedBy.self, Cites.self, Show.self, Dangling.self, Check.self, Stats.self, Export.self, Render.self, Serve.self]
    )

    /// Runs the command and checks that what it printed was written; every failure leaves
    /// through here, printed once.
    static func main() {
        if let problem = ArgumentEncoding.problem(in: ArgumentEncoding.processArguments) {
            StandardError.print("resgraph: error: \(problem)")
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
            try StandardOutput.finish()
        } catch let error as CommandError {
            try? StandardOutput.finish()
            StandardError.print("resgraph: error: \(error.message)")
            Foundation.exit(error.exitCode.rawValue)
        } catch let error as IndexError {
            try? StandardOutput.finish()
            StandardError.print("resgraph: error: \(error)")
            Foundation.exit(ExitCode.failure.rawValue)
        } catch {
            // Output lost on the way is said even when the command fails anyway (check exits 1
            // when it finds problems): exit 1 must not hide that the answer was not written.
            do {
                try StandardOutput.finish()
            } catch let writeError as CommandError {
                StandardError.print("resgraph: error: \(writeError.message)")
                Foundation.exit(ExitCode.failure.rawValue)
            } catch {}
            if let explanation = IndexError.explanation(of: error) {
                StandardError.print("resgraph: error: \(explanation)")
                Foundation.exit(ExitCode.failure.rawValue)
            }
            exit(withError: error)
        }
    }
}
