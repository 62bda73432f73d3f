import Foundation
@testable import ResGraphIndex
import ResGraphGraph
import Testing

/// Findings sorted as bytes (``FindingOrder``), in memory and through the spill file, come in
/// the order of sorting them one by one as ``Finding``s, equal ones in the order given: names
/// that share long prefixes or differ past the eight bytes of the sort key, and texts outside
/// ASCII, among them canonically equivalent spellings that Swift calls equal.
struct FindingOrderTests {
    static let asciiNames = ["texts/r1.txt", "texts/r10.txt", "texts/r2.txt", "texts/r1.txt.md", "texts/R1.txt", "texts/r1",
                             "texts/", "texts/aaaaaaaaaaaa1.txt", "texts/aaaaaaaaaaaa2.txt", "texts/aaaaaaaab.txt", "texts/ab.txt"]
    static let otherNames = ["texts/caf\u{E9}.txt", "texts/cafe\u{301}.txt", "texts/\u{212A}.txt", "texts/K.txt",
                             "texts/\u{4E2D}.txt", "texts/\u{5E8}\u{5D0}.txt"]
    static let messages = ["m", "m2", "caf\u{E9}", "cafe\u{301}", "\u{212A}", "K", "\u{540C}\u{4E0A}"]

    /// Findings over `names`, several at one place, some equal but for their node, of every
    /// problem (whose order is that of their names, not of their declaration).
    static func findings(_ names: [String], count: Int) -> [Finding] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { k in
            Finding(problem: Finding.Problem.allCases.randomElement(using: &generator)!,
                    source: names.randomElement(using: &generator)!, offset: [nil, 0, 7, 1 << 40].randomElement(using: &generator)!,
                    node: "n\(k)", message: messages.randomElement(using: &generator)!)
        }
    }

    /// The nodes (each finding's own) in the order of sorting the findings one by one, stably.
    static func expectedNodes(_ findings: [Finding]) -> [String] {
        findings.indices.sorted { a, b in
            findings[a] < findings[b] || (!(findings[b] < findings[a]) && a < b)
        }.map { findings[$0].node }
    }

    @Test(arguments: [asciiNames, asciiNames + otherNames, ["one/same.txt"]])
    func recordsSortAsFindingsDo(names: [String]) {
        for _ in 0..<20 {
            let findings = Self.findings(names, count: 300)
            let run = RecordBuffer()
            for finding in findings { run.append(finding) }
            #expect(FindingOrder.sort(run).map { findings[$0].node } == Self.expectedNodes(findings))
        }
    }

    /// Held in memory (a limit above their number) or merged from the spill file (runs of 32).
    @Test(arguments: [asciiNames, asciiNames + otherNames], [64, 1_000_000])
    func findingsComeBackWholeInThatOrder(names: [String], limit: Int) throws {
        let findings = Self.findings(names, count: 2_000)
        let sorter = FindingSorter(limit: limit)
        for finding in findings { try sorter.add(finding) }
        #expect((sorter.spillFolder != nil) == (limit < findings.count))
        var merged: [Finding] = []
        try sorter.forEachInOrder { merged.append($0) }
        #expect(merged.map(\.node) == Self.expectedNodes(findings))
        // Each comes back whole, its texts byte for byte (a source is reused from the finding before only when it is that one).
        let given = Dictionary(uniqueKeysWithValues: findings.map { ($0.node, $0) })
        #expect(merged.allSatisfy { Self.sameBytes($0, given[$0.node]!) })
    }

    static func sameBytes(_ one: Finding, _ other: Finding) -> Bool {
        one.problem == other.problem && one.offset == other.offset && one.source.utf8.elementsEqual(other.source.utf8)
            && one.node.utf8.elementsEqual(other.node.utf8) && one.message.utf8.elementsEqual(other.message.utf8)
    }

    /// A record read back holds what was written, texts outside ASCII and a place past 32 bits included.
    @Test func aRecordComesBackAsItsFinding() throws {
        let finding = Finding(problem: .yearContradictsDate, source: "texts/\u{212A}.txt", offset: 1 << 40, node: "S/RES/773(1992)", message: "cafe\u{301} \u{540C}\u{4E0A}")
        var bytes: [UInt8] = [9, 9]
        FindingCoding.append(finding, to: &bytes)
        let length = try #require(FindingCoding.length(in: bytes, at: 2))
        #expect(length == bytes.count - 2)
        #expect(FindingCoding.isWellFormed(bytes, at: 2, length: length))
        #expect(!FindingCoding.isWellFormed(bytes, at: 2, length: length - 1))
        for previous in ["", "texts/K.txt", finding.source] {
            let back = bytes.withUnsafeBufferPointer { FindingCoding.finding(at: $0.baseAddress! + 2, sourceLike: previous) }
            #expect(Self.sameBytes(back, finding))
        }
        #expect(bytes[2 + 5] == FindingCoding.sourceOutsideASCII | FindingCoding.messageOutsideASCII)
    }

    /// A date contradiction written from its pieces is the record of the finding it makes,
    /// byte for byte, its message worded as the graph words it.
    @Test(arguments: [
        DateDisagreement.ownDate("1993-12-20"), .citers(allDates: "1993-12-20, 1993-12-21"), .citers(allDates: "二〇〇三年, 1993-12-21"),
    ], ["texts/a.txt", "texts/\u{212A}.txt", "/tmp/\u{540C}\u{4E0A}/r0.txt"])
    func aDateContradictionIsWrittenAsItsFinding(disagreement: DateDisagreement, source: String) throws {
        let (node, date) = ("A/RES/ES-2/101", "1994-12-23")
        let message = disagreement.message(source: source, node: node, date: date)
        switch disagreement {
        case .ownDate(let own): #expect(message == "\(source) dates \(node) \(date), but its own text says \(own)")
        case .citers(let all): #expect(message == "\(source) dates \(node) \(date); citers disagree (\(all))")
        }
        #expect(disagreement.messageCount(source: source, node: node, date: date) == message.utf8.count)
        let pieces = RecordBuffer(), whole = RecordBuffer()
        pieces.appendDateContradiction(source: source, offset: 418, node: node, date: date, disagreement: disagreement)
        whole.append(Finding(problem: .dateContradiction, source: source, offset: 418, node: node, message: message))
        #expect(pieces.bytes == whole.bytes)
        #expect(pieces.starts == [0])
    }
}
