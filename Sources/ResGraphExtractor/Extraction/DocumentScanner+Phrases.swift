/// What the scanner does at each kind of phrase of the language tables.
extension DocumentScanner {
    /// Acts on the phrase found at `start..<end`; returns where the main loop goes on.
    mutating func handlePhrase(_ entry: PhraseTrie.Entry, start: Int, end: Int) -> Int {
        // "A/RES/80/3", "A_RES_80_3-EN.pdf": a symbol's or a file name's series, no word of the text.
        if entry.phrase == .resolutionWord, start > 0, p[start &- 1] == UInt8(ascii: "/") || p[start &- 1] == UInt8(ascii: "_") { return end }
        languageEvidence.hits.addOne(at: entry.language.index)
        switch entry.phrase {
        case .verb(let relation):
            if layout.mode == .flow, isClauseVerb(at: start), !isGerundAfterTo(start: start, end: end) {
                clause.verb = relation
                header.clausesBegan = true
            }
            // A paragraph that opens with its verb ("Recalling …") is not a line of the title above it.
            if header.capturingTitle, !header.titlePieces.isEmpty, start == header.titleCaptureFrom, !ByteClass.isLower(p[start]) {
                header.endTitle()
            }
        case .resolutionWord, .decisionWord:
            let named = organ(before: start, window: ScannerLimits.listOrganWindow)
            // The possessive is looked for only where the text's own acts are not what numbers alone name.
            var own: Organ?
            if let acting = header.actingOrgan, !acting.numbersNameItsActs,
               namesOwnActs(start: start, end: end) || (named == nil && ownOrganWords.organ(endingAt: start) != nil) { own = acting }
            clause.list = ListContext(
                organ: named, organIsDistant: named != nil && !namesOrganJustBefore(start), isDecision: entry.phrase == .decisionWord,
                expires: end + ScannerLimits.listReach, ownOrgan: own)
        case .closingResolutionWord, .closingDecisionWord:
            if !pending.isEmpty { flushPending(isDecision: entry.phrase == .closingDecisionWord) }
        case .organ(let organ):
            clause.lastOrgan = (organ, end)
            // "Resolution adopted by the Human Rights Council on 23 March 2017": the date the text was adopted.
            let adopting = !header.clausesBegan && readAdoptionLine(organStart: start, end: end)
            if header.organLine == nil, !header.clausesBegan {
                if adopting || isOrganLine(start: start, end: end) {
                    header.organLine = organ
                } else if isAloneOnLine(start..<end) {
                    header.headingOrgan = organ
                }
            }
            if header.capturingTitle, !header.titlePieces.isEmpty, endsLineWithComma(after: end) { header.endTitle() }
            // Written between the word and its numbers, as Arabic writes it, the organ is the list's.
            if var list = clause.list, !list.hasNumbers, start <= list.expires {
                list.organ = organ
                list.organIsDistant = false
                clause.list = list
            }
        case .treatySeries:
            let series = lastLeagueEnd >= start - 8 ? "LNTS" : "UNTS"
            lastTreatySeries = series
            return emitTreaty(series: series, start: start, after: end) ?? end
        case .leagueOfNations:
            lastLeagueEnd = end
        case .ibid:
            return handleIbid(start: start, end: end)
        case .officialRecords:
            if let (session, sessionEnd) = SessionOrdinalParser(look: look).parse(after: end) {
                lastSession = session
                return sessionEnd
            }
        case .supplement:
            return handleSupplement(start: start, end: end)
        case .salesNumber:
            if let (number, numberEnd) = SalesNumberParser(look: look).parse(after: end) {
                emit("Sales No. \(number)", kind: .publication, start: start, end: numberEnd)
                return numberEnd
            }
        case .onReportOf:
            if layout.mode == .flow { clause.verb = .onReportOf }
        case .adoptionDateFollows:
            guard !header.clausesBegan else { break }
            var k = end
            while k < min(end + ScannerLimits.adoptionDateReach, p.count), p[k] != UInt8(ascii: "[") {
                if ByteClass.isDigit(p[k]), let (date, _) = dates.parse(at: k) {
                    header.state(adoption: date, .adoptionPhrase)
                    break
                }
                k += 1
            }
        case .adoptionDatePrecedes:
            if !header.clausesBegan, let (date, dateEnd) = lastDate, dateEnd >= start - ScannerLimits.adoptionDateLead {
                header.state(adoption: date, .adoptionPhrase)
            }
        case .meeting:
            guard opensLineAfterOrdinal(start) || opensLineBeforeNumber(start: start, end: end) else { break }
            fallthrough
        case .plenaryMeeting:
            plenaryLine = layout.lineNumber
            if let (date, line) = wholeLineDate, abs(line - layout.lineNumber) <= ScannerLimits.plenaryDateLines {
                header.state(adoption: date, .nearPlenaryMeeting)
            }
        case .ownSymbolFollows:
            let k = look.skipSpace(end)
            if let symbol = symbols.parse(at: k), symbol.isUnitedNations {
                setOwnSymbol(identify(symbol, start: k).id, .documentTag)
                return symbol.end
            }
        case .partOfText:
            clause.list = nil
        case .languageHint:
            break
        }
        return end
    }

    /// Whether the organ named at `start..<end` stands on a line of its own, as a text names its
    /// own organ above its clauses: the line opens with it (or with an article and it: "The",
    /// "Le", "إن") and ends with a comma after it ("The Human Rights Council,", "The
    /// Sub-Commission on the Promotion and Protection of Human Rights,").
    @inline(__always) private func isOrganLine(start: Int, end: Int) -> Bool {
        var k = look.skipSpace(layout.lineStart, lines: false)
        if k < start { k = look.skipSpace(look.letterRunEnd(startingAt: k), lines: false) }
        guard k == start else { return false }
        var lineEnd = end
        while lineEnd < p.count, lineEnd - end < ScannerLimits.organLineLength, p[lineEnd] != 0x0A { lineEnd += 1 }
        while lineEnd > end, ByteClass.isBlank(p[lineEnd - 1]) { lineEnd -= 1 }
        // The comma is one byte (","), two ("،") or three ("，") long.
        return (1...3).contains { lineEnd - $0 >= end && endsLineWithComma(after: lineEnd - $0) }
    }

    /// Whether the organ named at `start` is the one the text says adopted it: "Resolution
    /// adopted by the Human Rights Council", "Résolution adoptée par le Conseil …".
    private func isAdoptingOrgan(start: Int) -> Bool {
        let k = start > 0 && p[start - 1] == 0x20 ? start - 1 : start
        return Glyph.adoptedBy.contains { k >= $0.count && look.matches($0, at: k - $0.count) }
    }

    /// Whether the organ named at `start..<end` is the one the line says adopted the text, stating
    /// the date it gives as the adoption date: "Resolution adopted by the Human Rights Council on 23
    /// March 2017", "人权理事会2017年3月23日通过的决议", or with the date first,
    /// "2017年3月23日人权理事会通过的决议".
    private mutating func readAdoptionLine(organStart start: Int, end: Int) -> Bool {
        if isAdoptingOrgan(start: start) {
            if let (date, _) = dateJustAfter(end) { header.state(adoption: date, .adoptionPhrase) }
            return true
        }
        if let (date, dateEnd) = dateJustAfter(end), look.expectAny(Glyph.adoptedAfter, at: look.skipSpace(dateEnd, lines: false)) != nil {
            header.state(adoption: date, .adoptionPhrase)
            return true
        }
        if let (date, dateEnd) = lastDate, dateEnd <= start, start - dateEnd <= 1, look.expectAny(Glyph.adoptedAfter, at: look.skipSpace(end, lines: false)) != nil {
            header.state(adoption: date, .adoptionPhrase)
            return true
        }
        return false
    }

    /// The date right after an organ's name that ends at `end`, and where it ends, one short word
    /// at most between ("… Human Rights Council on 23 March 2017", "le 23 mars 2017", "el 23 de
    /// marzo", "في 23 آذار/مارس", Russian's none, Chinese's none): the date the organ adopted the
    /// text, where the line says so. Another date further on ("adopted by the General Assembly at
    /// its 268th plenary meeting, on 5 December 1949") is another text's.
    @inline(__always) private func dateJustAfter(_ end: Int) -> (date: CalendarDate, end: Int)? {
        var k = look.skipSpace(end, lines: false)
        if !ByteClass.isDigit(look[k]) {
            let wordEnd = look.letterRunEnd(startingAt: k)
            guard wordEnd > k, wordEnd - k <= ScannerLimits.adoptionDateWord else { return nil }
            k = look.skipSpace(wordEnd, lines: false)
        }
        guard ByteClass.isDigit(look[k]) else { return nil }
        return dates.parse(at: k)
    }

    /// Whether the word at `start` follows an ordinal number that opens its line: "61st meeting",
    /// "61e séance", "61ª sesión", "61-е заседание", "第61次会议".
    @inline(__always) private func opensLineAfterOrdinal(_ start: Int) -> Bool {
        var k = look.skipSpace(layout.lineStart, lines: false)
        let afterDi = look.expect(Glyph.di, at: k)
        if let afterDi { k = look.skipSpace(afterDi, lines: false) }
        guard ByteClass.isDigit(look[k]), let (_, digitsEnd) = look.digits(k) else { return false }
        k = digitsEnd
        let suffixStart = k
        while k < start, !ByteClass.isSpace(p[k]), k - suffixStart < ScannerLimits.ordinalSuffixLength { k += 1 }
        // "第" makes the number an ordinal, and "次" belongs to the phrase ("次会议").
        return (k > suffixStart || afterDi != nil) && look.skipSpace(k, lines: false) == start
    }

    /// Whether the word at `start..<end` opens its line and a number alone follows it there:
    /// Arabic "الجلسة 61".
    @inline(__always) private func opensLineBeforeNumber(start: Int, end: Int) -> Bool {
        guard look.skipSpace(layout.lineStart, lines: false) == start else { return false }
        let k = look.skipSpace(end, lines: false)
        guard ByteClass.isDigit(look[k]), let (_, digitsEnd) = look.digits(k) else { return false }
        let lineEnd = look.skipSpace(digitsEnd, lines: false)
        return lineEnd >= p.count || p[lineEnd] == 0x0A || p[lineEnd] == 0x0D
    }

    /// Whether the organ named last ends just before the resolution word at `start`, white space
    /// between: "Security Council resolution", "General Assembly resolutions".
    @inline(__always) private func namesOrganJustBefore(_ start: Int) -> Bool {
        guard let (_, organEnd) = clause.lastOrgan, organEnd <= start else { return false }
        return (organEnd..<start).allSatisfy { ByteClass.isSpace(p[$0]) }
    }

    /// Whether the resolution or decision word at `start..<end` makes the acts the text's own: a
    /// possessive one to three words before it ("its resolution", "its relevant previous
    /// resolutions", "свои резолюции"), or attached to it (Arabic "قرارها").
    @inline(__always) private func namesOwnActs(start: Int, end: Int) -> Bool {
        if Glyph.possessiveEndings.contains(where: { end - $0.count > start && look.matches($0, at: end - $0.count) }) { return true }
        var wordEnd = start
        for _ in 0..<ScannerLimits.possessiveWords {
            var k = wordEnd
            while k > 0, ByteClass.isSpace(p[k - 1]) { k -= 1 }
            guard k < wordEnd, let wordStart = look.letterRunStart(endingAt: k, limit: ScannerLimits.possessiveLength) else { return false }
            if Glyph.possessives.contains(where: { $0.count == k - wordStart && look.matches($0, at: wordStart) }) { return true }
            wordEnd = wordStart
        }
        return false
    }

    /// "Treaty Series, vol. 189, No. 2545" after the words ending at `after`.
    private mutating func emitTreaty(series: String, start: Int, after: Int) -> Int? {
        guard let (entries, end) = TreatyVolumeParser(look: look).parse(after: after) else { return nil }
        for entry in entries {
            // "UNTS 189/2545", put together in a buffer of bytes rather than by interpolation.
            var id = IDBytes()
            id.append(series)
            id.append(UInt8(ascii: " "))
            id.append(decimal: entry.volume)
            id.append(UInt8(ascii: "/"))
            id.append(decimal: entry.number)
            emit(id.string, kind: .treaty, start: start, end: end)
        }
        return end
    }

    /// "Ibid." / "同上": continues the Treaty Series of the citation before, or marks a
    /// footnote body that points to the previous footnote's document.
    private mutating func handleIbid(start: Int, end: Int) -> Int {
        if case .body(let number) = layout.mode, let bodyStart = ledger.bodyStart(number), start - bodyStart <= ScannerLimits.ibidReach {
            ledger.markIbid(body: number, at: start..<end, text: look.string(start..<end), namesAnotherWork: ibidNamesAnotherWork(after: end))
        }
        guard let series = lastTreatySeries else {
            if TreatyVolumeParser(look: look).parse(after: end) != nil {
                diagnostics.append(Diagnostic(
                    problem: .ibidWithoutAntecedent, offset: start,
                    message: "Ibid. continues a Treaty Series citation, but none comes before it"))
            }
            return end
        }
        return emitTreaty(series: series, start: start, after: end) ?? end
    }

    /// Whether "Ibid." goes on to name another part of its series: ", Fourth Year, …",
    /// ", Supplement …", a capitalized word other than "No."/"Vol." (locators such as "p. 5" or
    /// "para. 3" are in lower case and keep the previous document).
    @inline(__always) private func ibidNamesAnotherWork(after end: Int) -> Bool {
        var j = look.skipSpace(end, lines: false)
        if look[j] == UInt8(ascii: ",") { j = look.skipSpace(j + 1, lines: false) }
        guard ByteClass.isUpper(look[j]) else { return false }
        return look.expectAny(Glyph.numberSign, at: j) == nil && look.expectAny(Glyph.volume, at: j) == nil
    }

    /// "Supplement No. 12": the report `A/session/12`, unless its symbol follows in brackets.
    private mutating func handleSupplement(start: Int, end: Int) -> Int {
        guard let (number, numberEnd) = SupplementNumberParser(look: look).parse(after: end) else { return end }
        if symbolFollows(numberEnd) { return numberEnd }
        if let session = lastSession, session >= ScannerLimits.firstSymbolSession {
            emit("A/\(session)/\(Self.supplementSymbolTail(number))", kind: .document, start: start, end: numberEnd)
        }
        return numberEnd
    }

    /// The symbol of a lettered supplement: Supplement No. 53A is the first addendum of
    /// Supplement No. 53 (`53/Add.1`), 53B the second; plain numbers stay as they are.
    static func supplementSymbolTail(_ number: String) -> String {
        guard let last = number.unicodeScalars.last, ("A"..."Z").contains(last), number.count > 1 else { return number }
        return "\(number.dropLast())/Add.\(last.value - 64)"
    }

    /// Whether a UN symbol in brackets comes right after `i`: "(A/58/12)", "》（A/59/12）".
    @inline(__always) private func symbolFollows(_ i: Int) -> Bool {
        var j = look.skipSpace(i)
        if let after = look.expectAny([Glyph.bookClose, Glyph.fullCloseParen], at: j) { j = look.skipSpace(after) }
        if look[j] == UInt8(ascii: "(") {
            j += 1
        } else if let after = look.expect(Glyph.fullOpenParen, at: j) {
            j = after
        } else {
            return false
        }
        return symbols.parse(at: look.skipSpace(j))?.isUnitedNations ?? false
    }

    /// Whether the verb at `start..<end` is a gerund after "to" ("with a view to considering"):
    /// it names what is to be done, not how the clause cites.
    @inline(__always) private func isGerundAfterTo(start: Int, end: Int) -> Bool {
        guard ByteClass.isLower(p[start]), Glyph.gerundEndings.contains(where: { end >= $0.count && look.matches($0, at: end - $0.count) }) else { return false }
        var k = start - 1
        while k >= 0, ByteClass.isBlank(p[k]) || p[k] == 0x0A { k -= 1 }
        let wordEnd = k + 1
        while k >= 0, ByteClass.isASCIILetter(p[k]) { k -= 1 }
        return Glyph.to.contains { $0.count == wordEnd - (k + 1) && look.matches($0, at: k + 1) }
    }

    /// Whether a verb at `start` leads its clause. Not when it stands in a quoted title
    /// ("entitled “Welcoming a new era”"), nor when, written in lower case right after a comma,
    /// it describes what the clause already cites ("the joint statement of 5 May, welcoming …")
    /// and the clause has its verb.
    @inline(__always) private func isClauseVerb(at start: Int) -> Bool {
        if clause.inQuotation { return false }
        guard clause.verb != nil, clause.lastComma > clause.lastBreak, ByteClass.isLower(p[start]) else { return true }
        return look.skipSpace(clause.lastComma + 1) != start
    }
}
