import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import ResGraphIndex
import Testing

/// `resgraph serve` over real HTTP: pages, the JSON API, escaping, bad input, and an index
/// rebuilt while it serves.
@Suite(.serialized)
struct WebViewTests {
    @Test func theFirstPageSaysWhatTheCorpusHolds() async throws {
        let server = try await LiveServer()
        defer { server.stop() }
        let home = try await server.get("/")
        #expect(home.status == 200)
        #expect(home.contentType == "text/html; charset=utf-8")
        #expect(home.body.contains("This index holds 4 documents (6 files) in 3 languages (en, fr, zh), adopted 2003–2004;"))
        #expect(home.body.contains(#"<input id="q" name="q" type="search""#))
        #expect(home.body.contains(#"<a href="/node?id=UNTS%20189/2545">UNTS 189/2545</a>"#))
    }

    @Test func anIdTypedLooselyRedirectsToItsCanonicalPage() async throws {
        let server = try await LiveServer()
        defer { server.stop() }
        let page = try await server.get("/node?id=48%20/%20113")
        #expect(page.status == 200)
        #expect(page.url.hasSuffix("/node?id=A/RES/48/113"))
        #expect(page.body.contains("<h1>48/113 <span class=\"kind\">ga-resolution</span> <span class=\"badge\">only cited, not in the corpus</span></h1>"))
        #expect(page.body.contains("Recalling its resolutions <mark>48/113</mark> of 20 December 1993"))
        let search = try await server.get("/search?q=a/res/58/154")
        #expect(search.url.hasSuffix("/node?id=A/RES/58/154"))
    }

    @Test func anUnknownIdIsA404WithTheNearestIds() async throws {
        let server = try await LiveServer()
        defer { server.stop() }
        let page = try await server.get("/node?id=48/114")
        #expect(page.status == 404)
        #expect(page.body.contains(#"<a href="/node?id=A/RES/48/113">A/RES/48/113</a>"#))
        let (status, body) = try await server.json("/api/node?id=48/114")
        #expect(status == 404)
        #expect((body as? [String: Any])?["nearest"] as? [String] == ["A/RES/48/113"])
    }

    @Test func textFromDocumentsIsShownAsTextEverywhere() async throws {
        let server = try await LiveServer()
        defer { server.stop() }
        for path in ["/node?id=A/RES/58/999", "/node?id=A/RES/58/154", "/search?q=refugees", "/text?file=" + server.texts.appendingPathComponent("hostile.txt").path] {
            let page = try await server.get(path)
            #expect(page.status == 200, "\(path)")
            #expect(!page.body.contains("<script>alert"), "\(path)")
            #expect(!page.body.contains("<img src=x"), "\(path)")
            #expect(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;") || page.body.contains("&lt;img src=x"), "\(path)")
        }
        let svg = try await server.get("/graph.svg?id=A/RES/58/999")
        #expect(svg.contentType == "image/svg+xml")
        #expect(!svg.body.contains("<script>alert") && !svg.body.contains("<img src=x"))
        #expect(svg.body.contains("xlink:href=\"/node?id=A/RES/58/154\""))
    }

    @Test func noPathFromAURLReachesTheFileSystemButTheIndexs() async throws {
        let server = try await LiveServer()
        defer { server.stop() }
        for path in ["/etc/passwd", "../../etc/passwd", server.texts.path, server.texts.path + "/../texts/hostile.txt"] {
            let page = try await server.get("/text?file=" + path)
            #expect(page.status == 404, "\(path)")
            #expect(!page.body.contains("root:"), "\(path)")
        }
    }

    @Test func badParametersAreA400ThatSaysWhy() async throws {
        let server = try await LiveServer()
        defer { server.stop() }
        // A page's error is a page of the site, not the API's JSON.
        Self.expectProblemPage(try await server.get("/node?id=58/154&depth=9"), status: 400, heading: "Bad Request",
                               message: "Depth must be a whole number from 1 to 3, not 9.")
        // A drawing's error is an image saying it, where the page shows the drawing.
        let drawing = try await server.get("/graph.svg?id=58/154&direction=sideways")
        #expect(drawing.status == 400)
        #expect(drawing.contentType == "image/svg+xml")
        #expect(drawing.body.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(drawing.body.contains(">Direction must be one of both, in, out, not sideways.</text></svg>"))
        let unknown = try await server.get("/graph.svg?id=%3Cb%3E99/999")
        #expect(unknown.status == 404)
        #expect(unknown.body.contains(">&lt;b&gt;99/999 is not in this index.</text></svg>"))
        #expect(try await server.get("/node?id=" + String(repeating: "9", count: 400)).status == 400)
        // The API's errors have one shape, a 400 as a 404: {"error": "..."}.
        let problems: [(path: String, status: Int, error: String)] = [
            ("/api/node", 400, "the query needs ?id="),
            ("/api/dangling?kind=poem", 400, "kind must be one of ga-resolution, ga-decision, sc-resolution, ecosoc-resolution, ecosoc-decision, hrc-resolution, hrc-decision, chr-resolution, document, treaty, publication, not poem"),
            ("/api/check?limit=0", 400, "limit must be a whole number from 1 to 10000, not 0"),
            ("/api/node?id=99/999", 404, "A/RES/99/999 is not in this index"),
            ("/api/nodes", 404, "there is nothing at /api/nodes"),
        ]
        for problem in problems {
            let (status, body) = try await server.json(problem.path)
            #expect(status == problem.status, "\(problem.path)")
            #expect((body as? [String: Any])?["error"] as? String == problem.error, "\(problem.path): \(body)")
        }
    }

    @Test func anAddressWithNoPageIsAPageSayingSo() async throws {
        let server = try await LiveServer()
        defer { server.stop() }
        Self.expectProblemPage(try await server.get("/nodes"), status: 404, heading: "Not Found", message: "There is nothing at /nodes.")
        // What the address gave is shown as text.
        Self.expectProblemPage(try await server.get("/node?id=58/154&depth=%3Cb%3E"), status: 400, heading: "Bad Request",
                               message: "Depth must be a whole number from 1 to 3, not &lt;b&gt;.")
    }

    /// Expects `answer` to be a page of the site at `status` saying `heading` and `message` (as
    /// HTML), with the way back to the start.
    static func expectProblemPage(_ answer: LiveServer.Answer, status: Int, heading: String, message: String,
                                  sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(answer.status == status, sourceLocation: sourceLocation)
        #expect(answer.contentType == "text/html; charset=utf-8", sourceLocation: sourceLocation)
        #expect(answer.body.contains("<h1>\(heading)</h1>"), sourceLocation: sourceLocation)
        #expect(answer.body.contains("<p>\(message)</p>"), sourceLocation: sourceLocation)
        #expect(answer.body.contains("<a href=\"/\">"), sourceLocation: sourceLocation)
    }

    @Test func formsEncodingAndMethodsAreReadAsTheWebWritesThem() async throws {
        let server = try await LiveServer()
        defer { server.stop() }
        let (_, spaced) = try await server.json("/api/search?q=48+%2F+113")
        #expect((spaced as? [String: Any])?["exact"] as? String == "A/RES/48/113")
        let (_, plus) = try await server.json("/api/search?q=%2B%2B")
        #expect((plus as? [String: Any])?["query"] as? String == "++")
        #expect(try await server.get("/api/check?offset=").status == 400)
        var post = URLRequest(url: URL(string: server.base + "/node?id=48/113")!)
        post.httpMethod = "POST"
        let (_, response) = try await URLSession.shared.data(for: post)
        #expect((response as? HTTPURLResponse)?.statusCode == 405)
        #expect((response as? HTTPURLResponse)?.value(forHTTPHeaderField: "Allow") == "GET, HEAD")
    }

    @Test func theAPIAnswersWhatThePagesShow() async throws {
        let server = try await LiveServer()
        defer { server.stop() }
        let (_, search) = try await server.json("/api/search?q=48/11")
        let results = (search as? [String: Any])?["results"] as? [[String: Any]] ?? []
        #expect(results.map { $0["id"] as? String } == ["A/RES/48/113"])
        let (status, node) = try await server.json("/api/node?id=UNTS%20189/2545")
        #expect(status == 200)
        let citedBy = (node as? [String: Any])?["citedBy"] as? [[String: Any]] ?? []
        #expect(Set(citedBy.compactMap { $0["id"] as? String }) == ["A/RES/58/154", "A/RES/59/170"])
        #expect(citedBy.allSatisfy { ($0["snippet"] as? String)?.contains("[") == true && $0["relation"] as? String != nil && $0["file"] != nil })
        let (_, dangling) = try await server.json("/api/dangling?kind=treaty&limit=2")
        #expect((dangling as? [[String: Any]])?.map { $0["id"] as? String } == ["UNTS 189/2545", "UNTS 606/8791"])
        let (_, stats) = try await server.json("/api/stats")
        #expect((stats as? [String: Any])?["documents"] as? Int == 4)
        #expect(((stats as? [String: Any])?["perYear"] as? [[String: Any]])?.contains { $0["year"] as? Int == 2003 && $0["relation"] as? String == "recalls" } == true)
        let (_, check) = try await server.json("/api/check")
        #expect((check as? [String: Any])?["findings"] != nil)
    }

    @Test func reportsArePages() async throws {
        let server = try await LiveServer()
        defer { server.stop() }
        let dangling = try await server.get("/dangling")
        #expect(dangling.body.contains("<h2>treaty (4)</h2>"))
        let stats = try await server.get("/stats")
        #expect(stats.body.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\""))
        #expect(stats.body.contains("Citations per year of the citing document, by relation"))
        var check = try await server.get("/check")
        for _ in 0..<50 where check.body.contains("Check is running") {
            try await Task.sleep(for: .milliseconds(100))
            check = try await server.get("/check")
        }
        #expect(check.body.contains("language-versions-disagree (1)"))
    }

    @Test func theIndexCanBeRebuiltWhileItServes() async throws {
        let server = try await LiveServer()
        defer { server.stop() }
        let writer = try CitationIndex(path: server.database)
        let extra = server.texts.appendingPathComponent("extra.txt")
        let rebuild = Task.detached { () -> Int in
            var rounds = 0
            while !Task.isCancelled {
                if rounds % 2 == 0 {
                    try Data("Resolution adopted by the General Assembly on 1 December 2004\n59/900. Extra\n\nRecalling resolution 48/113,\n".utf8).write(to: extra)
                } else {
                    try FileManager.default.removeItem(at: extra)
                }
                _ = try writer.index(paths: [server.texts.path], prune: true)
                rounds += 1
            }
            return rounds
        }
        var statuses: [Int] = []
        for _ in 0..<40 {
            for path in ["/", "/node?id=A/RES/48/113", "/api/node?id=A/RES/48/113", "/stats", "/api/search?q=59", "/dangling"] {
                statuses.append(try await server.get(path).status)
            }
        }
        rebuild.cancel()
        let rounds = try await rebuild.value
        #expect(rounds >= 4, "only \(rounds) rebuilds while the server answered")
        #expect(statuses.allSatisfy { $0 == 200 })
    }
}
