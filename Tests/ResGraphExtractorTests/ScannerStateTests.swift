@testable import ResGraphExtractor
import Testing

/// The scanner's state as named parts, each with its rule.
struct ScannerStateTests {
    @Test func aWeakerStatementNeverReplacesAStrongerOne() {
        var header = Header()
        #expect(header.awaitsTitleLine)
        header.state(symbol: "A/RES/58/999", .symbolAloneOnLine)
        #expect(header.awaitsTitleLine)
        header.state(symbol: "A/RES/58/154", .titleLine)
        #expect(header.symbol?.id == "A/RES/58/154")
        #expect(!header.awaitsTitleLine)
        header.state(symbol: "A/RES/58/155", .titleLine)
        header.state(symbol: "S/RES/1(1946)", .councilHeading)
        #expect(header.symbol?.id == "A/RES/58/154")
        header.state(symbol: "A/RES/58/156", .documentTag)
        #expect(header.symbol?.id == "A/RES/58/156")
        let december = CalendarDate(year: 2003, month: 12, day: 22)
        let january = CalendarDate(year: 2004, month: 1, day: 5)
        header.state(adoption: january, .nearPlenaryMeeting)
        header.state(adoption: december, .adoptionPhrase)
        header.state(adoption: january, .headerDate)
        #expect(header.adoption?.date.iso == "2003-12-22")
    }

    /// `YYYY-MM-DD`, written digit by digit for the years texts cite, by interpolation otherwise.
    @Test(arguments: [
        (CalendarDate(year: 2003, month: 12, day: 22), "2003-12-22"), (CalendarDate(year: 1946, month: 1, day: 5), "1946-01-05"),
        (CalendarDate(year: 2099, month: 10, day: 31), "2099-10-31"), (CalendarDate(year: 1000, month: 0, day: 9), "1000-00-09"),
        (CalendarDate(year: 999, month: 7, day: 4), "999-07-04"), (CalendarDate(year: 12345, month: 100, day: 1), "12345-100-01"),
    ])
    func aDateIsWrittenTheISOWay(date: CalendarDate, iso: String) {
        #expect(date.iso == iso)
    }

    @Test func theLanguageFollowsPhrasesAndScripts() {
        var evidence = LanguageEvidence()
        #expect(evidence.language == .english)
        evidence.hits[Language.french.index] = 2
        #expect(evidence.language == .french)
        evidence.ideographs = ScannerLimits.chineseMinimum
        #expect(evidence.language == .chinese)
        evidence = LanguageEvidence()
        evidence.ideographs = 5
        evidence.hits[Language.chinese.index] = 1
        #expect(evidence.language == .chinese)
        evidence.hits[Language.english.index] = 1
        #expect(evidence.language == .english)
        evidence.hits[Language.english.index] = 0
        evidence.cyrillic = 1
        #expect(evidence.language != .chinese)
        evidence = LanguageEvidence()
        evidence.cyrillic = 3 * ScannerLimits.lettersPerPhrase
        #expect(evidence.language == .russian)
        evidence.hits[Language.english.index] = 5
        #expect(evidence.language == .english)
        evidence = LanguageEvidence()
        evidence.arabic = 2 * ScannerLimits.lettersPerPhrase
        evidence.hits[Language.arabic.index] = 1
        #expect(evidence.language == .arabic)
    }

    @Test func aClauseEndsItsListAndAParagraphItsVerb() {
        var clause = Clause()
        clause.verb = .recalls
        clause.list = Clause.ListContext(organ: .securityCouncil, isDecision: false, expires: 500)
        clause.lastOrgan = (.securityCouncil, 40)
        clause.breakClause(at: 120)
        #expect(clause.list == nil && clause.lastBreak == 120)
        #expect(clause.verb == .recalls && clause.lastOrgan?.organ == .securityCouncil)
        clause.breakParagraph(at: 200)
        #expect(clause.verb == nil && clause.lastOrgan == nil && clause.lastBreak == 200)
    }
}
