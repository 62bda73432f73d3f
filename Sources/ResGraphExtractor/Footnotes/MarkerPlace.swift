/// Where a footnote marker may stand: the bytes around a run of digits that make it a marker
/// glued to a word, after punctuation or standing apart, rather than a number of the text.
///
/// Read-only over the document's bytes, and a value of one pointer: the scanner asks it at
/// thousands of digit runs a document without copying its own state for each question.
struct MarkerPlace {
    let look: Lookahead
    var p: UnsafeBufferPointer<UInt8> { look.p }

    /// Whether the digits at `i..<runEnd` stand apart as OCR and conversions leave a marker: one
    /// space after a word, a year or a closing mark ("Namibia, 15 appointed", "1979 14 addressed",
    /// "Secretary-General 10" at a line end), and after it a line end, a comma, or spaces and a
    /// word in lower case ("Countries 2  and"). When the number is the next marker the text's
    /// firm markers await (`isNextMarker`), a capital or a digit may follow too ("Ltamenah, 14
    /// Saraqib[^15]", "the Future. 16 9. We note").
    func standsApartAfterWord(_ i: Int, runEnd: Int, isNextMarker: Bool = false) -> Bool {
        guard i >= 2, p[i - 1] == 0x20 else { return false }
        let before = p[i - 2]
        guard ByteClass.isASCIILetter(before) || ByteClass.isDigit(before) || before == UInt8(ascii: ",")
                || before == UInt8(ascii: ")") || before == UInt8(ascii: ".") || before == UInt8(ascii: ";") else { return false }
        guard runEnd >= p.count || p[runEnd] == 0x0A || p[runEnd] == 0x0D || p[runEnd] == UInt8(ascii: ",")
                || (p[runEnd] == 0x20 && wordFollows(runEnd, isNextMarker: isNextMarker)) else { return false }
        // The first number of a list or a range ("on 24, 25 and 30 March", "from 5 to 8 August") is no marker.
        if p.count > runEnd, p[runEnd] == UInt8(ascii: ","), ByteClass.isDigit(look[look.skipSpace(runEnd + 1, lines: false)]) { return false }
        if let afterTo = look.expectAny(Glyph.to, at: look.skipSpace(runEnd, lines: false)), look.isWordEnd(afterTo),
           ByteClass.isDigit(look[look.skipSpace(afterTo, lines: false)]) {
            return false
        }
        return true
    }

    /// Whether, after the spaces at `i`, a word in lower case begins, or with `isNextMarker` any
    /// word or number.
    private func wordFollows(_ i: Int, isNextMarker: Bool) -> Bool {
        let next = look[look.skipSpace(i, lines: false)]
        return ByteClass.isLower(next) || (isNextMarker && (ByteClass.isUpper(next) || ByteClass.isDigit(next)))
    }

    /// Whether the digits at `i..<runEnd` and the slash after them are a marker as typewritten
    /// texts write one ("Refugees 4/,", "of 8 March 1989, 1/ by which"): after a blank or a
    /// closing mark, before a blank, a punctuation mark or the end. A number follows no such
    /// slash: "48/ 113" is a resolution number OCR spaced.
    func isSlashedMarker(_ i: Int, runEnd: Int) -> Bool {
        let before = i > 0 ? p[i - 1] : 0x0A
        guard ByteClass.isSpace(before) || before == UInt8(ascii: ",") || before == UInt8(ascii: ";") || before == UInt8(ascii: ")") else { return false }
        let after = runEnd + 1
        guard after < p.count else { return true }
        let b = p[after]
        if ByteClass.isSpace(b) { return !ByteClass.isDigit(look[look.skipSpace(after, lines: false)]) }
        return b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: ".") || b == UInt8(ascii: ")") || b == UInt8(ascii: ":")
    }

    /// Whether the digits at `i..<runEnd` stand after a blank and before a word in lower case glued
    /// to them, as a conversion leaves a superscript marker ("Parties, 8and welcomes", "nuclear
    /// weapons, 7in which"): not an ordinal ("8th", "2nd", "1er", "2e") or a unit ("5km").
    func gluedBeforeWord(_ i: Int, runEnd: Int) -> Bool {
        guard i >= 2, p[i - 1] == 0x20, ByteClass.isASCIILetter(p[i - 2]) || p[i - 2] == UInt8(ascii: ",") || p[i - 2] == UInt8(ascii: ")"),
              runEnd + 2 < p.count, ByteClass.isLower(p[runEnd]), ByteClass.isLower(p[runEnd + 1]) else { return false }
        var end = runEnd
        while end < p.count, ByteClass.isLower(p[end]) { end += 1 }
        guard end < p.count, p[end] == 0x20 else { return false }
        return !Self.suffixes.contains { $0.elementsEqual(p[runEnd..<end]) }
    }

    /// What follows a number as part of it: ordinals in English and French, units.
    private static let suffixes: [[UInt8]] = ["st", "nd", "rd", "th", "er", "re", "es", "km", "kg", "mm", "cm", "ha", "am", "pm", "bis", "ter"].map { Array($0.utf8) }

    /// Whether a lower-case letter written in two bytes ends at `i`: an accented Latin letter
    /// ("sécurité1", "Comité2") or a Cyrillic one ("человека1"), which a marker may be glued to.
    func followsTwoByteLowerCase(_ i: Int) -> Bool {
        guard i >= 2 else { return false }
        if p[i - 2] == 0xC3 { return p[i - 1] >= 0x9F && p[i - 1] != 0xB7 }
        return ByteClass.isCyrillicLowercase(p, i - 2)
    }

    /// The value of the digits at `range`.
    @inline(__always) func value(_ range: Range<Int>) -> Int {
        var total = 0
        for k in range { total = total * 10 + Int(p[k] - 0x30) }
        return total
    }

    /// Whether a marker may end at `i`: white space, the end, or punctuation. Not a full stop
    /// glued to an ideograph: "。2.本条约" numbers a paragraph run in after a sentence, as Chinese
    /// texts of treaties do.
    func mayEnd(at i: Int) -> Bool {
        guard i < p.count else { return true }
        let b = p[i]
        return ByteClass.isSpace(b) || b == UInt8(ascii: ",") || b == UInt8(ascii: ";")
            || (b == UInt8(ascii: ".") && !(i + 1 < p.count && isCJKLetter(at: i + 1)))
            || b == UInt8(ascii: ")") || b == UInt8(ascii: ":") || (b >= 0xE3 && b <= 0xEF && !isCJKLetter(at: i))
    }

    /// Whether the digit at `i` follows a punctuation mark that itself follows a word
    /// ("Secretary-General,1", "Refugees;2", "报告；2"), a semicolon ("EC-94/DEC.2;22"), or a
    /// comma after a resolution's number ("resolution 79/16,2").
    func followsPunctuationAfterWord(_ i: Int) -> Bool {
        guard i >= 2 else { return false }
        let prev = p[i - 1]
        switch prev {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: ")"), UInt8(ascii: "\""):
            let before = p[i - 2]
            // A number right after a capital and a full stop belongs to a code: "C-24/DEC.4".
            if prev == UInt8(ascii: "."), ByteClass.isUpper(before) { return false }
            // A semicolon ends a clause, even after a symbol's number ("decision EC-94/DEC.2;22"),
            // and a comma after a resolution's number does ("pursuant to resolution 79/16,2").
            return ByteClass.isASCIILetter(before) || before >= 0x80 || before == UInt8(ascii: ")") || yearEnds(at: i - 2)
                || (prev == UInt8(ascii: ";") && ByteClass.isDigit(before))
                || (prev == UInt8(ascii: ",") && sessionalNumberEnds(at: i - 2))
        default:
            guard i >= 3, prev >= 0x80 else { return false }
            let lead = p[i - 3]
            if lead == 0xEF, p[i - 2] == 0xBC { return [0x8C, 0x9B, 0x9A, 0x89].contains(prev) }
            if lead == 0xE3, p[i - 2] == 0x80 { return [0x82, 0x8B, 0x8D].contains(prev) }
            if lead == 0xE2, p[i - 2] == 0x80 { return [0x9D, 0x99].contains(prev) }
            return false
        }
    }

    private func isCJKLetter(at i: Int) -> Bool { p[i] &- 0xE4 < 6 }

    /// Whether a number of the form session/number ends at `q` ("79/16"): digits, a slash and
    /// digits, not a thousands separator's "1,234".
    private func sessionalNumberEnds(at q: Int) -> Bool {
        var k = q
        while k >= 0, ByteClass.isDigit(p[k]) { k -= 1 }
        return k >= 1 && k < q && p[k] == UInt8(ascii: "/") && ByteClass.isDigit(p[k - 1])
    }

    /// Whether a year (1900-2099, four digits standing alone) ends at `q` ("November 2024,3").
    private func yearEnds(at q: Int) -> Bool {
        guard q >= 3, (q - 3...q).allSatisfy({ ByteClass.isDigit(p[$0]) }), q < 4 || !ByteClass.isDigit(p[q - 4]) else { return false }
        return (1900...2099).contains(value(q - 3..<q + 1))
    }
}
