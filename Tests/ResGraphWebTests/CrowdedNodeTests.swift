import Foundation
import Testing

/// A node cited by more documents than its page lists, each citation a finding: the page lists
/// the first of them and counts them all, and the JSON API pages through the node's findings.
@Suite(.serialized)
struct CrowdedNodeTests {
    /// 520 resolutions that date 58/154 (of 22 December 2003) to 1990: each cites it and
    /// contradicts its date. With the hostile document, 521 documents recall 58/154; with the
    /// seeds' language versions of it, which disagree, it has 521 findings.
    static let citers = Dictionary(uniqueKeysWithValues: (0..<520).map {
        ("A_RES_57_\($0 + 1).txt", "57/\($0 + 1). Later\n\nRecalling its resolution 58/154 of 1 January 1990,\n")
    })

    /// A compilation that recalls 600 resolutions and notes 30 of them.
    static let compilation = "56/1. Compilation\n\n" + (1...600).map { "Recalling its resolution 40/\($0),\n" }.joined()
        + (1...30).map { "Noting its resolution 40/\($0),\n" }.joined()

    /// The server, once `check` has run on its index.
    func readyServer() async throws -> LiveServer {
        let server = try await LiveServer(more: Self.citers.merging(["A_RES_56_1.txt": Self.compilation]) { $1 })
        for _ in 0..<300 {
            let (_, check) = try await server.json("/api/check?limit=1")
            if (check as? [String: Any])?["ready"] as? Bool == true { return server }
            try await Task.sleep(for: .milliseconds(100))
        }
        server.stop()
        throw CancellationError()
    }

    @Test func thePageListsTheFirstAndCountsAll() async throws {
        let server = try await readyServer()
        defer { server.stop() }
        let (status, answer) = try await server.json("/api/node?id=A/RES/58/154")
        #expect(status == 200)
        let node = try #require(answer as? [String: Any])
        #expect(node["citedByCount"] as? Int == 521)
        #expect(Set((node["citedBy"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }).count == 500)
        #expect(node["findingsCount"] as? Int == 521)
        #expect((node["findings"] as? [Any])?.count == 500)
        let page = try await server.get("/node?id=A/RES/58/154")
        #expect(page.body.contains("<h2>Problems found by check (521)</h2>"))
        #expect(page.body.contains(#"The first 500 are listed; <a href="/api/check?node=A/RES/58/154">all of them</a>"#))
        #expect(page.body.contains("521 documents cite it; the first 500 are listed"))
        #expect(page.body.contains(#"<h3 class="r-recalls">recalls (521)</h3>"#))
    }

    @Test func whatANodeCitesIsListedToTheFirstAndCountedWhole() async throws {
        let server = try await readyServer()
        defer { server.stop() }
        let page = try await server.get("/node?id=A/RES/56/1")
        #expect(page.body.contains("<dt>Cites</dt><dd>600</dd>"))
        #expect(page.body.contains("It cites 600 ids; the first 500 are listed"))
        #expect(page.body.contains(#"<h3 class="r-recalls">recalls (600)</h3>"#))
        #expect(page.body.contains(#"<h3 class="r-notes">notes (30)</h3>"#))
    }

    @Test func theAPIPagesThroughOneNodesFindings() async throws {
        let server = try await readyServer()
        defer { server.stop() }
        let (status, answer) = try await server.json("/api/check?node=58/154&offset=500&limit=100")
        #expect(status == 200)
        let check = try #require(answer as? [String: Any])
        #expect(check["total"] as? Int == 521)
        let findings = check["findings"] as? [[String: Any]] ?? []
        #expect(findings.count == 21)
        #expect(findings.allSatisfy { $0["node"] as? String == "A/RES/58/154" })
        let (_, first) = try await server.json("/api/check?node=A/RES/58/154&limit=10000")
        let all = (first as? [String: Any])?["findings"] as? [[String: Any]] ?? []
        #expect(all.count == 521)
        #expect(Array(all.suffix(21)).map { $0["message"] as? String } == findings.map { $0["message"] as? String })
        #expect(try await server.json("/api/check?node=48/114").0 == 404)
        #expect(try await server.get("/api/check?node=").status == 400)
    }
}
