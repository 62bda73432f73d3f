@testable import ResGraphExtractor
import Testing

/// Words of two-byte characters (Cyrillic, Arabic, Greek, accented Latin) are read a run at a
/// time, a phrase looked for only where the trie's filter of first characters lets it through:
/// the same bytes must be refused at the same offsets, and the same phrases found.
struct TwoByteRunTests {
    /// A byte anywhere in Cyrillic or Arabic words replaced by one that breaks them (or by
    /// another lead byte) is refused exactly where a UTF-8 decoder first fails, or not at all.
    @Test(arguments: ["Ссылаясь на свою резолюцию", "وإذ تشير إلى قرارها"],
          [0x41, 0x80, 0xBF, 0xC2, 0xD0, 0xD8, 0xE5, 0xF0, 0xFF] as [UInt8])
    func aBrokenCharacterInARunIsRefusedWhereItBreaks(words: String, replacement: UInt8) {
        let prefix = Array("Recalling ".utf8)
        let base = prefix + Array(words.utf8) + Array(" 48/113,\n".utf8)
        StrictUTF8.expectEveryReplacementRefusedWhereItBreaks(base, at: prefix.count..<(prefix.count + words.utf8.count), by: replacement)
        // A text cut inside its last character is refused at that character's lead byte.
        let cut = Array(("Ссылаясь на " + words).utf8.dropLast())
        let result = Result { () throws(ExtractionError) in
            try cut.withUnsafeBufferPointer { buffer throws(ExtractionError) in try Extractor().extract(bytes: buffer, source: "x") }
        }
        guard case .failure(let error) = result else {
            Issue.record("a cut character was accepted")
            return
        }
        #expect(error.reason == .invalidUTF8(offset: cut.count - 1))
    }

    /// Every phrase of every table that begins with a two-byte character passes the filter where
    /// it stands, whatever follows it.
    @Test func everyPhraseOfTwoByteCharactersPassesTheFilter() {
        let trie = PhraseTrie.standard
        var tested = 0
        for table in LanguageTable.all {
            for (text, _) in table.phrases where ByteClass.isTwoByteLead(text.utf8.first ?? 0) {
                for after in ["", " ", ",", "х", "ال", "abc"] {
                    Array((text + after).utf8).withUnsafeBufferPointer { p in
                        #expect(trie.canStart(p, at: 0), "\(text)\(after)")
                    }
                }
                tested += 1
            }
        }
        #expect(tested > 150)
    }

    /// The filter turns a word away only where the trie finds no phrase: checked at every word
    /// start of a text made of the tables' own words, cut and joined in every way.
    @Test func theFilterTurnsAwayOnlyWordsThatBeginNoPhrase() {
        let trie = PhraseTrie.standard
        var words: Set<String> = []
        for table in LanguageTable.all {
            for (text, _) in table.phrases { words.formUnion(text.split(separator: " ").map(String.init)) }
            words.formUnion(table.months)
        }
        let twoByteWords = words.filter { ByteClass.isTwoByteLead($0.utf8.first ?? 0) }.sorted()
        var text: [UInt8] = []
        for word in twoByteWords {
            let characters = Array(word)
            // Each word whole, then each of its beginnings, each followed by a space or a letter.
            for length in 1...characters.count {
                text += Array(String(characters[..<length]).utf8) + Array(" ".utf8)
                text += Array(String(characters[..<length]).utf8) + Array("ж ".utf8)
            }
            text += Array(word.utf8) + Array(" ".utf8) + Array(word.utf8) + Array("\n".utf8)
        }
        var starts = 0, turnedAway = 0
        text.withUnsafeBufferPointer { p in
            for start in p.indices where ByteClass.isTwoByteLead(p[start]) && (start == 0 || p[start - 1] < 0x80) {
                starts += 1
                guard !trie.canStart(p, at: start) else { continue }
                turnedAway += 1
                #expect(trie.match(in: p, at: start) == nil, "\(String(decoding: p[start..<min(start + 24, p.count)], as: UTF8.self))")
            }
        }
        #expect(starts > 2_000)
        #expect(turnedAway > starts / 4)
    }

    /// A phrase is found after two-byte words however long the run before it, and none inside one.
    @Test func aPhraseIsFoundOnlyAtTheStartOfARun() throws {
        for length in 0..<6 {
            let lead = String(repeating: "ж", count: length)
            let found = try Extractor().extract(text: "\(lead) ссылаясь на свою резолюцию 48/113,").references
            #expect(found.map(\.relation) == [.recalls], "\(length)")
            let inside = try Extractor().extract(text: "\(lead)ссылаясь на свою резолюцию 48/113,").references
            #expect(inside.map(\.relation) == (length == 0 ? [.recalls] : [.cites]), "\(length)")
        }
    }
}

/// Runs of Arabic or Cyrillic letters are read four characters at a time, and only letters that
/// the character-by-character reading would merely count are passed so.
struct PlainLettersTests {
    private func script(_ text: String) -> DocumentScanner.PlainScript? {
        let bytes = Array(text.utf8)
        precondition(bytes.count == 8)
        return DocumentScanner.plainLetters(bytes.withUnsafeBufferPointer { ByteWord.load($0, at: 0) })
    }

    @Test func fourLettersOfOneScriptArePassedTogether() {
        #expect(script("قرار") == .arabic)
        #expect(script("اتخذ") == .arabic)
        #expect(script("резо") == .cyrillic)
        #expect(script("СОВЕ") == .cyrillic)
    }

    /// The Arabic comma and semicolon (D8 8C, D8 9B), which end list items and clauses, a letter of
    /// another script, a broken character and ASCII are left to the reading one by one.
    @Test func anythingButPlainLettersIsLeftToTheCharacterReading() {
        for position in 0..<4 {
            for mark in ["،", "؛", "ж", "é", "«"] {
                var letters = Array("قرار")
                letters[position] = Character(mark)
                #expect(script(String(letters)) == nil, "\(mark) at \(position)")
            }
        }
        #expect(script("резqq") == nil)
        #expect(script("قرabcd") == nil)
        let broken: [UInt8] = [0xD9, 0x82, 0xD8, 0x41, 0xD8, 0xA7, 0xD8, 0xB1]
        #expect(DocumentScanner.plainLetters(broken.withUnsafeBufferPointer { ByteWord.load($0, at: 0) }) == nil)
    }
}

/// Arabic-Indic digits are looked for in every text before it is read.
struct ArabicIndicDigitSearchTests {
    private func occur(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { ArabicIndicDigits.occur(in: $0) }
    }

    /// Each of the twenty digits is found at every place in Arabic text, near its end too.
    @Test func aDigitIsFoundWhereverItStands() {
        let words = Array("وإذ تشير إلى قرارها المؤرخ في كانون الأول".utf8)
        let digits = (0..<10).map { [UInt8(0xD9), 0xA0 + UInt8($0)] } + (0..<10).map { [UInt8(0xDB), 0xB0 + UInt8($0)] }
        for digit in digits {
            for position in stride(from: 0, through: words.count, by: 1) where position == words.count || words[position] < 0x80 || words[position] >= 0xC0 {
                #expect(occur(Array(words[..<position]) + digit + Array(words[position...])), "\(digit) at \(position)")
            }
        }
    }

    @Test func arabicLettersAreNotDigits() {
        // Letters with the digits' lead bytes (ل م ن ه و ي are D9 84-8A; ی ۀ are DB 8C, DB 80), a
        // lead byte at the very end, and text with no Arabic at all.
        #expect(!occur(Array("وإذ تشير إلى قرارها المؤرخ في كانون الأول، لمنهوي ی ۀ".utf8)))
        #expect(!occur(Array("قرار".utf8) + [0xD9]))
        // Second bytes just past either run of digits, and each lead with the other's digits.
        for pair: [UInt8] in [[0xD9, 0x9F], [0xD9, 0xAA], [0xDB, 0xAF], [0xDB, 0xBA], [0xD9, 0xB0], [0xD9, 0xB9], [0xDB, 0xA0], [0xDB, 0xA9]] {
            let words = Array("وإذ تشير إلى قرارها المؤرخ في كانون الأول".utf8)
            for position in [0, 2, 5, 9, words.count] {
                #expect(!occur(Array(words[..<position]) + pair + Array(words[position...])), "\(pair) at \(position)")
            }
        }
        #expect(!occur(Array("Recalling its resolution 48/113".utf8)))
        #expect(!occur([]))
    }
}
