import ResGraphExtractor
import Testing

/// The language of a text, told by its phrases and its script.
struct LanguageDetectionTests {
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
