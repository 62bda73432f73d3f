import ResGraphExtractor
import Testing

/// A council's text names itself by one word ("Council resolution 31/1", "la résolution 31/1 du
/// Conseil", "理事会第31/1号决议"), and dates its citations: from its thirty-first session the
/// Human Rights Council's numbers are the Assembly's too (31/1 is the Assembly's of 1976), so the
/// word, or a date the Assembly's act cannot have, tells them apart. An organ named for an earlier
/// citation of a French, Spanish or Russian clause is not the next citation's when that one names
/// its own after its number.
struct OwnOrganWordTests {
    func citations(_ text: String) throws -> [String] {
        try Extractor().extract(text: text).references.map(\.target)
    }

    @Test(arguments: [
        ("A/HRC/RES/34/1\n\nThe Human Rights Council,\n\nRecalling Council resolutions 31/1 and 32/2 and Council decision 35/101,\n",
         ["A/HRC/RES/31/1", "A/HRC/RES/32/2", "A/HRC/DEC/35/101"]),
        ("A/HRC/RES/34/1\n\nLe Conseil des droits de l’homme,\n\nRappelant les résolutions du Conseil 31/1 et 32/2 et la résolution 33/15 du Conseil,\n",
         ["A/HRC/RES/31/1", "A/HRC/RES/32/2", "A/HRC/RES/33/15"]),
        ("A/HRC/RES/34/1\n\nEl Consejo de Derechos Humanos,\n\nRecordando las resoluciones del Consejo 31/1 y 32/2 y la resolución 33/15 del Consejo,\n",
         ["A/HRC/RES/31/1", "A/HRC/RES/32/2", "A/HRC/RES/33/15"]),
        ("A/HRC/RES/34/1\n\nСовет по правам человека,\n\nссылаясь на резолюции Совета 31/1 и 32/2 и резолюцию 33/15 Совета,\n",
         ["A/HRC/RES/31/1", "A/HRC/RES/32/2", "A/HRC/RES/33/15"]),
        ("A/HRC/RES/34/1\n\n人权理事会，\n\n回顾理事会第31/1号和第32/2号决议，\n", ["A/HRC/RES/31/1", "A/HRC/RES/32/2"]),
        // A paragraph between the organ's line and the citation, so that the name above does not reach it.
        ("A/HRC/RES/34/1\n\nإن مجلس حقوق الإنسان،\n\nإذ يشير إلى الإعلان العالمي لحقوق الإنسان،\n\nوإذ يشير إلى قراري المجلس 31/1 و 32/2،\n",
         ["A/HRC/RES/31/1", "A/HRC/RES/32/2"]),
        // The Commission on Human Rights names itself "Commission"; "Council" there is the Economic and Social Council.
        ("E/CN.4/RES/2005/1\n\nThe Commission on Human Rights,\n\nRecalling Commission resolution 2004/7 and Council resolution 1235 (XLII),\n",
         ["E/CN.4/RES/2004/7", "E/RES/1235(XLII)"]),
    ] as [(String, [String])])
    func theWordForTheCouncilNamesItInEveryLanguage(text: String, expected: [String]) throws {
        #expect(try citations(text) == expected)
    }

    @Test(arguments: [
        // The Assembly's numbers name its acts: "Council" there names no council of its own.
        ("The General Assembly,\n\nRecalling Council resolution 31/1,\n", ["A/RES/31/1"]),
        // The word ends another organ's name: that organ's, or nobody's with an id.
        ("A/HRC/RES/34/1\n\nThe Human Rights Council,\n\nRecalling Security Council resolution 1373 (2001), Governing Council resolution 27/2 and Economic and Social Council resolution 1235 (XLII),\n",
         ["S/RES/1373(2001)", "E/RES/1235(XLII)"]),
        ("A/HRC/RES/34/1\n\nThe Human Rights Council,\n\nRecalling Executive Council decision 2/3 of the African Union and General Conference resolution 36/5,\n", []),
        // More of a name follows the word: not the text's own council.
        ("A/HRC/RES/34/1\n\nLe Conseil des droits de l’homme,\n\nRappelant la résolution 35/1 du Conseil économique,\n", ["A/RES/35/1"]),
        // The Economic and Social Council's word is "Council": "Commission resolution" in its text is not its own.
        ("E/RES/2005/1\n\nThe Economic and Social Council,\n\nRecalling Council resolution 2004/27 and Commission resolution 2004/7,\n",
         ["E/RES/2004/27", "E/RES/2004/7"]),
    ] as [(String, [String])])
    func theWordNamesNoOtherOrgan(text: String, expected: [String]) throws {
        #expect(try citations(text) == expected)
    }

    /// "31/1 of 23 March 2016" cannot be the Assembly's (its 31/1 is of 1976) and fits the Council's
    /// thirty-first session (2016), nor can "S-28/1 of 18 May 2018" (the Assembly's special
    /// session sat in 2005); "48/141 of 20 December 1993" is the Assembly's; in the
    /// Economic and Social Council's text a date names none of its own (it numbers by year).
    @Test func aDateTheAssemblysActCannotHaveMakesTheNumberTheCouncils() throws {
        let council = "A/HRC/RES/34/1\n\nThe Human Rights Council,\n\nRecalling resolution 31/1 of 23 March 2016, resolution 48/141 of 20 December 1993 and resolution 37/2 of 23 March 2018,\n"
        #expect(try citations(council) == ["A/HRC/RES/31/1", "A/RES/48/141", "A/HRC/RES/37/2"])
        // The Assembly's twenty-eighth special session sat in 2005, its twenty-sixth in 2001.
        let special = "A/HRC/RES/34/1\n\nThe Human Rights Council,\n\nRecalling resolution S-28/1 of 18 May 2018 and resolution S-26/2 of 27 June 2001,\n"
        #expect(try citations(special) == ["A/HRC/RES/S-28/1", "A/RES/S-26/2"])
        let ecosoc = "E/RES/2017/1\n\nThe Economic and Social Council,\n\nRecalling resolution 31/1 of 23 March 2016,\n"
        #expect(try citations(ecosoc) == ["A/RES/31/1"])
    }

    @Test(arguments: [
        ("Le Conseil des droits de l’homme,\n\nRappelant la résolution 1373 (2001) du Conseil de sécurité et la résolution 60/251 de l’Assemblée générale,\n",
         ["S/RES/1373(2001)", "A/RES/60/251"]),
        ("El Consejo de Derechos Humanos,\n\nRecordando la resolución 1373 (2001) del Consejo de Seguridad y la resolución 5/1 del Consejo de Derechos Humanos,\n",
         ["S/RES/1373(2001)", "A/HRC/RES/5/1"]),
        ("Совет по правам человека,\n\nссылаясь на резолюцию 1373 (2001) Совета Безопасности и резолюцию 60/251 Генеральной Ассамблеи,\n",
         ["S/RES/1373(2001)", "A/RES/60/251"]),
        // With no organ named after the numbers, the one named for the citation before stands.
        ("The Human Rights Council,\n\nRecalling Commission on Human Rights resolution 2004/7 and resolution 2005/3,\n",
         ["E/CN.4/RES/2004/7", "E/CN.4/RES/2005/3"]),
    ] as [(String, [String])])
    func anOrganNamedAfterTheNumbersIsTheirs(text: String, expected: [String]) throws {
        #expect(try citations(text) == expected)
    }
}
