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

    /// A marker may end at a full stop, but not at one glued to an ideograph: "。2.本条约" numbers a
    /// paragraph run in after a sentence (the Chinese Outer Space Treaty's article XIV).
    @Test(arguments: [("报告。2.本条约须经签署国批准", false), ("the report.2 The", true), ("报告2。", true), ("报告。2. 本条约", true)])
    func aMarkerMayEndAtAFullStopNotGluedToAnIdeograph(text: String, expected: Bool) {
        #expect(ask(text) { place, _, end in place.mayEnd(at: end) } == expected, "\(text)")
    }

    @Test(arguments: [("Namibia, 15 appointed", true), ("Secretary-General 10\n", true), ("from 5 to 8 August", false), ("on 24, 25 and 30 March", false), ("page 12 Of", false)])
    func aMarkerStandsApartAsOCRLeavesIt(text: String, expected: Bool) {
        #expect(ask(text) { place, start, end in place.standsApartAfterWord(start, runEnd: end) } == expected, "\(text)")
    }

    /// Spaces a conversion doubled still part the marker from a word in lower case; a capital or
    /// a number may follow only the marker the text's firm markers await (A/RES/80/34:
    /// "Ltamenah, 14 Saraqib[^15]"; A/RES/80/3: "the Future. 16 9. We note").
    @Test(arguments: [("Countries 2  and", false, true), ("Ltamenah, 14 Saraqib", true, true), ("Ltamenah, 14 Saraqib", false, false),
                      ("the Future. 16 9. We", true, true), ("the Future. 16 9. We", false, false), ("from 5 to 8 August", true, false),
                      ("on 24, 25 and 30 March", true, false), ("item 13 (a)", true, false)])
    func aMarkerStandsApartBeforeACapitalOnlyAsTheNextMarker(text: String, isNextMarker: Bool, expected: Bool) {
        #expect(ask(text) { place, start, end in place.standsApartAfterWord(start, runEnd: end, isNextMarker: isNextMarker) } == expected, "\(text)")
    }

    /// Typewritten texts mark footnotes with a slash ("Refugees 4/,"); a number after the slash
    /// and its blanks is a resolution number OCR spaced ("48/ 113"), and a slash glued to the
    /// word before belongs to a symbol or a fraction.
    @Test(arguments: [("the Council, 1/ by which", true), ("of Refugees 4/,", true), ("resolution; 12/\n", true), ("Rights 2/", true),
                      ("resolutions 48/ 113", false), ("48/113", false), ("1/2 of the", false), ("A/44/ 25", false), ("the 2/a", false)])
    func aMarkerIsTypewrittenWithASlash(text: String, expected: Bool) {
        #expect(ask(text) { place, start, end in place.isSlashedMarker(start, runEnd: end) } == expected, "\(text)")
    }

    /// After a number, a semicolon ends a clause and so does a comma after a resolution's number
    /// (A/RES/80/17: "pursuant to resolution 79/16,2"); a comma inside a number ("1,2") does not.
    @Test(arguments: [("decision EC-94/DEC.2;22", true), ("EC-94/DEC.2,22", false), ("pursuant to resolution 79/16,2", true),
                      ("a total of 1,2", false), ("Article 3/,2", false)])
    func aMarkerFollowsASemicolonAfterANumber(text: String, expected: Bool) {
        let bytes = Array(text.utf8)
        let semicolonOrComma = bytes.lastIndex { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ",") }!
        let answer = bytes.withUnsafeBufferPointer { MarkerPlace(look: Lookahead(p: $0)).followsPunctuationAfterWord(semicolonOrComma + 1) }
        #expect(answer == expected, "\(text)")
    }

    /// A conversion glues a superscript marker to the word after it (A/RES/80/46: "States Parties,
    /// 8and welcomes"); ordinals and units glue to their numbers too.
    @Test(arguments: [("States Parties, 8and welcomes", true), ("nuclear weapons, 7in which", true), ("at its 8th session", false),
                      ("le 2e rapport", false), ("a 5km zone", false), ("Parties, 8 and", false), ("Parties, 8and", false)])
    func aMarkerIsGluedToTheWordAfterIt(text: String, expected: Bool) {
        #expect(ask(text) { place, start, end in place.gluedBeforeWord(start, runEnd: end) } == expected, "\(text)")
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
