import ResGraphExtractor
import Testing

/// The JSON the CLI prints.
struct OutputTests {
    @Test func jsonHasTheDocumentedShapeInOrder() throws {
        let document = try Extractor().extract(text: "58/154. Title \"quoted\"\n\nRecalling resolution 48/113,\n", source: "a.txt")
        #expect(document.json == """
            {"source":"a.txt","symbol":"A/RES/58/154","language":"en","date":null,"title":"Title \\"quoted\\"",\
            "references":[{"target":"A/RES/48/113","kind":"ga-resolution","relation":"recalls","text":"48/113",\
            "start":45,"end":51}],"diagnostics":[]}
            """)
    }

    @Test func languagesAreDetected() throws {
        #expect(try Extractor().extract(text: "Rappelant sa résolution 48/113 et les décisions des États,").language == .french)
        #expect(try Extractor().extract(text: "Recordando su resolución 48/113 y las decisiones de los Estados,").language == .spanish)
        #expect(try Fixture.extract("A_RES_59_170.zh.txt").language == .chinese)
        #expect(try Extractor().extract(text: "Ссылаясь на свою резолюцию 48/113 от 20 декабря 1993 года, Генеральная Ассамблея").language == .russian)
        #expect(try Extractor().extract(text: "إذ تشير إلى قرارها 48/113 المؤرخ 20 كانون الأول/ديسمبر 1993، فإن الجمعية العامة").language == .arabic)
        let russian = try Extractor().extract(text: "Ссылаясь на свою резолюцию 48/113 от 20 декабря 1993 года,")
        #expect(russian.references.first?.citedDate == "1993-12-20")
    }
}
