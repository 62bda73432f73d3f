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
        // A short Chinese text, fewer ideographs than tell the script alone, says it by its phrases.
        #expect(try Extractor().extract(text: "大会，\n回顾其第41/60 J号决议，\n注意到报告，\n").language == .chinese)
        #expect(try Extractor().extract(text: "Recalling the Centre (联合国区域中心) and resolution 41/60 J,\n").language == .english)
        // Shorter still, with fewer of its phrases, but with no other language's: Chinese.
        #expect(try Extractor().extract(text: "安全理事会，\n回顾其第1373（2001）号决议，\n").language == .chinese)
        #expect(try Extractor().extract(text: "安理会通过1052号决议\n").language == .chinese)
        let russian = try Extractor().extract(text: "Ссылаясь на свою резолюцию 48/113 от 20 декабря 1993 года,")
        #expect(russian.references.first?.citedDate == "1993-12-20")
    }
}
