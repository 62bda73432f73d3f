import Foundation
import ResGraphExtractor
import ResGraphGraph
import ResGraphIndex
import Testing

/// Dates citers give a document, checked from the index as the graph checks them: each file once
/// per date it gives, at the place where it first dates the document.
struct DateFindingTests {
    /// Three files date 48/113, which the corpus lacks: one twice the same way, one two ways in one
    /// clause, one as the first. Every file is named once for each date it gives.
    static let texts = [
        "a.txt": "58/1. A\n\nRecalling resolution 48/113 of 20 December 1993,\n\nRecalling also resolution 48/113 of 20 December 1993,\n",
        "b.txt": "58/2. B\n\nRecalling resolution 48/113 of 21 December 1993 and resolution 48/113 of 22 December 1993,\n",
        "c.txt": "58/3. C\n\nNoting resolution 48/113 of 20 December 1993,\n",
    ]

    /// `texts` written to a folder and indexed: the index, and the folder.
    func indexed(_ texts: [String: String]) throws -> (index: CitationIndex, folder: URL) {
        let corpus = try Corpus()
        let folder = corpus.folder.appendingPathComponent("dated")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in texts { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let index = try CitationIndex(path: corpus.database)
        _ = try index.index(paths: [folder.path])
        return (index, folder)
    }

    @Test func eachFileIsNamedOnceForEachDateAtItsFirstPlace() throws {
        let (index, folder) = try indexed(Self.texts)
        let findings = try index.check()
        let describe = { (f: Finding) -> String in
            let name = URL(fileURLWithPath: f.source).lastPathComponent
            return "\(name)@\(f.offset ?? -1): \(f.message.replacingOccurrences(of: String(f.source.dropLast(name.count)), with: ""))"
        }
        #expect(findings.map(describe) == [
            "a.txt@30: a.txt dates A/RES/48/113 1993-12-20; citers disagree (1993-12-20, 1993-12-21, 1993-12-22)",
            "b.txt@30: b.txt dates A/RES/48/113 1993-12-21; citers disagree (1993-12-20, 1993-12-21, 1993-12-22)",
            "b.txt@30: b.txt dates A/RES/48/113 1993-12-22; citers disagree (1993-12-20, 1993-12-21, 1993-12-22)",
            "c.txt@27: c.txt dates A/RES/48/113 1993-12-20; citers disagree (1993-12-20, 1993-12-21, 1993-12-22)",
        ])
        // The graph, built from the same texts, finds the same; so does the index asked for
        // findings as they come, not in reading order.
        let documents = try Self.texts.keys.sorted().map { try Extractor().extract(fileAt: folder.appendingPathComponent($0).path) }
        #expect(CitationGraph(documents: documents).check().map(describe) == findings.map(describe))
        var unordered: [Finding] = []
        try index.check(inReadingOrder: false) { unordered.append($0) }
        #expect(unordered.map(describe).sorted() == findings.map(describe))
        #expect(try index.countFindings() == findings.count)
    }

    /// A document's own date is what its citers are held to: only the file that dates it
    /// otherwise is flagged, in the index (in reading order and not) as in the graph.
    @Test func aDateOtherThanTheDocumentsOwnIsFlagged() throws {
        let texts = [
            "own.txt": "United Nations A/RES/48/113\n\nResolution adopted by the General Assembly on 20 December 1993\n\n48/113. Assistance\n\nThe General Assembly,\n",
            "b.txt": "58/2. B\n\nRecalling resolution 48/113 of 21 December 1993,\n",
            "c.txt": "58/3. C\n\nNoting resolution 48/113 of 20 December 1993,\n",
        ]
        let (index, folder) = try indexed(texts)
        let b = folder.appendingPathComponent("b.txt").path
        let expected = [Finding(problem: .dateContradiction, source: b, offset: 30, node: "A/RES/48/113",
                                message: "\(b) dates A/RES/48/113 1993-12-21, but its own text says 1993-12-20")]
        #expect(try index.check() == expected)
        var unordered: [Finding] = []
        try index.check(inReadingOrder: false) { unordered.append($0) }
        #expect(unordered == expected)
        #expect(try index.countFindings() == 1)
        let documents = try texts.keys.sorted().map { try Extractor().extract(fileAt: folder.appendingPathComponent($0).path) }
        #expect(CitationGraph(documents: documents).check() == expected)
    }

    /// Two targets whose ids are as long as each other, dated by the same files one after the
    /// other: each is told from the other by its bytes, and only the one the files disagree on is flagged.
    @Test func targetsOfOneLengthAreToldApart() throws {
        let texts = [
            "a.txt": "58/1. A\n\nRecalling resolutions 48/113 of 20 December 1993 and 48/114 of 20 December 1993,\n",
            "b.txt": "58/2. B\n\nRecalling resolutions 48/113 of 21 December 1993 and 48/114 of 20 December 1993,\n",
        ]
        let (index, folder) = try indexed(texts)
        let findings = try index.check()
        #expect(findings.map { "\(URL(fileURLWithPath: $0.source).lastPathComponent) \($0.node) \($0.offset ?? -1)" } == [
            "a.txt A/RES/48/113 31", "b.txt A/RES/48/113 31",
        ])
        let documents = try texts.keys.sorted().map { try Extractor().extract(fileAt: folder.appendingPathComponent($0).path) }
        #expect(CitationGraph(documents: documents).check() == findings)
    }
}
