import ResGraphGraph
import Testing

/// Findings put in reading order (file, place, problem, message) as sorting them one by one
/// would: the files ranked once, by bytes when every name is ASCII, as strings otherwise.
struct ReadingOrderTests {
    /// Names that share prefixes, differ only in length, in case, in one late byte.
    static let asciiNames = ["a", "ab", "a/b", "a-b", "A", "B", "texts/r1.txt", "texts/r10.txt", "texts/r2.txt",
                             "texts/r1.txt.md", "texts/R1.txt", "texts/r1", "", "z", "texts/", "texts/r1.txs"]

    static func findings(_ names: [String]) -> [Finding] {
        var generator = SystemRandomNumberGenerator()
        var findings: [Finding] = []
        for (k, name) in names.enumerated() {
            for offset in [nil, 0, 7, 7] as [Int?] {
                findings.append(Finding(problem: k % 2 == 0 ? .noSymbol : .idTooLong, source: name, offset: offset, node: name, message: "m\(k)"))
            }
        }
        return findings.shuffled(using: &generator)
    }

    @Test(arguments: [asciiNames, asciiNames + ["texts/r\u{E9}.txt", "texts/re\u{301}x.txt", "\u{5E8}\u{5D0}.txt", "\u{4E2D}.txt"]])
    func findingsAreInTheOrderOfSortingThemOneByOne(names: [String]) {
        for _ in 0..<20 {
            let findings = Self.findings(names)
            #expect(findings.inReadingOrder() == findings.sorted())
        }
    }
}
