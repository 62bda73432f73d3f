/// Reads the numbers of resolutions and decisions in every numbering era:
/// `48/113`, `57/270 B`, `S-21/2`, `ES-10/14`, `2004/27`, `217 A (III)`, `428(V)`,
/// `3201 (S-VI)`, `3411 A and B (XXX)`, `1325 (2000)`, and legal writing's `242 (Nov. 22, 1967)`.
struct ResolutionNumberParser {
    let look: Lookahead

    /// The number joined to a list after `k` by a comma or a word for "and" or "to" (Arabic's "و"
    /// joined to it or not): ", 61/16", "and 72/180", "و 72/180", "и S-35/1".
    func readListed(after k: Int) -> NumberReading? {
        var j = look.skipSpace(k, lines: false)
        if look[j] == UInt8(ascii: ",") {
            j += 1
        } else if let after = look.andWordEnd(at: j) {
            j = after
        } else if let after = look.expectAny(Glyph.to, at: j), look.isWordEnd(after) {
            j = after
        } else {
            return nil
        }
        j = look.skipSpace(j, lines: false)
        // A special session's number opens with its letters: "52/1 и S-35/1 Совета …".
        guard ByteClass.isDigit(look[j]) || look[j] == UInt8(ascii: "S") || look[j] == UInt8(ascii: "E") else { return nil }
        return read(at: j)
    }

    /// Where the number at `i` stands and what shape it has, without spelling it out (see
    /// ``NumberReading/spelled(in:first:)``): most numbers read are not cited, and their strings would
    /// be made for nothing.
    func read(at i: Int) -> NumberReading? {
        var j = i
        if look[j] == UInt8(ascii: "E"), look[j + 1] == UInt8(ascii: "S"), look[j + 2] == UInt8(ascii: "-") {
            j += 3
        } else if look[j] == UInt8(ascii: "S"), look[j + 1] == UInt8(ascii: "-") {
            j += 2
        }
        let hasPrefix = j > i
        guard let (first, firstEnd) = look.digits(j, limit: 5) else { return nil }
        // "48/113", and as OCR spaces it, "48 /113", "48/ 113" or "48 / 113".
        let slash = look[firstEnd] == 0x20 && look[firstEnd + 1] == UInt8(ascii: "/") ? firstEnd + 1 : firstEnd
        if look[slash] == UInt8(ascii: "/") {
            let numberAt = look[slash + 1] == 0x20 ? slash + 2 : slash + 1
            return readSessional(session: i..<firstEnd, sessionValue: first, digitCount: firstEnd - j,
                                 hasPrefix: hasPrefix, numberAt: numberAt)
        }
        guard !hasPrefix, firstEnd - j <= 4, first > 0 else { return nil }
        // Past blanks and line ends, such a number goes on with 号, a part letter, a second
        // number ("1999 2000 (2011)") or its bracket; most ("in 2003,", "15 countries") do not.
        let next = look[look.skipSpace(firstEnd)]
        guard next >= 0x80 || next == UInt8(ascii: "(") || ByteClass.isUpper(next) || ByteClass.isDigit(next)
            || Glyph.mayStartPartLetter(next) else { return nil }
        if look.expect(ideographic: Glyph.hao, at: look.skipSpace(firstEnd, lines: false)) != nil, let session = chineseSessionBefore(i) {
            return NumberReading(first: i..<firstEnd, form: .numberedSession(session), parts: PartLetters(), end: firstEnd)
        }
        if look[firstEnd] == 0x20, ByteClass.isDigit(look[firstEnd + 1]), let split = readSplitYearly(i, first: first, firstEnd: firstEnd) { return split }
        let (parts, afterParts) = readParts(at: firstEnd)
        // "resolution 387\n(1976)": the session or year may stand at the start of the next line.
        let open = look.skipSpace(afterParts, lines: true)
        // "(2000)" or the full-width "（2000）" of Chinese texts.
        var k: Int
        if look[open] == UInt8(ascii: "(") { k = open + 1 } else if let after = look.expect(ideographic: Glyph.fullOpenParen, at: open) { k = after } else { return nil }
        // "( 2000 )": PDF text of right-to-left lines and OCR put blanks inside the brackets.
        k = look.skipSpace(k, lines: false)
        let number = i..<firstEnd
        if parts.isEmpty, let (year, yearEnd) = look.digits(k, limit: 4), yearEnd - k == 4,
           (1946...2099).contains(year), let close = closingParen(at: yearEnd) {
            return NumberReading(first: number, form: .yearly(year: year), parts: parts, end: close)
        }
        if parts.isEmpty, ByteClass.isASCIILetter(look[k]) || ByteClass.isDigit(look[k]), let (date, dateEnd) = DateParser(look: look).legalDate(at: k),
           date.year >= 1946, let close = closingParen(at: dateEnd) {
            return NumberReading(first: number, form: .dated(date), parts: parts, end: close)
        }
        // Arabic texts write the session "(د-63)" for "(LXIII)".
        if let afterDal = look.expectAny(Glyph.sessionAbbreviations, at: k), let (session, sessionEnd) = look.digits(afterDal, limit: 2),
           (1...70).contains(session), let close = closingParen(at: sessionEnd) {
            return NumberReading(first: number, form: .numberedSession(session), parts: parts, end: close)
        }
        let sessionStart = k
        var hasSessionPrefix = true
        if look[k] == UInt8(ascii: "E"), look[k + 1] == UInt8(ascii: "S"), look[k + 2] == UInt8(ascii: "-") {
            k += 3
        } else if look[k] == UInt8(ascii: "S"), look[k + 1] == UInt8(ascii: "-") {
            k += 2
        } else {
            hasSessionPrefix = false
        }
        let romanStart = k
        while ByteClass.isUpper(look[k]), k - romanStart < RomanNumeral.maxLength { k += 1 }
        if !hasSessionPrefix, k > romanStart, let (session, close) = ocrRomanSession(from: romanStart, at: k) {
            return NumberReading(first: number, form: .numberedSession(session), parts: parts, end: close)
        }
        guard k > romanStart, let close = closingParen(at: k),
              let value = RomanNumeral.value(of: UnsafeBufferPointer(rebasing: look.p[romanStart..<k])),
              hasSessionPrefix ? value <= ScannerLimits.lastRomanSpecialSession : value <= ScannerLimits.lastRomanSession else { return nil }
        if parts.isEmpty, let (trailing, end) = readTrailingParts(at: close) {
            return NumberReading(first: number, form: .romanSession(sessionStart..<k), parts: trailing, end: end)
        }
        return NumberReading(first: number, form: .romanSession(sessionStart..<k), parts: parts, end: close)
    }

    /// Part letters written after the session rather than before it, "1721 (XVI) B of 20
    /// December 1961": only letters A to H, followed by "of", a punctuation mark or the line's
    /// end, so that a sentence going on after the number ("(XXV) A number of States") is not read.
    private func readTrailingParts(at i: Int) -> (parts: PartLetters, end: Int)? {
        let (parts, end) = readParts(at: i)
        guard !parts.isEmpty, parts.allSatisfy({ $0 <= UInt8(ascii: "H") }) else { return nil }
        let next = look.skipSpace(end, lines: false)
        guard next < look.p.count else { return (parts, end) }
        switch look[next] {
        case 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "."), UInt8(ascii: ")"), UInt8(ascii: ":"):
            return (parts, end)
        case UInt8(ascii: "o") where look[next + 1] == UInt8(ascii: "f") && look.isWordEnd(next + 2):
            return (parts, end)
        default:
            return nil
        }
    }

    /// A session in Roman numerals as OCR misreads its I's, "(XVll)", "(XVI1)": the capitals from
    /// `start` to `k` go on with "l" or "1" read as I. The session's value and the end of its
    /// bracket; nil where no such letter follows the capitals.
    private func ocrRomanSession(from start: Int, at k: Int) -> (session: Int, end: Int)? {
        guard look[k] == UInt8(ascii: "l") || look[k] == UInt8(ascii: "1") else { return nil }
        var numeral = Array(look.p[start..<k])
        var j = k
        while numeral.count < RomanNumeral.maxLength {
            let byte = look[j]
            if byte == UInt8(ascii: "l") || byte == UInt8(ascii: "1") {
                numeral.append(UInt8(ascii: "I"))
            } else if ByteClass.isUpper(byte) {
                numeral.append(byte)
            } else {
                break
            }
            j += 1
        }
        guard let close = closingParen(at: j), let value = RomanNumeral.value(of: numeral), value <= ScannerLimits.lastRomanSession else { return nil }
        return (value, close)
    }

    /// A Security Council number OCR split in two, "24 2 (1967)" for 242 (1967): read whole
    /// where the year's numbers (``CouncilYears``) hold the two joined and not the second alone.
    /// A marker standing apart before a number ("713 (1991), 8 724 (1991)") joins to no number
    /// of its year, and stays apart.
    private func readSplitYearly(_ i: Int, first: Int, firstEnd: Int) -> NumberReading? {
        guard firstEnd - i <= 3, let (second, secondEnd) = look.digits(firstEnd + 1, limit: 3) else { return nil }
        var k = look.skipSpace(secondEnd, lines: false)
        guard look[k] == UInt8(ascii: "(") else { return nil }
        k = look.skipSpace(k + 1, lines: false)
        guard let (year, yearEnd) = look.digits(k, limit: 4), yearEnd - k == 4, let numbers = CouncilYears.numbers(of: year),
              let close = closingParen(at: yearEnd) else { return nil }
        var joined = first
        for _ in firstEnd + 1..<secondEnd { joined *= 10 }
        joined += second
        guard numbers.contains(joined), !numbers.contains(second) else { return nil }
        return NumberReading(first: i..<secondEnd, form: .yearly(year: year), parts: PartLetters(), end: close)
    }

    /// The session a Chinese text of the Assembly's first thirty sessions gives in brackets before
    /// "第" and the number: "（十八届）第1962号决议" is 1962 (XVIII). Read back from the number at
    /// `i` over at most the bracket's few ideographs, as ``DocumentScanner`` reads "第" before it.
    private func chineseSessionBefore(_ i: Int) -> Int? {
        var k = i
        if k >= 1, look[k - 1] == 0x20 { k -= 1 }
        guard k >= 12, look.matches(Glyph.di, at: k - 3), look.matches(Glyph.fullCloseParen, at: k - 6), look.matches(Glyph.jie, at: k - 9) else { return nil }
        let sessionEnd = k - 9
        var open = sessionEnd - 3
        while open >= 0, sessionEnd - open <= 3 * 4, !look.matches(Glyph.fullOpenParen, at: open) { open -= 3 }
        guard open >= 0, look.matches(Glyph.fullOpenParen, at: open) else { return nil }
        var start = open + 3
        if look.matches(Glyph.di, at: start) { start += 3 }
        guard let (session, end) = SessionOrdinalParser(look: look).chineseNumeral(at: start), end == sessionEnd,
              (1...ScannerLimits.lastRomanSession).contains(session) else { return nil }
        return session
    }

    /// The end of ")" or "）" at `i` (after blanks).
    private func closingParen(at i: Int) -> Int? {
        let i = look.skipSpace(i, lines: false)
        if look[i] == UInt8(ascii: ")") { return i + 1 }
        return look.expect(Glyph.fullCloseParen, at: i)
    }

    private func readSessional(session: Range<Int>, sessionValue: Int, digitCount: Int, hasPrefix: Bool, numberAt k: Int) -> NumberReading? {
        // Emergency special sessions ("ES-10") are few; special sessions ("S-35") are the
        // Assembly's and the Human Rights Council's, whose passed thirty.
        let lastSession = look[session.lowerBound] == UInt8(ascii: "E") ? Self.lastEmergencySession : Self.lastSpecialSession
        let validSession = hasPrefix ? sessionValue >= 1 && sessionValue <= lastSession && digitCount <= 2
            : (digitCount <= 2 && (1...99).contains(sessionValue)) || (digitCount == 4 && (1946...2099).contains(sessionValue))
        guard validSession, let (number, numberEnd) = look.digits(k, limit: 4), number > 0 else { return nil }
        if digitCount == 4, Self.isFinancialPeriod(year: sessionValue, number: number, digits: numberEnd - k, leadingZero: look[k] == UInt8(ascii: "0")) {
            return nil
        }
        let after = look[numberEnd]
        if after == UInt8(ascii: "/") || (after == UInt8(ascii: ".") && ByteClass.isDigit(look[numberEnd + 1])) { return nil }
        let (parts, end) = readParts(at: numberEnd)
        return NumberReading(first: session, form: .sessional(number: k..<numberEnd), parts: parts, end: parts.isEmpty ? numberEnd : end)
    }

    /// The last emergency special session a number can name ("ES-10/14").
    static let lastEmergencySession = 30
    /// The last special session a number can name ("S-21/2", the Human Rights Council's "S-35/1").
    static let lastSpecialSession = 99

    /// Whether "year/number" is a financial period rather than an act of the year: "1992/93",
    /// "2004/05", "2018/2019" (the budgets' bienniums and peacekeeping years). The UN numbers
    /// acts without leading zeros, and no year's numbering reaches the next year's digits there.
    static func isFinancialPeriod(year: Int, number: Int, digits: Int, leadingZero: Bool) -> Bool {
        if leadingZero { return true }
        switch digits {
        case 2: return number == (year + 1) % 100
        case 4: return number == year + 1
        default: return false
        }
    }

    /// Part letters after a number: " B", "A", " A and B", " A to D", " A, B and C".
    private func readParts(at i: Int) -> (parts: PartLetters, end: Int) {
        var parts = PartLetters()
        var j = look.skipSpace(i, lines: false)
        guard let (first, firstEnd) = partLetter(at: j) else { return (parts, i) }
        parts.insert(first)
        var last = first
        j = firstEnd
        var end = j
        while true {
            var k = look.skipSpace(j, lines: false)
            var isRange = false
            if look[k] == UInt8(ascii: ",") {
                k += 1
            } else if let after = look.expectAny(Glyph.and, at: k), look.isWordEnd(after) {
                k = after
            } else if let after = look.expectAny(ideographic: Glyph.ideographicAnd, at: k) {
                k = after
            } else if let after = look.expectAny(Glyph.joinedAnd, at: k), spelledPartLetter(at: after) != nil {
                // Arabic joins "and" to the next letter's name: "ألف وباء".
                k = after
            } else if let after = look.expectAny(Glyph.to, at: k), look.isWordEnd(after) {
                k = after; isRange = true
            } else if let after = look.expect(ideographic: Glyph.zhi, at: k) {
                k = after; isRange = true
            } else {
                break
            }
            k = look.skipSpace(k, lines: false)
            guard let (letter, letterEnd) = partLetter(at: k), letter > last else { break }
            if isRange {
                for value in (last + 1)...letter { parts.insert(value) }
            } else {
                parts.insert(letter)
            }
            last = letter
            j = letterEnd
            end = j
        }
        return (parts, end)
    }

    /// A part letter at `i` and where it ends: a single capital standing alone (not the start of
    /// a word or symbol), or a letter's name where a language spells it ("باء", B). Parts run
    /// through the whole alphabet ("49/75 A to W", "48/75 X"). A capital before a full stop only
    /// where the stop ends the line, as it ends a resolution's last clause ("its resolution
    /// 57/270 B."): elsewhere "B." may be an initial or a heading.
    private func partLetter(at i: Int) -> (letter: UInt8, end: Int)? {
        let letter = look[i]
        guard ByteClass.isUpper(letter) else { return spelledPartLetter(at: i) }
        let next = look[i + 1]
        if next == UInt8(ascii: "."), endsLine(at: i + 2) { return (letter, i + 1) }
        if ByteClass.isASCIIAlphanumeric(next) || next == UInt8(ascii: "/") || next == UInt8(ascii: ".") || next == UInt8(ascii: "-") {
            return nil
        }
        return (letter, i + 1)
    }

    /// A part letter's name standing as a word of its own at `i`: "ألف" but not "ألفا".
    private func spelledPartLetter(at i: Int) -> (letter: UInt8, end: Int)? {
        guard i < look.p.count, Glyph.mayStartPartLetter(look[i]) else { return nil }
        for (name, letter) in Glyph.partLetterNames where look.matches(name, at: i) {
            let end = i + name.count
            guard end >= look.p.count || !ByteClass.isLetterStart(look.p, end) else { return nil }
            return (letter, end)
        }
        return nil
    }

    /// Whether only blanks stand from `i` to the line's end or the text's.
    private func endsLine(at i: Int) -> Bool {
        let k = look.skipSpace(i, lines: false)
        return k >= look.p.count || look[k] == 0x0A || look[k] == 0x0D
    }
}
