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
            try "58/\(900 + n). Title\n\nRecalling its resolution 48/113,1 and the report,2\n\n__________\n1 Ibid.\n"
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
            #expect(try store.findings(of: node) == all.filter { $0.node == node })
        }
        #expect(try store.findings(of: "A/RES/1/1").isEmpty)
    }
}
