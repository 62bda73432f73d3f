/// Reads "Sales No. E.95.XIII.18" (after the words "Sales No."): the sales number without
/// its language letter, so that every language edition is one node.
struct SalesNumberParser {
    let look: Lookahead

    /// The canonical sales number after the introducing words ending at `i`, and its end.
    func parse(after i: Int) -> (number: String, end: Int)? {
        var j = look.skipSpace(i)
        if look[j] == UInt8(ascii: ":") || look[j] == UInt8(ascii: ".") { j += 1 }
        if let after = look.expect(Glyph.fullColon, at: j) { j = after }
        j = look.skipSpace(j)
        if ByteClass.isUpper(look[j]), look[j + 1] == UInt8(ascii: "."), ByteClass.isDigit(look[j + 2]) { j += 2 }
        guard let (_, yearEnd) = look.digits(j, limit: 2), look[yearEnd] == UInt8(ascii: ".") else { return nil }
        var parts = [look.plainString(j..<yearEnd)]
        var k = yearEnd
        while look[k] == UInt8(ascii: "."), ByteClass.isASCIIAlphanumeric(look[k + 1]), parts.count < 6 {
            let start = k + 1
            var end = start
            while ByteClass.isASCIIAlphanumeric(look[end]), end - start < 8 { end += 1 }
            parts.append(look.plainString(start..<end))
            k = end
        }
        guard parts.count >= 3, RomanNumeral.value(of: Array(parts[1].utf8)) != nil else { return nil }
        return (parts.joined(separator: "."), k)
    }
}

/// Reads the volume and number of a Treaty Series citation: ", vol. 189, No. 2545",
/// ", vol. 189, no 2545", "》，第 189 卷，第 2545 号", ", vol. 75, Nos. 970-973", and a treaty
/// registered in more than one volume, ", vols. 2171 and 2173, No. 27531".
struct TreatyVolumeParser {
    let look: Lookahead

    /// A volume and a treaty number of a citation.
    struct Entry: Equatable {
        let volume: Int
        let number: Int
    }

    /// The volumes and treaty numbers of the citation starting after `i`, and its end: each
    /// volume with each number given after the volumes, or, where several volumes have as many
    /// numbers, each volume with its own.
    func parse(after i: Int) -> (entries: [Entry], end: Int)? {
        let j = skipSeparators(i)
        if let afterDi = look.expect(Glyph.di, at: j) {
            return parseChinese(afterDi: afterDi)
        }
        guard let afterVol = look.expectAny(Glyph.volume, at: j),
              let (volume, volumeEnd) = volumeNumber(at: look.skipSpace(afterVol)) else { return nil }
        var volumes = [volume]
        var afterVolumes = volumeEnd
        while volumes.count < ScannerLimits.treatyVolumes, let (next, nextEnd) = joinedVolume(after: afterVolumes) {
            volumes.append(next)
            afterVolumes = nextEnd
        }
        let k = skipSeparators(afterVolumes)
        guard let afterNo = look.expectAny(Glyph.numberSign, at: k),
              let (number, numberEnd) = look.digits(look.skipSpace(afterNo), limit: 6) else { return nil }
        var numbers = [number]
        var end = numberEnd
        if look[numberEnd] == UInt8(ascii: "-"), let (last, lastEnd) = look.digits(numberEnd + 1, limit: 6),
           last > number, last - number < ScannerLimits.treatyRangeSpan {
            numbers = Array(number...last)
            end = lastEnd
        }
        if volumes.count > 1, volumes.count == numbers.count {
            return (zip(volumes, numbers).map { Entry(volume: $0, number: $1) }, end)
        }
        return (volumes.flatMap { volume in numbers.map { Entry(volume: volume, number: $0) } }, end)
    }

    /// Another volume joined to the one ending at `end` by a word for "and": " and 2173" in
    /// "vols. 2171 and 2173, No. 27531", "المجلدان 2171 و 2173", "第2171卷和第2173卷". Not after
    /// a comma, which leads to the number.
    private func joinedVolume(after end: Int) -> (value: Int, end: Int)? {
        let k = look.skipSpace(end, lines: false)
        var next: Int
        if let after = look.andWordEnd(at: k) {
            next = after
        } else if let join = Glyph.ideographicJoin.first(where: { look.matches($0, at: k) }) {
            next = k + join.count
        } else {
            return nil
        }
        next = look.skipSpace(next, lines: false)
        if let afterDi = look.expect(Glyph.di, at: next) { next = look.skipSpace(afterDi, lines: false) }
        guard ByteClass.isDigit(look[next]) else { return nil }
        return look.digits(next, limit: 5)
    }

    /// A volume number in digits, or in roman numerals as the League of Nations Treaty Series
    /// numbers its volumes ("vol. XCIV" is 94).
    private func volumeNumber(at i: Int) -> (value: Int, end: Int)? {
        if let found = look.digits(i, limit: 5) { return found }
        var end = i
        while end - i < RomanNumeral.maxLength, [UInt8(ascii: "I"), UInt8(ascii: "V"), UInt8(ascii: "X"), UInt8(ascii: "L"), UInt8(ascii: "C")].contains(look[end]) {
            end += 1
        }
        guard end > i, look.isWordEnd(end), let value = RomanNumeral.value(of: look.p[i..<end]) else { return nil }
        return (value, end)
    }

    /// "第 189 卷，第 2545 号", and more volumes: "第 2171 卷和第 2173 卷", "第2171和2173卷".
    private func parseChinese(afterDi: Int) -> (entries: [Entry], end: Int)? {
        guard let (volume, volumeEnd) = look.digits(look.skipSpace(afterDi), limit: 5) else { return nil }
        var volumes = [volume]
        var afterVolumes = volumeEnd
        var afterJuan = look.expect(Glyph.juan, at: look.skipSpace(volumeEnd))
        while volumes.count < ScannerLimits.treatyVolumes, let (next, nextEnd) = joinedVolume(after: afterJuan ?? afterVolumes) {
            volumes.append(next)
            afterVolumes = nextEnd
            afterJuan = look.expect(Glyph.juan, at: look.skipSpace(nextEnd))
        }
        guard let afterJuan else { return nil }
        let k = skipSeparators(afterJuan)
        guard let afterDi2 = look.expect(Glyph.di, at: k),
              let (number, numberEnd) = look.digits(look.skipSpace(afterDi2), limit: 6),
              let afterHao = look.expect(Glyph.hao, at: look.skipSpace(numberEnd)) else { return nil }
        return (volumes.map { Entry(volume: $0, number: number) }, afterHao)
    }

    private func skipSeparators(_ i: Int) -> Int {
        var j = look.skipSpace(i)
        for _ in 0..<8 {
            if look[j] == UInt8(ascii: ",") || look[j] == UInt8(ascii: ")") {
                j = look.skipSpace(j + 1)
            } else if let after = look.expectAny(Glyph.clauseClosers, at: j) {
                j = look.skipSpace(after)
            } else {
                return j
            }
        }
        return j
    }
}

/// Reads session ordinals of the Official Records: "Fifty-eighth Session",
/// "cinquante-huitième session", "第五十八届会议".
struct SessionOrdinalParser {
    let look: Lookahead

    private static let ordinals: [[UInt8]: Int] = {
        var table: [[UInt8]: Int] = [:]
        table.reserveCapacity(LanguageTable.all.reduce(0) { $0 + $1.ordinals.count })
        for language in LanguageTable.all {
            for (word, value) in language.ordinals { table[Array(word.utf8)] = value }
        }
        return table
    }()

    /// The first words of ordinals written in several words with no joiner between them:
    /// Spanish "quincuagésimo" of "quincuagésimo octavo", Arabic "الدورة الثامنة" of
    /// "الدورة الثامنة والخمسون".
    private static let leadingWords: Set<[UInt8]> = {
        var prefixes: Set<[UInt8]> = []
        for language in LanguageTable.all {
            for word in language.ordinals.keys {
                let bytes = Array(word.utf8)
                for (index, byte) in bytes.enumerated() where byte == 0x20 { prefixes.insert(Array(bytes[..<index])) }
            }
        }
        return prefixes
    }()

    /// Words an ordinal may have beyond its first: "الدورة الحادية والعشرون" has three.
    private static let extraWords = 3

    /// The session number after the words ending at `i` (skipping a comma), and its end.
    func parse(after i: Int) -> (session: Int, end: Int)? {
        var j = look.skipSpace(i)
        if look[j] == UInt8(ascii: ",") { j = look.skipSpace(j + 1) }
        if let after = look.expect(Glyph.fullComma, at: j) ?? look.expectAny(Glyph.commas, at: j) { j = look.skipSpace(after) }
        if let after = look.expect(Glyph.bookOpen, at: j) { j = after }
        if let afterDi = look.expect(Glyph.di, at: j) {
            guard let (value, end) = chineseNumeral(at: afterDi), let afterJie = look.expect(Glyph.jie, at: end) else { return nil }
            return (value, afterJie)
        }
        var end = j
        while end < look.p.count, end - j < ScannerLimits.ordinalWordLength,
              isOrdinalByte(end) || (look[end] == 0x20 && isInsideOrdinal(space: end, from: j)) {
            end += 1
        }
        var word = (j..<end).map { ByteClass.lowercased(look.p[$0]) }
        var found = Self.ordinals[word].map { ($0, end) }
        for _ in 0..<Self.extraWords where Self.leadingWords.contains(word) {
            let next = look.skipSpace(end)
            var nextEnd = next
            while nextEnd < look.p.count, nextEnd - next < ScannerLimits.ordinalWordLength, isOrdinalByte(nextEnd) {
                nextEnd += 1
            }
            guard nextEnd > next else { break }
            word += [0x20] + (next..<nextEnd).map { ByteClass.lowercased(look.p[$0]) }
            end = nextEnd
            if let value = Self.ordinals[word] { found = (value, end) }
        }
        return found.map { (session: $0.0, end: $0.1) }
    }

    /// Whether the byte at `k` belongs to an ordinal's word: an ASCII letter, a hyphen, or a byte
    /// of a letter beyond ASCII ("é", "в", "ا"; not "،" or "«").
    private func isOrdinalByte(_ k: Int) -> Bool {
        let b = look[k]
        if b < 0x80 { return ByteClass.isASCIILetter(b) || b == UInt8(ascii: "-") }
        return b < 0xC0 || ByteClass.isLetterStart(look.p, k)
    }

    private static let chineseDigits: [[UInt8]] = ["一", "二", "三", "四", "五", "六", "七", "八", "九"].map { Array($0.utf8) }

    /// Whether the space at `space` stands inside an ordinal of several words that began at
    /// `start`: before a joiner (" et ") or after one ("et ").
    private func isInsideOrdinal(space: Int, from start: Int) -> Bool {
        for (spaced, trailing) in zip(Glyph.ordinalJoinersSpaced, Glyph.ordinalJoinersTrailing) {
            if look.matches(spaced, at: space) { return true }
            let joinerStart = space - (trailing.count - 1)
            if joinerStart > start, look.matches(trailing, at: joinerStart) { return true }
        }
        return false
    }

    /// A Chinese numeral below one hundred ("五十八", "十二", "二十") and its end.
    func chineseNumeral(at i: Int) -> (value: Int, end: Int)? {
        let ten = Glyph.ten
        var j = i
        var value = 0
        var current = 0
        var any = false
        while j - i < 9 {
            if let index = Self.chineseDigits.firstIndex(where: { look.matches($0, at: j) }) {
                current = index + 1; j += 3; any = true
            } else if look.matches(ten, at: j) {
                value += (current == 0 ? 1 : current) * 10; current = 0; j += 3; any = true
            } else {
                break
            }
        }
        guard any else { return nil }
        return (value + current, j)
    }
}

/// Reads the number of an Official Records supplement: "No. 12", "no 12", "第 12A 号".
struct SupplementNumberParser {
    let look: Lookahead

    /// The supplement number ("12", "12A") after the word ending at `i`, and its end.
    func parse(after i: Int) -> (number: String, end: Int)? {
        var j = look.skipSpace(i)
        var isChinese = false
        if let after = look.expectAny(Glyph.numberSign, at: j) {
            j = after
        } else if let after = look.expect(Glyph.di, at: j) {
            j = after; isChinese = true
        } else {
            return nil
        }
        j = look.skipSpace(j)
        guard let (_, digitsEnd) = look.digits(j, limit: 3) else { return nil }
        var end = digitsEnd
        if ByteClass.isUpper(look[end]), !ByteClass.isASCIILetter(look[end + 1]) { end += 1 }
        let number = look.plainString(j..<end)
        if isChinese {
            guard let afterHao = look.expect(Glyph.hao, at: look.skipSpace(end)) else { return nil }
            return (number, afterHao)
        }
        return (number, end)
    }
}
