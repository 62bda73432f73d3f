import Testing
@testable import ResGraphExtractor

/// Resolution numbers read where they stand and spelled out only when cited, and symbols whose
/// text is taken as it stands unless the parser rewrote a component.
struct NumberReadingTests {
    private func reading(_ text: String, at offset: Int = 0) -> (count: Int, end: Int, numbers: [ResolutionNumber], first: ResolutionNumber, afterFirst: [ResolutionNumber])? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            let look = Lookahead(p: buffer)
            guard let reading = ResolutionNumberParser(look: look).read(at: offset) else { return nil }
            let first = reading.firstNumber(in: look)
            return (reading.count, reading.end, Array(reading.spelled(in: look)), first, Array(reading.spelled(in: look, first: first)))
        }
    }

    @Test(arguments: [
        ("48/113 of", 6, [ResolutionNumber.sessional(session: "48", number: "113", part: nil)]),
        ("57/270 B and", 8, [.sessional(session: "57", number: "270", part: "B")]),
        ("49/75 A to D,", 12, ["A", "B", "C", "D"].map { ResolutionNumber.sessional(session: "49", number: "75", part: $0) }),
        ("ES-10/14 of", 8, [.sessional(session: "ES-10", number: "14", part: nil)]),
        ("S-21/2.", 6, [.sessional(session: "S-21", number: "2", part: nil)]),
        ("S-35/1,", 6, [.sessional(session: "S-35", number: "1", part: nil)]),
        ("2004/27 of", 7, [.sessional(session: "2004", number: "27", part: nil)]),
        ("1325 (2000) on", 11, [.yearly(number: "1325", year: 2000)]),
        ("387\n(1976)", 10, [.yearly(number: "387", year: 1976)]),
        ("3411 A and B (XXX)", 18, [.roman(number: "3411", part: "A", session: "XXX"), .roman(number: "3411", part: "B", session: "XXX")]),
        ("3201 (S-VI) and", 11, [.roman(number: "3201", part: nil, session: "S-VI")]),
        ("217 A, C and E (III)", 20, ["A", "C", "E"].map { ResolutionNumber.roman(number: "217", part: $0, session: "III") }),
        ("1514 (د-15)", 12, [.roman(number: "1514", part: nil, session: "XV")]),
    ])
    func aNumberIsReadWhereItStandsAndSpelledOutInItsParts(text: String, end: Int, numbers: [ResolutionNumber]) throws {
        let read = try #require(reading(text))
        #expect(read.end == end)
        #expect(read.count == numbers.count)
        #expect(read.numbers == numbers)
        #expect(read.first == numbers[0])
        // The first number spelled already and handed in is given back once, the others after it.
        #expect(read.afterFirst == numbers)
    }

    @Test(arguments: ["5 (a)", "12 May", "100/3000/5", "ES-40/1", "2004 (1800)", "0/5", "58/0"])
    func digitsThatAreNoResolutionNumberAreNotRead(text: String) {
        #expect(reading(text) == nil)
    }

    @Test func partLettersComeBackInTheOrderReadAndAreCountedOnce() {
        var parts = PartLetters()
        #expect(parts.isEmpty && parts.first == nil && parts.count == 0)
        for letter in "ACZB".utf8 { parts.insert(letter) }
        parts.insert(UInt8(ascii: "C"))
        #expect(Array(parts) == Array("ABCZ".utf8))
        #expect(parts.count == 4)
        #expect(parts.first == UInt8(ascii: "A"))
    }

    /// The symbol at the start of `text`, with its canonical text.
    private func symbol(_ text: String) -> (symbol: ParsedSymbol, text: String)? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { p in
            let look = Lookahead(p: p)
            return SymbolParser(look: look).parse(at: 0).map { ($0, $0.text(in: look)) }
        }
    }

    @Test(arguments: [
        ("A/58/483/Add.3, ", "A/58/483/Add.3", true),
        ("A/58/483/Add. 3 ", "A/58/483/Add.3", false),
        ("A/58/483/add.3 ", "A/58/483/Add.3", false),
        ("A/58/add.3/Corr.1 ", "A/58/Add.3/Corr.1", false),
        ("A/58/Corr. l/2, ", "A/58/Corr.1/2", false),
        ("E/CN.4/2004/127.", "E/CN.4/2004/127", true),
        ("UNCITRAL/1/2", "UNCITRAL/1/2", true),
        ("ICCD/COP(14)/23", "ICCD/COP(14)/23", true),
    ])
    func aUnitedNationsSymbolIsSpelledAsItStandsUnlessAComponentWasRewritten(text: String, canonical: String, asItStands: Bool) throws {
        let (parsed, spelled) = try #require(symbol(text))
        #expect(parsed.isUnitedNations)
        #expect(spelled == canonical)
        #expect(parsed.end == text.utf8.count - text.reversed().prefix { " ,.".contains($0) }.count)
        #expect((parsed.rewritten == nil) == asItStands)
    }

    @Test(arguments: ["CM/Res.1153", "UNESCO/12/3", "AB/5/6", "A/RES/B", "S/2338/2024", "S/-5/2024"])
    func otherOrganizationsCodesAreNotUnitedNationsSymbols(text: String) throws {
        let (parsed, spelled) = try #require(symbol(text))
        #expect(!parsed.isUnitedNations)
        #expect(spelled == text)
    }

    @Test(arguments: ["S/2004/567", "S/26000", "S/1994/1", "S/2099/12", "S/PV.4567", "S/RES/1373", "S/12/X", "S/99999999999999999999/1"])
    func securityCouncilSymbolsNumberAsTheCouncilDoes(text: String) throws {
        #expect(try #require(symbol(text)).symbol.isUnitedNations)
    }

    @Test func aComponentTooLongIsNoSymbol() throws {
        let (parsed, _) = try #require(symbol("A/" + String(repeating: "1", count: 40) + " x"))
        #expect(parsed.isOverlong)
        #expect(!parsed.isUnitedNations)
    }
}
