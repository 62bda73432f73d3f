/// Words, digits and symbols: resolution numbers, footnote markers, dates, document symbols.
extension DocumentScanner {
    /// At a capitalized word that starts no phrase and ends at `wordEnd` in a slash or a hyphen:
    /// a special-session number ("S-21/2", "ES-10/14"), a symbol, or a word to pass.
    mutating func handleSymbolHead(at i: Int, wordEnd end: Int) -> Int {
        let b = p[i]
        if (b == UInt8(ascii: "S") && look[i + 1] == UInt8(ascii: "-")) || (b == UInt8(ascii: "E") && look[i + 1] == UInt8(ascii: "S") && look[i + 2] == UInt8(ascii: "-")),
           let reading = numbers.read(at: i) {
            return handleResolutionNumbers(reading, start: i)
        }
        if let symbol = symbols.parse(at: i) { return handleSymbol(symbol, start: i) }
        return end
    }

    /// At the first digit of a run: a footnote marker glued to a word, after punctuation or to
    /// a year, or typewritten with a slash ("4/"); a date; a resolution number; or a number to pass.
    mutating func handleDigits(at i: Int) -> Int {
        let runEnd = look.digitRunEnd(from: i)
        let length = runEnd - i
        let prev = i > 0 ? p[i - 1] : 0x0A
        if ByteClass.isASCIILetter(prev) {
            if ByteClass.isLower(prev), length <= 2, markers.mayEnd(at: runEnd) {
                _ = recordMarker(markers.value(i..<runEnd), start: i, end: runEnd, form: .glued)
            }
            return runEnd
        }
        if prev >= 0x80, length <= 2, markers.mayEnd(at: runEnd), markers.followsTwoByteLowerCase(i),
           recordMarker(markers.value(i..<runEnd), start: i, end: runEnd, form: .glued) {
            return runEnd
        }
        if prev == UInt8(ascii: "/") || prev == UInt8(ascii: "-") || (prev == UInt8(ascii: ".") && i >= 2 && ByteClass.isDigit(p[i - 2])) {
            return runEnd
        }
        if length <= 3, look[runEnd] == UInt8(ascii: "/"), markers.isSlashedMarker(i, runEnd: runEnd),
           recordMarker(markers.value(i..<runEnd), start: i, end: runEnd + 1, form: .explicit) {
            return runEnd + 1
        }
        // After a space (most numbers) no punctuation stands before the digits: nothing to ask.
        if length <= 2, prev != 0x20, markers.mayEnd(at: runEnd), markers.followsPunctuationAfterWord(i) {
            if recordMarker(markers.value(i..<runEnd), start: i, end: runEnd, form: prev == UInt8(ascii: ".") ? .afterFullStop : .glued) { return runEnd }
        }
        // "2018年12月19日第73/195号和12月17日第73/151号决议": a later date of the clause leaves out its year.
        if length <= 2, let (previous, previousEnd) = lastDate, previousEnd > clause.lastBreak,
           look.expect(ideographic: Glyph.month, at: look.skipSpace(runEnd, lines: false)) != nil, let (date, end) = dates.monthAndDay(at: i, year: previous.year) {
            lastDate = (date, end)
            return end
        }
        if runEnd < p.count, numberFollowers.mayStart(with: p[runEnd]) {
            if let (date, end) = date(at: i) {
                lastDate = (date, end)
                // "2018年12月19日和17日": more days of the month, one for each number after them.
                // Only a date that ends in a character that is not ASCII can end in 日.
                if p[end - 1] >= 0x80, end >= Glyph.day.count, look.matches(Glyph.day, at: end - Glyph.day.count), let (days, daysEnd) = dates.chineseDays(after: end, of: date) {
                    lastDays = ([date] + days, daysEnd)
                    return daysEnd
                }
                return end
            }
            if let reading = numbers.read(at: i) {
                return handleResolutionNumbers(reading, start: i)
            }
        }
        if layout.mode == .flow, length == 5 || length == 6, markers.mayEnd(at: runEnd), p[i + 4] != UInt8(ascii: "0"),
           (1900...2099).contains(markers.value(i..<i + 4)) {
            _ = recordMarker(markers.value(i + 4..<runEnd), start: i + 4, end: runEnd, form: .gluedToYear)
        } else if layout.mode == .flow, length <= 3 {
            let number = markers.value(i..<runEnd)
            if markers.standsApartAfterWord(i, runEnd: runEnd, isNextMarker: number == ledger.nextMarker && number > 1)
                || (length <= 2 && number == ledger.nextMarker && markers.gluedBeforeWord(i, runEnd: runEnd)) {
                _ = recordMarker(number, start: i, end: runEnd, form: .spaced)
            }
        }
        return runEnd
    }

    /// Numbers read from `start`: a Chinese "第 N 号" waits for "决议"/"决定"; elsewhere
    /// they count only inside a list opened by "resolution(s)"/"decision(s)". They are spelled
    /// out only then.
    mutating func handleResolutionNumbers(_ reading: NumberReading, start: Int) -> Int {
        let end = reading.end
        let k = look.skipSpace(end)
        if let afterHao = look.expect(ideographic: Glyph.hao, at: k) {
            let date = dateJustBefore(start)
            let named = organ(before: start, window: ScannerLimits.chineseOrganWindow)
            var own: Organ?
            if named == nil, let acting = header.actingOrgan, !acting.numbersNameItsActs, ownOrganWords.namesOwnActs(beforeDi: start) { own = acting }
            pending.append(PendingNumber(reading: reading, start: start, end: end, organ: named, date: date, ownOrgan: own))
            let m = look.skipSpace(afterHao)
            if let after = look.expect(ideographic: Glyph.resolutionClose, at: m) {
                flushPending(isDecision: false)
                return after
            }
            if let after = look.expect(ideographic: Glyph.decisionClose, at: m) {
                flushPending(isDecision: true)
                return after
            }
            if look.expectAny(ideographic: Glyph.ideographicJoin, at: m) == nil {
                flushPending(isDecision: false)
            }
            return afterHao
        }
        // "第2231(2015)和第2254(2015)号决议", and with one 第 for all, "第1265(1999)、1296(2000)和
        // 1738(2006)号决议": numbers of one 第…号决议 list wait for its closing word.
        if let afterJoin = look.expectAny(ideographic: Glyph.ideographicJoin, at: k) {
            let next = look.skipSpace(afterJoin)
            let waits = look.expect(ideographic: Glyph.di, at: next) != nil
                ? look.followsDi(start)
                : ByteClass.isDigit(look[next]) && (look.followsDi(start) || continuesPendingList(at: start))
            if waits {
                pending.append(PendingNumber(
                    reading: reading, start: start, end: end,
                    organ: organ(before: start, window: ScannerLimits.chineseOrganWindow), date: dateJustBefore(start),
                    listDates: daysJustBefore(start)))
                return end
            }
        }
        guard var context = clause.list, start <= context.expires else { return end }
        // "résolutions du Conseil 5/1 et 5/2", "قراري المجلس 5/1 و 5/2": the text's own council, named before its numbers.
        if context.organ == nil || context.organIsDistant, !context.hasNumbers, let own = ownOrganWords.organ(endingAt: start) {
            context.organ = own
            context.organIsDistant = false
        }
        let organ = context.organIsDistant ? organNamedAfter(end, in: &context) ?? context.organ : context.organ ?? organNamedAfter(end, in: &context)
        let ownOrgan = context.ownOrgan
        if let date = reading.bracketedDate {
            if organ == .securityCouncil {
                emitNumbers(reading.spelled(in: look), organ: organ, ownOrgan: ownOrgan, isDecision: context.isDecision, start: start, end: end, citedDate: date)
            }
        } else {
            let first = reading.firstNumber(in: look)
            var citedDate: CalendarDate?
            // A date that opens a list of dates is the run's first, not the number's own.
            if let (date, dateEnd) = citedDateSpan(after: end), !dates.listGoesOn(after: dateEnd) { citedDate = date }
            if citedDate == nil, first.tellsItsYear, let shared = dateShared(after: end, first: first, organ: organ ?? ownOrgan),
               mayShare(shared, first, organ: organ ?? ownOrgan) {
                citedDate = shared
            }
            emitNumbers(reading.spelled(in: look, first: first), organ: organ, ownOrgan: ownOrgan, isDecision: context.isDecision, start: start, end: end, citedDate: citedDate)
        }
        context.expires = end + ScannerLimits.listReach
        context.hasNumbers = true
        clause.list = context
        return end
    }

    /// ``DateParser/citedDateSpan(after:)``, kept for the place asked last: the organ named after
    /// a list's first number is looked for past the date that follows it, which the number then
    /// takes as its own.
    private mutating func citedDateSpan(after k: Int) -> (date: CalendarDate, end: Int)? {
        if let kept = lastDateSpan, kept.after == k { return kept.span }
        var span: (date: CalendarDate, end: Int)?
        if let start = dates.citedDateStart(after: k) { span = date(at: start) }
        lastDateSpan = (k, span)
        return span
    }

    /// ``DateParser/parse(at:)``, kept for the digit read last: the main loop reaches again the
    /// first number of a line, read for a date as the line began, and a date cited after a
    /// number, read with the number.
    mutating func date(at k: Int) -> (date: CalendarDate, end: Int)? {
        if let kept = dateRead, kept.at == k { return kept.span }
        let span = dates.parse(at: k)
        dateRead = (k, span)
        return span
    }

    /// The organ named after the list's numbers, where none was named before them: "resolutions
    /// 5/1 and 5/2 of the Human Rights Council", "la résolution 5/1 du Conseil des droits de
    /// l’homme", "резолюцию 5/1 Совета по правам человека". The run of numbers, their dates and
    /// the words joining them is passed over once, from its first number, within a bounded
    /// stretch; its later numbers take the answer kept in the list. Mutating though it only
    /// reads the scanner: called out of line from a mutating method, a non-mutating one is handed
    /// a copy of the whole scanner.
    private mutating func organNamedAfter(_ end: Int, in context: inout ListContext) -> Organ? {
        if let known = context.organAfter, end <= known.through { return known.organ }
        var k = end
        let limit = min(p.count, end + ScannerLimits.organAfterReach)
        // The date just after the number is kept for the number to take (``citedDateSpan(after:)``).
        var dateAtK = end < limit ? citedDateSpan(after: end) : nil
        while k < limit {
            if let (_, dateEnd) = dateAtK {
                k = dateEnd
            } else {
                guard let next = numbers.readListed(after: k) else { break }
                k = next.end
            }
            dateAtK = k < limit ? dates.citedDateSpan(after: k) : nil
        }
        var j = look.skipSpace(k, lines: false)
        // "of the", "du", or "de l’" (an apostrophe joins it to the organ's name).
        if let after = look.expectAny(Glyph.organOf, at: j), look.isWordEnd(after) || look[after - 1] == UInt8(ascii: "'") || look[after - 1] == 0x99 {
            j = look.skipSpace(after, lines: false)
        }
        var organ: Organ?
        if j < p.count, let match = trie.match(in: p, atAnyStart: j), case .organ(let named) = match.entry.phrase { organ = named }
        if organ == nil, j < p.count { organ = ownOrganWords.organ(at: j) }
        context.organAfter = (organ, k)
        return organ
    }

    /// The date of the undated number ending at `end` that the dates after its run give: the
    /// date of the next dated number of the list, which the run shares ("resolutions 72/179 and
    /// 72/180 of 19 December 2017", "resoluciones 72/179 y 72/180, de 19 de diciembre de 2017"),
    /// or its own of the days after the run's last number, one for each number ("73/195 and
    /// 73/151 of 19 and 17 December 2018, respectively"). The run is passed over once, from its
    /// first number (`first`, an act of `organ`), within a bounded stretch; its later numbers take
    /// the answer kept in the list. A date is shared only where every number before it can have it:
    /// in "69/38, 71/90, 73/72, 73/91 of 7 December 2018" it is 73/91's alone (73/72 is of 5 December).
    private mutating func dateShared(after end: Int, first: ResolutionNumber, organ: Organ?) -> CalendarDate? {
        if let known = clause.runDates, end <= known.through { return known.date(ofNumberEndingAt: end) }
        var run = Clause.RunDates(numberEnds: [end], through: end)
        var undated = [first]
        var k = end
        let limit = min(p.count, end + ScannerLimits.organAfterReach)
        while k < limit {
            guard let next = numbers.readListed(after: k) else { break }
            k = next.end
            run.numberEnds.append(k)
            if let (found, foundEnd) = dates.citedDateSpan(after: k), !dates.listGoesOn(after: foundEnd) {
                if undated.allSatisfy({ mayShare(found, $0, organ: organ) }) { run.dates = [found] }
                break
            }
            undated.append(next.firstNumber(in: look))
            if let (listed, _) = dates.citedDates(after: k) {
                if listed.count == run.numberEnds.count { run.dates = listed }
                break
            }
        }
        run.through = k
        clause.runDates = run
        return run.date(ofNumberEndingAt: end)
    }

    /// Whether `number` shares `date` as an act of `organ`, or, with none named, of the Assembly
    /// or of the text's own organ.
    @inline(__always) private func mayShare(_ date: CalendarDate, _ number: ResolutionNumber, organ: Organ?) -> Bool {
        if let organ { return number.mayShare(date, asActOf: organ) }
        if number.mayShare(date, asActOf: .generalAssembly) { return true }
        guard let acting = header.actingOrgan else { return false }
        return number.mayShare(date, asActOf: acting)
    }

    /// Whether the number at `start` follows the last number waiting for its 号决议 with only a
    /// list's joining word between ("、", "和"): "第1265(1999)、1296(2000)".
    @inline(__always) private func continuesPendingList(at start: Int) -> Bool {
        guard let last = pending.last, last.end < start else { return false }
        var k = start
        while k > last.end, p[k - 1] == 0x20 { k -= 1 }
        guard let joined = Glyph.ideographicJoin.list.first(where: { k - $0.count >= last.end && look.matches($0, at: k - $0.count) }) else { return false }
        k -= joined.count
        while k > last.end, p[k - 1] == 0x20 { k -= 1 }
        return k == last.end
    }

    /// Emits the Chinese numbers waiting for their closing word, as resolutions or decisions;
    /// "其" before the first makes all of them the text's own organ's acts ("其第5/1号和第5/2号决议").
    mutating func flushPending(isDecision: Bool) {
        let ownOrgan = pending.lazy.compactMap(\.ownOrgan).first
        // The date before the list's first number is the list's, where no other number has one:
        // "2017年12月19日第72/179和72/180号决议"; days given there are theirs one each:
        // "2018年12月19日和17日第73/195和73/151号决议".
        let listDate = pending.dropFirst().allSatisfy { $0.date == nil } ? pending.first?.date : nil
        let listDates = pending.first?.listDates.flatMap { $0.count == pending.count ? $0 : nil }
        for index in pending.indices {
            let number = pending[index]
            var date = number.date
            if let listDates {
                date = listDates[index]
            } else if date == nil, let listDate, mayShare(listDate, number.reading.firstNumber(in: look), organ: number.organ ?? ownOrgan) {
                date = listDate
            }
            emitNumbers(
                number.reading.spelled(in: look), organ: number.organ, ownOrgan: number.organ == nil ? ownOrgan : nil, isDecision: isDecision,
                start: number.start, end: number.end, citedDate: date)
        }
        // Emptied keeping its room: a Chinese text flushes a list at every "号决议".
        pending.removeAll(keepingCapacity: true)
    }

    /// The days read just before the "第" of the number at `start` ("2018年12月19日和17日第73/195").
    @inline(__always) private func daysJustBefore(_ start: Int) -> [CalendarDate]? {
        guard let (days, daysEnd) = lastDays, daysEnd <= start, start - daysEnd <= ScannerLimits.dateBeforeNumber else { return nil }
        return days
    }

    /// The date read just before the "第" of the number at `start` ("2003年12月22日第58/154号决议").
    @inline(__always) private func dateJustBefore(_ start: Int) -> CalendarDate? {
        guard let (date, dateEnd) = lastDate, dateEnd <= start, start - dateEnd <= ScannerLimits.dateBeforeNumber else { return nil }
        return date
    }

    /// Emits the acts `numbers` names: of `ownOrgan` (the text's own, where a possessive named it)
    /// where they can be its acts and no organ is named, else of the organ named, else of
    /// `ownOrgan` where they cannot be the named organ's ("General Assembly resolution 60/251 and
    /// its resolution 5/1" in the Human Rights Council's text); another body's own acts are not
    /// the UN's.
    @inline(never) private mutating func emitNumbers(
        _ numbers: consuming NumberReading.Spelled, organ: Organ?, ownOrgan: Organ? = nil, isDecision: Bool, start: Int, end: Int, citedDate: CalendarDate?
    ) {
        // Iterated in place: a for-in loop would copy the iterator, and the spelled number it holds.
        while let number = numbers.next() {
            if organ == nil, let ownOrgan {
                if let (id, kind) = number.identify(organ: ownOrgan, isDecision: isDecision) {
                    emit(id, kind: kind, start: start, end: end, citedDate: citedDate)
                    continue
                }
                if ownOrgan == .other { continue }
            }
            if organ == nil, ownOrgan == nil, let citedDate, let (id, kind) = datedOwnAct(number, adoptedIn: citedDate.year, isDecision: isDecision) {
                emit(id, kind: kind, start: start, end: end, citedDate: citedDate)
            } else if let (id, kind) = number.identify(organ: organ, isDecision: isDecision) {
                emit(id, kind: kind, start: start, end: end, citedDate: citedDate)
            } else if let (id, kind) = ownAct(number, namedOrgan: organ, ownOrgan: ownOrgan, isDecision: isDecision) {
                emit(id, kind: kind, start: start, end: end, citedDate: citedDate)
            }
        }
    }

    /// A number that cannot be the act of the organ named, or, with none named, of the Assembly
    /// or the Security Council ("resolution 5/1": the Assembly numbered by session from its
    /// 31st), as the act of the text's own organ, where that is a council or a commission whose
    /// acts it can be: in the Human Rights Council's text, "General Assembly resolution 60/251 and
    /// its resolution 5/1" and "in particular resolution 19/13" are the Council's.
    private func ownAct(_ number: ResolutionNumber, namedOrgan: Organ?, ownOrgan: Organ?, isDecision: Bool) -> (String, ReferenceKind)? {
        if namedOrgan != nil, let ownOrgan { return number.identify(organ: ownOrgan, isDecision: isDecision) }
        guard namedOrgan == nil, let acting = header.actingOrgan, !acting.numbersNameItsActs else { return nil }
        return number.identify(organ: acting, isDecision: isDecision)
    }

    /// A number no organ is named for, dated in a year the Assembly cannot have adopted it but the
    /// text's own council can, as the council's act: "resolution 31/1 of 23 March 2016" in the
    /// Human Rights Council's text (the Assembly's 31/1 is of 1976).
    @inline(__always) private func datedOwnAct(_ number: ResolutionNumber, adoptedIn year: Int, isDecision: Bool) -> (String, ReferenceKind)? {
        guard let acting = header.actingOrgan, !acting.numbersNameItsActs,
              !number.mayBeAct(of: .generalAssembly, adoptedIn: year), number.mayBeAct(of: acting, adoptedIn: year) else { return nil }
        return number.identify(organ: acting, isDecision: isDecision)
    }

    /// A symbol at `start`: emitted when it is a UN symbol, passed over when it is another
    /// organization's code ("CM/Res.1153"), with "and Corr.1" after it as one more reference.
    mutating func handleSymbol(_ symbol: ParsedSymbol, start: Int) -> Int {
        if symbol.isOverlong { noteOverlongID(at: start) }
        guard symbol.isUnitedNations else { return symbol.end }
        var (id, kind, end, bracketedDate) = identify(symbol, start: start)
        if kind == .document, ReferenceKind.isActWithoutPeriod(id), let cited = resolutionCited(withSymbol: id) { (id, kind) = cited }
        if kind.isResolutionOrDecision, isAloneOnLine(start..<end) { setOwnSymbol(id, .symbolAloneOnLine) }
        // "A/55/305-S/2000/809" is one document under two symbols: the first is the id, the
        // second its alias.
        if kind == .document, look[end] == UInt8(ascii: "-"), ByteClass.isUpper(look[end + 1]),
           let second = symbols.parse(at: end + 1), second.isUnitedNations {
            emit(id, kind: kind, start: start, end: end, aliases: [second.text(in: look)])
            return second.end
        }
        emit(id, kind: kind, start: start, end: end, citedDate: bracketedDate)
        var next = end
        guard kind == .document else { return next }
        // "A/59/12/Add.1, 2 and 3": more numbers of a modifier the symbol ends with.
        // A document's id is its symbol's text: its last component is the part after the last slash.
        if let (base, name) = SymbolParser.lastModifier(of: id) {
            next = emitModifierContinuation(of: base, name: name, after: next)
        }
        while let (modifier, modifierStart, modifierEnd) = symbols.parseTrailingModifier(at: next) {
            emit("\(id)/\(modifier)", kind: .document, start: modifierStart, end: modifierEnd)
            next = emitModifierContinuation(of: id, name: SymbolParser.modifierName(of: modifier) ?? String(modifier.prefix { $0 != "." }), after: modifierEnd)
        }
        return next
    }

    /// Emits the further numbers of modifier `name` of `base` after `i` ("and 2", ", 2 and 3");
    /// returns where they end.
    private mutating func emitModifierContinuation(of base: String, name: String, after i: Int) -> Int {
        var next = i
        while let (number, numberStart, numberEnd) = symbols.parseModifierContinuation(at: next) {
            emit("\(base)/\(name).\(number)", kind: .document, start: numberStart, end: numberEnd)
            next = numberEnd
        }
        return next
    }

    /// The resolution cited before with its year or session whose symbol without them is `symbol`
    /// ("S/RES/1373" for S/RES/1373(2001)). The table of them is made on the first such symbol a
    /// text gives, from what it cited so far, and kept from then on (``emit``): texts without one
    /// pay nothing.
    private mutating func resolutionCited(withSymbol symbol: String) -> (id: String, kind: ReferenceKind)? {
        if resolutionsCitedByNumber == nil {
            resolutionsCitedByNumber = [:]
            for reference in flowReferences { noteNumberingPeriod(of: reference.target, kind: reference.kind) }
            ledger.forEachReference { noteNumberingPeriod(of: $0.target, kind: $0.kind) }
        }
        return resolutionsCitedByNumber?[symbol]
    }

    /// The canonical id of a symbol: resolution symbols become resolution ids
    /// (`S/RES/1325 (2000)` is `S/RES/1325(2000)`, and so is legal writing's `S/RES/1325 (Oct.
    /// 31, 2000)`, whose date comes back too), other symbols are documents.
    @inline(__always) func identify(_ symbol: ParsedSymbol, start: Int) -> (id: String, kind: ReferenceKind, end: Int, bracketedDate: CalendarDate?) {
        if let (kind, numberStart) = symbol.withBytes(in: look, { Self.seriesAndNumbers(of: $0, endingAt: symbol.end) }),
           let (organ, isDecision) = kind.act,
           let reading = numbers.read(at: numberStart),
           let (id, kind) = reading.firstNumber(in: look).identify(organ: organ, isDecision: isDecision) {
            return (id, kind, max(reading.end, symbol.end), reading.bracketedDate)
        }
        return (symbol.text(in: look), .document, symbol.end, nil)
    }

    /// The kind of the series a symbol's canonical `bytes` begin with, when one or two numbers
    /// follow it ("A/RES" and "58/154" in "A/RES/58/154"), and where the first number starts in
    /// the text, the symbol ending at `end` there; nil for any other symbol.
    private static func seriesAndNumbers(of bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> (kind: ReferenceKind, numberStart: Int)? {
        var seriesEnd = bytes.count
        var numberCount = 0
        var numberStart = end
        // The components that start with a number, from the last, the first component never one.
        while let slash = bytes[..<seriesEnd].lastIndex(of: UInt8(ascii: "/")),
              startsWithNumber(UnsafeBufferPointer(rebasing: bytes[(slash + 1)..<seriesEnd])) {
            numberStart -= seriesEnd - slash
            numberCount += 1
            seriesEnd = slash
        }
        guard (1...2).contains(numberCount), let kind = ReferenceKind.kind(ofSeries: UnsafeBufferPointer(rebasing: bytes[..<seriesEnd])) else { return nil }
        return (kind, numberStart + 1)
    }

    /// Whether a symbol's component begins with a number, or with the "S-" or "ES-" of a
    /// special session's.
    @inline(__always) private static func startsWithNumber(_ component: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = component.first else { return false }
        if ByteClass.isDigit(first) { return true }
        return component.starts(with: [UInt8(ascii: "S"), UInt8(ascii: "-")]) || component.starts(with: [UInt8(ascii: "E"), UInt8(ascii: "S"), UInt8(ascii: "-")])
    }

    @inline(__always) func isAloneOnLine(_ range: Range<Int>) -> Bool {
        var k = range.lowerBound - 1
        while k >= layout.lineStart, ByteClass.isBlank(p[k]) { k -= 1 }
        guard k < layout.lineStart else { return false }
        let after = look.skipSpace(range.upperBound, lines: false)
        return after >= p.count || p[after] == 0x0A
    }
}
