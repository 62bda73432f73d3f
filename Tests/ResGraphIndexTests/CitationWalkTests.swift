import Foundation
import ResGraphExtractor
import ResGraphGraph
import ResGraphIndex
import ResGraphTestSupport
import Testing

/// A walk of several steps along citations gives what steps of one, taken one node at a time,
/// give: past the first step the index reads the links to nodes reached already from the target
/// index alone and the rows of the new nodes only, or, where the new are most, every row.
struct CitationWalkTests {
    /// Resolutions of session 70: 11–17 recall 1, 12–17 recall 11 too; 21 recalls 11; 24 recalls
    /// and reaffirms 11; 22 and 23 reaffirm 12; 31 recalls 21 and 22; 41 recalls 12–16 and 21; 51
    /// recalls 41 and 12–16. From 1, the second step finds two new citers among nine links of 11
    /// (their rows read link by link) and four among four of 12 (all rows read); from 51, one new
    /// among six that 41 cites.
    static let texts: [(number: Int, cited: [Int], verb: String)] = [
        (1, [], "Recalling"),
        (11, [1], "Recalling"), (12, [1, 11], "Recalling"), (13, [1, 11], "Recalling"), (14, [1, 11], "Recalling"),
        (15, [1, 11], "Reaffirming"), (16, [1, 11], "Recalling"), (17, [1, 11], "Recalling"),
        (21, [11], "Recalling"), (24, [11], "Recalling its resolution 70/11,\nReaffirming"),
        (22, [12], "Reaffirming"), (23, [12], "Reaffirming"),
        (31, [21, 22], "Recalling"),
        (41, [12, 13, 14, 15, 16, 21], "Recalling"),
        (51, [41, 12, 13, 14, 15, 16], "Recalling"),
    ]

    static func index() throws -> CitationIndex {
        let folder = try Scratch.folder("walk")
        for (number, cited, verb) in texts {
            let list = cited.map { "70/\($0)" }.joined(separator: ", ")
            let body = cited.isEmpty ? "Noting the report,\n" : "\(verb) its resolutions \(list),\n"
            try "70/\(number). Resolution \(number)\n\n\(body)".write(to: folder.appendingPathComponent("r\(number).txt"), atomically: true, encoding: .utf8)
        }
        let index = try CitationIndex(path: folder.appendingPathComponent("index.sqlite").path)
        _ = try index.index(paths: [folder.path])
        return index
    }

    /// The walk as steps of one: each node's hits that are new, in the order the step gives them.
    static func stepByStep(from id: String, depth: Int, _ step: (String) throws -> [CitationHit]) rethrows -> [CitationHit] {
        var seen: Set<String> = [id], frontier = [id], hits: [CitationHit] = []
        for level in 1...depth {
            var next: [String] = []
            for current in frontier {
                for var hit in try step(current) where !seen.contains(hit.node.id) {
                    seen.insert(hit.node.id)
                    next.append(hit.node.id)
                    hit.depth = level
                    hits.append(hit)
                }
            }
            frontier = next
        }
        return hits
    }

    /// Expects each walk from `ids`, one to four steps, to give what its steps of one give.
    static func expectStepsOfOne(from ids: [String], _ walk: (String, Int) throws -> [CitationHit]) throws {
        for id in ids {
            for depth in 1...4 {
                #expect(try walk(id, depth) == (try stepByStep(from: id, depth: depth) { try walk($0, 1) }), "\(id) \(depth)")
            }
        }
    }

    @Test(arguments: [nil, Relation.recalls, .reaffirms])
    func walksBothWaysAreTheirStepsOfOne(relation: Relation?) throws {
        let index = try Self.index()
        try Self.expectStepsOfOne(from: ["A/RES/70/1", "A/RES/70/11", "A/RES/70/12"]) { try index.citers(of: $0, relation: relation, depth: $1) }
        try Self.expectStepsOfOne(from: ["A/RES/70/51", "A/RES/70/31", "A/RES/70/41"]) { try index.cited(by: $0, relation: relation, depth: $1) }
    }

    @Test func citersThreeStepsFromOne() throws {
        let hits = try Self.index().citers(of: "A/RES/70/1", depth: 3)
        #expect(hits.map { "\($0.node.id) \($0.depth) \($0.via)" } == [
            "A/RES/70/11 1 A/RES/70/1", "A/RES/70/12 1 A/RES/70/1", "A/RES/70/13 1 A/RES/70/1", "A/RES/70/14 1 A/RES/70/1",
            "A/RES/70/15 1 A/RES/70/1", "A/RES/70/16 1 A/RES/70/1", "A/RES/70/17 1 A/RES/70/1",
            "A/RES/70/21 2 A/RES/70/11", "A/RES/70/24 2 A/RES/70/11", "A/RES/70/22 2 A/RES/70/12", "A/RES/70/23 2 A/RES/70/12",
            "A/RES/70/41 2 A/RES/70/12", "A/RES/70/51 2 A/RES/70/12", "A/RES/70/31 3 A/RES/70/21",
        ])
        #expect(hits.allSatisfy { $0.place != nil && $0.node.sources.count == 1 && $0.node.title != nil })
        #expect(hits.first { $0.node.id == "A/RES/70/24" }?.relations == [.recalls, .reaffirms])
    }

    /// Two steps around 1 reach 41 and 51 through five links each (they recall 12–16) and 21–24
    /// through one: with room for three more nodes, the two most linked are kept, then the first
    /// id of those linked once.
    @Test func aNeighbourhoodPastItsLimitKeepsTheMostLinkedThenTheFirstIds() throws {
        let index = try Self.index()
        let stepOne = ["A/RES/70/1"] + (11...17).map { "A/RES/70/\($0)" }
        for (limit, more) in [(11, ["A/RES/70/41", "A/RES/70/51", "A/RES/70/21"]), (10, ["A/RES/70/41", "A/RES/70/51"]),
                              (9, ["A/RES/70/41"]), (13, ["A/RES/70/41", "A/RES/70/51", "A/RES/70/21", "A/RES/70/22", "A/RES/70/23"])] {
            let (graph, isCut) = try index.neighbourhood(around: "A/RES/70/1", depth: 2, direction: .both, limit: limit)
            #expect(isCut)
            #expect(Set(graph.nodes.values.filter(\.isPresent).map(\.id)) == Set(stepOne + more), "\(limit)")
        }
        let (whole, isCut) = try index.neighbourhood(around: "A/RES/70/1", depth: 2, direction: .both, limit: 14)
        #expect(!isCut)
        #expect(whole.nodes.values.filter(\.isPresent).count == 14)
    }

    /// A walk visited hit by hit hands each hit over as it is found, in the list's order, and
    /// stops where its visitor throws (as `head` closing the pipe of a long answer stops it).
    @Test func aWalkVisitedHitByHitStopsWhereItsVisitorThrows() throws {
        struct Enough: Error {}
        let index = try Self.index()
        var citers: [String] = []
        #expect(throws: Enough.self) {
            try index.forEachCiter(of: "A/RES/70/1", depth: 3) { hit in
                citers.append("\(hit.node.id) \(hit.depth)")
                if citers.count == 8 { throw Enough() }
            }
        }
        #expect(citers == (11...17).map { "A/RES/70/\($0) 1" } + ["A/RES/70/21 2"])
        var cited: [String] = []
        try index.forEachCited(by: "A/RES/70/51", relation: .recalls, depth: 2) { cited.append("\($0.node.id) \($0.depth)") }
        #expect(cited == ["A/RES/70/12 1", "A/RES/70/13 1", "A/RES/70/14 1", "A/RES/70/15 1", "A/RES/70/16 1", "A/RES/70/41 1",
                          "A/RES/70/1 2", "A/RES/70/11 2", "A/RES/70/21 2"])
    }

    /// The first citers (by id) of each node, for every limit, are the first of all its citers,
    /// places included: 70/24 recalls and reaffirms 70/11 at two places, and its hit's place is
    /// the one its whole list gives.
    @Test func theFirstCitersOfEachNodeAreTheFirstOfAll() throws {
        let index = try Self.index()
        for number in [1, 11, 12, 21, 41] {
            let all = try index.citers(of: "A/RES/70/\(number)")
            #expect(!all.isEmpty)
            for limit in 1...(all.count + 1) {
                #expect(try index.firstCiters(of: "A/RES/70/\(number)", limit: limit) == Array(all.prefix(limit)), "70/\(number) \(limit)")
            }
        }
        #expect(try index.firstCiters(of: "A/RES/70/11", limit: 10).first { $0.node.id == "A/RES/70/24" }?.relations == [.recalls, .reaffirms])
    }

    /// A node past the first step with thousands of links, most of them from nodes not reached
    /// yet, is read one citer at a time, relation by relation, merged: 70/2 is cited three times
    /// by each of 1,400 resolutions (4,200 links, past ``linksReadByRelation``'s 4,096), under
    /// relations in three mixes; ten of them cite 70/1 too and are reached at the first step. The
    /// second step gives each other citer once, in the order of ids, with its relations and first
    /// place as the first citers of 70/2 (read whole, in one query) give them.
    @Test func aMuchCitedNodePastTheFirstStepIsReadCiterByCiter() throws {
        let folder = try Scratch.folder("merged-walk")
        let mixes = [["Recalling", "Reaffirming", "Noting"], ["Recalling", "Noting", "Recalling also"], ["Reaffirming", "Reaffirming also", "Noting"]]
        var texts = ["r1.txt": "70/1. Resolution 1\n\nNoting the report,\n", "r2.txt": "70/2. Resolution 2\n\nRecalling its resolution 70/1,\n"]
        for number in 1_000..<2_400 {
            let clauses = mixes[number % 3].map { "\($0) its resolution 70/2,\n" }.joined()
            let first = number < 1_010 ? "Recalling its resolution 70/1,\n" : ""
            texts["r\(number).txt"] = "70/\(number). Resolution \(number)\n\n\(first)\(clauses)"
        }
        for (name, text) in texts { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let index = try CitationIndex(path: folder.appendingPathComponent("index.sqlite").path)
        _ = try index.index(paths: [folder.path])

        let walk = try index.citers(of: "A/RES/70/1", depth: 2)
        let firstStep = ["A/RES/70/2"] + (1_000..<1_010).map { "A/RES/70/\($0)" }
        #expect(walk.filter { $0.depth == 1 }.map(\.node.id) == firstStep.sorted())
        let whole = try index.firstCiters(of: "A/RES/70/2", limit: 10_000)
        #expect(whole.count == 1_400)
        let expected = whole.filter { !firstStep.contains($0.node.id) }.map { hit in
            var hit = hit
            hit.depth = 2
            return hit
        }
        let secondStep = walk.filter { $0.depth == 2 }
        #expect(secondStep.count == 1_390)
        let firstDifference = zip(secondStep, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        #expect(firstDifference == nil, "first difference: \(firstDifference.map { "\(secondStep[$0]) against \(expected[$0])" } ?? "")")
        #expect(secondStep.count == expected.count)
        #expect(secondStep.allSatisfy { $0.via == "A/RES/70/2" && $0.place != nil && $0.node.title != nil })
        #expect(secondStep.first { $0.node.id == "A/RES/70/1012" }?.relations == [.recalls, .notes])
        #expect(secondStep.first { $0.node.id == "A/RES/70/1013" }?.relations == [.reaffirms, .notes])
        #expect(secondStep.first { $0.node.id == "A/RES/70/1020" }?.relations == [.recalls, .reaffirms, .notes])
    }

    @Test func citedThreeStepsFromFiftyOne() throws {
        let hits = try Self.index().cited(by: "A/RES/70/51", depth: 3)
        #expect(hits.map { "\($0.node.id) \($0.depth) \($0.via)" } == [
            "A/RES/70/12 1 A/RES/70/51", "A/RES/70/13 1 A/RES/70/51", "A/RES/70/14 1 A/RES/70/51",
            "A/RES/70/15 1 A/RES/70/51", "A/RES/70/16 1 A/RES/70/51", "A/RES/70/41 1 A/RES/70/51",
            "A/RES/70/1 2 A/RES/70/12", "A/RES/70/11 2 A/RES/70/12", "A/RES/70/21 2 A/RES/70/41",
        ])
    }
}
