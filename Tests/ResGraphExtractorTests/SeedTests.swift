import Foundation
import ResGraphExtractor
import Testing

/// The exact expectations of issue 2 on the five seed resolutions.
struct SeedTests {
    struct Expectation: Sendable, CustomTestStringConvertible {
        let file: String
        let symbol: String
        let language: Language
        let date: String
        let citations: [String: [String]]
        var testDescription: String { file }
    }

    static let commonA58154: [String: [String]] = [
        "recalls": ["A/RES/48/113", "A/RES/49/173", "A/RES/50/151", "A/RES/51/70", "A/RES/52/102", "A/RES/53/123", "A/RES/54/144", "A/RES/56/134"],
        "notes": ["A/58/281", "A/58/12"], "considers": ["A/58/12"],
        "reaffirms": ["A/51/341", "A/51/341/Corr.1"], "welcomes": ["A/51/341", "A/51/341/Corr.1"],
        "cites": ["UNTS 189/2545", "UNTS 606/8791"],
    ]

    static let expectations: [Expectation] = [
        Expectation(file: "A_RES_58_154.en.txt", symbol: "A/RES/58/154", language: .english, date: "2003-12-22",
                    citations: commonA58154.merging(["on-report-of": ["A/58/503"]]) { a, _ in a }),
        Expectation(file: "A_RES_58_154.fr.txt", symbol: "A/RES/58/154", language: .french, date: "2003-12-22",
                    citations: commonA58154),
        Expectation(file: "A_RES_58_154.zh.txt", symbol: "A/RES/58/154", language: .chinese, date: "2003-12-22",
                    citations: commonA58154.merging(["on-report-of": ["A/58/503"]]) { a, _ in a }),
        Expectation(file: "A_RES_59_170.zh.txt", symbol: "A/RES/59/170", language: .chinese, date: "2004-12-20", citations: [
            "on-report-of": ["A/59/498"], "considers": ["A/59/12", "A/59/12/Add.1"],
            "recalls": ["A/RES/58/153", "A/RES/58/270"], "endorses": ["A/59/12/Add.1"],
            "notes": ["A/59/12/Add.1", "A/57/12/Add.1", "UNTS 360/5158", "UNTS 989/14458"],
            "reaffirms": ["UNTS 189/2545", "UNTS 606/8791"], "welcomes": ["A/59/12"], "cites": ["A/RES/428(V)"],
        ]),
        Expectation(file: "A_RES_58_208.zh.md", symbol: "A/RES/58/208", language: .chinese, date: "2003-12-23", citations: [
            "on-report-of": ["A/58/483/Add.3"],
            "recalls": ["Sales No. 95.XIII.18", "A/RES/S-21/2", "Sales No. 96.IV.8", "Sales No. 96.IV.13", "A/RES/S-24/2",
                        "A/RES/S-25/2", "A/RES/49/127", "A/RES/50/123", "A/RES/52/189", "A/RES/54/212", "A/RES/56/203",
                        "E/DEC/1995/313", "A/RES/57/270B", "A/RES/2106A(XX)", "A/RES/34/180", "A/RES/44/25", "A/RES/45/158"],
            "reaffirms": ["A/RES/217A(III)"], "notes": ["A/58/98", "A/C.2/54/2"],
        ]),
    ]

    @Test(arguments: expectations)
    func seedYieldsExactlyItsCitations(_ expected: Expectation) throws {
        let document = try Fixture.extract(expected.file)
        #expect(document.symbol == expected.symbol)
        #expect(document.language == expected.language)
        #expect(document.date == expected.date)
        let want = expected.citations.flatMap { relation, ids in ids.map { "\(relation): \($0)" } }.sorted()
        let got = document.citations.map(\.description).sorted()
        #expect(got == want)
        #expect(document.diagnostics.isEmpty)
    }

    @Test(arguments: expectations)
    func spansPointAtTheMatchedBytes(_ expected: Expectation) throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Fixture.path(expected.file))))
        let document = try Fixture.extract(expected.file)
        #expect(!document.references.isEmpty)
        for reference in document.references {
            #expect(String(decoding: bytes[reference.start..<reference.end], as: UTF8.self) == reference.text)
        }
    }

    @Test func titlesAreRead() throws {
        #expect(try Fixture.extract("A_RES_58_208.zh.md").title == "国际移徙与发展")
        #expect(try Fixture.extract("A_RES_59_170.zh.txt").title == "联合国难民事务高级专员办事处")
        #expect(try Fixture.extract("A_RES_58_154.en.txt").title?.hasPrefix("Follow-up to the Regional Conference") == true)
        #expect(try Fixture.extract("A_RES_58_154.fr.txt").title?.hasSuffix("dans certains États voisins") == true)
        #expect(try Fixture.extract("A_RES_58_154.zh.txt").title == "处理独立国家联合体各国和相关邻国境内难民、流离失所者、其他形式的非自愿流离失所和回返者问题区域会议的后续行动")
    }

    @Test func citersGiveDates() throws {
        let document = try Fixture.extract("A_RES_58_154.fr.txt")
        let dates = Dictionary(document.references.compactMap { r in r.citedDate.map { (r.target, $0) } }) { a, _ in a }
        #expect(dates["A/RES/48/113"] == "1993-12-20")
        #expect(dates["A/RES/56/134"] == "2001-12-19")
        let chinese = try Fixture.extract("A_RES_58_208.zh.md")
        #expect(chinese.references.first { $0.target == "E/DEC/1995/313" }?.citedDate == "1995-07-27")
    }

    @Test func footnoteReferencesCarryTheirMarker() throws {
        let document = try Fixture.extract("A_RES_58_154.en.txt")
        let treaty = try #require(document.references.first { $0.target == "UNTS 606/8791" })
        #expect(treaty.footnote == 5)
        #expect(treaty.text == "Ibid., vol. 606, No. 8791")
        #expect(treaty.anchor != nil)
    }
}
