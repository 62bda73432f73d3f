/// Bounded reads forward from a position in the text, shared by the parsers.
///
/// Every function looks at a few bytes past `i` and returns where it stopped; none goes
/// back over text the scanner has passed, so the scanner stays a single pass.
struct Lookahead {
    let p: UnsafeBufferPointer<UInt8>

    @inline(__always) subscript(_ i: Int) -> UInt8 { i < p.count ? p[i] : 0 }

    /// Skips spaces and tabs, and line breaks too when `lines` is true.
    @inline(__always) func skipSpace(_ i: Int, lines: Bool = true) -> Int {
        var j = i
        while j < p.count, lines ? ByteClass.isSpace(p[j]) : ByteClass.isBlank(p[j]) { j += 1 }
        return j
    }

    /// The value of the digit run at `i` (at most `limit` digits) and its end.
    func digits(_ i: Int, limit: Int = 9) -> (value: Int, end: Int)? {
        var j = i
        var value = 0
        while j < p.count, ByteClass.isDigit(p[j]), j - i < limit {
            value = value * 10 + Int(p[j] - 0x30)
            j += 1
        }
        guard j > i, j >= p.count || !ByteClass.isDigit(p[j]) else { return nil }
        return (value, j)
    }

    /// Whether the UTF-8 bytes of `literal` stand at `i` (ASCII letters compared without case).
    @inline(__always) func matches(_ literal: [UInt8], at i: Int) -> Bool {
        guard i + literal.count <= p.count else { return false }
        for k in 0..<literal.count where ByteClass.lowercased(p[i + k]) != literal[k] { return false }
        return true
    }

    /// The end of `literal` if it stands at `i`.
    @inline(__always) func expect(_ literal: [UInt8], at i: Int) -> Int? {
        matches(literal, at: i) ? i + literal.count : nil
    }

    /// The end of whichever of `literals` stands at `i`, longest first.
    func expectAny(_ literals: [[UInt8]], at i: Int) -> Int? {
        for literal in literals where matches(literal, at: i) { return i + literal.count }
        return nil
    }

    /// Whether `i` is the end of a word: not followed by an ASCII letter or digit.
    @inline(__always) func isWordEnd(_ i: Int) -> Bool {
        i >= p.count || !ByteClass.isLetterStart(p, i)
    }

    /// The text of `range` as a string, made safe for display (see ``DisplayText``).
    func string(_ range: Range<Int>) -> String {
        DisplayText.string(p, range)
    }
}

/// UTF-8 spellings of the characters the parsers look for.
enum Glyph {
    static let hao: [UInt8] = Array("号".utf8)
    static let juan: [UInt8] = Array("卷".utf8)
    static let di: [UInt8] = Array("第".utf8)
    static let jie: [UInt8] = Array("届".utf8)
    static let year: [UInt8] = Array("年".utf8)
    static let month: [UInt8] = Array("月".utf8)
    static let day: [UInt8] = Array("日".utf8)
    static let he: [UInt8] = Array("和".utf8)
    static let ji: [UInt8] = Array("及".utf8)
    static let yiji: [UInt8] = Array("以及".utf8)
    static let yu: [UInt8] = Array("与".utf8)
    static let dunhao: [UInt8] = Array("、".utf8)
    static let zhi: [UInt8] = Array("至".utf8)
    static let resolutionClose: [UInt8] = Array("决议".utf8)
    static let decisionClose: [UInt8] = Array("决定".utf8)
    static let fullComma: [UInt8] = Array("，".utf8)
    static let fullColon: [UInt8] = Array("：".utf8)
    static let fullOpenParen: [UInt8] = Array("（".utf8)
    static let fullCloseParen: [UInt8] = Array("）".utf8)
    static let bookClose: [UInt8] = Array("》".utf8)
    static let bookOpen: [UInt8] = Array("《".utf8)
    static let ten: [UInt8] = Array("十".utf8)
    static let supOpen: [UInt8] = Array("<sup>".utf8)
    static let supClose: [UInt8] = Array("</sup>".utf8)
    static let etSpaced: [UInt8] = Array(" et ".utf8)
    static let et: [UInt8] = Array("et ".utf8)
    /// Words joining items of a list: "and", "et", "y", "и".
    static let and: [[UInt8]] = ["and", "et", "y", "и"].map { Array($0.utf8) }
    /// Words joining the ends of a range: "to", "à", "a".
    static let to: [[UInt8]] = ["to", "à", "a"].map { Array($0.utf8) }
    /// Words before the date a citation gives: "of", "du", "de", "del".
    static let dateOf: [[UInt8]] = ["of", "du", "de", "del", "от"].map { Array($0.utf8) }
    /// Suffixes of day ordinals: "1er", "1st", "2nd", "3rd", "4th".
    static let dayOrdinal: [[UInt8]] = ["er", "st", "nd", "rd", "th"].map { Array($0.utf8) }
    /// Abbreviations of "number": "No.", "no", "n°".
    static let numberSign: [[UInt8]] = ["nos.", "no.", "nos", "no", "n°", "nº", "núm.", "№", "الرقم"].map { Array($0.utf8) }
    /// Abbreviations of "volume": "vol.", "т.", "المجلد".
    static let volume: [[UInt8]] = ["vol.", "vol", "т.", "المجلد"].map { Array($0.utf8) }
    /// "د-", the Arabic abbreviation of "session" before its number ("(د-63)").
    static let arabicSession: [UInt8] = Array("د-".utf8)
    /// The Arabic comma.
    static let arabicComma: [UInt8] = Array("،".utf8)
}
