import Foundation
@testable import ResGraphExtractor
import ResGraphTestSupport
import Testing

/// The phrase trie's ways in: byte by byte from the root, by looking a whole word up in the
/// table of first words, and by looking up a word whose bytes the main loop loaded already
/// (sixteen of them, or eight for a word shorter than that).
/// They must find the same phrase everywhere.
struct PhraseTrieTests {
    let trie = PhraseTrie.standard

    /// The phrase found at the word starting at `start`, each way (the loaded word's way where
    /// sixteen bytes follow the start and the word is shorter than that, else the whole word's).
    private func matches(_ p: UnsafeBufferPointer<UInt8>, at start: Int) -> (byByte: String, byWord: String) {
        var end = start
        while end < p.count, ByteClass.isASCIILetter(p[end]) { end += 1 }
        let describe = { (match: (entry: PhraseTrie.Entry, end: Int)?) -> String in
            guard let match else { return "none" }
            return "\(match.entry.phrase) \(match.entry.language) \(match.end - start)"
        }
        let byWord = describe(trie.match(in: p, at: start, wordEnd: end))
        if start + 16 <= p.count, end - start < 16 {
            let base = UnsafeRawPointer(p.baseAddress! + start)
            let byLoadedWord = describe(trie.match(in: p, at: start, low: base.loadUnaligned(as: UInt64.self),
                                                   high: base.loadUnaligned(fromByteOffset: 8, as: UInt64.self), length: end - start))
            #expect(byLoadedWord == byWord, "\(String(decoding: UnsafeBufferPointer(rebasing: p[start..<end]), as: UTF8.self))")
            if end - start < 8 {
                let byShortWord = describe(trie.match(in: p, at: start, shortWord: base.loadUnaligned(as: UInt64.self), length: end - start))
                #expect(byShortWord == byWord, "\(String(decoding: UnsafeBufferPointer(rebasing: p[start..<end]), as: UTF8.self))")
            }
        }
        return (describe(trie.match(in: p, at: start)), byWord)
    }

    /// The paths of the seeds and of the corpus fixtures' texts.
    private func realTexts() throws -> [String] {
        var texts = try FileManager.default.contentsOfDirectory(atPath: Seeds.folder.path).map(Seeds.path)
        let corpus = Seeds.fixture("corpus")
        let walk = FileManager.default.enumerator(atPath: corpus)
        while let name = walk?.nextObject() as? String {
            if name.hasSuffix(".txt") || name.hasSuffix(".md") { texts.append("\(corpus)/\(name)") }
        }
        return texts
    }

    /// The phrase the word lookup finds at the start of `text`.
    private func phrase(_ text: String) -> String {
        Array(text.utf8).withUnsafeBufferPointer { p in
            let (byByte, byWord) = matches(p, at: 0)
            #expect(byByte == byWord, "\(text)")
            return byWord
        }
    }

    @Test func aWordLookupFindsTheSamePhraseAsTheByteWalkOnEveryWordOfTheRealTexts() throws {
        let texts = try realTexts()
        var words = 0, phrases = 0
        for path in texts {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            bytes.withUnsafeBufferPointer { p in
                for start in p.indices where ByteClass.isASCIILetter(p[start]) && (start == 0 || !ByteClass.isASCIIAlphanumeric(p[start - 1])) {
                    let (byByte, byWord) = matches(p, at: start)
                    #expect(byByte == byWord, "\(path) at \(start)")
                    words += 1
                    if byWord != "none" { phrases += 1 }
                }
            }
        }
        #expect(words > 15_000)
        #expect(phrases > 3_000)
    }

    /// The word loop's run over plain words passes only words that begin no phrase (or a language
    /// hint alone, counted for its language), each followed by one space or by a comma and a space
    /// (the last comma passed noted) and, but for the last, a letter; it stops at a word's start
    /// or after a space; and it passes most words of the real texts, so that the loop is not left
    /// to do them one by one.
    @Test func plainWordsArePassedOnlyWhereNoPhraseBegins() throws {
        let texts = try realTexts()
        var starts = 0, passedFirst = 0, hints = 0, commas = 0
        for path in texts {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            bytes.withUnsafeBufferPointer { p in
                for start in p.indices where ByteClass.isASCIILetter(p[start]) && (start == 0 || !ByteClass.isASCIIAlphanumeric(p[start - 1])) {
                    starts += 1
                    var counted = PhraseCounts(), expected = PhraseCounts()
                    var lastComma = -1, expectedComma = -1
                    let stop = trie.passPlainWords(in: p, from: start, hits: &counted, lastComma: &lastComma)
                    var j = start
                    while j < stop {
                        var end = j
                        while end < p.count, ByteClass.isASCIILetter(p[end]) { end += 1 }
                        let word = String(decoding: UnsafeBufferPointer(rebasing: p[j..<end]), as: UTF8.self)
                        if let match = trie.match(in: p, at: j) {
                            guard case .languageHint = match.entry.phrase, match.end == end else {
                                Issue.record("\(path) at \(j): \(word) passed, but it begins \(match.entry.phrase)")
                                return
                            }
                            expected.addOne(at: match.entry.language.index)
                            hints += 1
                        }
                        if end + 1 < p.count, p[end] == UInt8(ascii: ","), p[end + 1] == 0x20 {
                            expectedComma = end
                            commas += 1
                            j = end + 2
                        } else {
                            #expect(end < p.count && p[end] == 0x20, "\(path) at \(j): \(word) passed without a space after it")
                            j = end + 1
                        }
                        #expect(j == stop || ByteClass.isASCIILetter(p[j]), "\(path) at \(j): passed on to no letter")
                    }
                    #expect(j == stop, "\(path) from \(start): stopped inside a word, at \(stop)")
                    for index in 0..<6 { #expect(counted[index] == expected[index], "\(path) from \(start): hints of language \(index)") }
                    #expect(lastComma == expectedComma, "\(path) from \(start): the last comma passed")
                    if stop > start { passedFirst += 1 }
                }
            }
        }
        #expect(starts > 15_000)
        #expect(passedFirst * 4 > starts * 3, "\(passedFirst) of \(starts) words passed")
        #expect(hints > 1_000)
        #expect(commas > 1_000)
    }

    /// A word that begins with a language hint of eight letters and goes on is no hint, wherever
    /// its hash puts it: of the 676 words "together" and two letters more, some share the hint's
    /// slot of the table of hints, and none is counted. The hint alone is, and passed. A phrase's
    /// first word longer than sixteen letters stops the run as a shorter one does.
    @Test func aLongerWordThatBeginsWithAnEightLetterHintIsNoHint() {
        let words = LanguageTable.all[0].words
        let trie = PhraseTrie(tables: [LanguageTable(language: .english, phrases: [("together", .languageHint), ("recalling", .verb(.recalls)),
                                                                                      ("intergovernmental bodies", .verb(.notes))],
                                                     months: [], ordinals: [:], words: words)])
        let padding = String(repeating: "so ", count: 20)
        func passed(_ text: String) -> (stop: Int, hints: Int) {
            Array(text.utf8).withUnsafeBufferPointer { p in
                var hits = PhraseCounts()
                var lastComma = -1
                let stop = trie.passPlainWords(in: p, from: 0, hits: &hits, lastComma: &lastComma)
                return (stop, (0..<6).reduce(0) { $0 + hits[$1] })
            }
        }
        let letters = (UInt8(ascii: "a")...UInt8(ascii: "z")).map { String(UnicodeScalar($0)) }
        var passedWords = 0
        for first in letters {
            for second in letters {
                let result = passed("together\(first)\(second) is \(padding)")
                #expect(result.hints == 0, "together\(first)\(second)")
                if result.stop > 11 { passedWords += 1 }
            }
        }
        #expect(passedWords > 600)
        let hint = passed("together is \(padding)")
        #expect(hint.hints == 1)
        #expect(hint.stop > 9)
        #expect(passed("so recalling \(padding)").stop == 3)
        #expect(passed("so intergovernmental bodies \(padding)").stop == 3)
    }

    /// The word loop passes ", " between two words as it passes a space, so no phrase may begin
    /// with a comma: a table holding one stops the trie's building, naming the phrase.
    @Test func aPhraseThatBeginsWithACommaIsRefused() async {
        await #expect(processExitsWith: .failure) {
            let words = LanguageTable.all[0].words
            _ = PhraseTrie(tables: [LanguageTable(language: .english, phrases: [(", respectively", .languageHint)], months: [], ordinals: [:], words: words)])
        }
        await #expect(processExitsWith: .success) {
            let words = LanguageTable.all[0].words
            _ = PhraseTrie(tables: [LanguageTable(language: .english, phrases: [("respectively,", .languageHint)], months: [], ordinals: [:], words: words)])
        }
    }

    /// The run over plain words reads nothing past the text's end, whatever its length: each text
    /// ends where the memory readable ends, so that a byte read past it stops the tests.
    @Test func plainWordsAreReadWithinTheText() throws {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let region = try #require(mmap(nil, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0))
        #expect(region != MAP_FAILED)
        defer { munmap(region, 2 * page) }
        #expect(mprotect(region + page, page, PROT_NONE) == 0)
        // Among the texts, "qxz wvkj zq jjvx qqz vz qxzjvkqx zq jjv": a word of eight letters at the
        // end of the first window, loaded with the sixteen bytes from its start, 39 in all; and
        // commas, whose space after them is read too.
        let words = Array("qxz wvkj zq jjvx qqz vz qxzjvkqx zq jjvx kxqj zzvq zqxjvvkqzxjqvzk jx qvvz, qx, zzvkq jvx, ".utf8)
        for length in 1...120 {
            let start = (region + page - length).assumingMemoryBound(to: UInt8.self)
            for k in 0..<length { start[k] = words[k % words.count] }
            let p = UnsafeBufferPointer(start: UnsafePointer(start), count: length)
            for wordStart in p.indices where ByteClass.isASCIILetter(p[wordStart]) && (wordStart == 0 || p[wordStart - 1] == 0x20) {
                var hits = PhraseCounts()
                var lastComma = -1
                let stop = trie.passPlainWords(in: p, from: wordStart, hits: &hits, lastComma: &lastComma)
                #expect(stop >= wordStart && stop <= length, "\(length) bytes from \(wordStart)")
            }
        }
    }

    /// The filters on a three-byte character and the one after it turn a start away only where
    /// the trie finds no phrase: at every ideograph of the real texts, and at a phrase's first
    /// character followed by each other character of every table's phrases.
    @Test func theFiltersOfIdeographicStartsNeverTurnAPhraseAway() throws {
        var texts = try FileManager.default.contentsOfDirectory(atPath: Seeds.folder.path).map { try String(contentsOfFile: Seeds.path($0), encoding: .utf8) }
        let characters = Set(LanguageTable.all.flatMap(\.phrases).flatMap { $0.0.unicodeScalars.filter { $0.utf8.count == 3 } })
        let firsts = Set(LanguageTable.all.flatMap(\.phrases).compactMap { $0.0.unicodeScalars.first }.filter { $0.utf8.count == 3 })
        for first in firsts {
            texts.append(characters.map { "\(first)\($0)" }.joined(separator: "。"))
        }
        texts.append(LanguageTable.all.flatMap(\.phrases).map(\.0).joined(separator: "，"))
        var starts = 0, phrases = 0
        for text in texts {
            Array(text.utf8).withUnsafeBufferPointer { p in
                for start in p.indices where p[start] &- 0xE0 < 0x10 {
                    let match = trie.match(in: p, at: start)
                    if match != nil { phrases += 1 }
                    #expect(trie.canStart(p, at: start) || match == nil, "\(start): \(match.map { "\($0.entry.phrase)" } ?? "")")
                    // The walk begun after the first character finds the same phrase.
                    if start + 2 < p.count {
                        let byCharacter = trie.match(wide: p[start], p[start + 1], p[start + 2], in: p, at: start)
                        #expect(byCharacter.map { "\($0.entry.phrase) \($0.end)" } == match.map { "\($0.entry.phrase) \($0.end)" }, "\(start)")
                    }
                    starts += 1
                }
            }
        }
        #expect(starts > 10_000)
        #expect(phrases > 150)
    }

    /// The walk begun after a two-byte first character finds the phrase the walk from its first
    /// byte finds: at every two-byte character of the seeds, of the corpus fixtures and of the
    /// tables' phrases.
    @Test func aWalkFromATwoByteCharacterFindsTheSamePhrase() throws {
        var texts = try FileManager.default.contentsOfDirectory(atPath: Seeds.folder.path).map { try String(contentsOfFile: Seeds.path($0), encoding: .utf8) }
        let corpus = Seeds.fixture("corpus")
        let walk = FileManager.default.enumerator(atPath: corpus)
        while let name = walk?.nextObject() as? String {
            if name.hasSuffix(".txt") { texts.append(try String(contentsOfFile: "\(corpus)/\(name)", encoding: .utf8)) }
        }
        texts.append(LanguageTable.all.flatMap(\.phrases).map(\.0).joined(separator: " "))
        var starts = 0, phrases = 0
        for text in texts {
            Array(text.utf8).withUnsafeBufferPointer { p in
                for start in p.indices where ByteClass.isTwoByteLead(p[start]) && start + 1 < p.count {
                    let byByte = trie.match(in: p, at: start).map { "\($0.entry.phrase) \($0.end)" }
                    let byCharacter = trie.match(twoByte: p[start], p[start + 1], in: p, at: start).map { "\($0.entry.phrase) \($0.end)" }
                    #expect(byCharacter == byByte, "\(start)")
                    starts += 1
                    if byByte != nil { phrases += 1 }
                }
            }
        }
        #expect(starts > 2_500)
        #expect(phrases > 300)
    }

    /// A phrase of one character, or one going on with a space or a digit, is let through by its
    /// first character alone; a phrase of two characters by both.
    @Test func anIdeographicPhraseIsLetThroughByAsMuchAsItSpells() {
        let table = LanguageTable(
            language: .chinese,
            phrases: [("号", .closingResolutionWord), ("第 ", .languageHint), ("决议", .resolutionWord)],
            months: [], ordinals: [:], words: CitationWords())
        let trie = PhraseTrie(tables: [table])
        for (text, mayStart) in [("号，", true), ("号", true), ("第 1", true), ("第一", true), ("决议", true), ("决定", false), ("决", false), ("议", false)] {
            Array(text.utf8).withUnsafeBufferPointer { p in
                #expect(trie.canStart(p, at: 0) == mayStart, "\(text)")
                if !mayStart { #expect(trie.match(in: p, at: 0) == nil, "\(text)") }
            }
        }
    }

    @Test func aPhraseWhoseFirstWordIsLongerThanAPackedWordIsStillFound() {
        let table = LanguageTable(
            language: .english,
            phrases: [("generalversammlungsbeschluss", .resolutionWord), ("generalversammlung", .organ(.generalAssembly)), ("the", .languageHint)],
            months: [], ordinals: [:], words: CitationWords())
        let trie = PhraseTrie(tables: [table])
        for text in ["Generalversammlungsbeschluss 12", "generalversammlung,", "generalversammlungen", "the end"] {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { p in
                var end = 0
                while end < p.count, ByteClass.isASCIILetter(p[end]) { end += 1 }
                let byWord = trie.match(in: p, at: 0, wordEnd: end).map { "\($0.entry.phrase) \($0.end)" } ?? "none"
                let byByte = trie.match(in: p, at: 0).map { "\($0.entry.phrase) \($0.end)" } ?? "none"
                #expect(byWord == byByte, "\(text)")
            }
        }
        let bytes = Array("Generalversammlungsbeschluss 12".utf8)
        #expect(bytes.withUnsafeBufferPointer { trie.match(in: $0, at: 0, wordEnd: 28)?.entry.phrase } == .resolutionWord)
    }

    /// A language hint that a phrase goes on from is searched for as any first word: the phrase
    /// is found where the text goes on with it, the hint where it does not.
    @Test func aHintAPhraseGoesOnFromIsNotAnsweredAsAHintAlone() {
        let table = LanguageTable(
            language: .english,
            phrases: [("the", .languageHint), ("and", .languageHint), ("the council", .organ(.securityCouncil))],
            months: [], ordinals: [:], words: CitationWords())
        let trie = PhraseTrie(tables: [table])
        for (text, expected) in [("the council decides", "organ(ResGraphExtractor.Organ.securityCouncil) 11"),
                                 ("the members of the body", "languageHint 3"), ("and the council decides", "languageHint 3")] {
            Array(text.utf8).withUnsafeBufferPointer { p in
                var end = 0
                while ByteClass.isASCIILetter(p[end]) { end += 1 }
                let low = UnsafeRawPointer(p.baseAddress!).loadUnaligned(as: UInt64.self)
                let byShortWord = trie.match(in: p, at: 0, shortWord: low, length: end).map { "\($0.entry.phrase) \($0.end)" } ?? "none"
                #expect(byShortWord == expected, "\(text)")
            }
        }
    }

    @Test func aWordIsLookedUpWhole() {
        #expect(phrase("Recalling its resolution") == "verb(ResGraphExtractor.Relation.recalls) english 9")
        #expect(phrase("the") == "languageHint english 3")
        #expect(phrase("the.") == "languageHint english 3")
        #expect(phrase("their") == "none")
        // A language hint no phrase goes on from, as the main loop reads it (sixteen bytes loaded):
        // counted where its word ends, not where a letter goes on after it.
        #expect(phrase("the General Assembly") == "languageHint english 3")
        #expect(phrase("les Nations Unies ont") == "languageHint french 3")
        #expect(phrase("the\u{E9}t\u{E9} des Nations Unies") == "none")
        #expect(phrase("and1 of the Assembly") == "none")
        #expect(phrase("taking  note of") == "verb(ResGraphExtractor.Relation.notes) english 12")
        #expect(phrase("taking notes") == "none")
        #expect(phrase("Sub-Commission on") == "organ(ResGraphExtractor.Organ.other) english 14")
        #expect(phrase("ibid., p. 4") == "ibid english 5")
        #expect(phrase("résolution 58/154") == "resolutionWord french 11")
        #expect(phrase("y") == "languageHint spanish 1")
        #expect(phrase("resolutions1") == "none")
        #expect(phrase("internationalization") == "none")
        #expect(phrase("Officialrecordsofthegeneralassembly") == "none")
    }

    @Test(arguments: [
        ("ECOSOC resolution", "economicAndSocialCouncil", 6), ("HRC resolution", "humanRightsCouncil", 3),
        ("UNSC resolution", "securityCouncil", 4), ("UNGA resolution", "generalAssembly", 4),
        ("G.A. Res.", "generalAssembly", 4), ("S.C. Res.", "securityCouncil", 4),
    ])
    func organsAreLookedUpByTheirAbbreviations(text: String, organ: String, length: Int) {
        #expect(phrase(text) == "organ(ResGraphExtractor.Organ.\(organ)) english \(length)")
    }

    /// Words of each length a loaded word can have, 1 to 15 letters, with what follows them
    /// inside the sixteen bytes loaded: the lookup must see only the word's own letters.
    @Test func aLoadedWordIsLookedUpByItsOwnLettersOnly() {
        for text in ["y los demás...... ", "taking note of it ", "the, and the rest", "resolutionsxx yyy", "resolutions 12345",
                     "Recalling further", "Reaffirmingthe   ", "internationalxyz ", "internationally, a", "Officialrecords    ",
                     "recalls 58/154 and"] {
            #expect(phrase(text) == Array(text.utf8).withUnsafeBufferPointer { p in
                var end = 0
                while end < p.count, ByteClass.isASCIILetter(p[end]) { end += 1 }
                return trie.match(in: p, at: 0).map { "\($0.entry.phrase) \($0.entry.language) \($0.end)" } ?? "none"
            }, "\(text)")
        }
        #expect(phrase("resolutions 12345") == "resolutionWord english 11")
        #expect(phrase("resolutionsxx yyy") == "none")
        #expect(phrase("taking note of it ") == "verb(ResGraphExtractor.Relation.notes) english 11")
        #expect(phrase("recalls 58/154 and") == "verb(ResGraphExtractor.Relation.recalls) english 7")
    }
}
