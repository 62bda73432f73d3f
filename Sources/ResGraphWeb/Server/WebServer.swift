import Foundation
import Hummingbird
import Logging
import Synchronization
import ResGraphIndex

/// `resgraph serve`: a local web application over an index, read-only. Pages to search, a page
/// per node with its neighbourhood drawn, the text of each document with its references marked,
/// reports, and a JSON API of the same answers.
///
/// ```swift
/// let server = try WebServer(index: try CitationIndex(path: "resgraph.sqlite", access: .readOnly))
/// try await server.run(host: "127.0.0.1", port: 8080) { port in print("http://127.0.0.1:\(port)/") }
/// ```
public struct WebServer: Sendable {
    private let site: Site

    /// A server over `index` (opened read-only: the server never writes).
    public init(index: CitationIndex) throws {
        site = try Site(index: index)
    }

    /// The routes, for embedding in another Hummingbird application.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: ReadOnlyMethods())
        router.add(middleware: ErrorAnswers(site: site))
        SiteRoutes(site: site).register(on: router)
        APIRoutes(site: site).register(on: router)
        return router
    }

    /// Serves until the process is told to stop (or the task is cancelled); `onRunning` gets the
    /// port bound (useful with port 0). The server logs at `logLevel` and above on standard error.
    /// Throws ``ListeningError`` when it cannot listen on `host`:`port`.
    public func run(
        host: String, port: Int, logLevel: Logger.Level = .warning, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws {
        var logger = Logger(label: "resgraph")
        logger.logLevel = logLevel
        let listening = Atomic(false)
        let app = Application(
            router: router(),
            configuration: .init(address: .hostname(host, port: port), serverName: "resgraph"),
            onServerRunning: { channel in
                listening.store(true, ordering: .releasing)
                await onRunning(channel.localAddress?.port ?? port)
            },
            logger: logger)
        site.startFigures()
        do {
            try await app.runService()
        } catch where !listening.load(ordering: .acquiring) {
            throw ListeningError(host: host, port: port, cause: error)
        }
    }
}
