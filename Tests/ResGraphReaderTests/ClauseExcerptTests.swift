import Foundation
import ResGraphReader
import ResGraphTestSupport
import Testing

/// The words shown around a citation: whole characters, cut where words end, in columns.
struct ClauseExcerptTests {
    /// The excerpt of the first `span` found in `text` after `after`.
    func excerpt(of span: String, in text: [UInt8], after: String = "", width: Int = 110) throws -> ClauseExcerpt {
        let from = after.isEmpty ? 0 : try #require(text.firstRange(of: Array(after.utf8))).upperBound
        let found = try #require(text[from...].firstRange(of: Array(span.utf8)))
        return ClauseExcerpt(of: found, in: text, width: width)
    }

    func seed(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: Seeds.path(name))))
    }

    @Test func anEnglishClauseIsCutAtSpacesAndBeginsWithItsParagraph() throws {
        let excerpt = try excerpt(of: "48/113", in: seed("A_RES_58_154.en.txt"))
        #expect(excerpt.text == "Recalling its resolutions [48/113] of 20 December 1993, 49/173 of 23 December 1994, …")
        let cut = try self.excerpt(of: "50/151", in: seed("A_RES_58_154.en.txt"))
        #expect(cut.text == "… of 20 December 1993, 49/173 of 23 December 1994, [50/151] of 21 December 1995, 51/70 of 12 December 1996, …")
    }

    @Test func aChineseClauseIsCutBetweenCharactersAndCountedInColumns() throws {
        let text = try seed("A_RES_58_208.zh.md")
        let excerpt = try excerpt(of: "S-21/2", in: text)
        #expect(excerpt.before == "…特别是关于国际移徙的第十章、1999 年 7 月 2 日大会 ")
        #expect(excerpt.span == "S-21/2")
        #expect(excerpt.after == " 号决议附件所列的进一步实施《行动纲领》的关键行动，…")
        // A cut inside "1994" moves on to the space after it.
        let numbers = try self.excerpt(of: "50/123", in: text, after: "第 49/127")
        #expect(numbers.text == "… 年 12 月 19 日第 49/127 号、1995 年 12 月 20 日第 [50/123] 号、1997 年 12 月 18 日第 52/189 号、1999 年 12 月 …")
    }

    /// Wherever the window of bytes read around the span begins and ends, inside a character or
    /// not, the excerpt holds whole characters only, and says that text was left out.
    @Test(arguments: 0..<3)
    func noCharacterIsCutInTwo(shift: Int) throws {
        // Spaces as a PDF's layout leaves them, shown as one: the window reaches past them into
        // the ideographs, on a character's first byte (shift 0) or inside it.
        let spaces = String(repeating: " ", count: 101 + shift)
        let text = Array((String(repeating: "国际", count: 50) + spaces + "第 58/270 号" + spaces + String(repeating: "决议", count: 50)).utf8)
        let excerpt = try excerpt(of: "58/270", in: text, width: 60)
        #expect(excerpt.before == (shift == 0 ? "…际 第 " : "… 第 "))
        #expect(excerpt.after == (shift == 0 ? " 号 决…" : " 号 …"))
    }

    @Test func aLongChineseClauseIsCutBetweenIdeographs() throws {
        let text = Array((String(repeating: "国际移徙", count: 100) + "第 58/270 号" + String(repeating: "决议", count: 100)).utf8)
        let excerpt = try excerpt(of: "58/270", in: text, width: 60)
        // 27 columns each side: "第 " and " 号" take 3, twelve ideographs the rest.
        #expect(excerpt.before == "…" + String(repeating: "国际移徙", count: 3) + "第 ")
        #expect(excerpt.after == " 号" + String(repeating: "决议", count: 6) + "…")
    }

    @Test func runsOfWhiteSpaceAreOneSpaceAndTheParagraphsEdgesAreTrimmed() throws {
        let text = Array("first\n\t  Recalling   its\tresolution  48/113 ,  \t\nnext paragraph".utf8)
        let excerpt = try excerpt(of: "48/113", in: text)
        #expect(excerpt.text == "Recalling its resolution [48/113] ,")
    }

    @Test func aSpanOutsideTheTextGivesNothing() {
        let text = Array("short".utf8)
        #expect(ClauseExcerpt(of: 3..<9, in: text).text == "[]")
    }

    @Test func widthsAreTerminalColumns() {
        #expect(ClauseExcerpt.width(of: "a") == 1)
        #expect(ClauseExcerpt.width(of: "é") == 1)
        #expect(ClauseExcerpt.width(of: "\u{301}") == 0)
        #expect(ClauseExcerpt.width(of: "决") == 2)
        #expect(ClauseExcerpt.width(of: "，") == 2)
        #expect(ClauseExcerpt.width(of: "ل") == 1)
    }
}
