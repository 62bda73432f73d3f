/// A slash-separated document code as it stands in the text: `A/58/483/Add. 3`, `CM/Res.1153`.
///
/// Its canonical bytes ("A/58/483/Add.3": spaces removed, modifiers normalized) are the text's
/// own unless a component was rewritten: no string or array is made for a code read and
/// passed over, nor for one cited as it stands until its id is asked for.
struct ParsedSymbol {
    /// Where the code starts in the text.
    var start: Int
    /// Where the code ends in the text.
    var end: Int
    /// The canonical bytes, when a component was rewritten; nil when they are the text's from
    /// ``start`` to ``end``.
    var rewritten: [UInt8]?
    /// Whether the code is a United Nations document symbol.
    var isUnitedNations = false
    /// Whether a component ran past ``SymbolParser/maxComponentLength``: no symbol at all.
    var isOverlong = false

    /// Calls `body` with the canonical bytes, read where they lie, and returns what it returns.
    func withBytes<Result>(in look: Lookahead, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard let rewritten else { return body(UnsafeBufferPointer(rebasing: look.p[start..<end])) }
        return rewritten.withUnsafeBufferPointer(body)
    }

    /// The canonical symbol.
    func text(in look: Lookahead) -> String {
        withBytes(in: look) { String(utf8: $0) }
    }
}

/// Reads document symbols and tells UN symbols from other organizations' codes.
struct SymbolParser {
    let look: Lookahead

    /// The longest component the symbol grammar allows ("CONF.231", "Add.17", "2003"): longer
    /// runs are not symbol components, and stopping there keeps every read bounded.
    static let maxComponentLength = 32
    /// The most components a symbol has ("E/CN.4/Sub.2/1998/13/Add.1" has six).
    static let maxComponents = 12

    /// The first components of United Nations document symbols.
    static let unitedNationsSeries: Set<String> = [
        "A", "S", "E", "ST", "T", "TD", "DP", "UNEP", "CCPR", "CRC", "CEDAW", "CAT", "CERD", "CMW", "CRPD",
        "HRI", "ICCD", "FCCC", "ECE", "ESCAP", "ECA", "ECLAC", "ESCWA", "UNW", "UNICEF", "ICEF", "JIU", "ACC",
        "CEB", "TRADE", "UNCITRAL", "ISBA", "SPLOS", "LOS", "CD", "DC", "APLC", "CCW", "BWC", "NPT", "ATT",
    ]

    /// ``unitedNationsSeries`` as their letters packed by ``packedHead(_:)``, in rising order.
    private static let unitedNationsHeads: [UInt64] = unitedNationsSeries.map { packedHead(Array($0.utf8)[...]) }.sorted()

    /// Up to eight letters packed into one number, the first in the highest byte used: each
    /// head of up to eight letters has its own.
    private static func packedHead(_ letters: ArraySlice<UInt8>) -> UInt64 {
        letters.reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// Whether the letters packed as `head` are the first component of a UN symbol.
    private static func isUnitedNationsHead(_ head: UInt64) -> Bool {
        var low = 0, high = unitedNationsHeads.count
        while low < high {
            let middle = (low + high) / 2
            if unitedNationsHeads[middle] < head { low = middle + 1 } else { high = middle }
        }
        return low < unitedNationsHeads.count && unitedNationsHeads[low] == head
    }

    /// Whether an "S/" symbol of two numbers numbers as the Security Council does, the year
    /// first (S/2004/567; before 1994 a number alone, S/26000). The Organisation for the
    /// Prohibition of Chemical Weapons writes the number first (S/2338/2024, a note of its
    /// Technical Secretariat, cited in the General Assembly's resolutions on chemical weapons):
    /// not a United Nations document. Other symbols (their canonical bytes) are not asked.
    static func isSecurityCouncilNumbering(_ symbol: UnsafeBufferPointer<UInt8>) -> Bool {
        let slash = UInt8(ascii: "/")
        guard symbol.count > 2, symbol[0] == UInt8(ascii: "S"), symbol[1] == slash,
              let firstEnd = symbol[2...].firstIndex(of: slash) else { return true }
        let secondEnd = symbol[(firstEnd + 1)...].firstIndex(of: slash) ?? symbol.count
        guard let first = integer(symbol[2..<firstEnd]), integer(symbol[(firstEnd + 1)..<secondEnd]) != nil else { return true }
        return (1994...2099).contains(first)
    }

    /// The integer `bytes` spell as `Int(_:)` reads one (a sign, then digits, no overflow), or nil.
    private static func integer(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        var digits = bytes[...]
        let isNegative = digits.first == UInt8(ascii: "-")
        if isNegative || digits.first == UInt8(ascii: "+") { digits = digits.dropFirst() }
        guard !digits.isEmpty else { return nil }
        var value = 0
        for byte in digits {
            guard ByteClass.isDigit(byte) else { return nil }
            let digit = Int(byte &- UInt8(ascii: "0"))
            let (tens, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowAgain) = isNegative ? tens.subtractingReportingOverflow(digit) : tens.addingReportingOverflow(digit)
            guard !overflow, !overflowAgain else { return nil }
            value = sum
        }
        return value
    }

    /// The modifiers of a symbol, as symbols write them ("A/58/483/Add.3"); texts may write them
    /// in any case.
    private static let modifierNames: [(name: String, bytes: [UInt8])] = ["Add", "Corr", "Rev", "Amend", "Sup", "Summary"].map { ($0, Array($0.utf8)) }

    /// The symbol whose first letter is at `i`, or nil when no slash follows a short upper-case head.
    func parse(at i: Int) -> ParsedSymbol? {
        var j = i
        var head: UInt64 = 0
        while ByteClass.isUpper(look[j]), j - i < 8 {
            head = head << 8 | UInt64(look[j])
            j += 1
        }
        guard j > i, look[j] == UInt8(ascii: "/") else { return nil }
        var symbol = ParsedSymbol(start: i, end: j)
        var count = 1
        var hasDigit = false
        while look[j] == UInt8(ascii: "/"), count < Self.maxComponents, let component = parseComponent(at: j + 1) {
            guard component.length <= Self.maxComponentLength else {
                symbol.end = component.end
                symbol.rewritten = nil
                symbol.isOverlong = true
                return symbol
            }
            // The canonical bytes are made only once a component is rewritten: before, they are the text's.
            if let rewritten = component.rewritten {
                if symbol.rewritten == nil { symbol.rewritten = Array(look.p[i..<j]) }
                symbol.rewritten!.append(UInt8(ascii: "/"))
                symbol.rewritten!.append(contentsOf: rewritten)
            } else if symbol.rewritten != nil {
                symbol.rewritten!.append(contentsOf: look.p[j..<component.end])
            }
            count += 1
            hasDigit = hasDigit || component.hasDigit
            j = component.end
        }
        guard count >= 2 else { return nil }
        symbol.end = j
        symbol.isUnitedNations = hasDigit && Self.isUnitedNationsHead(head)
            && (head != UInt64(UInt8(ascii: "S")) || symbol.withBytes(in: look, Self.isSecurityCouncilNumbering))
        return symbol
    }

    /// The modifier name of a component such as "Add.1" or "Corr.2" ("Add", "Corr"), or nil.
    static func modifierName(of component: UnsafeBufferPointer<UInt8>) -> String? {
        guard let last = component.last, ByteClass.isDigit(last), let dot = component.firstIndex(of: UInt8(ascii: ".")) else { return nil }
        let head = UnsafeBufferPointer(rebasing: component[..<dot])
        guard let modifier = modifier(head), modifier.bytes.elementsEqual(head) else { return nil }
        return modifier.name
    }

    /// The modifier name of a component such as "Add.1" or "Corr.2" ("Add", "Corr"), or nil.
    static func modifierName(of component: String) -> String? {
        component.withUTF8InPlace { modifierName(of: $0) }
    }

    /// The symbol `id` less its last component, and that component's modifier name, when it is
    /// a modifier with its number ("A/59/12/Add.1" gives "A/59/12" and "Add"); nil otherwise.
    static func lastModifier(of id: String) -> (base: String, name: String)? {
        id.withUTF8InPlace { bytes in
            guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")),
                  let name = modifierName(of: UnsafeBufferPointer(rebasing: bytes[(slash + 1)...])) else { return nil }
            return (String(utf8: UnsafeBufferPointer(rebasing: bytes[..<slash])), name)
        }
    }

    /// A modifier after a symbol: "and Corr.1", "et Corr.1", "和 Corr.1", "and Add.1".
    /// Another number of the modifier just read: the 2 of "and Corr.1 and 2", the 3 of
    /// "Add.1, 2 and 3". Taken only when what follows ends the list (a closing bracket,
    /// punctuation, the line's end, or "and" with a further number), not a date ("Corr.1, 2 May").
    func parseModifierContinuation(at i: Int) -> (number: String, start: Int, end: Int)? {
        var j = look.skipSpace(i, lines: false)
        if look[j] == UInt8(ascii: ",") {
            j += 1
        } else if let after = look.expectAny(Glyph.and, at: j), look.isWordEnd(after) {
            j = after
        } else {
            return nil
        }
        j = look.skipSpace(j, lines: false)
        guard let (_, end) = look.digits(j, limit: 2) else { return nil }
        let k = look.skipSpace(end, lines: false)
        let next = look[k]
        let endsList = k >= look.p.count || next == 0x0A || next == UInt8(ascii: ")") || next == UInt8(ascii: "]")
            || next == UInt8(ascii: ",") || next == UInt8(ascii: ";") || (next == UInt8(ascii: ".") && !ByteClass.isDigit(look[k + 1]))
        let andFollows = look.expectAny(Glyph.and, at: k).map { look.isWordEnd($0) && ByteClass.isDigit(look[look.skipSpace($0, lines: false)]) } ?? false
        guard endsList || andFollows else { return nil }
        return (look.plainString(j..<end), j, end)
    }

    func parseTrailingModifier(at i: Int) -> (modifier: String, start: Int, end: Int)? {
        var j = look.skipSpace(i)
        if look[j] == UInt8(ascii: ",") {
            j += 1
        } else if let after = look.expectAny(Glyph.and, at: j), look.isWordEnd(after) {
            j = after
        } else if let after = look.expectAny(Glyph.ideographicAndOrComma, at: j) {
            j = after
        } else {
            return nil
        }
        j = look.skipSpace(j)
        guard ByteClass.isUpper(look[j]), let component = parseComponent(at: j), component.hasDigit else { return nil }
        let modifier = component.rewritten.map { String(decoding: $0, as: UTF8.self) } ?? look.plainString(j..<component.end)
        guard modifier.hasPrefix("Corr.") || modifier.hasPrefix("Add.") || modifier.hasPrefix("Rev.") else { return nil }
        return (modifier, j, component.end)
    }

    /// A component of a symbol as ``parseComponent(at:)`` read it.
    private struct Component {
        /// Where it ends in the text.
        var end: Int
        /// How many bytes its canonical text has.
        var length: Int
        /// Whether it has a digit.
        var hasDigit: Bool
        /// Its canonical text when that is not the text's bytes: a modifier normalized ("add.1"
        /// is "Add.1"), a space after its dot dropped ("Add. 1").
        var rewritten: [UInt8]?
    }

    /// The component at `start`, or nil when none starts there. Its bytes are copied and
    /// rewritten only when they are not its canonical text.
    private func parseComponent(at start: Int) -> Component? {
        var j = start
        var rewritten: [UInt8]?
        var count = 0
        var hasDigit = false
        while j < look.p.count {
            // One byte past the longest component is enough to know it is no component.
            guard count <= Self.maxComponentLength else { break }
            let byte = look[j]
            if ByteClass.isASCIIAlphanumeric(byte) {
                hasDigit = hasDigit || ByteClass.isDigit(byte)
            } else if byte == UInt8(ascii: "-"), ByteClass.isASCIIAlphanumeric(look[j + 1]), !startsAnotherSymbol(at: j + 1) {
                // Part of the component, as a letter is.
            } else if byte == UInt8(ascii: "("), let close = sessionInBrackets(at: j, afterLettersFrom: start) {
                // A body's session in brackets, before the next component: "ICCD/COP(14)/23".
                rewritten?.append(contentsOf: look.p[j..<close])
                count += close - j
                hasDigit = true
                j = close
                continue
            } else if byte == UInt8(ascii: "."), count > 0 {
                let name = (rewritten.map { $0.withUnsafeBufferPointer(Self.modifier) } ?? Self.modifier(UnsafeBufferPointer(rebasing: look.p[start..<j])))?.bytes
                var next = j + 1
                if look[next] == 0x20, name != nil, ByteClass.isDigit(look[next + 1]) || isOneMisread(at: next + 1) { next += 1 }
                if let name, isOneMisread(at: next) {
                    // "Corr. l": a typeset or scanned text's letter l (or I) for the number 1.
                    rewritten = name + [byte, UInt8(ascii: "1")]
                    count = name.count + 2
                    hasDigit = true
                    j = next + 1
                    break
                }
                guard ByteClass.isASCIIAlphanumeric(look[next]) else { break }
                if let name, rewritten != nil || !name.elementsEqual(look.p[start..<j]) {
                    rewritten = name
                    count = name.count
                } else if next > j + 1, rewritten == nil {
                    rewritten = Array(look.p[start..<j])
                }
                rewritten?.append(byte)
                count += 1
                j = next
                continue
            } else {
                break
            }
            rewritten?.append(byte)
            count += 1
            j += 1
        }
        guard count > 0 else { return nil }
        return Component(end: j, length: count, hasDigit: hasDigit, rewritten: rewritten)
    }

    /// The modifier `text` spells in any case ("ADD" is "Add"), or nil.
    private static func modifier(_ text: UnsafeBufferPointer<UInt8>) -> (name: String, bytes: [UInt8])? {
        guard (3...7).contains(text.count) else { return nil }
        return modifierNames.first { modifier in
            modifier.bytes.count == text.count && zip(modifier.bytes, text).allSatisfy { ByteClass.lowercased($0) == ByteClass.lowercased($1) }
        }
    }

    /// The end of "(14)" at `i`, when only capitals stand from `start` to it and a "/" follows:
    /// the session of a conference of parties' body in its symbols ("ICCD/COP(14)/23",
    /// "ICCD/CRIC(17)/2"), not a date or a note after a symbol.
    private func sessionInBrackets(at i: Int, afterLettersFrom start: Int) -> Int? {
        guard i > start, (start..<i).allSatisfy({ ByteClass.isUpper(look[$0]) }),
              let (_, end) = look.digits(i + 1, limit: 3), look[end] == UInt8(ascii: ")"), look[end + 1] == UInt8(ascii: "/") else { return nil }
        return end + 1
    }

    /// Whether a modifier's number at `i` is the letter l or I standing for 1 ("Corr. l"): the
    /// letter alone, no letter or digit after it.
    private func isOneMisread(at i: Int) -> Bool {
        (look[i] == UInt8(ascii: "l") || look[i] == UInt8(ascii: "I")) && !ByteClass.isASCIIAlphanumeric(look[i + 1])
    }

    private func startsAnotherSymbol(at i: Int) -> Bool {
        var j = i
        while ByteClass.isUpper(look[j]), j - i < 8 { j += 1 }
        return j > i && look[j] == UInt8(ascii: "/")
    }
}
