/// The layout of lines: paragraphs, the rule above footnotes, footnote bodies, markers that
/// PDF text puts alone on a line, the title line "58/154. Title", and dates alone on a line.
extension DocumentScanner {
    /// Classifies the line starting at `start` and returns where the main loop goes on.
    mutating func beginLine(at start: Int) -> Int {
        layout.lineNumber += 1
        layout.lineStart = start
        layout.lineHandled = false
        header.titleCaptureFrom = nil
        let j = look.skipSpace(start, lines: false)
        let afterBlank = layout.previousLineBlank, afterEmpty = layout.previousLineEmpty
        layout.previousLineBlank = j >= p.count || p[j] == 0x0A
        layout.previousLineEmpty = layout.previousLineBlank && j == start
        if j >= p.count || p[j] == 0x0A {
            if j - start >= ScannerLimits.blankRuleWidth { noteRule() }
            header.capturingTitle = false
            layout.lineHandled = true
            return j
        }
        if let ruleEnd = ruleLineEnd(at: j) {
            noteRule()
            layout.lineHandled = true
            return ruleEnd
        }
        if let next = beginFootnoteBody(at: j) { return next }
        if case .body = layout.mode {
            if !layout.bodyEnded { return j }
            layout.mode = .flow
            layout.sawRule = false
        }
        if header.capturingTitle, j > start, j - start != header.titleColumn {
            header.capturingTitle = false
        }
        if header.capturingTitle {
            header.titleCaptureFrom = j
            if header.titlePieces.count >= 6 { header.capturingTitle = false; header.titleCaptureFrom = nil }
        }
        var k = j
        if p[j] == UInt8(ascii: "#") {
            layout.inColonList = false
            paragraphBreak(at: j)
            while k < p.count, p[k] == UInt8(ascii: "#") || ByteClass.isBlank(p[k]) { k += 1 }
        } else if layout.lastFlowTerminated || (afterBlank && opensNumberedParagraph(at: j)),
                  j > start || startsParagraph(at: j) || opensParagraphWithoutCapital(at: j, afterBlank: afterBlank, afterEmpty: afterEmpty),
                  afterBlank || !(layout.separatesParagraphsWithBlankLines && ByteClass.isUpper(p[j]) && ByteClass.isLower(look[j + 1])) {
            if layout.inColonList, !opensNumberedParagraph(at: j) {
                // An item of the list a colon opened ("11. Recalls:" / "The reports …;"): the verb stays.
                clauseBreak(at: j)
            } else {
                layout.inColonList = false
                paragraphBreak(at: j)
            }
            if afterBlank { layout.paragraphsAfterBlank += 1 } else { layout.paragraphsAfterText += 1 }
        }
        while k < p.count, p[k] == UInt8(ascii: "*") || ByteClass.isBlank(p[k]) { k += 1 }
        if let next = readTitleLine(at: k) { return next }
        if let next = readBelowHeader(at: k) { return next }
        if ByteClass.isDigit(look[k]), let (date, end) = date(at: k) {
            lastDate = (date, end)
            var rest = look.skipSpace(end, lines: false)
            if let afterWord = look.expectAny(Glyph.yearWords, at: rest) { rest = look.skipSpace(afterWord, lines: false) }
            if look[rest] == UInt8(ascii: ".") || look[rest] == UInt8(ascii: ",") { rest = look.skipSpace(rest + 1, lines: false) }
            if rest >= p.count || p[rest] == 0x0A {
                wholeLineDate = (date, layout.lineNumber)
                if abs(layout.lineNumber - plenaryLine) <= ScannerLimits.plenaryDateLines { header.state(adoption: date, .nearPlenaryMeeting) }
            }
            return end
        }
        return j
    }

    /// Closes the line ending at `i`: remembers whether the flow of text ended a clause here.
    mutating func endLine(at i: Int) {
        if i &- layout.lineStart > ScannerLimits.paragraphLineBytes { layout.linesAreParagraphs = true }
        // A title that starts on the next line ("16/21" alone above it) has no piece on this one.
        if let from = header.titleCaptureFrom, header.capturingTitle, from < i {
            header.titlePieces.append(from..<i)
        }
        if layout.lineHandled { return }
        var q = i - 1
        while q >= layout.lineStart, ByteClass.isBlank(p[q]) { q -= 1 }
        guard q >= layout.lineStart else { return }
        if case .body = layout.mode {
            layout.bodyEnded = p[q] == UInt8(ascii: ".") || endsWithIdeographicStop(q)
            return
        }
        if layout.lastMarkerRange.contains(q) {
            q = layout.lastMarkerRange.lowerBound - 1
            while q >= layout.lineStart, ByteClass.isBlank(p[q]) { q -= 1 }
            guard q >= layout.lineStart else { return }
        }
        layout.lastFlowTerminated = isClauseEnd(at: q)
        // A colon opens a list whose items end with semicolons; a comma or full stop ends it.
        switch p[q] {
        case UInt8(ascii: ":"): layout.inColonList = clause.verb != nil
        case UInt8(ascii: ","), UInt8(ascii: "."): layout.inColonList = false
        default: break
        }
        layout.lastFlowEndsNonASCII = p[q] >= 0x80
    }

    private mutating func noteRule() {
        if layout.mode == .flow { layout.sawRule = true }
    }

    /// The end of a rule line ("____", "----", "———"), or nil.
    @inline(__always) private func ruleLineEnd(at j: Int) -> Int? {
        let first = p[j]
        guard first == UInt8(ascii: "_") || first == UInt8(ascii: "-") || first == UInt8(ascii: "=") || first == 0xE2 else { return nil }
        var k = j
        var count = 0
        while k < p.count, p[k] != 0x0A {
            let b = p[k]
            if b == UInt8(ascii: "_") || b == UInt8(ascii: "-") || b == UInt8(ascii: "=") {
                k += 1; count += 1
            } else if ByteClass.isBlank(b) {
                k += 1
            } else if b == 0xE2, look[k + 1] == 0x80, look[k + 2] == 0x94 || look[k + 2] == 0x95 {
                k += 3; count += 1
            } else {
                return nil
            }
        }
        return count >= 3 ? k : nil
    }

    /// A footnote body or a marker standing at the start of the line, in the forms
    /// `[^1]: text` (Markdown), `<sup>1</sup> text`, `1 text`, `1/ text` (typewritten), `1Text` (its marker seen), or `1` alone (its text on the next line); where the
    /// main loop goes on, or nil when the line is none of these.
    @inline(__always) private mutating func beginFootnoteBody(at j: Int) -> Int? {
        let first = p[j]
        // Tested here, not in the reader: most lines start with none of these, and leave at once.
        guard ByteClass.isDigit(first) || first == UInt8(ascii: "[") || first == UInt8(ascii: "<") || first == UInt8(ascii: "(") else { return nil }
        return readFootnoteBodyStart(at: j)
    }

    /// ``beginFootnoteBody(at:)`` at a line whose first byte is a digit, "[", "<" or "(".
    private mutating func readFootnoteBodyStart(at j: Int) -> Int? {
        if p[j] == UInt8(ascii: "(") { return readBracketedBodyStart(at: j) }
        if let (number, end) = markdownFootnote(at: j), look[end] == UInt8(ascii: ":") {
            guard ledger.canBeginBody(number, withoutMarker: true) else { return end + 1 }
            openBody(number, at: j)
            return end + 1
        }
        // "<" first: lines that open with a digit do not reach the global.
        if p[j] == UInt8(ascii: "<"), let afterOpen = look.expect(Glyph.supOpen, at: j),
           let (number, digitsEnd) = look.digits(afterOpen, limit: 3),
           let afterClose = look.expect(Glyph.supClose, at: digitsEnd),
           ledger.canBeginBody(number) {
            openBody(number, at: j)
            return afterClose
        }
        guard let (number, digitsEnd) = look.digits(j, limit: 3) else { return nil }
        if look[digitsEnd] == UInt8(ascii: "/") { return readSlashedBodyStart(number, at: j, slash: digitsEnd) }
        let afterDigits = look.skipSpace(digitsEnd, lines: false)
        let isInBody = layout.mode != .flow
        let layoutSaysBody = layout.sawRule || isInBody
        if afterDigits >= p.count || p[afterDigits] == 0x0A {
            layout.lineHandled = true
            // Among bodies, a number alone on its line far beyond the markers may be the page's
            // number below its footnotes.
            if ledger.canBeginBody(number, withoutMarker: layoutSaysBody), layoutSaysBody, !isInBody || ledger.mayBeBodyNumber(number) {
                openBody(number, at: j)
                layout.bodyEnded = false
            } else if !isInBody, layout.lastFlowEndsNonASCII {
                _ = recordMarker(number, start: j, end: digitsEnd, form: .aloneOnLine)
            }
            return afterDigits
        }
        // A body whose number the text glued to its first word, as a typeset PDF's superscript
        // comes out ("1United Nations, Treaty Series, vol. 610, No. 8843."): only where that
        // footnote's marker was seen and awaits its body. Its first word is read as a word starts
        // ("19Official Records of the General Assembly, Fifty-fourth Session"), though a digit
        // stands before it.
        if afterDigits == digitsEnd, ByteClass.isUpper(p[afterDigits]), ledger.canBeginBody(number) {
            openBody(number, at: j)
            return passWords(from: afterDigits)
        }
        // A date at a line start ("10 October 2018" under the plenary meeting), or a range of
        // days ("8 and 9 December 2014"), is no body.
        guard afterDigits > digitsEnd, ledger.canBeginBody(number, withoutMarker: layoutSaysBody), !ByteClass.isDigit(p[afterDigits]),
              dates.parse(at: j) == nil, !dates.opensDayRange(at: j)
        else { return nil }
        openBody(number, at: j)
        return afterDigits
    }

    private mutating func openBody(_ number: Int, at start: Int) {
        if !pending.isEmpty { flushPending(isDecision: false) }
        clause.list = nil
        ledger.beginBody(number, at: start)
        layout.mode = .body(number)
        layout.bodyEnded = false
        header.capturingTitle = false
    }

    /// The document's own number at the start of a line, in the forms of every era:
    /// "58/154. Title" and "1514 (XV). Title" (General Assembly; the title follows);
    /// "51 (1948). Resolution of 3 June 1948" (Security Council annual volumes, the date after);
    /// "Resolution 1325 (2000)", "Résolution 918 (1994) du 17 mai 1994", "Resolución 1325 (2000)",
    /// "Резолюция 1325 (2000)", with the date on the same line or the next ("of 19 June 1982").
    /// Where the main loop goes on, or nil when the line is none of these.
    @inline(__always) private mutating func readTitleLine(at k: Int) -> Int? {
        guard header.awaitsTitleLine, header.titlePieces.isEmpty else { return nil }
        return readAwaitedTitleLine(at: k)
    }

    /// ``readTitleLine(at:)`` while the header awaits its title line: out of line, so that the
    /// lines after it pay for the test alone.
    private mutating func readAwaitedTitleLine(at k: Int) -> Int? {
        if mayStartNumber(at: k),
           let reading = numbers.read(at: k), reading.count == 1, reading.bracketedDate == nil,
           case let separator = titleSeparator(after: reading.end) ?? councilTitleWithoutStop(reading),
           case let lineBreak = separator == nil ? lineBreak(afterAloneNumber: reading) : nil,
           let end = separator ?? lineBreak {
            let number = reading.firstNumber(in: look)
            if case .yearly = number, let (id, _) = number.identify(organ: .securityCouncil, isDecision: false) {
                setOwnSymbol(id, .titleLine)
                noteCouncilHeading(reading, .titleLine)
                header.line = layout.lineNumber
                return readHeaderDate(after: end + 1, allowingResolutionWord: true)
            }
            if number.isGeneralAssemblyForm, let (id, _) = number.identify(organ: header.titleLineOrgan, isDecision: false) {
                return takeTitleLine(id, separatorEnd: end, lineBreak: lineBreak)
            }
        }
        guard k < p.count, headingStarts.mayStart(with: p[k]) else { return nil }
        if let next = readChineseCouncilHeading(at: k) { return next }
        guard let match = trie.match(in: p, atAnyStart: k), match.entry.phrase == .resolutionWord else { return nil }
        let numberStart = look.skipSpace(match.end, lines: false)
        if let reading = numbers.read(at: numberStart), case .yearly = reading.form,
           let (id, _) = reading.firstNumber(in: look).identify(organ: .securityCouncil, isDecision: false) {
            let end = reading.end
            var rest = look.skipSpace(end, lines: false)
            // Russian headings end the line with a comma: "Резолюция 1325 (2000),".
            if look[rest] == UInt8(ascii: ","), look.skipSpace(rest + 1, lines: false) >= p.count || p[look.skipSpace(rest + 1, lines: false)] == 0x0A {
                rest = look.skipSpace(rest + 1, lines: false)
            }
            let dateFollows = look.expectAny(Glyph.dateOf, at: rest).map { look.isWordEnd($0) } ?? false
            guard rest >= p.count || p[rest] == 0x0A || dateFollows else { return nil }
            setOwnSymbol(id, .councilHeading)
            noteCouncilHeading(reading, .councilHeading)
            header.line = layout.lineNumber
            return readHeaderDate(after: end, allowingResolutionWord: false)
        }
        // "Resolution 6/15. Forum on Minority Issues": a council's or commission's own act, titled.
        if let reading = numbers.read(at: numberStart), reading.count == 1, reading.bracketedDate == nil,
           case let number = reading.firstNumber(in: look), number.isGeneralAssemblyForm,
           let separator = titleSeparator(after: reading.end),
           let (id, _) = number.identify(organ: header.titleLineOrgan, isDecision: false) {
            return takeTitleLine(id, separatorEnd: separator, lineBreak: nil)
        }
        // "Resolution 290" / "of 8 December 1970": a heading whose year the date below must give.
        guard numberStart > match.end, let (number, numberEnd) = look.digits(numberStart, limit: 4), number > 0 else { return nil }
        let rest = look.skipSpace(numberEnd, lines: false)
        guard rest >= p.count || p[rest] == 0x0A || p[rest] == 0x0D else { return nil }
        header.councilHeading = CouncilHeading(number: number, writtenYear: nil, evidence: .councilHeading)
        header.line = layout.lineNumber
        return rest
    }

    /// Takes `id` as the document's symbol from a title line whose number's separator ends at
    /// `separatorEnd`, or which stands alone on its line up to `lineBreak` (the title on the next
    /// line), and reads the title from there; where the main loop goes on.
    private mutating func takeTitleLine(_ id: String, separatorEnd end: Int, lineBreak: Int?) -> Int {
        setOwnSymbol(id, .titleLine)
        header.capturingTitle = true
        let titleLineStart = lineBreak.map { $0 + 1 } ?? layout.lineStart
        var titleStart = end + 1
        while titleStart < p.count, p[titleStart] == UInt8(ascii: "*") || ByteClass.isBlank(p[titleStart]) { titleStart += 1 }
        header.titleCaptureFrom = titleStart
        header.titleColumn = titleStart - titleLineStart
        return lineBreak ?? titleStart
    }

    /// Keeps the number and year a Council heading gave, for ``Header/settleCouncilYear()``.
    private mutating func noteCouncilHeading(_ reading: NumberReading, _ evidence: SymbolEvidence) {
        guard case let .yearly(written, year) = reading.firstNumber(in: look), let number = Int(written) else { return }
        header.councilHeading = CouncilHeading(number: number, writtenYear: year, evidence: evidence)
    }

    /// A footnote body numbered in brackets, as Arabic texts number theirs ("(1) القرار 217 ألف
    /// (د-3)."): its marker seen, or the layout saying bodies stand here; text follows the number.
    private mutating func readBracketedBodyStart(at j: Int) -> Int? {
        guard let (number, digitsEnd) = look.digits(j + 1, limit: 3), look[digitsEnd] == UInt8(ascii: ")") else { return nil }
        let text = look.skipSpace(digitsEnd + 1, lines: false)
        guard text > digitsEnd + 1, text < p.count, p[text] != 0x0A, p[text] != 0x0D,
              ledger.canBeginBody(number, withoutMarker: layout.sawRule || layout.mode != .flow) else { return nil }
        openBody(number, at: j)
        return text
    }

    /// A footnote body numbered as typewritten texts number theirs ("1/  See Official Records
    /// …"): a blank or the line's end after the slash, no number ("48/ 113"); its marker seen, or
    /// the layout saying bodies stand here. Without that, a line opening in lower case ("1/ by
    /// which") continues the text after a marker.
    private mutating func readSlashedBodyStart(_ number: Int, at j: Int, slash: Int) -> Int? {
        let text = look.skipSpace(slash + 1, lines: false)
        let endsLine = text >= p.count || p[text] == 0x0A || p[text] == 0x0D
        let layoutSaysBody = layout.sawRule || layout.mode != .flow
        guard endsLine || (text > slash + 1 && !ByteClass.isDigit(p[text]) && (layoutSaysBody || !ByteClass.isLower(p[text]))),
              ledger.canBeginBody(number, withoutMarker: layoutSaysBody) else { return nil }
        openBody(number, at: j)
        return text
    }

    /// Whether a comma and the line's end follow `end`: after an organ's name, the line that
    /// opens a resolution's body ("The General Assembly,", "La Asamblea General,", "大会，"), which
    /// ends the title above it where no blank line does.
    @inline(__always) func endsLineWithComma(after end: Int) -> Bool {
        let k = look.skipSpace(end, lines: false)
        guard let afterComma = look[k] == UInt8(ascii: ",") ? k + 1 : look.expectAny(Glyph.lineCommas, at: k) else { return false }
        let rest = look.skipSpace(afterComma, lines: false)
        return rest >= p.count || p[rest] == 0x0A || p[rest] == 0x0D
    }

    /// Whether a resolution number may start at `k`: "S-" and "ES-" numbers start with a letter;
    /// a run of digits must be followed by what a number goes on with (not "1." or "12)", the
    /// paragraph numbers most lines that start with a digit open with).
    @inline(__always) private func mayStartNumber(at k: Int) -> Bool {
        let first = look[k]
        if first == UInt8(ascii: "S") || first == UInt8(ascii: "E") { return true }
        guard ByteClass.isDigit(first) else { return false }
        var end = k + 1
        while end < p.count, ByteClass.isDigit(p[end]) { end += 1 }
        return end < p.count && numberFollowers.mayStart(with: p[end])
    }

    /// The end of a Council number whose title line goes on without a full stop, as the first
    /// annual volume prints it: "1 (1946) Resolution of 25 January 1946".
    private func councilTitleWithoutStop(_ reading: NumberReading) -> Int? {
        guard case .yearly = reading.form, look[reading.end] == 0x20,
              let match = trie.match(in: p, atAnyStart: look.skipSpace(reading.end, lines: false)), match.entry.phrase == .resolutionWord,
              let afterOf = look.expectAny(Glyph.dateOf, at: look.skipSpace(match.end, lines: false)), look.isWordEnd(afterOf) else { return nil }
        return reading.end
    }

    /// The line break after a title line's number that stands alone on its line, as the Human
    /// Rights Council's resolutions set it below "Resolution adopted by the Human Rights Council"
    /// (the title on the next line); not after a Council number, which its heading forms read.
    private func lineBreak(afterAloneNumber reading: NumberReading) -> Int? {
        if case .yearly = reading.form { return nil }
        let rest = look.skipSpace(reading.end, lines: false)
        return rest < p.count && p[rest] == 0x0A ? rest : nil
    }

    /// The index of the last character of the separator between a title line's number and its
    /// title: the "." of "58/154. Title" (or ".*"), the last space of the " - " Arabic texts
    /// write ("58/154 - متابعة"). Nil when no separator follows the number.
    @inline(__always) private func titleSeparator(after end: Int) -> Int? {
        if look[end] == UInt8(ascii: "."), ByteClass.isSpace(look[end + 1]) || look[end + 1] == UInt8(ascii: "*") { return end }
        if look[end] == 0x20, look[end + 1] == UInt8(ascii: "-"), look[end + 2] == 0x20, look[end + 3] >= 0x80 { return end + 2 }
        return nil
    }

    /// The adoption date after a header's number: "of 19 June 1982", "du 17 mai 1994",
    /// ". Resolution of 26 June 1946" (with `allowingResolutionWord`); where reading goes on.
    /// A Chinese Security Council heading alone on its line, "第1325(2000)号决议", and the
    /// adoption date that opens the next line ("2000年10月31日安全理事会第4213次会议通过").
    private mutating func readChineseCouncilHeading(at k: Int) -> Int? {
        guard let afterDi = look.expect(Glyph.di, at: k),
              let reading = numbers.read(at: look.skipSpace(afterDi, lines: false)), case .yearly = reading.form,
              let (id, _) = reading.firstNumber(in: look).identify(organ: .securityCouncil, isDecision: false),
              let afterHao = look.expect(Glyph.hao, at: look.skipSpace(reading.end, lines: false)),
              let afterWord = look.expect(Glyph.resolutionClose, at: look.skipSpace(afterHao, lines: false))
        else { return nil }
        let rest = look.skipSpace(afterWord, lines: false)
        guard rest >= p.count || p[rest] == 0x0A else { return nil }
        setOwnSymbol(id, .councilHeading)
        header.line = layout.lineNumber
        let next = look.skipSpace(rest)
        if ByteClass.isDigit(look[next]), let (date, _) = dates.parse(at: next) { header.state(adoption: date, .headerDate) }
        return rest
    }

    mutating func readHeaderDate(after i: Int, allowingResolutionWord: Bool) -> Int {
        var j = look.skipSpace(i, lines: false)
        if allowingResolutionWord, j < p.count, let match = trie.match(in: p, at: j), match.entry.phrase == .resolutionWord {
            j = look.skipSpace(match.end, lines: false)
        }
        guard let afterOf = look.expectAny(Glyph.dateOf, at: j), look.isWordEnd(afterOf) else { return j }
        let k = look.skipSpace(afterOf, lines: false)
        guard ByteClass.isDigit(look[k]), let (date, dateEnd) = dates.parse(at: k) else { return j }
        header.state(adoption: date, .headerDate)
        return dateEnd
    }

    /// Lines just below the header: the adoption date on a line of its own ("of 19 June 1982", or
    /// without "of", as the 1993 volume prints it: "11 November 1993"), and the draft's symbol in
    /// brackets ("[S/3675]"), which is the header's, not a reference.
    /// Where the main loop goes on, or nil when the line is neither.
    @inline(__always) mutating func readBelowHeader(at k: Int) -> Int? {
        guard layout.lineNumber - header.line <= 3 else { return nil }
        return readJustBelowHeader(at: k)
    }

    /// ``readBelowHeader(at:)`` on one of the three lines below the header.
    private mutating func readJustBelowHeader(at k: Int) -> Int? {
        if let afterOf = look.expectAny(Glyph.dateOf, at: k), look.isWordEnd(afterOf),
           ByteClass.isDigit(look[look.skipSpace(afterOf, lines: false)]) {
            return readHeaderDate(after: k, allowingResolutionWord: false)
        }
        if ByteClass.isDigit(look[k]), let (date, dateEnd) = dates.parse(at: k) {
            let rest = look.skipSpace(dateEnd, lines: false)
            guard rest >= p.count || p[rest] == 0x0A || p[rest] == 0x0D else { return nil }
            header.state(adoption: date, .headerDate)
            lastDate = (date, dateEnd)
            return rest
        }
        if look[k] == UInt8(ascii: "["), let symbol = symbols.parse(at: k + 1), look[symbol.end] == UInt8(ascii: "]") {
            let rest = look.skipSpace(symbol.end + 1, lines: false)
            if rest >= p.count || p[rest] == 0x0A {
                layout.lineHandled = true
                return rest
            }
        }
        return nil
    }

    /// Whether the line at `j` opens with a paragraph number: "12.", "3)".
    @inline(__always) private func opensNumberedParagraph(at j: Int) -> Bool {
        guard let (_, end) = look.digits(j, limit: 3) else { return false }
        return look[end] == UInt8(ascii: ".") || look[end] == UInt8(ascii: ")")
    }

    /// Whether a line starting at `j` after a finished clause opens a paragraph:
    /// a paragraph number ("1.", "(a)"), bold mark-up, or a capital letter.
    @inline(__always) private func startsParagraph(at j: Int) -> Bool {
        let b = p[j]
        if ByteClass.isUpper(b) || b == UInt8(ascii: "*") { return true }
        if b == UInt8(ascii: "("), ByteClass.isASCIILetter(look[j + 1]) || ByteClass.isDigit(look[j + 1]), look[j + 2] == UInt8(ascii: ")") { return true }
        if ByteClass.isDigit(b), let (_, end) = look.digits(j, limit: 3) {
            return look[end] == UInt8(ascii: ".") || look[end] == UInt8(ascii: ")")
        }
        return false
    }

    /// Whether a line at `j` after a finished clause opens a paragraph in a script without
    /// capitals to show it: a word of the tables that opens paragraphs (Arabic "وإذ"); after a
    /// blank line or in a text that keeps each paragraph on one line, a lower-case Cyrillic
    /// letter, as Russian opens its preambular paragraphs ("ссылаясь на …", "исходя из …"); an
    /// ideograph after an empty line ("考虑到…"): PDF text sets lines of blanks, not empty ones,
    /// inside Chinese paragraphs.
    @inline(__always) private func opensParagraphWithoutCapital(at j: Int, afterBlank: Bool, afterEmpty: Bool) -> Bool {
        guard p[j] >= 0x80 else { return false }
        if (afterBlank || layout.linesAreParagraphs) && ByteClass.isCyrillicLowercase(p, j) { return true }
        if afterEmpty, p[j] &- 0xE4 < 6 { return true }
        guard let end = look.expectAny(Glyph.paragraphOpeners, at: j) else { return false }
        return look.isWordEnd(end)
    }

    /// Whether a line ending at `q` ends its clause, so that a line starting as a paragraph
    /// does start one. A colon does not: what follows it (a list, the rest of a title broken by
    /// the PDF) belongs to the sentence it ends ("We welcome the Almaty Programme of Action:" /
    /// "Addressing the Special Needs …").
    @inline(__always) private func isClauseEnd(at q: Int) -> Bool {
        switch p[q] {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "."), UInt8(ascii: "]"):
            return true
        default:
            // The Arabic comma and semicolon ("،", "؛").
            if q >= 1, p[q - 1] == 0xD8, p[q] == 0x8C || p[q] == 0x9B { return true }
            guard q >= 2 else { return false }
            if p[q - 2] == 0xEF, p[q - 1] == 0xBC { return [0x8C, 0x9B, 0x9A].contains(p[q]) }
            return endsWithIdeographicStop(q)
        }
    }

    @inline(__always) private func endsWithIdeographicStop(_ q: Int) -> Bool {
        q >= 2 && p[q - 2] == 0xE3 && p[q - 1] == 0x80 && p[q] == 0x82
    }
}
