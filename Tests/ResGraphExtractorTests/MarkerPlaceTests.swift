@testable import ResGraphExtractor
import Testing

/// The places a footnote marker may stand, asked of the digits in a line of text.
struct MarkerPlaceTests {
    /// Answers `question` about the first run of digits in `text` (its start and end).
    func ask(_ text: String, _ question: (MarkerPlace, Int, Int) -> Bool) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { p in
            let start = p.firstIndex { ByteClass.isDigit($0) }!
            var end = start
            while end < p.count, ByteClass.isDigit(p[end]) { end += 1 }
            return question(MarkerPlace(look: Lookahead(p: p)), start, end)
        }
    }

    @Test(arguments: [("Secretary-General,1 and", true), ("Refugees;2", true), ("in November 2024,3", false), ("A/AC.109/DEC.4", false), ("报告；2", true), ("the 1 and", false)])
    func aMarkerFollowsPunctuationAfterAWord(text: String, expected: Bool) {
        // "November 2024,3": the first run is the year, which a comma does not follow.
        #expect(ask(text) { place, start, _ in place.followsPunctuationAfterWord(start) } == expected, "\(text)")
    }

    @Test(arguments: [("Namibia, 15 appointed", true), ("Secretary-General 10\n", true), ("from 5 to 8 August", false), ("on 24, 25 and 30 March", false), ("page 12 Of", false)])
    func aMarkerStandsApartAsOCRLeavesIt(text: String, expected: Bool) {
        #expect(ask(text) { place, start, end in place.standsApartAfterWord(start, runEnd: end) } == expected, "\(text)")
    }

    @Test func aMarkerEndsAtSpacePunctuationOrTheEndAndHasItsValue() {
        #expect(ask("word12 next") { place, _, end in place.mayEnd(at: end) })
        #expect(ask("word12") { place, _, end in place.mayEnd(at: end) })
        #expect(!ask("word12x") { place, _, end in place.mayEnd(at: end) })
        #expect(ask("word12。") { place, _, end in place.mayEnd(at: end) })
        #expect(!ask("word12决议") { place, _, end in place.mayEnd(at: end) })
        #expect(ask("x 2045 y") { place, start, end in place.value(start..<end) == 2045 })
    }
}
