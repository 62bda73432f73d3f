/// A council's or a commission's text names itself by one word, without its name: "Recalling
/// Council resolutions 5/1 and 5/2", "la résolution 31/1 du Conseil", "резолюции Совета 5/1",
/// "理事会第31/1号决议", "قرار المجلس 31/1" in the Human Rights Council's text; "Commission
/// resolution 2004/7" in the Commission on Human Rights'. The word is the table's
/// (``CitationWords/councilWords``, ``CitationWords/commissionWords``) and must fit the text's own
/// organ; the Assembly's and the Security Council's texts are not asked, as their numbers name
/// their acts.
///
/// Its own small type, not methods of the scanner: a method of the scanner called from a
/// mutating one is handed a copy of the whole scanner.
struct OwnOrganWords {
    let look: Lookahead
    /// The organ whose text it is, as its header says.
    let acting: Organ?

    /// The text's own organ, where the word for it ends at `end` (spaces before `end` passed
    /// over): "Council" before "resolution 31/1", "理事会" before "第31/1号决议", "المجلس" or
    /// "Совета" before the number. Nil where the word is the end of a longer word; where it ends
    /// an organ's name ("Security Council", "Governing Council") that organ is named, and the
    /// callers ask only where none is.
    func organ(endingAt end: Int) -> Organ? {
        guard let acting, !acting.numbersNameItsActs else { return nil }
        var k = end
        while k > 0, ByteClass.isSpace(look.p[k - 1]) { k -= 1 }
        for word in acting.wordsInItsOwnText.list where k >= word.count && look.matches(word, at: k - word.count) {
            let start = k - word.count
            // Ideographs have no word boundary to keep; letters must begin the word.
            guard word[0] >= 0xE0 || look.letterRunStart(endingAt: k, limit: word.count) == start else { continue }
            return acting
        }
        return nil
    }

    /// The text's own organ, where the word for it stands at `start` after a citation's numbers
    /// and ends the citation: "résolution 31/1 du Conseil, en date du …", "del Consejo.",
    /// "Совета от 23 марта 2016 года". Nil where more of a name follows ("du Conseil
    /// d’administration").
    func organ(at start: Int) -> Organ? {
        guard let acting, !acting.numbersNameItsActs else { return nil }
        for word in acting.wordsInItsOwnText.list where look.matches(word, at: start) {
            let end = start + word.count
            guard look.isWordEnd(end) else { continue }
            let next = look.skipSpace(end, lines: false)
            if next >= look.p.count || Self.citationEnds.contains(look.p[next]) || look.expectAny(Glyph.commas, at: next) != nil
                || DateParser(look: look).citedDateSpan(after: end) != nil { return acting }
        }
        return nil
    }

    /// Whether "其" (its) or the word for the text's own council stands before the "第" of the
    /// number at `start`, with the date the citation gives between them: "其第5/1号决议",
    /// "其2007年6月18日第5/1号决议", "理事会第31/1号决议".
    func namesOwnActs(beforeDi start: Int) -> Bool {
        guard look.followsDi(start) else { return false }
        var k = start
        if look.p[k - 1] == 0x20 { k -= 1 }
        k -= Glyph.di.count
        let limit = max(0, k - ScannerLimits.chineseDateLength)
        while k > limit {
            if ByteClass.isDigit(look.p[k - 1]) || look.p[k - 1] == 0x20 {
                k -= 1
            } else if k >= 3, [Glyph.year, Glyph.month, Glyph.day].contains(where: { look.matches($0, at: k - 3) }) {
                k -= 3
            } else {
                break
            }
        }
        return Glyph.possessives.contains { k >= $0.count && look.matches($0, at: k - $0.count) } || organ(endingAt: k) != nil
    }

    /// Marks that end a citation after the organ named: ", ; . : )" and a line's end.
    private static let citationEnds: Set<UInt8> = [
        UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: ")"), 0x0A, 0x0D,
    ]
}
