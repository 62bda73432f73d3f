import Testing
@testable import ResGraphExtractor

/// Resolution numbers made ids, and the roman numerals of old sessions read and written.
struct IdentifierTests {
    @Test(arguments: [
        (ResolutionNumber.sessional(session: "58", number: "154", part: nil), nil as Organ?, false, "A/RES/58/154"),
        (.sessional(session: "57", number: "270", part: "B"), .generalAssembly, false, "A/RES/57/270B"),
        (.sessional(session: "S-21", number: "2", part: nil), nil, false, "A/RES/S-21/2"),
        (.sessional(session: "ES-10", number: "14", part: nil), nil, true, "A/DEC/ES-10/14"),
        (.sessional(session: "2004", number: "27", part: nil), nil, false, "E/RES/2004/27"),
        (.sessional(session: "2004", number: "27", part: nil), .economicAndSocialCouncil, true, "E/DEC/2004/27"),
        (.sessional(session: "5", number: "1", part: nil), .humanRightsCouncil, false, "A/HRC/RES/5/1"),
        (.sessional(session: "2005", number: "69", part: nil), .commissionOnHumanRights, false, "E/CN.4/RES/2005/69"),
        (.roman(number: "217", part: "A", session: "III"), nil, false, "A/RES/217A(III)"),
        (.roman(number: "3201", part: nil, session: "S-VI"), .generalAssembly, false, "A/RES/3201(S-VI)"),
        (.roman(number: "1296", part: nil, session: "XLIV"), nil, false, "E/RES/1296(XLIV)"),
        (.yearly(number: "1325", year: 2000), nil, false, "S/RES/1325(2000)"),
        (.yearly(number: "1", year: -5), .securityCouncil, false, "S/RES/1(-5)"),
    ])
    func aNumberIsMadeItsCanonicalID(number: ResolutionNumber, organ: Organ?, isDecision: Bool, id: String) {
        #expect(number.identify(organ: organ, isDecision: isDecision)?.id == id)
    }

    @Test func numbersThatNameNoActOfTheirOrganHaveNoID() {
        #expect(ResolutionNumber.sessional(session: "12", number: "3", part: nil).identify(organ: nil, isDecision: false) == nil)
        #expect(ResolutionNumber.sessional(session: "2004", number: "27", part: nil).identify(organ: .generalAssembly, isDecision: false) == nil)
        #expect(ResolutionNumber.yearly(number: "1325", year: 2000).identify(organ: nil, isDecision: true) == nil)
        #expect(ResolutionNumber.roman(number: "217", part: nil, session: "III").identify(organ: .securityCouncil, isDecision: false) == nil)
    }

    /// The years a number's act can have been adopted in, by organ: the Assembly's session N in
    /// 1945 + N or the year after, its special sessions in their year, the Human Rights Council's
    /// session N a third of a year a session from 2007, a year-numbered act in its year.
    @Test(arguments: [
        ("31", Organ.generalAssembly, 1976, true), ("31", .generalAssembly, 1977, true), ("31", .generalAssembly, 2016, false),
        ("31", .humanRightsCouncil, 2016, true), ("31", .humanRightsCouncil, 1976, false), ("5", .humanRightsCouncil, 2007, true),
        ("2", .humanRightsCouncil, 2006, true), ("2004", .humanRightsCouncil, 2004, false),
        ("2004", .economicAndSocialCouncil, 2004, true), ("2004", .economicAndSocialCouncil, 2005, false),
        ("31", .economicAndSocialCouncil, 2016, false), ("2004", .commissionOnHumanRights, 2004, true),
        ("S-28", .generalAssembly, 2005, true), ("S-28", .generalAssembly, 2018, false), ("S-28", .humanRightsCouncil, 2018, true),
        ("S-28", .economicAndSocialCouncil, 2018, false), ("S-40", .generalAssembly, 2030, true), ("ES-10", .generalAssembly, 1997, true),
    ] as [(String, Organ, Int, Bool)])
    func aNumberTellsTheYearsItsActCanHave(session: String, organ: Organ, year: Int, may: Bool) {
        #expect(ResolutionNumber.sessional(session: session, number: "1", part: nil).mayBeAct(of: organ, adoptedIn: year) == may)
    }

    @Test func anIDLongerThanTheBufferIsStillWholeAndExact() {
        let long = String(repeating: "7", count: 70)
        let number = ResolutionNumber.sessional(session: "58", number: long, part: "B")
        #expect(number.identify(organ: nil, isDecision: false)?.id == "A/RES/58/" + long + "B")
        let year = ResolutionNumber.yearly(number: String(repeating: "1", count: 60), year: 2000)
        #expect(year.identify(organ: nil, isDecision: false)?.id == "S/RES/" + String(repeating: "1", count: 60) + "(2000)")
    }

    /// The Council's numbers by year run on without gap or overlap from 1946 to 1993, and no
    /// year outside them is kept.
    @Test func theCouncilsYearsTileItsNumbers() {
        #expect(CouncilYears.numbers(of: 1946) == 1..<16)
        #expect(CouncilYears.numbers(of: 1967) == 233..<245)
        #expect(CouncilYears.numbers(of: 1993) == 800..<893)
        #expect(CouncilYears.numbers(of: 1945) == nil)
        #expect(CouncilYears.numbers(of: 1994) == nil)
        for year in 1946..<1993 {
            #expect(CouncilYears.numbers(of: year)?.upperBound == CouncilYears.numbers(of: year + 1)?.lowerBound, "\(year)")
            #expect(CouncilYears.numbers(of: year)?.isEmpty == false, "\(year)")
        }
    }

    @Test func everyNumeralOfTheSessionsReadsBackAsItsValue() {
        for value in 1..<400 {
            let numeral = RomanNumeral.numeral(for: value)
            #expect(numeral == Self.reference(value), "\(value)")
            #expect(RomanNumeral.value(of: Array(numeral.utf8)) == value, "\(numeral)")
        }
        #expect(RomanNumeral.value(of: Array("XLVIII".utf8)) == 48)
        #expect(RomanNumeral.value(of: Array("LXXXVIII".utf8)) == 88)
    }

    @Test(arguments: ["IIII", "VV", "IC", "IL", "XXXX", "IIX", "VX", "CD", "CCCC", "", "M", "iii", "X I", "XIIIIIIIIIIII"])
    func aNumeralNotWrittenTheCanonicalWayIsNone(text: String) {
        #expect(RomanNumeral.value(of: Array(text.utf8)) == nil)
    }

    /// Numerals written the schoolbook way, to compare with.
    private static func reference(_ value: Int) -> String {
        let hundreds = ["", "C", "CC", "CCC"], tens = ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"]
        let ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
        return hundreds[value / 100] + tens[value / 10 % 10] + ones[value % 10]
    }
}
