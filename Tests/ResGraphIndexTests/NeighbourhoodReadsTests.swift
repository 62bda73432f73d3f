import Foundation
import GRDB
import ResGraphBenchmarkSupport
@testable import ResGraphIndex
import ResGraphGraph
import ResGraphReader
import Synchronization
import Testing

/// A focus's neighbourhood with its documents read in parts side by side (for a page cache
/// that lacks them): the graph one read gives, of the state of the index its nodes were found
/// in, even when a run commits between the two.
struct NeighbourhoodReadsTests {
    /// The neighbourhoods compared: around cited ids of the pool and around documents.
    static let focuses = ["A/RES/48/110", "A/RES/48/125", "S/RES/4(1964)", "A/RES/53/3"]

    static func same(_ a: CitationGraph, _ b: CitationGraph, _ focus: String) {
        #expect(a.nodes == b.nodes, "\(focus): nodes")
        #expect(a.edges == b.edges, "\(focus): edges")
        #expect(Set(a.documents.keys) == Set(b.documents.keys), "\(focus): documents")
        #expect(a.jointSymbols.canonical("A/RES/58/154") == b.jointSymbols.canonical("A/RES/58/154"))
    }

    @Test(arguments: [1, 3])
    func thePartsGiveTheGraphOfOneRead(workers: Int) throws {
        let (_, index, _) = try PartedReadsTests.corpus()
        for focus in Self.focuses {
            for depth in 1...2 {
                let whole = try index.neighbourhood(around: focus, depth: depth, direction: .both, limit: 10_000, reads: PartedReads(mode: .oneRead))
                let parts = Mutex(0)
                let reads = PartedReadsTests.separate(workers: workers) { _ in parts.withLock { $0 += 1 } }
                let parted = try index.neighbourhood(around: focus, depth: depth, direction: .both, limit: 10_000, reads: reads)
                #expect(whole.graph.documents.count >= (depth == 1 ? 3 : 60), "\(focus) \(depth)")
                // Every node a part of its own, and one for the joint symbols: read apart.
                #expect(parts.withLock { $0 } > 2, "\(focus) \(depth)")
                Self.same(parted.graph, whole.graph, focus)
                #expect(parted.isCut == whole.isCut)
            }
        }
    }

    /// Too few nodes to part, or an index that keeps no generation: one read, the same graph.
    @Test func fewNodesOrNoGenerationAreReadInOneRead() throws {
        let (_, index, _) = try PartedReadsTests.corpus()
        let whole = try index.neighbourhood(around: "A/RES/48/110", depth: 2, direction: .both, limit: 10_000, reads: PartedReads(mode: .oneRead))
        let few = PartedReads(mode: .separateReads(workers: 2), fewestFilesPerPart: 10_000, afterPart: { _ in Issue.record("read apart") })
        Self.same(try index.neighbourhood(around: "A/RES/48/110", depth: 2, direction: .both, limit: 10_000, reads: few).graph, whole.graph, "few")
        try index.database.write { try $0.execute(sql: "DELETE FROM totals") }
        let parted = try index.neighbourhood(around: "A/RES/48/110", depth: 2, direction: .both, limit: 10_000, reads: PartedReadsTests.separate(workers: 2))
        Self.same(parted.graph, whole.graph, "no generation")
    }

    /// A run that commits once the nodes are found and a first part read: the neighbourhood is
    /// found and read again in one read, of the index after the run (a new document citing
    /// the focus is in it), never nodes of one state with documents of the other.
    @Test func aRunBetweenTheWalkAndThePartsMakesAllBeReadAgain() throws {
        let (corpus, index, _) = try PartedReadsTests.corpus()
        let focus = "A/RES/48/110"
        let before = try index.neighbourhood(around: focus, depth: 1, direction: .both, limit: 10_000, reads: PartedReads(mode: .oneRead))
        let path = corpus.database
        let reads = PartedReadsTests.separate(workers: 1) { part in
            guard part == 0 else { return }
            try! DatabaseQueue(path: path).write { db in
                try IndexStatisticsTests.add(node: "A/RES/99/1", files: [("/late.txt", "2005-01-01", [(focus, "welcomes")])], to: db)
                try KeptTotals.startGeneration(in: db)
            }
        }
        let parted = try index.neighbourhood(around: focus, depth: 1, direction: .both, limit: 10_000, reads: reads)
        let after = try index.neighbourhood(around: focus, depth: 1, direction: .both, limit: 10_000, reads: PartedReads(mode: .oneRead))
        // The corpus's files state no symbol: each document is its file's node.
        #expect(before.graph.nodes["file:/late.txt"] == nil && after.graph.nodes["file:/late.txt"] != nil)
        Self.same(parted.graph, after.graph, focus)
    }

    /// Reads from the disk are apart on as many threads as files are asked for on, one core or
    /// many, for an index in WAL mode; in one read for one that is not (read-only, made before
    /// WAL was used), whose neighbourhoods are then the one read's.
    @Test func readsFromTheDiskAreApartWhereReadersCanReadSideBySide() throws {
        let (corpus, index, _) = try PartedReadsTests.corpus()
        guard case .separateReads(let workers) = PartedReads.fromDisk(for: index.database).mode else {
            Issue.record("a pool's reads from the disk are apart")
            return
        }
        #expect(workers == ReadAhead.threads)
        let queue = try DatabaseQueue(path: corpus.database)
        guard case .oneRead = PartedReads.fromDisk(for: queue).mode else {
            Issue.record("a queue's reads are one after another: read in one read")
            return
        }
    }
}
