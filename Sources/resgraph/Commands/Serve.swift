import ArgumentParser
import Dispatch
import ResGraphIndex
import ResGraphWeb

/// `resgraph serve [--db FILE] [--port 8080] [--host 127.0.0.1]`.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Explore the index in a browser: search, a page per node with its graph, texts with references marked, reports.",
        discussion: """
            Read-only: the index can be rebuilt by `resgraph index` while it serves (pages show the \
            old or the new state). Binds to 127.0.0.1 unless --host says otherwise. The JSON API is \
            under /api/ (docs/openapi.yaml). Stop it with Ctrl-C.
            """
    )

    @OptionGroup var database: DatabaseOption
    @Option(help: "The port to listen on, 1 to 65535 (0: any free port, printed at start).") var port = 8080
    @Option(help: "The address to listen on; 127.0.0.1 keeps the view on this machine.") var host = "127.0.0.1"
    @OptionGroup var verbosity: VerbosityOptions

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be from 0 to 65535, not \(port)") }
        guard !host.isEmpty, host.utf8.count <= 253, !host.contains(where: { $0 == " " || $0 == "/" }) else {
            throw ValidationError("--host must be an address or a host name, not \"\(host)\"")
        }
    }

    func run() throws {
        let server: WebServer
        do { server = try WebServer(index: try database.open(verbosity: verbosity)) } catch let error as CommandError { throw error } catch {
            throw CommandError("\(error)")
        }
        let (host, path, verbosity) = (host, database.path, verbosity)
        let outcome = Blocking.wait {
            try await server.run(host: host, port: port) { bound in
                if !["127.0.0.1", "localhost", "::1"].contains(host) {
                    verbosity.note("listening on \(host): anyone who can reach this machine can read the index")
                }
                let shown = host.contains(":") ? "[\(host)]" : host
                verbosity.say("serving \(path) at http://\(shown):\(bound)/ (Ctrl-C to stop)")
                try? StandardOutput.finish()
            }
        }
        switch outcome {
        case .success: break
        case .failure(let error as ListeningError): throw CommandError(error.description)
        case .failure(let error): throw CommandError("cannot serve on \(host):\(port): \(error)")
        }
    }
}

/// Runs async work to its end from synchronous code (the command's `run`).
enum Blocking {
    static func wait(_ work: @escaping @Sendable () async throws -> Void) -> Result<Void, any Error> {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var outcome: Result<Void, any Error> = .success(())
        Task {
            do { try await work() } catch { outcome = .failure(error) }
            done.signal()
        }
        done.wait()
        return outcome
    }
}
