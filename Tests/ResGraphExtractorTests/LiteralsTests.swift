@testable import ResGraphExtractor
import Testing

/// Literals looked for at one place: the first-byte test turns away only places none of them
/// can start, and the first literal that stands there is taken.
struct LiteralsTests {
    private func end(of literals: Literals, in text: String, at i: Int) -> Int? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { Lookahead(p: $0).expectAny(literals, at: i) }
    }

    @Test func findsTheFirstThatStandsThereWithoutCase() {
        let words: Literals = [Array("nos.".utf8), Array("no.".utf8), Array("и".utf8)]
        #expect(end(of: words, in: "see No. 5", at: 4) == 7)
        #expect(end(of: words, in: "see Nos. 5", at: 4) == 8)
        #expect(end(of: words, in: "a и b", at: 2) == 4)
        #expect(end(of: words, in: "see Mo. 5", at: 4) == nil)
        #expect(end(of: words, in: "see no", at: 4) == nil)
        #expect(end(of: words, in: "see", at: 3) == nil)
    }

    @Test func theFirstByteTestKnowsEveryLiteralsFirstByte() {
        let words = Literals([Array("and".utf8), Array("et".utf8), Array("y".utf8), Array("и".utf8)]) + [Array("及".utf8)]
        let starting = (0...255).map(UInt8.init).filter(words.mayStart(with:))
        #expect(starting == [UInt8(ascii: "A"), UInt8(ascii: "E"), UInt8(ascii: "Y"), UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "y"), 0xD0, 0xE5])
    }

    @Test func anEmptyLiteralStandsEverywhere() {
        let withEmpty: Literals = [Array("x".utf8), []]
        #expect((0...255).allSatisfy { withEmpty.mayStart(with: UInt8($0)) })
        #expect(end(of: withEmpty, in: "abc", at: 1) == 1)
        #expect(end(of: withEmpty, in: "abc", at: 3) == 3)
    }
}

/// The bytes after a digit run that let the date and resolution-number readers be asked.
struct NumberFollowersTests {
    @Test func letThroughWhatDatesAndNumbersGoOnWithAndStopPunctuation() {
        let followers = Glyph.numberFollowers
        let goOn: [UInt8] = [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "/"), UInt8(ascii: "("), UInt8(ascii: "A"), UInt8(ascii: "B"),
                             UInt8(ascii: "s"), UInt8(ascii: "e"), Glyph.year[0], Glyph.fullOpenParen[0]]
        #expect(goOn.allSatisfy(followers.mayStart(with:)))
        let stop: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ")"), UInt8(ascii: ";"), UInt8(ascii: ":"),
                             UInt8(ascii: "\""), UInt8(ascii: "-"), UInt8(ascii: "%"), 0]
        #expect(!stop.contains(where: followers.mayStart(with:)))
    }

    /// What the filter turns away, the readers would not have read: a year before a comma is
    /// no date, "3," no resolution number; one before a space still is.
    @Test func numbersBeforePunctuationAreStillReadWhereTheyCite() throws {
        let document = try Extractor().extract(text: "Recalling its resolutions 57/187, 1325 (2000) and 217 A (III) of 10 December 1948,\n")
        #expect(document.references.map(\.target) == ["A/RES/57/187", "S/RES/1325(2000)", "A/RES/217A(III)"])
        #expect(document.references.map(\.citedDate) == [nil, nil, "1948-12-10"])
    }
}
