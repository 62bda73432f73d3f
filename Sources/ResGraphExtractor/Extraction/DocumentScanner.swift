/// The single pass over one document's UTF-8 bytes.
///
/// The main loop visits each byte once. At a word, a digit or a punctuation mark it hands
/// over to a handler that reads a bounded stretch ahead (a phrase, a number, a symbol) and
/// returns where the loop goes on; nothing behind the loop is read again. Footnote bodies,
/// pending Chinese number lists and the citing verb are kept as state, not found by search.
struct DocumentScanner {
    typealias Mode = Layout.Mode
    typealias ListContext = Clause.ListContext

    /// Chinese "第 N 号" numbers waiting for the word that says what they are ("决议", "决定").
    struct PendingNumber {
        /// The number as read, spelled out once its list is flushed.
        var reading: NumberReading
        var start: Int
        var end: Int
        var organ: Organ?
        var date: CalendarDate?
        /// The text's own organ, where "其" (its) stands before the number: "回顾其第5/1号决议".
        var ownOrgan: Organ?
        /// The days of one month given before the list's first number, one for each number:
        /// "2018年12月19日和17日第73/195和73/151号决议".
        var listDates: [CalendarDate]?
    }

    let p: UnsafeBufferPointer<UInt8>
    let source: String
    let look: Lookahead
    let trie = PhraseTrie.standard
    let numberFollowers = Glyph.numberFollowers
    let headingStarts = Glyph.headingStarts
    let roles = ByteRole.table

    var layout = Layout()
    var clause = Clause()
    var pending: [PendingNumber] = []
    /// Where the last soft hyphen (U+00AD) of the run of two-byte characters being read stands,
    /// or -1: read once the run ends.
    var softHyphen = -1

    var lastDate: (date: CalendarDate, end: Int)?
    /// The date read after the place last asked, or nil where none stood there (``citedDateSpan(after:)``).
    var lastDateSpan: (after: Int, span: (date: CalendarDate, end: Int)?)?
    /// The date read at a digit, or nil where none stood there (``date(at:)``).
    var dateRead: (at: Int, span: (date: CalendarDate, end: Int)?)?
    /// A Chinese date and the days after it ("2018年12月19日和17日"), and where they end.
    var lastDays: (dates: [CalendarDate], end: Int)?
    var wholeLineDate: (date: CalendarDate, line: Int)?
    var plenaryLine = Int.min / 2

    /// The resolutions cited so far whose id ends in a year or a session ("S/RES/1373(2001)",
    /// "A/RES/3314(XXIX)"), by their symbol without it: a later "S/RES/1373" ("UNSC Res 1373 (28
    /// September 2001) UN Doc S/RES/1373") or "A/RES/3314" is that resolution, as the Council, and
    /// the Assembly and the Economic and Social Council before they numbered by session, number
    /// their resolutions in one run across the years. Nil until a text gives such a symbol.
    var resolutionsCitedByNumber: [String: (id: String, kind: ReferenceKind)]?

    var lastTreatySeries: String?
    var lastLeagueEnd = Int.min / 2
    var lastSession: Int?

    var header = Header()

    var flowReferences: [Reference] = []
    var emitted = 0
    var ledger = FootnoteLedger()
    var diagnostics: [Diagnostic] = []

    var languageEvidence = LanguageEvidence()

    init(bytes: UnsafeBufferPointer<UInt8>, source: String) {
        p = bytes
        self.source = source
        look = Lookahead(p: bytes)
        // Resolutions cite something every few hundred bytes: room made once, not grown by doubling.
        flowReferences.reserveCapacity(min(bytes.count / Self.bytesPerReservedReference, Self.mostReservedReferences))
    }

    /// The bytes of text per reference room is made for at the start: of 1,000 varied texts, two
    /// thirds cite more than once a kilobyte, a fifth more than twice.
    static let bytesPerReservedReference = 512
    /// The most references room is made for at the start, whatever the text's size.
    static let mostReservedReferences = 4_096

    @inline(__always) var dates: DateParser { DateParser(look: look) }
    @inline(__always) var numbers: ResolutionNumberParser { ResolutionNumberParser(look: look) }
    @inline(__always) var symbols: SymbolParser { SymbolParser(look: look) }
    @inline(__always) var markers: MarkerPlace { MarkerPlace(look: look) }
    @inline(__always) var ownOrganWords: OwnOrganWords { OwnOrganWords(look: look, acting: header.actingOrgan) }

    /// Reads the whole document.
    mutating func run() throws(ExtractionError) -> ExtractedDocument {
        let n = p.count
        var i = (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) ? 3 : 0
        if let matter = FrontMatter.read(p, from: i) {
            take(matter)
            i = matter.end
        }
        var atLineStart = true
        while i < n {
            if atLineStart {
                atLineStart = false
                i = beginLine(at: i)
                continue
            }
            let b = p[i]
            switch roles[b] {
            case .space:
                // A word after the space (after a number or a mark, most often) is read at once.
                i += 1
                if i < n, ByteClass.isASCIILetter(p[i]) { i = passWords(from: i) }
            case .letter:
                // Most words start no phrase: passed by here, one after another, without a call.
                // Letters inside a word (after an accented letter, a digit) start nothing either.
                i = isWordStart(i) ? passWords(from: i) : look.wordEnd(after: i)
            case .digit:
                i = handleDigits(at: i)
            case .lineFeed:
                endLine(at: i)
                i += 1
                atLineStart = true
            case .comma:
                // A comma (the commonest mark) only ends a list item: noted without the handler's
                // call, as no phrase begins with one (the trie's builder checks it).
                clause.lastComma = i
                i += 1
            case .nul:
                throw ExtractionError(path: source, reason: .binary(offset: i))
            case .mark:
                i = handlePunctuation(b, at: i)
            case .nonASCII:
                i = try handleNonASCII(at: i)
            }
        }
        if !atLineStart { endLine(at: n) }
        return finish()
    }

    /// What a front matter says of the document: its symbol (a UN symbol, the whole value) and title.
    private mutating func take(_ matter: FrontMatter) {
        if let range = matter.symbol, let symbol = symbols.parse(at: range.lowerBound), symbol.isUnitedNations, symbol.end == range.upperBound {
            setOwnSymbol(identify(symbol, start: range.lowerBound).id, .frontMatter)
        }
        header.statedTitle = matter.title
    }

    /// Reads words from `start` while one follows another after a single space (the bulk of
    /// running text) without a trip through the main loop for each space, and acts on the first
    /// that starts a phrase or a symbol; returns where the main loop goes on. The words that
    /// begin no phrase are passed by the trie (``PhraseTrie/passPlainWords(in:from:hits:lastComma:)``);
    /// the word it stops at is read here.
    @inline(never) mutating func passWords(from start: Int) -> Int {
        var i = start
        while true {
            i = trie.passPlainWords(in: p, from: i, hits: &languageEvidence.hits, lastComma: &clause.lastComma)
            guard i < p.count, ByteClass.isASCIILetter(p[i]) else { return i }
            var end: Int
            let found: (entry: PhraseTrie.Entry, end: Int)?
            if i &+ 16 <= p.count {
                // A word of fewer than sixteen letters is measured and looked up from one or two
                // loads of eight bytes.
                let base = UnsafeRawPointer(p.baseAddress.unsafelyUnwrapped + i)
                let low = UInt64(littleEndian: base.loadUnaligned(as: UInt64.self))
                let lowOthers = ~ByteClass.asciiLetterMask(low) & 0x8080_8080_8080_8080
                if lowOthers != 0 {
                    let length = lowOthers.trailingZeroBitCount &>> 3
                    end = i &+ length
                    found = trie.match(in: p, at: i, shortWord: low, length: length)
                } else {
                    let high = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
                    let highOthers = ~ByteClass.asciiLetterMask(high) & 0x8080_8080_8080_8080
                    let length = 8 &+ highOthers.trailingZeroBitCount &>> 3
                    if length < 16 {
                        end = i &+ length
                        found = trie.match(in: p, at: i, low: low, high: high, length: length)
                    } else {
                        end = look.wordEnd(after: i &+ 15)
                        found = trie.match(in: p, at: i, wordEnd: end)
                    }
                }
            } else {
                end = look.wordEnd(after: i)
                found = trie.match(in: p, at: i, wordEnd: end)
            }
            if let match = found {
                // "the", "and", "les": counted for the language, and the words go on.
                guard case .languageHint = match.entry.phrase else { return handlePhrase(match.entry, start: i, end: match.end) }
                languageEvidence.hits.addOne(at: match.entry.language.index)
                end = match.end
            } else if end < p.count, p[end] | 0x02 == UInt8(ascii: "/"), ByteClass.isUpper(p[i]) {
                // A symbol's head is capitals before a slash, a special session's "S-" or "ES-" a hyphen.
                return handleSymbolHead(at: i, wordEnd: end)
            }
            guard end &+ 1 < p.count, p[end] == 0x20, ByteClass.isASCIILetter(p[end &+ 1]) else {
                // A comma and a space before the next word: the comma noted as the main loop
                // notes it (no phrase begins with one), and the words go on.
                guard end &+ 2 < p.count, p[end] == UInt8(ascii: ","), p[end &+ 1] == 0x20, ByteClass.isASCIILetter(p[end &+ 2]) else { return end }
                clause.lastComma = end
                i = end &+ 2
                continue
            }
            i = end &+ 1
        }
    }

    @inline(__always) func isWordStart(_ i: Int) -> Bool {
        guard i > 0 else { return true }
        let prev = p[i - 1]
        if ByteClass.isASCIIAlphanumeric(prev) { return false }
        if prev &- 0x80 < 0x40, i >= 2, ByteClass.isTwoByteLead(p[i - 2]) { return false }
        return true
    }

    private mutating func handleNonASCII(at i: Int) throws(ExtractionError) -> Int {
        let b = p[i]
        if b &- 0xE0 < 0x10 { return try handleThreeByteRun(at: i) }
        if ByteClass.isTwoByteLead(b) { return try handleTwoByteRun(at: i) }
        guard b &- 0xF0 < 5, i + 4 <= p.count else { throw ExtractionError(path: source, reason: .invalidUTF8(offset: i)) }
        for k in 1..<4 where p[i + k] &- 0x80 >= 0x40 {
            throw ExtractionError(path: source, reason: .invalidUTF8(offset: i + k))
        }
        let second = p[i + 1]
        if (b == 0xF0 && second < 0x90) || (b == 0xF4 && second >= 0x90) {
            throw ExtractionError(path: source, reason: .invalidUTF8(offset: i))
        }
        return i + 4
    }

    /// A run of two-byte characters (words of Cyrillic, Arabic, Greek, accented Latin), read in
    /// one loop rather than one trip through the main loop each: validated and counted. Only its
    /// first character can begin a word, as each later one follows a letter, so a phrase is
    /// looked for there alone. Runs a single space apart are read one after another.
    private mutating func handleTwoByteRun(at start: Int) throws(ExtractionError) -> Int {
        let n = p.count
        var counts = ScriptCounts()
        defer {
            languageEvidence.cyrillic &+= counts.cyrillic
            languageEvidence.arabic &+= counts.arabic
        }
        var start = start
        while true {
            try passTwoByteCharacter(at: start, counting: &counts)
            if isWordStart(start), trie.canStart(p, at: start), let match = trie.match(twoByte: p[start], p[start &+ 1], in: p, at: start) {
                return handlePhrase(match.entry, start: start, end: match.end)
            }
            var i = start &+ 2
            // Four at a time where a second character follows (the accented letters of French or
            // Spanish words stand one at a time), then one by one to the run's end.
            if i < n && ByteClass.isTwoByteLead(p[i]) {
                while i &+ 8 <= n, let script = Self.plainLetters(ByteWord.load(p, at: i)) {
                    if script == .arabic { counts.arabic &+= 4 } else { counts.cyrillic &+= 4 }
                    i &+= 8
                }
            }
            while i < n && ByteClass.isTwoByteLead(p[i]) {
                try passTwoByteCharacter(at: i, counting: &counts)
                i &+= 2
            }
            if softHyphen >= start { return readSoftHyphen(runEnd: i) }
            // A single space and another word of them (Russian and Arabic running text): read on
            // here, as the main loop would, without a trip through it.
            guard i &+ 1 < n, p[i] == 0x20, ByteClass.isTwoByteLead(p[i &+ 1]) else { return i }
            start = i &+ 1
        }
    }

    /// Two-byte characters counted as evidence of the text's language.
    private struct ScriptCounts {
        var cyrillic = 0
        var arabic = 0
    }

    /// A script whose letters a run of two-byte characters is read four at a time in.
    enum PlainScript { case arabic, cyrillic }

    /// The script of the four two-byte characters in `word` (eight bytes of text, little-endian),
    /// where all four are well formed and letters of one script that ``passTwoByteCharacter(at:counting:)``
    /// would only count: Arabic (leads D8-DB, but none of the punctuation below D8 A0) or Cyrillic
    /// (leads D0, D1). Nil otherwise: the characters are then read one by one.
    @inline(__always) static func plainLetters(_ word: UInt64) -> PlainScript? {
        guard word & 0xC000_C000_C000_C000 == 0x8000_8000_8000_8000 else { return nil }
        if word & 0x00FC_00FC_00FC_00FC == 0x00D8_00D8_00D8_00D8 {
            // A lead of D8 (its low two bits clear) needs a second byte from A0 (bit 5 set).
            let letters = (word | word &>> 1 | word &>> 13) & 0x0001_0001_0001_0001
            return letters == 0x0001_0001_0001_0001 ? .arabic : nil
        }
        return word & 0x00FE_00FE_00FE_00FE == 0x00D0_00D0_00D0_00D0 ? .cyrillic : nil
    }

    /// Validates the two-byte character whose lead byte is at `i`, counts its script, and notes
    /// it if it is punctuation.
    @inline(__always) private mutating func passTwoByteCharacter(at i: Int, counting counts: inout ScriptCounts) throws(ExtractionError) {
        guard i &+ 1 < p.count else { throw ExtractionError(path: source, reason: .invalidUTF8(offset: i)) }
        let b = p[i], second = p[i &+ 1]
        guard second &- 0x80 < 0x40 else { throw ExtractionError(path: source, reason: .invalidUTF8(offset: i &+ 1)) }
        if b &- 0xD0 < 2 {
            counts.cyrillic &+= 1
        } else if b &- 0xD8 < 4 {
            counts.arabic &+= 1
            // Arabic letters begin at D8 A1: below it are its punctuation marks.
            if b == 0xD8, second < 0xA0 { notePunctuation(b, second, at: i) }
        } else if b == 0xC2 {
            notePunctuation(b, second, at: i)
        }
    }

    /// The Arabic comma ends a list item, the Arabic semicolon a clause; guillemets « » open and
    /// close a quoted title; a soft hyphen is noted for the end of the run. Out of line: the run
    /// loop only pays for the lead-byte test.
    @inline(never) private mutating func notePunctuation(_ b: UInt8, _ second: UInt8, at i: Int) {
        if b == 0xD8, second == 0x8C { clause.lastComma = i } else if b == 0xD8, second == 0x9B { clauseBreak(at: i) }
        if b == 0xC2, second == 0xAB { clause.inQuotation = true } else if b == 0xC2, second == 0xBB { clause.inQuotation = false }
        if b == 0xC2, second == 0xAD { softHyphen = i }
    }

    /// A run of three-byte characters (CJK text is made of them), read in one loop rather than
    /// one trip through the main loop each: validated, counted, and handed on at a phrase.
    private mutating func handleThreeByteRun(at start: Int) throws(ExtractionError) -> Int {
        let n = p.count
        let base = p.baseAddress.unsafelyUnwrapped
        var i = start
        var ideographs = 0
        defer { languageEvidence.ideographs &+= ideographs }
        repeat {
            if i &+ 16 <= n {
                let plain = plainIdeographs(at: base + i)
                if plain > 0 {
                    ideographs &+= plain
                    i &+= 3 &* plain
                    continue
                }
            }
            guard i &+ 2 < n else { throw ExtractionError(path: source, reason: .invalidUTF8(offset: i)) }
            let b = base[i], second = base[i &+ 1], third = base[i &+ 2]
            if (second ^ 0x80) | (third ^ 0x80) >= 0x40 {
                throw ExtractionError(path: source, reason: .invalidUTF8(offset: second &- 0x80 >= 0x40 ? i &+ 1 : i &+ 2))
            }
            if (b == 0xE0 && second < 0xA0) || (b == 0xED && second >= 0xA0) {
                throw ExtractionError(path: source, reason: .invalidUTF8(offset: i))
            }
            if b &- 0xE4 < 6 { ideographs &+= 1 }
            if trie.canStart(wide: b, second, third, in: p, at: i), let match = trie.match(wide: b, second, third, in: p, at: i) {
                return handlePhrase(match.entry, start: i, end: match.end)
            }
            if b &- 0xE2 < 2 || b == 0xEF { notePunctuation(b, second, third, at: i) }
            i &+= 3
        } while i < n && base[i] &- 0xE0 < 0x10
        return i
    }

    /// How many of the four characters in the twelve bytes at `start` are, from the first on,
    /// well-formed CJK ideographs (lead bytes E4-E9) that begin no phrase: what as many turns of
    /// the run's loop would find, passed at once. The sixteen bytes from `start` must be in the text.
    @inline(__always) private func plainIdeographs(at start: UnsafePointer<UInt8>) -> Int {
        let raw = UnsafeRawPointer(start)
        let low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        let high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        // Bits set where a continuation byte (10xxxxxx) is not one: bytes 1, 2, 4, 5, 7 of `low`,
        // 0, 2, 3 of `high`.
        let lowWrong = (low & 0xC000_C0C0_00C0_C000) ^ 0x8000_8080_0080_8000
        let highWrong = (high & 0x0000_0000_C0C0_00C0) ^ 0x0000_0000_8080_0080
        let byte = { (word: UInt64, index: UInt64) in UInt8(truncatingIfNeeded: word &>> (index &* 8)) }
        let trie = trie
        let plain = { (lead: UInt8, second: UInt8, third: UInt8) in lead &- 0xE4 < 6 && !trie.mayStart(wide: lead, second, third) }
        guard lowWrong & 0x0000_0000_00C0_C000 == 0, plain(byte(low, 0), byte(low, 1), byte(low, 2)) else { return 0 }
        guard lowWrong & 0x0000_C0C0_0000_0000 == 0, plain(byte(low, 3), byte(low, 4), byte(low, 5)) else { return 1 }
        guard lowWrong & 0xC000_0000_0000_0000 == 0, highWrong & 0xC0 == 0, plain(byte(low, 6), byte(low, 7), byte(high, 0)) else { return 2 }
        guard highWrong & 0x0000_0000_C0C0_0000 == 0, plain(byte(high, 1), byte(high, 2), byte(high, 3)) else { return 3 }
        return 4
    }

    /// The soft hyphen (U+00AD) the run of two-byte characters ending at `runEnd` held, as text
    /// copied from a web page keeps it inside a word: the word is read whole where it makes a
    /// phrase ("resolu\u{AD}tion", "Безопас\u{AD}ности"); where the main loop goes on.
    private mutating func readSoftHyphen(runEnd: Int) -> Int {
        let at = softHyphen
        softHyphen = -1
        guard at > 0, let broken = BrokenWordReader(p: p, trie: trie).phrase(brokenAt: at, width: 2) else { return runEnd }
        return max(act(on: broken, hyphenEnd: at + 2), runEnd)
    }

    /// Acts on a phrase made whole across a hyphen ending at `hyphenEnd`, where the word starts;
    /// where the main loop goes on: past the phrase, or at the line break after the hyphen, so that
    /// the next line is begun as every line is.
    private mutating func act(on broken: BrokenWordReader.Phrase, hyphenEnd: Int) -> Int {
        let resume = handlePhrase(broken.entry, start: broken.start, end: broken.end)
        return broken.crossesLine ? hyphenEnd : resume
    }

    /// Full-width commas and semicolons and the ideographic full stop end a clause; quotation
    /// marks “ ” (E2 80 9C/9D) and 「 」 (E3 80 8C/8D) open and close a quoted title.
    /// Out of line: the run loop only pays for the lead-byte test.
    @inline(never) private mutating func notePunctuation(_ b: UInt8, _ second: UInt8, _ third: UInt8, at i: Int) {
        if (b == 0xEF && second == 0xBC && (third == 0x8C || third == 0x9B)) || (b == 0xE3 && second == 0x80 && third == 0x82) {
            clauseBreak(at: i)
        }
        guard second == 0x80 else { return }
        if b == 0xE2, third &- 0x9C < 2 { clause.inQuotation = Self.opensQuotation(third == 0x9C, at: i, in: p) }
        if b == 0xE3, third == 0x8C { clause.inQuotation = true }
        if b == 0xE3, third == 0x8D { clause.inQuotation = false }
    }

    /// Whether the curly quotation mark at `i` opens a quotation. Arabic texts quote ”…“, the
    /// marks the other way round from English “…”, so the place decides: after a space or a
    /// bracket and before a word, a mark opens; after a word and before a space or a punctuation
    /// mark, it closes. Glued on both sides, as Chinese writes it (题为“…”的), the mark decides.
    /// Static, taking the text: a method would be handed a copy of the whole scanner.
    private static func opensQuotation(_ isOpeningMark: Bool, at i: Int, in p: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = i &+ 3
        let afterBoundary = i == 0 || (p[i - 1] < 0x80 && !ByteClass.isASCIIAlphanumeric(p[i - 1]))
        let beforeBoundary = end >= p.count || (p[end] < 0x80 && !ByteClass.isASCIIAlphanumeric(p[end]))
            || (p[end] == 0xD8 && end &+ 1 < p.count && (p[end &+ 1] == 0x8C || p[end &+ 1] == 0x9B))
        if afterBoundary != beforeBoundary { return afterBoundary }
        return isOpeningMark
    }

    private mutating func handlePunctuation(_ b: UInt8, at i: Int) -> Int {
        if trie.canStart(p, at: i), let match = trie.match(in: p, at: i) {
            return handlePhrase(match.entry, start: i, end: match.end)
        }
        switch b {
        case UInt8(ascii: "<"):
            return handleSuperscript(at: i)
        case UInt8(ascii: "("):
            if let end = bracketedMarker(at: i) { return end }
        case UInt8(ascii: "["):
            if let (number, end) = markdownFootnote(at: i) {
                _ = recordMarker(number, start: i, end: end, form: .explicit)
                return end
            }
        case UInt8(ascii: ";"):
            clauseBreak(at: i)
        case UInt8(ascii: "\""):
            clause.inQuotation.toggle()
        case UInt8(ascii: "."):
            if ByteClass.isSpace(look[i + 1]) || i + 1 >= p.count {
                if endsSentence(at: i) { clause.verb = nil }
                clauseBreak(at: i)
            }
        case UInt8(ascii: "-"):
            if BrokenWordReader.mayBreakWord(p, at: i), let broken = BrokenWordReader(p: p, trie: trie).phrase(brokenAt: i) {
                return act(on: broken, hyphenEnd: i + 1)
            }
        case UInt8(ascii: "]"):
            if clause.verb == .onReportOf, layout.mode == .flow { clause.verb = nil }
            clauseBreak(at: i)
        default:
            break
        }
        return i + 1
    }

    /// Whether the full stop at `i` ends a sentence, so that the next one names its own verb
    /// ("… its timely implementation. We also uphold …"): a word of four or more lower-case
    /// letters or a closing bracket before it (not an abbreviation such as "No." or "para."), a
    /// capital after it on the same line.
    @inline(__always) private func endsSentence(at i: Int) -> Bool {
        guard layout.mode == .flow, ByteClass.isUpper(look[look.skipSpace(i + 1, lines: false)]), look[i + 1] == 0x20 else { return false }
        if i >= 1, p[i - 1] == UInt8(ascii: ")") { return true }
        var k = i - 1
        while k >= 0, i - k <= 4, ByteClass.isLower(p[k]) { k -= 1 }
        return i - k > 4
    }

    /// `<sup>N</sup>` in the flow of text: a footnote marker.
    private mutating func handleSuperscript(at i: Int) -> Int {
        guard let afterOpen = look.expect(Glyph.supOpen, at: i) else { return i + 1 }
        guard let (number, digitsEnd) = look.digits(afterOpen, limit: 3),
              let afterClose = look.expect(Glyph.supClose, at: digitsEnd) else { return afterOpen }
        _ = recordMarker(number, start: i, end: afterClose, form: .explicit)
        return afterClose
    }

    /// A footnote marker in brackets glued to the Arabic word or quotation mark before it, as
    /// Arabic texts write their markers ("لحقوق الإنسان(1)", "”…“(2)"): recorded where it fits
    /// the numbering. Returns where the loop goes on, or nil where no such marker stands.
    private mutating func bracketedMarker(at i: Int) -> Int? {
        guard layout.mode == .flow, followsArabicText(i), let (number, digitsEnd) = look.digits(i + 1, limit: 3),
              look[digitsEnd] == UInt8(ascii: ")"), recordMarker(number, start: i, end: digitsEnd + 1, form: .glued)
        else { return nil }
        return digitsEnd + 1
    }

    /// Whether the character before `i` is an Arabic letter or mark (lead bytes D8 to DB), a
    /// quotation mark (Arabic texts quote ”…“) or a closing guillemet.
    @inline(__always) private func followsArabicText(_ i: Int) -> Bool {
        guard i >= 2, p[i - 1] &- 0x80 < 0x40 else { return false }
        let lead = p[i - 2]
        if lead &- 0xD8 < 4 || (lead == 0xC2 && p[i - 1] == 0xBB) { return true }
        return i >= 3 && p[i - 3] == 0xE2 && lead == 0x80 && p[i - 1] &- 0x9C < 2
    }

    /// A Markdown footnote reference `[^N]` at `i` (the form pandoc and most converters write):
    /// its number and where it ends. Read here, not by a reader stage, because offsets in a
    /// Markdown file are offsets into the file itself.
    @inline(__always) func markdownFootnote(at i: Int) -> (number: Int, end: Int)? {
        guard look[i] == UInt8(ascii: "["), look[i + 1] == UInt8(ascii: "^"),
              let (number, digitsEnd) = look.digits(i + 2, limit: 4), look[digitsEnd] == UInt8(ascii: "]") else { return nil }
        return (number, digitsEnd + 1)
    }

    /// Records a footnote marker in the flow of text, if it fits the sequence.
    mutating func recordMarker(_ number: Int, start: Int, end: Int, form: MarkerForm) -> Bool {
        guard layout.mode == .flow,
              ledger.acceptMarker(number, start: start, relation: clause.verb ?? .cites, form: form)
        else { return false }
        layout.lastMarkerRange = start..<end
        return true
    }

    /// A clause ended: lists and pending numbers close, an organ named before no longer applies.
    mutating func clauseBreak(at i: Int) {
        if !pending.isEmpty { flushPending(isDecision: false) }
        clause.breakClause(at: i)
    }

    /// A new paragraph: the citing verb of the last one no longer applies.
    mutating func paragraphBreak(at i: Int) {
        if !pending.isEmpty { flushPending(isDecision: false) }
        clause.breakParagraph(at: i)
    }

    /// The organ named just before `start` in the same clause, within `window` bytes and
    /// with no comma between ("Economic and Social Council resolution 2004/27").
    @inline(__always) func organ(before start: Int, window: Int) -> Organ? {
        guard let (organ, end) = clause.lastOrgan, end <= start, start - end <= window, end >= clause.lastBreak, end >= clause.lastComma
        else { return nil }
        return organ
    }

    /// Adds a reference found at `start..<end`; in a footnote body it waits for its markers.
    mutating func emit(_ target: String, kind: ReferenceKind, start: Int, end: Int, citedDate: CalendarDate? = nil, aliases: [String]? = nil) {
        guard target.utf8.count <= Self.maxIDLength else {
            noteOverlongID(at: start)
            return
        }
        guard emitted < Self.maxReferences else {
            if emitted == Self.maxReferences {
                emitted += 1
                diagnostics.append(Diagnostic(
                    problem: .tooManyReferences, offset: start,
                    message: "more than \(Self.maxReferences) references; the rest of the text is not read for references"))
            }
            return
        }
        emitted += 1
        if resolutionsCitedByNumber != nil { noteNumberingPeriod(of: target, kind: kind) }
        let reference = Reference(
            target: target, kind: kind, relation: clause.verb ?? .cites, text: look.string(start..<end),
            start: start, end: end, citedDate: citedDate?.iso, aliases: aliases)
        switch layout.mode {
        case .flow: flowReferences.append(consume reference)
        case .body(let number): ledger.add(consume reference, toBody: number)
        }
    }

    /// Keeps a resolution whose id ends in its year or session under its symbol without them.
    mutating func noteNumberingPeriod(of target: String, kind: ReferenceKind) {
        guard kind.isResolutionOrDecision, target.utf8.last == UInt8(ascii: ")"),
              let bracket = target.utf8.firstIndex(of: UInt8(ascii: "(")) else { return }
        resolutionsCitedByNumber?[String(target[..<bracket])] = (target, kind)
    }

    /// The most references read from one document. The largest compilations cite a few
    /// thousand things; the cap bounds memory (about 100 bytes a reference) whatever the input.
    static let maxReferences = 100_000

    /// The longest canonical id believed: real UN symbols are well under 64 characters, and
    /// anything longer is a run of digits or letters, not a citation.
    static let maxIDLength = 64

    /// Reports a symbol-shaped run too long to be an id (once per document).
    mutating func noteOverlongID(at start: Int) {
        guard !diagnostics.contains(where: { $0.problem == .idTooLong }) else { return }
        diagnostics.append(Diagnostic(
            problem: .idTooLong, offset: start,
            message: "a symbol-like text longer than \(Self.maxIDLength) characters is not taken as an id"))
    }

    /// States the document's own symbol, ids too long to be one left out.
    mutating func setOwnSymbol(_ id: String, _ evidence: SymbolEvidence) {
        guard id.utf8.count <= Self.maxIDLength else { return }
        header.state(symbol: id, evidence)
    }

    private mutating func finish() -> ExtractedDocument {
        if !pending.isEmpty { flushPending(isDecision: false) }
        header.settleCouncilYear()
        let footnotes = ledger.resolve()
        // The flow's array is taken, not copied, and sorted only when footnotes joined it:
        // a text of millions of references must not hold two or three copies of them.
        var references: [Reference] = []
        swap(&references, &flowReferences)
        // Most texts have no footnote references or diagnostics: nothing to join then.
        if !footnotes.references.isEmpty { references.append(contentsOf: footnotes.references) }
        if let own = header.symbol {
            references.removeAll { $0.target == own.id }
        }
        if !footnotes.references.isEmpty {
            references.sort { ($0.start, $0.anchor ?? -1) < ($1.start, $1.anchor ?? -1) }
        }
        return ExtractedDocument(
            source: source, symbol: header.symbol?.id, language: languageEvidence.language, date: header.adoption?.date.iso,
            title: title, references: references, diagnostics: footnotes.diagnostics.isEmpty ? diagnostics : diagnostics + footnotes.diagnostics,
            byteCount: p.count)
    }

    private var title: String? {
        if let stated = header.statedTitle { return stated }
        var text = ""
        for piece in header.titlePieces {
            var start = piece.lowerBound, end = piece.upperBound
            while start < end, ByteClass.isSpace(p[start]) { start += 1 }
            while end > start, ByteClass.isSpace(p[end - 1]) { end -= 1 }
            guard start < end else { continue }
            if let last = text.utf8.last, !(last >= 0x80 && p[start] >= 0x80) { text += " " }
            text += look.string(start..<end)
        }
        return text.isEmpty ? nil : text
    }
}
