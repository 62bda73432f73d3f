import ResGraphExtractor
import Testing

/// The organ whose text it is: "Recalling its resolution 5/1" in the Human Rights Council's
/// resolution cites the Council's resolution 5/1 (A/HRC/RES/5/1), not the Assembly's; in the
/// Commission on Human Rights' text "its resolution 2004/7" is the Commission's (E/CN.4/RES/…),
/// not the Economic and Social Council's that the number alone names. The organ is told by the
/// line naming it above the clauses ("The Human Rights Council,"), the line saying who adopted the
/// text, the text's own symbol, or a heading naming it alone on a line.
struct OwnOrganTests {
    func citations(_ text: String) throws -> [String] {
        try Extractor().extract(text: text).references.map { "\($0.relation.rawValue): \($0.target)" }
    }

    @Test(arguments: [
        ("The Human Rights Council,\n\nRecalling its resolutions 5/1 and 5/2 of 18 June 2007 and its decision 6/102,\n",
         ["recalls: A/HRC/RES/5/1", "recalls: A/HRC/RES/5/2", "recalls: A/HRC/DEC/6/102"]),
        ("Le Conseil des droits de l'homme,\n\nRappelant ses résolutions 5/1 et 5/2 du 18 juin 2007,\n",
         ["recalls: A/HRC/RES/5/1", "recalls: A/HRC/RES/5/2"]),
        ("El Consejo de Derechos Humanos,\n\nRecordando sus resoluciones 5/1 y 5/2, de 18 de junio de 2007,\n",
         ["recalls: A/HRC/RES/5/1", "recalls: A/HRC/RES/5/2"]),
        ("Совет по правам человека,\n\nссылаясь на свои резолюции 5/1 и 5/2 от 18 июня 2007 года,\n",
         ["recalls: A/HRC/RES/5/1", "recalls: A/HRC/RES/5/2"]),
        // A paragraph between the organ's line and the citation, so that no organ named before it reaches it.
        ("إن مجلس حقوق الإنسان،\n\nإذ يشير إلى الإعلان العالمي لحقوق الإنسان،\n\nوإذ يشير إلى قراريه 5/1 و 5/2 المؤرخين 18 حزيران/يونيه 2007،\n",
         ["recalls: A/HRC/RES/5/1", "recalls: A/HRC/RES/5/2"]),
        ("人权理事会，\n\n回顾其2007年6月18日第5/1号和第5/2号决议，\n", ["recalls: A/HRC/RES/5/1", "recalls: A/HRC/RES/5/2"]),
    ] as [(String, [String])])
    func itsResolutionIsTheCouncilsInEveryLanguage(text: String, expected: [String]) throws {
        #expect(try citations(text) == expected)
    }

    @Test(arguments: [
        // A commission numbering by year: its own, not the Economic and Social Council's.
        ("The Commission on Human Rights,\n\nRecalling its resolution 2004/7 of 13 April 2004,\n", ["recalls: E/CN.4/RES/2004/7"]),
        // The Council's early resolutions, numbered by session as the Assembly's were.
        ("The Economic and Social Council,\n\nRecalling its resolution 9 (II) and General Assembly resolution 9 (I),\n",
         ["recalls: E/RES/9(II)", "recalls: A/RES/9(I)"]),
        // A body whose acts have no id here: its resolution is not the Economic and Social Council's.
        ("The Sub-Commission on the Promotion and Protection of Human Rights,\n\nRecalling its resolution 2004/7 and Commission on Human Rights resolution 2004/12,\n",
         ["recalls: E/CN.4/RES/2004/12"]),
        // The Assembly's and the Security Council's numbers name their acts, "its" or not.
        ("The General Assembly,\n\nRecalling its resolution 1373 (2001) and its resolution 58/154,\n",
         ["recalls: S/RES/1373(2001)", "recalls: A/RES/58/154"]),
        // An organ named just before is the list's where its acts can be the numbers: the
        // Assembly's 47/135, but the Council's own 5/1, which cannot be the Assembly's.
        ("The Human Rights Council,\n\nRecalling General Assembly resolution 60/251 and its resolution 5/1,\n",
         ["recalls: A/RES/60/251", "recalls: A/HRC/RES/5/1"]),
        // "by its resolution" after the Assembly: the Assembly's.
        ("The Human Rights Council,\n\nRecalling the Declaration adopted by the General Assembly by its resolution 47/135,\n",
         ["recalls: A/RES/47/135"]),
    ] as [(String, [String])])
    func theOrganDecidesWhatItsActsAre(text: String, expected: [String]) throws {
        #expect(try citations(text) == expected)
    }

    /// A number no organ is named for and none of the Assembly's can be ("resolution 19/13": the
    /// Assembly numbered by session from its thirty-first) is the Council's; one the Assembly's
    /// can be stays the Assembly's.
    @Test func aNumberOnlyTheCouncilsCanBeIsTheCouncils() throws {
        let text = "The Human Rights Council,\n\nRecalling General Assembly resolution 48/141 and resolution 60/251,\n\nRecalling also its resolution 7/1 and, in particular, resolution 19/13,\n"
        #expect(try citations(text) == ["recalls: A/RES/48/141", "recalls: A/RES/60/251", "recalls: A/HRC/RES/7/1", "recalls: A/HRC/RES/19/13"])
    }

    @Test(arguments: [
        // The line saying who adopted it, the number alone on the next line, the title below.
        ("Human Rights Council\nSixteenth session\n\nResolution adopted by the Human Rights Council\n\n16/21\nReview of the work and functioning of the Human Rights Council\n\nThe Human Rights Council,\n\nRecalling its resolutions 5/1 and 5/2,\n",
         "A/HRC/RES/16/21", "Review of the work and functioning of the Human Rights Council", ["recalls: A/HRC/RES/5/1", "recalls: A/HRC/RES/5/2"]),
        // The heading naming the Council alone on its line, "Resolution 6/15." with its title.
        ("Human Rights Council\nSixth session\n\nResolution 6/15. Forum on Minority Issues\n\nThe Human Rights Council,\n\nRecalling its resolution 5/1,\n",
         "A/HRC/RES/6/15", "Forum on Minority Issues", ["recalls: A/HRC/RES/5/1"]),
        // The Economic and Social Council's title line numbers by year.
        ("Economic and Social Council\n\n2004/27. Science and technology for development\n\nThe Economic and Social Council,\n\nRecalling its resolution 2003/3,\n",
         "E/RES/2004/27", "Science and technology for development", ["recalls: E/RES/2003/3"]),
        // The text's own symbol tells the organ.
        ("A/HRC/RES/16/21\n\nRecalling its resolution 5/1 of 18 June 2007,\n", "A/HRC/RES/16/21", nil, ["recalls: A/HRC/RES/5/1"]),
    ] as [(String, String, String?, [String])])
    func aCouncilsTitleLineGivesItsOwnSymbol(text: String, symbol: String, title: String?, expected: [String]) throws {
        let document = try Extractor().extract(text: text)
        #expect(document.symbol == symbol)
        #expect(document.title == title)
        #expect(document.references.map { "\($0.relation.rawValue): \($0.target)" } == expected)
    }

    /// The line saying which council adopted the text dates it and names its organ, so that the
    /// title line's number is the council's ("34/1. Question …" under the Council's line is
    /// A/HRC/RES/34/1, not the Assembly's 34/1), in all six languages;
    /// past the first clause such a line dates another text.
    @Test(arguments: [
        ("Resolution adopted by the Human Rights Council on 23 March 2017\n\n34/1. Question of the realization of rights\n\nThe Human Rights Council,\n",
         "A/HRC/RES/34/1", "2017-03-23"),
        ("Resolution adopted by the Economic and Social Council on 6 June 2019\n\n[on the recommendation of the Committee (E/2019/L.1)]\n\n2019/1. Title\n\nThe Economic and Social Council,\n",
         "E/RES/2019/1", "2019-06-06"),
        ("Résolution adoptée par le Conseil des droits de l’homme le 23 mars 2017\n\n34/1. Question\n\nLe Conseil des droits de l’homme,\n",
         "A/HRC/RES/34/1", "2017-03-23"),
        ("Resolución aprobada por el Consejo de Derechos Humanos el 23 de marzo de 2017\n\n34/1. Cuestión\n\nEl Consejo de Derechos Humanos,\n",
         "A/HRC/RES/34/1", "2017-03-23"),
        ("Резолюция, принятая Советом по правам человека 23 марта 2017 года\n\n34/1. Вопрос\n\nСовет по правам человека,\n",
         "A/HRC/RES/34/1", "2017-03-23"),
        ("قرار اتخذه مجلس حقوق الإنسان في 23 آذار/مارس 2017\n\n34/1 - مسألة\n\nإن مجلس حقوق الإنسان،\n",
         "A/HRC/RES/34/1", "2017-03-23"),
        ("人权理事会2017年3月23日通过的决议\n\n34/1. 所有国家经济、社会和文化权利的实现问题\n\n人权理事会，\n", "A/HRC/RES/34/1", "2017-03-23"),
        ("2017年3月23日人权理事会通过的决议\n\n34/1. 所有国家经济、社会和文化权利的实现问题\n\n人权理事会，\n", "A/HRC/RES/34/1", "2017-03-23"),
    ] as [(String, String, String)])
    func aCouncilsAdoptionLineDatesTheTextAndNamesItsOrgan(text: String, symbol: String, date: String) throws {
        let document = try Extractor().extract(text: text)
        #expect(document.symbol == symbol)
        #expect(document.date == date)
    }

    /// The Human Rights Council's texts close with the meeting, not a plenary one, and its date:
    /// "9th meeting" / "18 June 2007" dates the text, in the languages whose tables have the word
    /// ("第61次会议", Arabic's number after it, "الجلسة 61"); "meeting" that no ordinal opens its
    /// line with does not.
    @Test(arguments: [
        ("The Human Rights Council,\n\nRecalling General Assembly resolution 60/251,\n\n9th meeting\n18 June 2007\n[Resolution adopted without a vote.]\n", "2007-06-18"),
        ("Le Conseil des droits de l’homme,\n\nRappelant la résolution 60/251,\n\n61e séance\n23 mars 2017\n", "2017-03-23"),
        ("El Consejo de Derechos Humanos,\n\nRecordando la resolución 60/251,\n\n61ª sesión\n23 de marzo de 2017\n", "2017-03-23"),
        ("Совет по правам человека,\n\nссылаясь на резолюцию 60/251,\n\n61-е заседание\n23 марта 2017 года\n", "2017-03-23"),
        ("人权理事会，\n\n回顾大会第60/251号决议，\n\n第61次会议\n2017年3月23日\n", "2017-03-23"),
        ("إن مجلس حقوق الإنسان،\n\nإذ يشير إلى قرار الجمعية العامة 60/251،\n\nالجلسة 61\n23 آذار/مارس 2017\n", "2017-03-23"),
        ("人权理事会，\n\n欢迎第二次会议的成果\n2017年3月23日\n", nil),
        ("إن مجلس حقوق الإنسان،\n\nالجلسة التي عقدت في جنيف\n23 آذار/مارس 2017\n", nil),
        ("إن مجلس حقوق الإنسان،\n\nالجلسة 5 التي عقدت في جنيف\n23 آذار/مارس 2017\n", nil),
        ("The Human Rights Council,\n\nWelcoming the outcome of the meeting\n18 June 2007\n", nil),
        ("The Human Rights Council,\n\nWelcoming the ninth meeting\n18 June 2007\n", nil),
    ] as [(String, String?)])
    func aCouncilsMeetingLineDatesTheText(text: String, date: String?) throws {
        #expect(try Extractor().extract(text: text).date == date)
    }

    /// Past the first clause, or with more words between the organ and the date than "on", such
    /// a line dates another text (the Security Council's 79 (1950) quotes the Assembly's act).
    @Test func anAdoptionLineAmongTheClausesDatesAnotherText() throws {
        let text = "The General Assembly,\n\nRecalling the Institution-building package adopted by the Human Rights Council on 18 June 2007,\n"
        #expect(try Extractor().extract(text: text).date == nil)
        let council = "79 (1950). Resolution of 17 January 1950\n[S/1455]\nThe Security Council,\n\nHaving received the text of resolution 300 (IV), adopted by the General Assembly at its 268th plenary meeting, on 5 December 1949,\n"
        #expect(try Extractor().extract(text: council).date == "1950-01-17")
    }
}
