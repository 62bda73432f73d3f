import ResGraphExtractor
import ResGraphTestSupport
import Testing

/// Where a resolution's title ends when no blank line ends it, and what a front matter says of
/// the document. Texts with one paragraph a line and no blank line between them are what
/// datasets, web pages copied out and many converters give.
struct TitleTests {
    /// The heading of each official language, one paragraph a line: the line naming the Assembly
    /// ends the title, which is neither the Assembly nor the paragraphs below it.
    @Test(arguments: [
        ("66/54. United Nations Regional Centre\nThe General Assembly,\nRecalling its resolution 41/60 J of 3 December 1986,\n",
         "United Nations Regional Centre"),
        ("66/54. Centre régional des Nations Unies\nL’Assemblée générale,\nRappelant sa résolution 41/60 J du 3 décembre 1986,\n",
         "Centre régional des Nations Unies"),
        ("66/54. Centro Regional de las Naciones Unidas\nLa Asamblea General,\nRecordando su resolución 41/60 J, de 3 de diciembre de 1986,\n",
         "Centro Regional de las Naciones Unidas"),
        ("66/54. Региональный центр Организации Объединенных Наций\nГенеральная Ассамблея,\nссылаясь на свою резолюцию 41/60 J от 3 декабря 1986 года,\n",
         "Региональный центр Организации Объединенных Наций"),
        ("66/54 - مركز الأمم المتحدة الإقليمي\nإن الجمعية العامة،\nإذ تشير إلى قرارها 41/60 ياء المؤرخ 3 كانون الأول/ديسمبر 1986،\n",
         "مركز الأمم المتحدة الإقليمي"),
        ("66/54. 联合国区域中心\n大会，\n回顾其1986年12月3日第41/60 J号决议，\n", "联合国区域中心"),
    ] as [(String, String)])
    func theLineNamingTheOrganEndsTheTitle(text: String, title: String) throws {
        let document = try Extractor().extract(text: text)
        #expect(document.title == title)
        #expect(document.symbol == "A/RES/66/54")
    }

    @Test func aParagraphOpeningWithItsVerbEndsTheTitle() throws {
        let document = try Extractor().extract(text: """
            66/54. United Nations Regional Centre
            for Peace and Disarmament
            Recalling its resolution 41/60 J of 3 December 1986,
            Noting the report of the Secretary-General (A/66/150),
            """)
        #expect(document.title == "United Nations Regional Centre for Peace and Disarmament")
        #expect(document.references.map(\.target) == ["A/RES/41/60J", "A/66/150"])
    }

    /// A title wrapped over lines keeps every line, an organ named inside it included: only an
    /// organ followed by a comma at the line's end heads the text below.
    @Test func aWrappedTitleNamingAnOrganIsWhole() throws {
        let document = try Extractor().extract(text: """
            58/126. Revitalization of the work of the General Assembly
            and of the Economic and Social Council
            The General Assembly,
            Recalling its resolution 57/301,
            """)
        #expect(document.title == "Revitalization of the work of the General Assembly and of the Economic and Social Council")
    }

    /// A blank line still ends the title, as in the seeds.
    /// A typewritten title goes on in lines indented as far as its first line's text; a line
    /// indented otherwise is the text's.
    @Test func aTypewrittenTitleGoesOnAtItsColumn() throws {
        let document = try Extractor().extract(text: """
                 45/158.  International Convention on the Protection of the Rights
                          of All Migrant Workers and Members of Their Families
                 The General Assembly,
            """)
        #expect(document.title == "International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families")
        let indentedOtherwise = try Extractor().extract(text: """
                 45/158.  International Convention on the Protection of the Rights
                      of All Migrant Workers and Members of Their Families
            """)
        #expect(indentedOtherwise.title == "International Convention on the Protection of the Rights")
    }

    @Test func aBlankLineEndsTheTitle() throws {
        let document = try Extractor().extract(text: "58/154. Follow-up\n\nThe General Assembly,\n\nRecalling its resolution 48/113,\n")
        #expect(document.title == "Follow-up")
    }

    @Test func aFrontMatterGivesTheSymbolAndTheWholeTitle() throws {
        let document = try Extractor().extract(fileAt: Seeds.fixture("corpus/ga-md/A_RES_80_34.md"))
        #expect(document.symbol == "A/RES/80/34")
        // The text's title line lost the title's end in the conversion; the record has it all.
        #expect(document.title == "Implementation of the Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on Their Destruction")
        // The record's date is the document's issue date (3 December); the text's is its adoption.
        #expect(document.date == "2025-12-01")
    }

    @Test func aFrontMatterIsTheDocumentsRecordNotItsText() throws {
        let document = try Extractor().extract(text: """
            ---
            symbol: "A/RES/66/54"
            title: "Follow-up to resolution 65/79 on the \\"Centre\\" :"
            related: A/66/150
            ---

            The General Assembly,

            Recalling its resolution 65/79,
            """)
        #expect(document.symbol == "A/RES/66/54")
        #expect(document.title == "Follow-up to resolution 65/79 on the \"Centre\"")
        // What the record names is not cited; the text's citation is, at its place in the file.
        #expect(document.references.map(\.target) == ["A/RES/65/79"])
        #expect(document.references.first?.text == "65/79")
    }

    /// A front matter without a title leaves the title to the title line; one whose symbol is not
    /// a UN symbol leaves the symbol to the text.
    @Test func aFrontMatterSaysOnlyWhatItHas() throws {
        let symbolOnly = try Extractor().extract(text: "---\nsymbol: A/RES/66/54\n---\n\n66/54. United Nations Regional Centre\n\nRecalling its resolution 65/79,\n")
        #expect(symbolOnly.symbol == "A/RES/66/54")
        #expect(symbolOnly.title == "United Nations Regional Centre")
        #expect(symbolOnly.references.map(\.target) == ["A/RES/65/79"])

        let otherSymbol = try Extractor().extract(text: "---\nsymbol: AG/RES 2908 (XLVII-O/17)\ntitle: 'Assembly''s title'\n---\n66/54. Regional Centre\n\nRecalling its resolution 65/79,\n")
        #expect(otherSymbol.symbol == "A/RES/66/54")
        #expect(otherSymbol.title == "Assembly's title")
    }

    /// A text that opens with a rule line is text: an unclosed fence, a fence around no keys, a
    /// line of prose inside (whose symbol, read as text, is cited).
    @Test(arguments: [
        ("---\n58/154. Follow-up\n\nRecalling its resolution 48/113,\n", ["A/RES/48/113"]),
        ("---\n\n---\n58/154. Follow-up\n\nRecalling its resolution 48/113,\n", ["A/RES/48/113"]),
        ("---\nsymbol: A/RES/66/54\n58/154. Follow-up\n---\nRecalling its resolution 48/113,\n", ["A/RES/66/54", "A/RES/48/113"]),
    ] as [(String, [String])])
    func aRuleLineIsNotAFrontMatter(text: String, targets: [String]) throws {
        let document = try Extractor().extract(text: text)
        #expect(document.symbol == "A/RES/58/154")
        #expect(document.references.map(\.target) == targets)
    }

    /// Bytes that are not UTF-8 in a front matter are reported where they are, as in the text:
    /// the line feed where a continuation byte of "é" in Latin-1's 0xE9 should be.
    @Test func aFrontMattersBadBytesAreReported() throws {
        let bytes = Array("---\ntitle: Caf".utf8) + [0xE9] + Array("\n---\nRecalling its resolution 48/113,\n".utf8)
        #expect(throws: ExtractionError(path: "record.md", reason: .invalidUTF8(offset: 15))) {
            try bytes.withUnsafeBufferPointer { try Extractor().extract(bytes: $0, source: "record.md") }
        }
    }
}
