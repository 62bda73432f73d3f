/// A slash-separated document code as it stands in the text: `A/58/483/Add. 3`, `CM/Res.1153`.
struct ParsedSymbol {
    /// The components, spaces removed and modifiers normalized: ["A", "58", "483", "Add.3"].
    var components: [String]
    /// Where the code ends in the text.
    var end: Int
    /// Whether the code is a United Nations document symbol.
    var isUnitedNations: Bool
    /// Whether a component ran past ``SymbolParser/maxComponentLength``: no symbol at all.
    var isOverlong = false
    /// The canonical symbol as the text spells it, when the parser took it as it stands (no
    /// space dropped, no modifier's case changed): the same as the components joined.
    var spelled: String?

    /// The canonical symbol.
    var text: String { spelled ?? components.joined(separator: "/") }
}

/// Reads document symbols and tells UN symbols from other organizations' codes.
struct SymbolParser {
    let look: Lookahead

    /// The longest component the symbol grammar allows ("CONF.231", "Add.17", "2003"): longer
    /// runs are not symbol components, and stopping there keeps every read bounded.
    static let maxComponentLength = 32
    /// The most components a symbol has ("E/CN.4/Sub.2/1998/13/Add.1" has six).
    static let maxComponents = 12
    /// Room made for a symbol's components at once: "A/RES/58/154/Add.1" has five; few have more.
    static let reservedComponents = 6

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
    /// not a United Nations document. Other symbols are not asked.
    static func isSecurityCouncilNumbering(_ components: [String]) -> Bool {
        guard components.count >= 3, components[0] == "S", let first = Int(components[1]), Int(components[2]) != nil else { return true }
        return (1994...2099).contains(first)
    }

    /// The modifiers of a symbol, as symbols write them ("A/58/483/Add.3"); texts may write them
    /// in any case.
    private static let modifierNames: [[UInt8]] = ["Add", "Corr", "Rev", "Amend", "Sup", "Summary"].map { Array($0.utf8) }

    /// The symbol whose first letter is at `i`, or nil when no slash follows a short upper-case head.
    func parse(at i: Int) -> ParsedSymbol? {
        var j = i
        var head: UInt64 = 0
        while ByteClass.isUpper(look[j]), j - i < 8 {
            head = head << 8 | UInt64(look[j])
            j += 1
        }
        guard j > i, look[j] == UInt8(ascii: "/") else { return nil }
        var components: [String] = []
        components.reserveCapacity(Self.reservedComponents)
        components.append(look.plainString(i..<j))
        var hasDigit = false
        var isRewritten = false
        while look[j] == UInt8(ascii: "/"), components.count < Self.maxComponents,
              let (component, end, digit, rewritten) = parseComponent(at: j + 1) {
            guard component.utf8.count <= Self.maxComponentLength else {
                return ParsedSymbol(components: components, end: end, isUnitedNations: false, isOverlong: true)
            }
            components.append(component)
            hasDigit = hasDigit || digit
            isRewritten = isRewritten || rewritten
            j = end
        }
        guard components.count >= 2 else { return nil }
        let isUN = hasDigit && Self.isUnitedNationsHead(head) && Self.isSecurityCouncilNumbering(components)
        // Joining the components would give the bytes read, unless one was rewritten.
        return ParsedSymbol(components: components, end: j, isUnitedNations: isUN, spelled: isUN && !isRewritten ? look.plainString(i..<j) : nil)
    }

    /// The modifier name of a component such as "Add.1" or "Corr.2" ("Add", "Corr"), or nil.
    static func modifierName(of component: String) -> Substring? {
        var component = component
        let length = component.withUTF8 { bytes -> Int? in
            guard let last = bytes.last, ByteClass.isDigit(last), let dot = bytes.firstIndex(of: UInt8(ascii: ".")) else { return nil }
            let head = UnsafeBufferPointer(rebasing: bytes[..<dot])
            return modifier(head)?.elementsEqual(head) == true ? dot : nil
        }
        return length.map { Substring(component.utf8.prefix($0)) }
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
        guard ByteClass.isUpper(look[j]), let (component, end, digit, _) = parseComponent(at: j), digit,
              component.hasPrefix("Corr.") || component.hasPrefix("Add.") || component.hasPrefix("Rev.") else { return nil }
        return (component, j, end)
    }

    /// A component at `start`: its text, its end, whether it has a digit, whether its text was
    /// rewritten. The text is the bytes read unless a modifier was normalized ("add.1" is
    /// "Add.1") or a space after its dot dropped ("Add. 1"); only then is it copied and rewritten.
    private func parseComponent(at start: Int) -> (String, Int, Bool, Bool)? {
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
                let name = rewritten.map { $0.withUnsafeBufferPointer(Self.modifier) } ?? Self.modifier(UnsafeBufferPointer(rebasing: look.p[start..<j]))
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
        let text = rewritten.map { String(decoding: $0, as: UTF8.self) } ?? String(decoding: UnsafeBufferPointer(rebasing: look.p[start..<j]), as: UTF8.self)
        return (text, j, hasDigit, rewritten != nil)
    }

    /// The canonical name of the modifier `text` spells in any case ("ADD" is "Add"), or nil.
    private static func modifier(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard (3...7).contains(text.count) else { return nil }
        return modifierNames.first { name in
            name.count == text.count && zip(name, text).allSatisfy { ByteClass.lowercased($0) == ByteClass.lowercased($1) }
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
