import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import ResGraphIndex
import ResGraphTestSupport
import ResGraphWeb

/// A real `resgraph serve` on a free loopback port, over a real index of the seeds and one
/// hostile document, asked over real HTTP.
final class LiveServer: @unchecked Sendable {
    let folder: URL
    let database: String
    let index: CitationIndex
    private(set) var base = ""
    private var task: Task<Void, any Error>?

    /// A text whose title tries to inject mark-up into every page that shows it.
    static let hostile = """
        Resolution adopted by the General Assembly on 22 December 2003
        58/999. "><img src=x onerror=alert(1)> <script>alert(1)</script> and refugees

        The General Assembly,
        Recalling its resolution 58/154 of 22 December 2003,

        """

    /// Serves the seeds, the hostile document and `more` (texts by file name).
    init(more: [String: String] = [:]) async throws {
        folder = Scratch.path("web")
        let texts = folder.appendingPathComponent("texts")
        try Seeds.copy(into: texts)
        try Data(Self.hostile.utf8).write(to: texts.appendingPathComponent("hostile.txt"))
        for (name, text) in more { try Data(text.utf8).write(to: texts.appendingPathComponent(name)) }
        database = folder.appendingPathComponent("index.sqlite").path
        _ = try CitationIndex(path: database).index(paths: [texts.path])
        index = try CitationIndex(path: database, access: .readOnly)
        let server = try WebServer(index: index)
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        task = Task { try await server.run(host: "127.0.0.1", port: 0, logLevel: .critical) { continuation.yield($0) } }
        for await port in ports {
            base = "http://127.0.0.1:\(port)"
            break
        }
    }

    var texts: URL { folder.appendingPathComponent("texts") }

    /// An answer: status, body, and the address it came from after redirects.
    struct Answer {
        var status: Int
        var body: String
        var url: String
        var contentType: String
    }

    func get(_ path: String) async throws -> Answer {
        let (data, response) = try await URLSession.shared.data(from: URL(string: base + path)!)
        let http = response as! HTTPURLResponse
        return Answer(status: http.statusCode, body: String(decoding: data, as: UTF8.self),
                      url: http.url?.absoluteString ?? "", contentType: http.value(forHTTPHeaderField: "Content-Type") ?? "")
    }

    func json(_ path: String) async throws -> (Int, Any) {
        let answer = try await get(path)
        return (answer.status, try JSONSerialization.jsonObject(with: Data(answer.body.utf8)))
    }

    func stop() {
        task?.cancel()
        try? FileManager.default.removeItem(at: folder)
    }
}
