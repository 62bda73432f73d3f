import Foundation
import GRDB
@testable import ResGraphIndex
import ResGraphExtractor
import ResGraphGraph
import Testing

/// The cited ids the index lacks found in one walk of the target index (``LackingIDs``): what
/// SQL's grouping finds, in its order, their first citations read a window at a time.
struct LackingIDsTests {
    /// The rows SQL's grouping gives: each id no file has, the documents citing it counted
    /// across relations, its first reference, most cited first, then by the id's bytes.
    static func grouped(_ index: CitationIndex) throws -> [String] {
        try index.database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT d.target, r.kind, d.citing, (SELECT path FROM file WHERE id = r.file) AS path, r.start, r.text FROM (
                    SELECT target, count(DISTINCT node) AS citing, min(id) AS first FROM reference
                    GROUP BY target HAVING target NOT IN (SELECT node FROM file)) d
                JOIN reference r ON r.id = d.first
                ORDER BY d.citing DESC, d.target
                """).map { "\($0["target"] as String)|\($0["kind"] as String)|\($0["citing"] as Int)|\($0["path"] as String)|\($0["start"] as Int)|\($0["text"] as String)" }
        }
    }

    static func walked(_ index: CitationIndex, kinds: Set<ReferenceKind>? = nil, window: Int = LackingIDs.window) throws -> [String] {
        var rows: [String] = []
        try index.database.read { db in
            try LackingIDs.read(kinds: kinds, index: index.path, in: db, window: window) {
                rows.append("\($0.node.id)|\($0.node.kind.rawValue)|\($0.citingNodes)|\($0.firstSource)|\($0.firstOffset)|\($0.firstText)")
            }
        }
        return rows
    }

    /// The seeds and 240 documents citing a pool of ids, one of them cited by one document
    /// under two relations from a later file, with ties among the counts: the walk gives SQL's
    /// rows, whether a window holds them all, five or one.
    @Test(arguments: [LackingIDs.window, 5, 1])
    func theWalkFindsWhatSQLGroupingFinds(window: Int) throws {
        let (_, index, _) = try PartedReadsTests.corpus()
        try index.database.write { db in
            try IndexStatisticsTests.add(node: "A/RES/98/1", files: [("/twice.txt", nil, [("A/RES/48/139", "notes"), ("A/RES/48/139", "recalls")])], to: db)
        }
        let grouped = try Self.grouped(index)
        #expect(grouped.count == 83)
        #expect(Set(grouped.map { $0.split(separator: "|")[2] }).count < grouped.count)
        #expect(try Self.walked(index, window: window) == grouped)
        #expect(try index.dangling().map { "\($0.node.id)|\($0.node.kind.rawValue)|\($0.citingNodes)|\($0.firstSource)|\($0.firstOffset)|\($0.firstText)" } == grouped)
    }

    /// Of some kinds only: SQL's rows of those kinds, in every window.
    @Test(arguments: [LackingIDs.window, 3])
    func ofSomeKindsTheWalkGivesThoseOfSQL(window: Int) throws {
        let (_, index, _) = try PartedReadsTests.corpus()
        let grouped = try Self.grouped(index)
        for kinds: Set<ReferenceKind> in [[.document], [.treaty, .gaResolution], [.scResolution]] {
            let expected = grouped.filter { kinds.contains(ReferenceKind(rawValue: String($0.split(separator: "|")[1]))!) }
            #expect(try Self.walked(index, kinds: kinds, window: window) == expected)
        }
        #expect(try Self.walked(index, kinds: [.scResolution]).isEmpty && !Self.walked(index, kinds: [.document]).isEmpty)
    }

    /// The walk of every cited id, without the references' numbers (as `stats` walks) and with
    /// them (as `dangling` does): SQL's ids, counts and first references, in byte order.
    @Test func theWalkGivesEveryCitedIDWithItsNumberOnlyWhenAsked() throws {
        let (_, index, _) = try PartedReadsTests.corpus()
        let (expected, walked, numbered) = try index.database.read { db in
            let expected = try Row.fetchAll(db, sql: """
                SELECT target, count(DISTINCT node) AS citing, target NOT IN (SELECT node FROM file) AS lacked, min(id) AS first
                FROM reference GROUP BY target ORDER BY target
                """).map { "\($0["target"] as String)|\($0["citing"] as Int)|\($0["lacked"] as Bool)|\($0["first"] as Int)" }
            var walked: [String] = [], numbered: [String] = []
            try CitedIDs.walk(in: db) { id, citing, isLacked, first in
                walked.append("\(String(decoding: id, as: UTF8.self))|\(citing)|\(isLacked)|\(first.map(String.init) ?? "none")")
            }
            try CitedIDs.walk(in: db, numbered: true) { id, citing, isLacked, first in
                numbered.append("\(String(decoding: id, as: UTF8.self))|\(citing)|\(isLacked)|\(first.map(String.init) ?? "none")")
            }
            return (expected, walked, numbered)
        }
        #expect(expected.count == 84)
        #expect(expected.filter { $0.split(separator: "|")[2] == "true" }.count == 83)
        #expect(numbered == expected)
        #expect(walked == expected.map { $0.split(separator: "|").prefix(3).joined(separator: "|") + "|none" })
    }

    /// An empty index lacks nothing; an id cited in a kind this version does not know is said,
    /// naming the index; an error of the reader stops the walk with it.
    @Test func failuresAreThrown() throws {
        let empty = try CitationIndex(path: try Corpus().database)
        #expect(try empty.dangling().isEmpty)
        let (_, index, _) = try PartedReadsTests.corpus()
        struct Stop: Error {}
        var taken = 0
        #expect(throws: Stop.self) {
            try index.dangling { _ in
                taken += 1
                if taken == 3 { throw Stop() }
            }
        }
        #expect(taken == 3)
        try index.database.write { try $0.execute(sql: "UPDATE reference SET kind = 'no-such-kind' WHERE target = 'A/RES/48/100'") }
        #expect(throws: IndexError.self) { try index.dangling() }
    }
}
