/// Bounded reads forward from a position in the text, shared by the parsers.
///
/// Every function looks at a few bytes past `i` and returns where it stopped; none goes
/// back over text the scanner has passed, so the scanner stays a single pass.
struct Lookahead {
    let p: UnsafeBufferPointer<UInt8>

    @inline(__always) subscript(_ i: Int) -> UInt8 { i < p.count ? p[i] : 0 }

    /// Where the run of ASCII letters that `i` starts ends: eight bytes a step while eight remain.
    @inline(__always) func wordEnd(after i: Int) -> Int {
        // Offsets stay within the buffer's count, so they cannot overflow: no checks.
        var j = i &+ 1
        while j &+ 8 <= p.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(p.baseAddress.unsafelyUnwrapped + j).loadUnaligned(as: UInt64.self))
            let letters = ByteClass.asciiLetterMask(word)
            if letters != 0x8080_8080_8080_8080 { return j &+ (~letters & 0x8080_8080_8080_8080).trailingZeroBitCount &>> 3 }
            j &+= 8
        }
        while j < p.count, ByteClass.isASCIILetter(p[j]) { j += 1 }
        return j
    }

    /// Skips spaces and tabs, and line breaks too when `lines` is true.
    @inline(__always) func skipSpace(_ i: Int, lines: Bool = true) -> Int {
        var j = i
        while j < p.count, lines ? ByteClass.isSpace(p[j]) : ByteClass.isBlank(p[j]) { j += 1 }
        return j
    }

    /// The value of the digit run at `i` (at most `limit` digits, `limit` at most 18) and its end.
    func digits(_ i: Int, limit: Int = 9) -> (value: Int, end: Int)? {
        // A run of fewer than eight digits (nearly every one) measured and read from one load,
        // without a loop whose end a processor cannot foresee.
        if i &+ 8 <= p.count {
            let word = ByteWord.load(p, at: i)
            let run = digitRun(in: word)
            if run < 8 {
                guard run > 0, run <= limit else { return nil }
                return (ByteWord.decimalValue(word, digits: run), i &+ run)
            }
        }
        var j = i
        var value = 0
        // Eighteen digits fit an Int, and offsets stay within the buffer: no overflow checks.
        while j < p.count, ByteClass.isDigit(p[j]), j &- i < limit {
            value = value &* 10 &+ Int(p[j] &- 0x30)
            j &+= 1
        }
        guard j > i, j >= p.count || !ByteClass.isDigit(p[j]) else { return nil }
        return (value, j)
    }

    /// How many of the eight bytes of `word` (loaded from the text) are digits before the first
    /// that is not: 8 where all are.
    @inline(__always) func digitRun(in word: UInt64) -> Int {
        ByteWord.nonDigits(word).trailingZeroBitCount &>> 3
    }

    /// Where the run of digits that `i` starts ends.
    @inline(__always) func digitRunEnd(from i: Int) -> Int {
        var j = i
        if j &+ 8 <= p.count {
            let run = digitRun(in: ByteWord.load(p, at: j))
            if run < 8 { return j &+ run }
            j &+= 8
        }
        while j < p.count, ByteClass.isDigit(p[j]) { j &+= 1 }
        return j
    }

    /// Whether the UTF-8 bytes of `literal` stand at `i` (ASCII letters compared without case).
    @inline(__always) func matches(_ literal: [UInt8], at i: Int) -> Bool {
        guard i + literal.count <= p.count else { return false }
        for k in 0..<literal.count where ByteClass.lowercased(p[i + k]) != literal[k] { return false }
        return true
    }

    /// ``matches(_:at:)`` eight bytes at a time, for a long literal (an Arabic month name,
    /// "كانون الأول/ديسمبر", is 32 bytes): out of line, where the byte loop inlined everywhere
    /// suits the short ones.
    @inline(never) func matchesLong(_ literal: [UInt8], at i: Int) -> Bool {
        guard i + literal.count <= p.count else { return false }
        return literal.withUnsafeBufferPointer { wanted in
            var k = 0
            while k &+ 8 <= wanted.count {
                if ByteClass.asciiLowercased(ByteWord.load(p, at: i &+ k)) != ByteWord.load(wanted, at: k) { return false }
                k &+= 8
            }
            while k < wanted.count {
                if ByteClass.lowercased(p[i &+ k]) != wanted[k] { return false }
                k &+= 1
            }
            return true
        }
    }

    /// The end of `literal` if it stands at `i`.
    @inline(__always) func expect(_ literal: [UInt8], at i: Int) -> Int? {
        matches(literal, at: i) ? i + literal.count : nil
    }

    /// ``expect(_:at:)`` for an ideographic literal ("号", "决议"), whose first byte is not ASCII:
    /// where an ASCII byte stands (nearly everywhere outside Chinese texts), nil without reaching
    /// the literal, a table's global whose every use otherwise pays a call to its initializer's guard.
    @inline(__always) func expect(ideographic literal: @autoclosure () -> [UInt8], at i: Int) -> Int? {
        assert(literal().first.map { $0 >= 0x80 } ?? true, "expect(ideographic:) with a literal that starts with an ASCII byte")
        guard self[i] >= 0x80 else { return nil }
        return expect(literal(), at: i)
    }

    /// ``expectAny(_:at:)`` for ideographic literals ("和", "、"), as ``expect(ideographic:at:)``.
    @inline(__always) func expectAny(ideographic literals: @autoclosure () -> Literals, at i: Int) -> Int? {
        assert(literals().list.allSatisfy { $0.first.map { $0 >= 0x80 } ?? true }, "expectAny(ideographic:) with a literal that starts with an ASCII byte")
        guard self[i] >= 0x80 else { return nil }
        return expectAny(literals(), at: i)
    }

    /// The end of whichever of `literals` stands at `i`, longest first.
    func expectAny(_ literals: Literals, at i: Int) -> Int? {
        if i < p.count, !literals.mayStart(with: p[i]) { return nil }
        for literal in literals.list where matches(literal, at: i) { return i + literal.count }
        return nil
    }

    /// Whether what starts at `start` (a number) follows "第", with at most a space between.
    @inline(__always) func followsDi(_ start: Int) -> Bool {
        var k = start
        if k >= 1, p[k - 1] == 0x20 { k -= 1 }
        return k >= 3 && p[k - 3] == Glyph.di[0] && p[k - 2] == Glyph.di[1] && p[k - 1] == Glyph.di[2]
    }

    /// The end of a word for "and" at `i` that joins a list's items ("and", "et", "и"; Arabic's
    /// "و", joined to the next item or not), or nil where none stands there.
    @inline(__always) func andWordEnd(at i: Int) -> Int? {
        if let after = expectAny(Glyph.and, at: i), isWordEnd(after) { return after }
        return expectAny(Glyph.joinedAnd, at: i)
    }

    /// The start of the run of letters (ASCII or two-byte) that ends at `end`, or nil when no
    /// letter ends there or the run is longer than `limit` bytes.
    func letterRunStart(endingAt end: Int, limit: Int) -> Int? {
        var k = end
        while k > 0, end - k <= limit {
            if ByteClass.isASCIILetter(p[k - 1]) {
                k -= 1
            } else if k >= 2, p[k - 1] &- 0x80 < 0x40, ByteClass.isTwoByteLead(p[k - 2]), ByteClass.isLetterStart(p, k - 2) {
                k -= 2
            } else {
                break
            }
        }
        guard k < end, end - k <= limit else { return nil }
        return k
    }

    /// The end of the run of letters (ASCII or two-byte) that starts at `start`.
    func letterRunEnd(startingAt start: Int) -> Int {
        var k = start
        while k < p.count {
            if ByteClass.isASCIILetter(p[k]) {
                k += 1
            } else if ByteClass.isTwoByteLead(p[k]), ByteClass.isLetterStart(p, k) {
                k += 2
            } else {
                break
            }
        }
        return k
    }

    /// Whether `i` is the end of a word: not followed by an ASCII letter or digit.
    @inline(__always) func isWordEnd(_ i: Int) -> Bool {
        i >= p.count || !ByteClass.isLetterStart(p, i)
    }

    /// The text of `range` as a string, made safe for display (see ``DisplayText``).
    func string(_ range: Range<Int>) -> String {
        DisplayText.string(p, range)
    }

    /// The text of `range`, which a parser read as printable ASCII (digits, capitals, hyphens,
    /// spaces), as a string: nothing in it is for ``DisplayText`` to clean, so it is not looked over.
    func plainString(_ range: Range<Int>) -> String {
        let bytes = UnsafeBufferPointer(rebasing: p[range])
        assert(bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F }, "plainString of bytes that are not printable ASCII")
        return String(utf8: bytes)
    }
}

/// The UTF-8 bytes of what the parsers look for, made once from the language tables: the small
/// words of every language (``CitationWords``) and the ideographic citation grammar
/// (``IdeographicForms``). Nothing language-specific is spelled here.
enum Glyph {
    private static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// The words of every table, in table order, each once.
    private static func words(_ list: (CitationWords) -> [String]) -> Literals {
        var seen = Set<String>()
        return Literals(LanguageTable.all.flatMap { list($0.words) }.filter { seen.insert($0).inserted }.map(bytes))
    }

    private static let ideographs = LanguageTable.all.lazy.compactMap(\.ideographs).first!

    static let hao = bytes(ideographs.numberSuffix)
    static let juan = bytes(ideographs.volumeSuffix)
    static let di = bytes(ideographs.ordinalPrefix)
    static let jie = bytes(ideographs.sessionSuffix)
    static let year = bytes(ideographs.year)
    static let month = bytes(ideographs.month)
    static let day = bytes(ideographs.day)
    /// The ideographic list words, longest first (以及 before 及).
    static let ideographicAnd = Literals(ideographs.and.map(bytes).sorted { $0.count > $1.count })
    static let dunhao = bytes(ideographs.enumerationComma)
    static let zhi = bytes(ideographs.to)
    static let resolutionClose = bytes(ideographs.resolution)
    static let decisionClose = bytes(ideographs.decision)
    static let fullComma = bytes(ideographs.comma)
    static let fullColon = bytes(ideographs.colon)
    static let fullOpenParen = bytes(ideographs.openParenthesis)
    static let fullCloseParen = bytes(ideographs.closeParenthesis)
    static let bookClose = bytes(ideographs.titleClose)
    static let bookOpen = bytes(ideographs.titleOpen)
    static let ten = bytes(ideographs.ten)
    static let supOpen: [UInt8] = Array("<sup>".utf8)
    static let supClose: [UInt8] = Array("</sup>".utf8)
    /// Words joining items of a list: "and", "et", "y", "и".
    static let and = words(\.and)
    /// "And" joined to the word after it: "و".
    static let joinedAnd = words(\.joinedAnd)
    /// Words joining the ends of a range: "to", "à", "a".
    static let to = words(\.to)
    /// Words before the date a citation gives: "of", "du", "de", "del", "от".
    static let dateOf = words(\.dateOf)
    /// The words before the days a list's numbers were each adopted on: "of", "des".
    static let datesOf = Literals(words(\.datesOf).list + dateOf.list)
    /// Suffixes of day ordinals: "1st", "1er".
    static let dayOrdinal = words(\.dayOrdinals)
    /// Words between a number and the organ named after it: "of the", "du", "del".
    static let organOf = words(\.organOf)
    /// Words after a date's year: "года".
    static let yearWords = words(\.yearWords)
    /// Words between a date's day, month and year: "de".
    static let dateJoiners = words(\.dateJoiners)
    /// Abbreviations of "number": "No.", "n°", "№", "الرقم".
    static let numberSign = words(\.numberSigns)
    /// Abbreviations of "volume": "vol.", "т.", "المجلد".
    static let volume = words(\.volume)
    /// Words inside an ordinal of several words, with the spaces around them (" et ").
    static let ordinalJoiners = words(\.ordinalJoiners)
    /// Abbreviations of "session" before its number: "د-".
    static let sessionAbbreviations = words(\.sessionAbbreviations)
    /// The spelled-out part letters of every table with the letter each stands for ("باء": B,
    /// Cyrillic "В": B), and a filter of their first bytes.
    static let partLetterNames: [(name: [UInt8], letter: UInt8)] = LanguageTable.all.flatMap { table in
        table.words.partLetters.enumerated().compactMap { $0.element.isEmpty ? nil : (bytes($0.element), UInt8(ascii: "A") + UInt8($0.offset)) }
    }
    static let partLetterStarts = Literals(partLetterNames.map(\.name))
    /// Whether a spelled part letter may start with `byte`. A name starts with a letter: the
    /// table, a global whose every use pays a call to its initializer's guard, is asked only then.
    @inline(__always) static func mayStartPartLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x80 || ByteClass.isASCIILetter(byte)) && partLetterStarts.mayStart(with: byte)
    }
    /// Commas of other scripts: "،".
    static let commas = words(\.commas)
    /// Endings of gerunds: "ing".
    static let gerundEndings = words(\.gerundEndings)
    /// Words opening a preambular paragraph: "وإذ".
    static let paragraphOpeners = words(\.paragraphOpeners)
    /// Words before a resolution word that make the acts the text's own organ's: "its", "ses", "свою".
    static let possessives = words(\.possessives)
    /// Endings of a resolution word that do so: Arabic "ها", "ه".
    static let possessiveEndings = words(\.possessiveEndings)
    /// Words before the organ that adopted the text: "adopted by the", "adoptée par le".
    static let adoptedBy = words(\.adoptedBy)
    /// Words after the organ and its date that say it adopted the text: "通过".
    static let adoptedAfter = words(\.adoptedAfter)
    /// "Council" for the text's own council: "Council", "Conseil", "Совета", "理事会".
    static let councilWords = words(\.councilWords)
    /// "Commission" for the text's own commission: "Commission", "Comisión", "Комиссии".
    static let commissionWords = words(\.commissionWords)

    /// The bytes that may follow the digits a date or a resolution number starts with: white
    /// space, "/", "(", a part letter, a day ordinal, 年, "（". After any other byte ("2003,",
    /// "1.", "5)") neither can go on. A filter: it lets a few more bytes through (all letters).
    static let numberFollowers: Literals = {
        let marks: [[UInt8]] = [[0x20], [0x09], [0x0A], [0x0D], [UInt8(ascii: "/")], [UInt8(ascii: "(")], year, fullOpenParen]
        return Literals(marks + (UInt8(ascii: "a")...UInt8(ascii: "z")).map { [$0] } + dayOrdinal.list)
    }()

    /// What a council heading's line starts with, when no number does: "第" ("第1325(2000)号决议"),
    /// or a phrase of the tables' resolution words ("Resolution 1325 (2000)"). A filter on the
    /// first byte, which turns away most lines before either is read.
    static let headingStarts: Literals = {
        let words = LanguageTable.all.flatMap(\.phrases).filter { $0.1 == .resolutionWord }.map { $0.0.utf8.map(ByteClass.lowercased) }
        return Literals([di] + words)
    }()

    /// What joins ideographic list items: the enumeration comma, then the list words.
    static let ideographicJoin = [dunhao] + ideographicAnd
    /// What joins a modifier to an ideographic symbol before it: the list words, the full-width comma.
    static let ideographicAndOrComma = ideographicAnd + [fullComma]
    /// The commas other than "," that may end a line: full-width, and those of other scripts.
    static let lineCommas = Literals([fullComma] + commas.list)
    /// What ends a citation's title or clause: full-width comma, closing title mark and
    /// parenthesis, and the commas of other scripts.
    static let clauseClosers = [fullComma, bookClose, fullCloseParen] + commas
    /// An ordinal joiner with a space on each side (" et "), and with the space after it ("et ").
    static let ordinalJoinersSpaced = ordinalJoiners.map { [0x20] + $0 + [0x20] as [UInt8] }
    static let ordinalJoinersTrailing = ordinalJoiners.map { $0 + [0x20] }
}
