/// A resolution number as ``ResolutionNumberParser`` read it: where its parts stand in the
/// text and what shape it has. It is spelled out as ``ResolutionNumber``s only when the
/// scanner cites it; most digit runs the parser reads ("paragraph 5 (a)", "2 (b)") are not.
struct NumberReading {
    /// How the number is completed after its first digits.
    enum Form {
        /// "48/113": `first` is the session, `number` the resolution's number.
        case sessional(number: Range<Int>)
        /// "1325 (2000)": a Security Council resolution and its year; `first` may hold a blank
        /// where OCR split the number ("24 2 (1967)").
        case yearly(year: Int)
        /// "242 (Nov. 22, 1967)", "1373 (28 September 2001)": legal writing's bracket holds the
        /// adoption date, whose year is the Council resolution's. Cited only where the Council is
        /// named ("S.C. Res.", "UNSC Res", `S/RES/`), as a bare number with a date may be any act.
        case dated(CalendarDate)
        /// "217 (III)", "3201 (S-VI)": the session in Roman numerals, with any "S-"/"ES-".
        case romanSession(Range<Int>)
        /// "(د-63)": the session in digits, as Arabic texts write it.
        case numberedSession(Int)
    }

    /// The first digits, with the "S-"/"ES-" of a special session before them.
    var first: Range<Int>
    /// What follows the first digits.
    var form: Form
    /// The part letters after the number ("A and B"), in the order read.
    var parts: PartLetters
    /// Where the reading ends.
    var end: Int

    /// The adoption date legal writing gave in the bracket, if it gave one there.
    var bracketedDate: CalendarDate? {
        if case .dated(let date) = form { return date }
        return nil
    }

    /// How many numbers the reading stands for: one per part letter, or one.
    var count: Int { Swift.max(parts.count, 1) }

    /// The numbers spelled out, one per part letter, one at a time as they are asked for: no
    /// array is made and freed for them. `first`, when given, is ``firstNumber(in:)`` spelled
    /// already, and is not spelled again.
    func spelled(in look: Lookahead, first: ResolutionNumber? = nil) -> Spelled {
        // The memberwise initializer: one assigning field by field built the value in memory,
        // then copied it out and released the original.
        Spelled(reading: self, look: look, letters: parts.makeIterator(), given: first)
    }

    /// The numbers of a reading, spelled out as they are iterated.
    struct Spelled: Sequence, IteratorProtocol {
        let reading: NumberReading
        let look: Lookahead
        fileprivate var letters: PartLetters.Iterator
        fileprivate var spelledAlone = false
        fileprivate var given: ResolutionNumber?

        var underestimatedCount: Int { reading.count }

        mutating func next() -> ResolutionNumber? {
            if let first = given {
                given = nil
                if reading.parts.isEmpty { spelledAlone = true } else { _ = letters.next() }
                return first
            }
            guard reading.parts.isEmpty else { return letters.next().map { reading.number(part: String(UnicodeScalar($0)), in: look) } }
            guard !spelledAlone else { return nil }
            spelledAlone = true
            return reading.number(part: nil, in: look)
        }
    }

    /// The first of the numbers spelled out.
    func firstNumber(in look: Lookahead) -> ResolutionNumber {
        number(part: parts.first.map { String(UnicodeScalar($0)) }, in: look)
    }

    private func number(part: String?, in look: Lookahead) -> ResolutionNumber {
        let firstText = look.plainString(first)
        switch form {
        case .sessional(let number):
            return .sessional(session: firstText, number: look.plainString(number), part: part)
        case .yearly(let year):
            // "24 2 (1967)": the digits of a number OCR split, without its blank.
            // The text's bytes tested, not the String's: a string's `contains` costs hundreds of
            // instructions a number.
            return .yearly(number: look.p[first].contains(0x20) ? firstText.filter { $0 != " " } : firstText, year: year)
        case .dated(let date):
            return .yearly(number: firstText, year: date.year)
        case .romanSession(let session):
            return .roman(number: firstText, part: part, session: look.plainString(session))
        case .numberedSession(let session):
            return .roman(number: firstText, part: part, session: RomanNumeral.numeral(for: session))
        }
    }
}

/// The capital letters A–Z that follow a resolution number as its parts, kept as bits: the
/// parser reads them in rising order ("A, B and C", "A to D"), so the bits give them back in
/// the order read.
struct PartLetters: Sequence {
    private var bits: UInt32 = 0

    /// Adds `letter`, a byte from "A" to "Z".
    mutating func insert(_ letter: UInt8) {
        bits |= 1 << UInt32(letter &- UInt8(ascii: "A"))
    }

    var isEmpty: Bool { bits == 0 }
    var count: Int { bits.nonzeroBitCount }
    /// The first letter, if any.
    var first: UInt8? { isEmpty ? nil : UInt8(ascii: "A") &+ UInt8(bits.trailingZeroBitCount) }

    func makeIterator() -> Iterator { Iterator(bits: bits) }

    /// The letters from "A" on.
    struct Iterator: IteratorProtocol {
        var bits: UInt32

        mutating func next() -> UInt8? {
            guard bits != 0 else { return nil }
            let letter = UInt8(ascii: "A") &+ UInt8(bits.trailingZeroBitCount)
            bits &= bits &- 1
            return letter
        }
    }
}
