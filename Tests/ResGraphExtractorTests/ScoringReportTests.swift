import Foundation
import ResGraphExtractor
import ResGraphReader
import ResGraphTestSupport
import Testing

/// Precision and recall per language on every hand-read text: distinct targets and (target,
/// relation) pairs, printed as a report (`swift test --filter ScoringReport`) and held to the
/// bars of the real-world-forms issue (targets P ≥ 0.97, R ≥ 0.95; pairs ≥ 0.90).
struct ScoringReportTests {
    struct Score {
        var expected = 0, found = 0, right = 0
        var precision: Double { found == 0 ? 1 : Double(right) / Double(found) }
        var recall: Double { expected == 0 ? 1 : Double(right) / Double(expected) }
        mutating func add(expected: Set<String>, found: Set<String>) {
            self.expected += expected.count
            self.found += found.count
            right += expected.intersection(found).count
        }
    }

    static var texts: [HandReadExpectations.Text] {
        SeedTests.expectations.map { seed in
            HandReadExpectations.Text(
                path: Fixture.path(seed.file), language: seed.language.rawValue,
                citations: Set(seed.citations.flatMap { relation, ids in ids.map { "\(relation): \($0)" } }))
        } + HandReadExpectations.formatTexts + HandReadExpectations.corpusTexts
    }

    /// Every hand-read text gives exactly its citations, each with the relation of its clause:
    /// the bars above, met by every text, are not where a text may quietly fall back to.
    @Test(arguments: Self.texts.map(\.path))
    func aHandReadTextGivesExactlyItsCitations(path: String) throws {
        let text = try #require(Self.texts.first { $0.path == path })
        let found = Set(try Extractor().extract(fileAt: path).citations.map(\.description))
        #expect(found.subtracting(text.citations).sorted() == [], "found, not expected")
        #expect(text.citations.subtracting(found).sorted() == [], "expected, not found")
    }

    @Test func precisionAndRecallPerLanguage() throws {
        var targets: [String: Score] = [:], pairs: [String: Score] = [:]
        for text in Self.texts {
            let document = try Extractor().extract(fileAt: text.path)
            let found = Set(document.citations.map(\.description))
            pairs[text.language, default: Score()].add(expected: text.citations, found: found)
            let target = { (pair: String) in String(pair.split(separator: " ", maxSplits: 1)[1]) }
            targets[text.language, default: Score()].add(expected: Set(text.citations.map(target)), found: Set(found.map(target)))
        }
        var report = ["language  texts  targets P  targets R  pairs P  pairs R"]
        for language in targets.keys.sorted() {
            let t = targets[language]!, p = pairs[language]!
            let count = Self.texts.filter { $0.language == language }.count
            report.append(String(format: "%-8@  %5d  %9.3f  %9.3f  %7.3f  %7.3f", language as NSString, count, t.precision, t.recall, p.precision, p.recall))
            #expect(t.precision >= 0.97 && t.recall >= 0.95, "\(language) targets")
            #expect(p.precision >= 0.90 && p.recall >= 0.90, "\(language) pairs")
        }
        print(report.joined(separator: "\n"))
    }
}
