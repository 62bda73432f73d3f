import ResGraphExtractor
import Testing

/// Inputs built to make a parser slow or its output huge, and text that must not leak
/// control characters: each once made the extractor quadratic, unbounded or unsafe.
struct HostileInputTests {
    @Test func aSymbolWithThousandsOfDotsIsNoSymbol() throws {
        let text = "A/a" + String(repeating: ".a", count: 32_000)
        #expect(try Extractor().extract(text: text).references.isEmpty)
    }

    @Test func symbolComponentsAreBounded() throws {
        let long = "A/58/" + String(repeating: "B", count: 40) + "1"
        #expect(try Extractor().extract(text: "See \(long).").references.isEmpty)
        #expect(try targets("See A/CONF.231/3 and E/CN.4/2005/L.10/Add.17.") == ["A/CONF.231/3", "E/CN.4/2005/L.10/Add.17"])
    }

    @Test func anIDLongerThanAnySymbolIsNotAnID() throws {
        let text = "United Nations A/RES/58/" + String(repeating: "7", count: 300_000) + "\nRecalling resolution 48/113,\n"
        let document = try Extractor().extract(text: text)
        #expect(document.references.allSatisfy { $0.target.utf8.count <= 64 })
        #expect(document.references.map(\.target) == ["A/RES/48/113"])
        #expect(document.symbol == nil)
        #expect(document.diagnostics.map(\.problem) == [.idTooLong])
    }

    /// A text that ends right after a Council number and a space, as a title line would go on
    /// ("51 (1948) Resolution of 3 June 1948"): the title line's reader looks for the word after
    /// the space at the text's end, and reads nothing past it (the fuzzer found it reading one
    /// byte beyond).
    @Test(arguments: [("51 (1948) ", nil), ("51 (1948)  \t", nil), ("Resolution 51 (1948) ", "S/RES/51(1948)")] as [(String, String?)])
    func aTextEndingAfterACouncilNumberIsReadNoFurther(text: String, symbol: String?) throws {
        let document = try Extractor().extract(text: text)
        #expect(document.symbol == symbol)
        #expect(document.references.isEmpty)
    }

    @Test func aRepeatedMarkerMakesABodysReferencesOnce() throws {
        let text = String(repeating: "a1 ", count: 2_000) + "\n1 " + String(repeating: "A/1 ", count: 2_000) + "\n"
        let document = try Extractor().extract(text: text)
        #expect(document.references.count == 2_000)
        #expect(document.references.allSatisfy { $0.anchors?.count == 32 && $0.anchor == 1 })
    }

    @Test func aChainOfIbidContinuesOneReferenceEach() throws {
        var text = "Recalling the documents" + (1...200).map { "\($0)" }.joined(separator: " and x") + ",\n"
        text += "1 " + (1...50).map { "A/\($0)/1" }.joined(separator: ", ") + ".\n"
        for number in 2...200 { text += "\(number) Ibid.\n" }
        let document = try Extractor().extract(text: text)
        #expect(document.references.count == 50 + 199)
    }

    @Test func controlCharactersNeverLeaveTheExtractor() throws {
        let text = "58/154. Follow-up \u{1B}[31mto the\u{7} Conference \u{FFFF}\n\nRecalling resolution 48/113,\n"
        let document = try Extractor().extract(text: text)
        let title = try #require(document.title)
        #expect(!title.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0.value == 0xFFFF })
        #expect(title == "Follow-up  [31mto the  Conference \u{FFFD}")
        #expect(DisplayText.clean("a\u{0}b\tc\u{FFFE}") == "a b\tc\u{FFFD}")
    }

    /// Every character that must be cleaned, and its harmless neighbours, at every place of a
    /// text long enough to be read eight bytes at a time: cleaned exactly as one byte at a time.
    @Test func eachCharacterToCleanIsFoundWhereverItStands() {
        let cleaned: [(String, String)] = (0..<0x20).map { value -> (String, String) in
            let scalar = String(UnicodeScalar(UInt8(value)))
            return (scalar, value == 0x09 || value == 0x0A || value == 0x0D ? scalar : " ")
        } + [("\u{7F}", " "), ("\u{FFFE}", "\u{FFFD}"), ("\u{FFFF}", "\u{FFFD}"),
             ("\u{FFFD}", "\u{FFFD}"), ("\u{FF01}", "\u{FF01}"), ("\u{20}", " "), ("\u{80}", "\u{80}"), ("\u{E9}", "\u{E9}")]
        for (character, expected) in cleaned {
            for place in 0...20 {
                let before = String(repeating: "a", count: place), after = String(repeating: "b", count: 20 - place)
                #expect(DisplayText.clean(before + character + after) == before + expected + after, "U+\(String(character.unicodeScalars.first!.value, radix: 16)) at \(place)")
            }
        }
    }

    @Test(arguments: ["*", "**", "# ", "\t*", "58/1.", "Resolution 1 (2000) of"])
    func aLineThatEndsTheTextWhereAHeaderCouldStart(text: String) throws {
        // Found by the fuzzer: the header reader looked one byte past the end of "*".
        _ = try Extractor().extract(text: text)
    }
}
