@testable import ResGraphExtractor
import Testing

/// Words broken at a hyphen, as text copied from a justified page (pdftotext, OCR, a web page
/// made from a PDF) keeps them: the resolution word, the organ and the citing verb are read
/// whole, so that "resolu-" / "tion 242 (1967)" cites as "resolution 242 (1967)" does.
struct BrokenWordTests {
    func citations(_ text: String) throws -> [String] {
        try Extractor().extract(text: text).references.map { "\($0.relation.rawValue): \($0.target)" }
    }

    @Test(arguments: [
        // The resolution word at a line's end, in four languages: without it a Council number
        // that no text cited before is no citation.
        ("The Security Council,\n\nRecalling its resolu-\ntion 242 (1967),\n", ["recalls: S/RES/242(1967)"]),
        ("The Security Council,\n\nDemands compliance with the terms of reso-\nlutions 435 (1978) and 632 (1989),\n",
         ["cites: S/RES/435(1978)", "cites: S/RES/632(1989)"]),
        ("Le Conseil de sécurité,\n\nRappelant sa résolu-\ntion 242 (1967),\n", ["recalls: S/RES/242(1967)"]),
        ("El Consejo de Seguridad,\n\nRecordando su resolu-\nción 242 (1967),\n", ["recalls: S/RES/242(1967)"]),
        ("Совет Безопасности,\n\nссылаясь на свою резолю-\nцию 242 (1967),\n", ["recalls: S/RES/242(1967)"]),
        // The next line indented, and Windows line ends.
        ("The Security Council,\r\n\r\nRecalling its resolu-\r\n    tion 242 (1967),\r\n", ["recalls: S/RES/242(1967)"]),
        // The organ broken, at a line's end or inside the line: the Human Rights Council's
        // resolution, not a number of nobody's.
        ("The General Assembly,\n\nRecalling Human Rights Coun-\ncil resolution 5/1 of 18 June 2007,\n", ["recalls: A/HRC/RES/5/1"]),
        ("The General Assembly,\n\nRecalling Hu-\nman Rights Council resolution 5/1,\n", ["recalls: A/HRC/RES/5/1"]),
        ("The General Assembly,\n\nRecalling Human Rights Coun-cil resolution 16/21,\n", ["recalls: A/HRC/RES/16/21"]),
        // A soft hyphen (U+00AD) that text copied from a web page kept, inside a word or at a line's end.
        ("The Security Council,\n\nRecalling its resolu\u{AD}tion 242 (1967),\n", ["recalls: S/RES/242(1967)"]),
        ("Совет Безопасности,\n\nссылаясь на свою резолю\u{AD}\nцию 242 (1967),\n", ["recalls: S/RES/242(1967)"]),
        ("The General Assembly,\n\nRecalling Human Rights Coun\u{AD}cil resolution 16/21,\n", ["recalls: A/HRC/RES/16/21"]),
        // The citing verb broken.
        ("The General Assembly,\n\nReaf-\nfirming its resolution 1514 (XV),\n", ["reaffirms: A/RES/1514(XV)"]),
    ] as [(String, [String])])
    func aBrokenWordIsReadWhole(text: String, expected: [String]) throws {
        #expect(try citations(text) == expected)
    }

    /// A word broken at a line's end is acted on where it starts, and the line after it is still
    /// begun as a line: a text wrapped into lines shorter than a paragraph (here 206 and 138
    /// bytes, over 300 together) is not taken for one that keeps each paragraph on one line, so
    /// the lower-case Russian line after a finished clause goes on with the verb before it. Read
    /// past the line break, the two lines would be measured as one and the verb lost ("cites").
    @Test func theLineAfterABrokenWordIsBegunAsALine() throws {
        let text = "Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 1722 (XVI) о всеобщем и полном разоружении и на соответствующие резолюции Совета Безопас-\nности 242 (1967) и 338 (1973), принятые единогласно после долгих обсуждений в Совете,\nисходя из убеждения, что цель признана в резолюции 1767 (XVII),\n"
        #expect(try citations(text) == [
            "recalls: A/RES/1722(XVI)", "recalls: S/RES/242(1967)", "recalls: S/RES/338(1973)", "recalls: A/RES/1767(XVII)",
        ])
    }

    /// Every phrase of every table, broken between any two letters of a word at a line's end or
    /// inside the line, is found whole where the reader looks: in the phrase's first word, or
    /// in a capitalized word at most two words after the phrase's start (a name: "General
    /// Assem-bly"), when the letter after the hyphen is a lower-case one.
    @Test func everyPhraseOfTheTablesIsFoundWholeWhereverItsWordsBreak() {
        var breaks = 0
        for table in LanguageTable.all {
            for (phrase, meaning) in table.phrases {
                if case .languageHint = meaning { continue }
                let bytes = Array(phrase.utf8)
                let words = phrase.split(separator: " ")
                // The reader reads words of letters: not "[on the report of", "e.s.c.".
                for (index, word) in words.enumerated() where word.allSatisfy(\.isLetter) && (index == 0 || (index <= 2 && word.first?.isUppercase == true)) {
                    let wordStart = words[..<index].reduce(0) { $0 + $1.utf8.count + 1 }
                    var offset = wordStart
                    for character in word.dropLast() {
                        offset += character.utf8.count
                        guard let next = String(decoding: bytes[offset...], as: UTF8.self).first, next.isLowercase else { continue }
                        for joint in ["-\n", "-"] {
                            let text = Array("x ".utf8) + bytes[..<offset] + Array(joint.utf8) + bytes[offset...] + Array(" 1".utf8)
                            let found = text.withUnsafeBufferPointer { BrokenWordReader(p: $0, trie: .standard).phrase(brokenAt: 2 + offset) }
                            #expect(found?.start == 2, "\(phrase) broken after \(offset) bytes")
                            #expect(found?.end == text.count - 2, "\(phrase) broken after \(offset) bytes")
                            breaks += 1
                        }
                    }
                }
            }
        }
        #expect(breaks > 1_000)
    }
}
