import Foundation
import ResGraphGraph
import ResGraphIndex
import ResGraphTestSupport
@testable import ResGraphWeb
import Testing

/// The web view keeps `check`'s findings on disk: every page of them, a node's, and the counts
/// are what `check` found, in its order.
struct FindingStoreTests {
    @Test func pagesNodesAndCountsAreWhatCheckFound() throws {
        let folder = try Scratch.folder("findings")
        // A note without a symbol is one finding; a resolution whose one footnote is a lone
        // "Ibid." under a marker of another number, three: more than the check page shows.
        for n in 0..<20 {
            try "Recalling resolution 48/\(n + 1),\n".write(to: folder.appendingPathComponent("note\(n).txt"), atomically: true, encoding: .utf8)
        }
        for n in 0..<170 {
            try "58/\(900 + n). Title\n\nRecalling its resolution 48/113 and the report,2\n\n__________\n1 Ibid.\n"
                .write(to: folder.appendingPathComponent("res\(n).txt"), atomically: true, encoding: .utf8)
        }
        let index = try CitationIndex(path: folder.appendingPathComponent("index.sqlite").path)
        _ = try index.index(paths: [folder.path])
        let all = try index.check()
        #expect(all.count == 530)
        let store = try FindingStore(checking: index)
        #expect(store.count == all.count)
        #expect(store.first == Array(all.prefix(CheckContext.pageLimit)))
        #expect(store.counts == Dictionary(grouping: all, by: \.problem).mapValues(\.count))
        for offset in [0, 1, 7, 499, 500, 529, 530, 5_000] {
            #expect(try store.page(offset: offset, limit: 7) == Array(all.dropFirst(offset).prefix(7)), "offset \(offset)")
        }
        for node in Set(all.map(\.node)) {
            let found = all.filter { $0.node == node }
            #expect(try store.findings(of: node, limit: 1_000) == found)
            #expect(try store.count(of: node) == found.count)
            for (offset, limit) in [(0, 1), (1, 2), (found.count - 1, 5), (found.count, 5)] {
                #expect(try store.findings(of: node, offset: offset, limit: limit) == Array(found.dropFirst(offset).prefix(limit)), "\(node) \(offset)")
            }
        }
        #expect(try store.findings(of: "A/RES/1/1", limit: 10).isEmpty)
        #expect(try store.count(of: "A/RES/1/1") == 0)
    }

    /// Every value is kept as it came: empty texts stay empty (not NULL, which the table refuses),
    /// a finding without a place keeps none, texts of any script and size their bytes.
    @Test func findingsAreKeptAsTheyCame() throws {
        let findings = [
            Finding(problem: .noSymbol, source: "", offset: nil, node: "", message: ""),
            Finding(problem: .ibidWithoutAntecedent, source: "/t/决议.txt", offset: 0, node: "A/RES/58/154", message: "同上 without a reference before it"),
            Finding(problem: .markerWithoutBody, source: "/t/a.txt", offset: Int(Int32.max) + 7, node: "S/RES/1325(2000)", message: String(repeating: "é", count: 5_000)),
        ]
        let kept = try FindingStore { keep in try findings.forEach(keep) }
        #expect(kept.count == 3 && kept.first == findings && kept.counts == [.noSymbol: 1, .ibidWithoutAntecedent: 1, .markerWithoutBody: 1])
        #expect(try kept.page(offset: 0, limit: 10) == findings)
        #expect(try kept.findings(of: "", limit: 10) == [findings[0]])
    }
}

