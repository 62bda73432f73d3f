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

    /// Compounds keep their hyphen: a capital after it ("Secretary-General"), or two words that
    /// make no phrase together ("decision-making"), change nothing; a number or a symbol broken
    /// at a hyphen ("1990-\n1991", "A/C.3-\n") is no word.
    @Test func aCompoundIsNoBrokenWord() throws {
        let text = "The General Assembly,\n\nNoting the report of the Secretary-\nGeneral on decision-\nmaking, resolution 48/113 of 1990-\n1991 and the peace-\nkeeping resolution 49/173,\n"
        #expect(try citations(text) == ["notes: A/RES/48/113", "notes: A/RES/49/173"])
        // "Security Council-" joined to "mandated" makes no "Security Council": the phrase must end where the word does.
        let council = "The General Assembly,\n\nRecalling the Security Council-\nmandated mission and resolution 242 (1967),\n"
        #expect(try Extractor().extract(text: council).references.map(\.target) == ["S/RES/242(1967)"])
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
