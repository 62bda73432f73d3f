import CTextWindow

/// A calendar date as texts give it, without a time zone.
public struct CalendarDate: Hashable, Sendable, Comparable {
    /// The year, 1900...2099.
    public var year: Int
    /// The month, 1...12.
    public var month: Int
    /// The day of the month, 1...31.
    public var day: Int

    /// `YYYY-MM-DD`.
    public var iso: String {
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        guard (1000...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
            return "\(year)-\(pad(month))-\(pad(day))"
        }
        // Written digit by digit: the scanner gives every cited date this form, and
        // interpolation costs several times as much.
        let pairs = (UInt8(year / 100), UInt8(year % 100), UInt8(month), UInt8(day))
        return String(unsafeUninitializedCapacity: 10) { text in
            func put(_ pair: UInt8, at offset: Int) {
                text[offset] = 0x30 + pair / 10
                text[offset + 1] = 0x30 + pair % 10
            }
            put(pairs.0, at: 0)
            put(pairs.1, at: 2)
            text[4] = UInt8(ascii: "-")
            put(pairs.2, at: 5)
            text[7] = UInt8(ascii: "-")
            put(pairs.3, at: 8)
            return 10
        }
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

/// Reads dates: "22 December 2003", "1er janvier 2004", "2003 年 12 月 22 日" (also with
/// spaced digits as PDF text has them: "2 0 0 3 年 1 2 月 2 2 日").
struct DateParser {
    let look: Lookahead

    /// Month names of every table, by their first byte: a number followed by a word is common,
    /// and only the few names that start like the word are compared.
    private static let monthsByFirstByte: [[(name: [UInt8], month: Int)]] = {
        var buckets = [[(name: [UInt8], month: Int)]](repeating: [], count: 256)
        for table in LanguageTable.all {
            for (offset, name) in table.months.enumerated() {
                let bytes = Array(name.utf8)
                buckets[Int(bytes[0])].append((bytes, offset + 1))
            }
        }
        return buckets
    }()

    /// The first two bytes of every month name and of every word joining a day to its month
    /// ("de"), ASCII letters in lower case: bit `second & 63` of the entry for `first` (all bits
    /// for a name of one byte). A number followed by a word is common ("5 of the", "10 years"),
    /// and a word that starts no name is turned away by one bit test.
    private static let monthNameStarts: [UInt64] = {
        var starts = [UInt64](repeating: 0, count: 256)
        let names = LanguageTable.all.flatMap { $0.months.map { Array($0.utf8) } } + Glyph.dateJoiners.list
        for name in names {
            let first = Int(ByteClass.lowercased(name[0]))
            starts[first] |= name.count > 1 ? 1 << UInt64(ByteClass.lowercased(name[1]) & 63) : ~0
        }
        return starts
    }()

    /// Whether a month name, or a word joining a day to it, may start at `i`.
    @inline(__always) private func mayStartMonthName(at i: Int) -> Bool {
        Self.monthNameStarts[Int(ByteClass.lowercased(look[i]))] & (1 << UInt64(ByteClass.lowercased(look[i &+ 1]) & 63)) != 0
    }

    /// Month names with their abbreviations in legal writing ("nov.", "sept."), by first byte.
    private static let legalMonthsByFirstByte: [[(name: [UInt8], month: Int)]] = {
        var buckets = monthsByFirstByte
        for table in LanguageTable.all {
            for (offset, name) in table.abbreviatedMonths.enumerated() where !table.months.contains(name) {
                let bytes = Array(name.utf8)
                buckets[Int(bytes[0])].append((bytes, offset + 1))
            }
        }
        return buckets
    }()

    /// The date at `i` as legal writing puts it in the bracket after a Council resolution's
    /// number, month first ("Nov. 22, 1967", "September 28, 2001", the Bluebook's) or day
    /// first ("28 September 2001", OSCOLA's), and its end.
    func legalDate(at i: Int) -> (date: CalendarDate, end: Int)? {
        if ByteClass.isDigit(look[i]) { return parseDayMonthYear(at: i) }
        guard let (month, monthEnd) = monthName(at: i, in: Self.legalMonthsByFirstByte) else { return nil }
        let dayStart = look.skipSpace(monthEnd, lines: false)
        guard dayStart > monthEnd, let (day, dayEnd) = look.digits(dayStart, limit: 2), (1...31).contains(day) else { return nil }
        var yearStart = dayEnd
        if look[yearStart] == UInt8(ascii: ",") { yearStart += 1 }
        yearStart = look.skipSpace(yearStart, lines: false)
        guard yearStart > dayEnd, let (year, yearEnd) = look.digits(yearStart, limit: 4),
              yearEnd - yearStart == 4, (1900...2099).contains(year) else { return nil }
        return (CalendarDate(year: year, month: month, day: day), yearEnd)
    }

    /// The date a citation gives right after a number ending at `end`: "of 20 December 1993",
    /// "du 20 décembre 1993", and after a comma as Spanish and Arabic write it: ", de 20 de
    /// diciembre de 1993".
    func citedDate(after end: Int) -> CalendarDate? {
        citedDateSpan(after: end)?.date
    }

    /// ``citedDate(after:)`` with the end of the date.
    func citedDateSpan(after end: Int) -> (date: CalendarDate, end: Int)? {
        citedDateStart(after: end).flatMap(parse(at:))
    }

    /// Where a date cited after `end` would start: the digit after a comma, the word for "of"
    /// ("du", "de", "от", "المؤرخ") and the space after it. Nil where no such word and digit stand.
    func citedDateStart(after end: Int) -> Int? {
        var j = look.skipSpace(end)
        if look[j] == UInt8(ascii: ",") { j = look.skipSpace(j + 1) }
        guard let afterWord = look.expectAny(Glyph.dateOf, at: j),
              look.isWordEnd(afterWord) else { return nil }
        let k = look.skipSpace(afterWord)
        return ByteClass.isDigit(look[k]) ? k : nil
    }

    /// The dates of a list after `end`, in their order, and where the list ends: days of one
    /// month, "of 19 and 17 December 2018" (as in "resolutions 73/195 and 73/151 of 19 and 17
    /// December 2018, respectively"), "des 19 et 17 décembre 2018", "de 19 y 17 de diciembre de
    /// 2018", "от 19 и 17 декабря 2018 года"; or whole dates, "of 25 September 2015, 6 July 2017
    /// and 30 October 2017". Nil for a single date (``citedDateSpan(after:)``).
    func citedDates(after end: Int) -> (dates: [CalendarDate], end: Int)? {
        var j = look.skipSpace(end)
        if look[j] == UInt8(ascii: ",") { j = look.skipSpace(j + 1) }
        guard let afterWord = look.expectAny(Glyph.datesOf, at: j), look.isWordEnd(afterWord) else { return nil }
        let k = look.skipSpace(afterWord)
        guard ByteClass.isDigit(look[k]) else { return nil }
        return daysOfOneMonth(at: k) ?? wholeDates(at: k)
    }

    /// Whether another date follows the date ending at `end` in a list ("25 September 2015, 6 July
    /// 2017 and …"; after Russian's "года"): a comma or "and" and a date, not the next number of a
    /// list of numbers ("20 December 1993, 50/154 …").
    func listGoesOn(after end: Int) -> Bool {
        guard let next = listJoin(after: pastYearWord(end)), ByteClass.isDigit(look[next]) else { return false }
        return parse(at: next) != nil
    }

    /// "19 and 17 December 2018": the days, each with the month and year of the last.
    private func daysOfOneMonth(at i: Int) -> (dates: [CalendarDate], end: Int)? {
        var k = i
        var days: [Int] = []
        var lastDay = k
        while days.count < ScannerLimits.listedDates, let (day, dayEnd) = look.digits(k, limit: 2), (1...31).contains(day) {
            days.append(day)
            lastDay = k
            guard let next = listJoin(after: dayEnd) else { break }
            k = next
        }
        // The last day is read with the month and the year: "17 December 2018".
        guard days.count > 1, let (date, dateEnd) = parseDayMonthYear(at: lastDay), date.day == days.last else { return nil }
        return (days.map { CalendarDate(year: date.year, month: date.month, day: $0) }, dateEnd)
    }

    /// "25 September 2015, 6 July 2017 and 30 October 2017": two dates or more.
    private func wholeDates(at i: Int) -> (dates: [CalendarDate], end: Int)? {
        var dates: [CalendarDate] = []
        var k = i
        var end = i
        while dates.count < ScannerLimits.listedDates, let (date, dateEnd) = parse(at: k) {
            dates.append(date)
            end = pastYearWord(dateEnd)
            guard let next = listJoin(after: end) else { break }
            k = next
        }
        return dates.count > 1 ? (dates, end) : nil
    }

    /// Past Russian's "года" after a date's year ending at `end`, or `end`.
    private func pastYearWord(_ end: Int) -> Int {
        guard let after = look.expectAny(Glyph.yearWords, at: look.skipSpace(end, lines: false)), look.isWordEnd(after) else { return end }
        return after
    }

    /// Where the next item of a list starts after a comma or a word for "and" after `end` (Arabic's
    /// "و" joined to it or not).
    private func listJoin(after end: Int) -> Int? {
        let next = look.skipSpace(end, lines: false)
        if look[next] == UInt8(ascii: ",") { return look.skipSpace(next + 1, lines: false) }
        guard let after = look.andWordEnd(at: next) else { return nil }
        return look.skipSpace(after, lines: false)
    }

    /// The date starting with the digit at `i`, and its end.
    func parse(at i: Int) -> (date: CalendarDate, end: Int)? {
        if mayOpenChineseDate(at: i), let found = parseChinese(at: i) { return found }
        // A day has one or two digits: a number of three or more ("1325 (2000)") is turned away
        // without the call.
        guard !ByteClass.isDigit(look[i &+ 1]) || !ByteClass.isDigit(look[i &+ 2]) else { return nil }
        return parseDayMonthYear(at: i)
    }

    /// The bytes from a number's first digit within which a Chinese date's year word is looked
    /// for by ``mayOpenChineseDate(at:)``; past them the whole date is read.
    private static let chineseYearReach = 16

    /// Whether a Chinese date may start at `i`: its year's digits (spaced or not) and the blanks
    /// after them run up to a character that is not ASCII, as "年" is. Most numbers run up to a
    /// slash, a bracket or a letter, and are turned away here without their value being read.
    @inline(__always) private func mayOpenChineseDate(at i: Int) -> Bool {
        let p = look.p
        if i &+ Self.chineseYearReach < p.count {
            // The run measured from one look at its sixteen bytes, without a loop whose end a
            // processor cannot foresee; the byte after them is in the text.
            let run = (~rg_digits_or_blanks16(p.baseAddress.unsafelyUnwrapped + i)).trailingZeroBitCount
            return run >= Self.chineseYearReach || p[i &+ run] >= 0x80
        }
        let reach = min(p.count, i &+ Self.chineseYearReach)
        var j = i
        while j < reach, ByteClass.isDigit(p[j]) || ByteClass.isBlank(p[j]) { j &+= 1 }
        if j == p.count { return false }
        return j == reach || p[j] >= 0x80
    }

    /// Whether a range or a list of days opens at `i`, its later day followed by a month: "8 and
    /// 9 December 2014", "5 to 8 August", "24-25 May", "8, 9 and 10 December". A line a PDF's
    /// conversion broke there ("… held in Vienna on" / "8 and 9 December 2014") is no footnote body.
    func opensDayRange(at i: Int) -> Bool {
        var j = i
        for _ in 0..<4 {
            guard let (day, dayEnd) = look.digits(j, limit: 2), (1...31).contains(day) else { return false }
            var k = look.skipSpace(dayEnd, lines: false)
            if j > i, monthName(at: k) != nil { return true }
            if look[k] == UInt8(ascii: ",") || look[k] == UInt8(ascii: "-") {
                k += 1
            } else if look[k] == 0xE2, look[k + 1] == 0x80, look[k + 2] == 0x93 {
                k += 3
            } else if let after = look.expectAny(Glyph.and, at: k) ?? look.expectAny(Glyph.to, at: k), look.isWordEnd(after) {
                k = after
            } else {
                return false
            }
            j = look.skipSpace(k, lines: false)
        }
        return false
    }

    private func parseDayMonthYear(at i: Int) -> (date: CalendarDate, end: Int)? {
        guard let (day, dayEnd) = day(at: i) else { return nil }
        var j = dayEnd
        // A space or a day's ordinal ("1st", "1er") follows the day; most small numbers ("1.",
        // "5/1") are turned away here.
        if !ByteClass.isSpace(look[j]) {
            guard let ordinalEnd = look.expectAny(Glyph.dayOrdinal, at: j), look.isWordEnd(ordinalEnd) else { return nil }
            j = ordinalEnd
        }
        var wordStart = look.skipSpace(j)
        guard wordStart > j, mayStartMonthName(at: wordStart) else { return nil }
        wordStart = skipJoiner(at: wordStart)
        guard let (month, wordEnd) = monthName(at: wordStart) else { return nil }
        var yearStart = look.skipSpace(wordEnd)
        guard yearStart > wordEnd else { return nil }
        yearStart = skipJoiner(at: yearStart)
        guard let (year, yearEnd) = look.digits(yearStart, limit: 4),
              yearEnd - yearStart == 4, (1900...2099).contains(year) else { return nil }
        return (CalendarDate(year: year, month: month, day: day), yearEnd)
    }

    /// The day of the month at `i`, one or two digits from 1 to 31 with no digit after them, and its end.
    @inline(__always) private func day(at i: Int) -> (day: Int, end: Int)? {
        let first = look[i] &- 0x30
        guard first < 10 else { return nil }
        let second = look[i &+ 1] &- 0x30
        guard second < 10 else { return first > 0 ? (Int(first), i &+ 1) : nil }
        guard !ByteClass.isDigit(look[i &+ 2]) else { return nil }
        let day = Int(first) &* 10 &+ Int(second)
        return (1...31).contains(day) ? (day, i &+ 2) : nil
    }

    /// The length from which a month name is compared eight bytes at a time.
    private static let longName = 16

    /// The month whose name stands at `i`, and the end of the name.
    private func monthName(at i: Int, in names: [[(name: [UInt8], month: Int)]] = Self.monthsByFirstByte) -> (month: Int, end: Int)? {
        let first = look[i]
        guard ByteClass.isASCIILetter(first) || ByteClass.isTwoByteLead(first) else { return nil }
        // The second byte compared first: the names of a script share their first byte (every
        // Arabic name starts D8 or D9), and most are turned away by it without a comparison.
        let second = ByteClass.lowercased(look[i &+ 1])
        for entry in names[Int(ByteClass.lowercased(first))] where entry.name.count < 2 || ByteClass.lowercased(entry.name[1]) == second {
            let found = entry.name.count >= Self.longName ? look.matchesLong(entry.name, at: i) : look.matches(entry.name, at: i)
            if found, look.isWordEnd(i &+ entry.name.count) { return (entry.month, i &+ entry.name.count) }
        }
        return nil
    }

    /// Past a joining word and the space after it ("de " in "20 de diciembre de 1993"), or `i`.
    private func skipJoiner(at i: Int) -> Int {
        guard let end = look.expectAny(Glyph.dateJoiners, at: i), look.isWordEnd(end) else { return i }
        let next = look.skipSpace(end)
        return next > end ? next : i
    }

    /// A Chinese date without its year at `i`, in `year`: "12月17日" after "2018年12月19日" in
    /// one clause.
    func monthAndDay(at i: Int, year: Int) -> (date: CalendarDate, end: Int)? {
        guard let (month, monthEnd) = spacedDigits(at: i, count: 2), (1...12).contains(month),
              let afterMonth = look.expect(Glyph.month, at: look.skipSpace(monthEnd, lines: false)),
              let (day, dayEnd) = spacedDigits(at: look.skipSpace(afterMonth), count: 2), (1...31).contains(day),
              let afterDay = look.expect(Glyph.day, at: look.skipSpace(dayEnd, lines: false)) else { return nil }
        return (CalendarDate(year: year, month: month, day: day), afterDay)
    }

    /// The further days of `date`'s month after the Chinese date ending at `end`, and where they
    /// end: "和17日" in "2018年12月19日和17日", "、17日和18日".
    func chineseDays(after end: Int, of date: CalendarDate) -> (dates: [CalendarDate], end: Int)? {
        var days: [CalendarDate] = []
        var k = end
        while days.count < ScannerLimits.listedDates {
            let j = look.skipSpace(k, lines: false)
            guard let join = Glyph.ideographicJoin.first(where: { look.matches($0, at: j) }),
                  let (day, dayEnd) = spacedDigits(at: look.skipSpace(j + join.count, lines: false), count: 2), (1...31).contains(day),
                  let afterDay = look.expect(Glyph.day, at: look.skipSpace(dayEnd, lines: false)) else { break }
            days.append(CalendarDate(year: date.year, month: date.month, day: day))
            k = afterDay
        }
        return days.isEmpty ? nil : (days, k)
    }

    private func parseChinese(at i: Int) -> (date: CalendarDate, end: Int)? {
        guard let (year, yearEnd) = spacedDigits(at: i, count: 4), (1900...2099).contains(year) else { return nil }
        guard let afterYear = look.expect(Glyph.year, at: look.skipSpace(yearEnd, lines: false)) else { return nil }
        guard let (month, monthEnd) = spacedDigits(at: look.skipSpace(afterYear), count: 2), (1...12).contains(month),
              let afterMonth = look.expect(Glyph.month, at: look.skipSpace(monthEnd, lines: false)) else { return nil }
        guard let (day, dayEnd) = spacedDigits(at: look.skipSpace(afterMonth), count: 2), (1...31).contains(day),
              let afterDay = look.expect(Glyph.day, at: look.skipSpace(dayEnd, lines: false)) else { return nil }
        return (CalendarDate(year: year, month: month, day: day), afterDay)
    }

    /// Up to `count` digits, possibly separated by single spaces ("2 0 0 3").
    private func spacedDigits(at i: Int, count: Int) -> (value: Int, end: Int)? {
        var j = i
        var value = 0
        var taken = 0
        while taken < count, j < look.p.count, ByteClass.isDigit(look.p[j]) {
            value = value * 10 + Int(look.p[j] - 0x30)
            taken += 1
            j += 1
            if taken < count, look[j] == 0x20, ByteClass.isDigit(look[j + 1]), !ByteClass.isDigit(look[j + 2]) || taken + 1 < count {
                j += 1
            }
        }
        guard taken > 0, !ByteClass.isDigit(look[j]) else { return nil }
        return (value, j)
    }
}
