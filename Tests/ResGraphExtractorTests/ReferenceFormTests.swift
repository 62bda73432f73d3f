import ResGraphExtractor
import Testing

/// Every citation form of spec/reference-ids.md, each to its canonical id.
struct ReferenceFormTests {
    @Test(arguments: [
        ("Recalling its resolution 48/113 of 20 December 1993,", ["A/RES/48/113"]),
        ("Recalling resolution A/RES/48/113,", ["A/RES/48/113"]),
        ("Recalling resolutions 57/270 B and 51/45 J,", ["A/RES/51/45J", "A/RES/57/270B"]),
        ("Recalling resolutions 57/270 A and B,", ["A/RES/57/270A", "A/RES/57/270B"]),
        ("Recalling its resolutions 46/36 R, 47/52 T, 49/75 W, 51/45 U and 48/75 X,",
         ["A/RES/46/36R", "A/RES/47/52T", "A/RES/48/75X", "A/RES/49/75W", "A/RES/51/45U"]),
        ("Recalling resolution 49/75 U to W,", ["A/RES/49/75U", "A/RES/49/75V", "A/RES/49/75W"]),
        ("إذ تشير إلى قرار مجلس الأمن 2250 (2015) وقرار المجلس الاقتصادي والاجتماعي 2102 (د-63)،", ["E/RES/2102(LXIII)", "S/RES/2250(2015)"]),
        ("Recalling its resolutions S-21/2 and ES-10/14,", ["A/RES/ES-10/14", "A/RES/S-21/2"]),
        // The Human Rights Council's special sessions passed the thirtieth.
        ("Welcoming Human Rights Council resolutions 52/1 and S-35/1,", ["A/HRC/RES/52/1", "A/HRC/RES/S-35/1"]),
        ("Recalling resolutions 217 A (III), 428 (V) and 2106 A (XX),", ["A/RES/2106A(XX)", "A/RES/217A(III)", "A/RES/428(V)"]),
        ("Recalling resolution 217A(III),", ["A/RES/217A(III)"]),
        ("Recalling resolutions 3201 (S-VI) and 2252 (ES-V),", ["A/RES/2252(ES-V)", "A/RES/3201(S-VI)"]),
        ("Recalling resolution 3411 A and B (XXX),", ["A/RES/3411A(XXX)", "A/RES/3411B(XXX)"]),
        ("Recalling resolution 3281 A to D (XXIX),", ["A/RES/3281A(XXIX)", "A/RES/3281B(XXIX)", "A/RES/3281C(XXIX)", "A/RES/3281D(XXIX)"]),
        // The part after the session, as ST/SPACE/61/Rev.3 writes it; not a sentence's "A" going on.
        ("the Convention and General Assembly resolution 1721 (XVI) B of 20 December 1961.", ["A/RES/1721B(XVI)"]),
        ("Recalling resolutions 1721 (XVI) A and B, 1802 (XVII),", ["A/RES/1721A(XVI)", "A/RES/1721B(XVI)", "A/RES/1802(XVII)"]),
        ("Recalling resolution 2625 (XXV) A number of States agreed,", ["A/RES/2625(XXV)"]),
        ("Recalling resolution 1514 (XV) I. Introduction", ["A/RES/1514(XV)"]),
        // A part before the full stop that ends a clause's line; not before one inside a line.
        ("Recalls its resolutions 60/1 and 57/270 B.\n", ["A/RES/57/270B", "A/RES/60/1"]),
        ("the Convention and General Assembly resolution 1721 (XVI) B.", ["A/RES/1721B(XVI)"]),
        ("Recalling resolution 57/270 B. The Assembly", ["A/RES/57/270"]),
        ("Recalling General Assembly decision 58/555,", ["A/DEC/58/555"]),
        ("Reaffirming Security Council resolution 1325 (2000),", ["S/RES/1325(2000)"]),
        ("Reaffirming its resolution 242 (1967) and General Assembly resolution 181 (II),", ["A/RES/181(II)", "S/RES/242(1967)"]),
        ("Recalling S/RES/1325 (2000),", ["S/RES/1325(2000)"]),
        ("Recalling Economic and Social Council resolution 2004/27 and decision 1995/313,", ["E/DEC/1995/313", "E/RES/2004/27"]),
        ("Recalling Economic and Social Council resolution 1894 (LVII),", ["E/RES/1894(LVII)"]),
        ("Recalling resolution 1235 (XLII) of the Economic and Social Council,", ["E/RES/1235(XLII)"]),
        ("Recalling Human Rights Council resolution 5/1 and decision 5/101,", ["A/HRC/DEC/5/101", "A/HRC/RES/5/1"]),
        ("Recalling Commission on Human Rights resolution 2003/49,", ["E/CN.4/RES/2003/49"]),
        ("Recalling résolution 57/270 B,", ["A/RES/57/270B"]),
        ("Ссылаясь на резолюции 48/113 и 49/173 и решение 58/555 Генеральной Ассамблеи,", ["A/DEC/58/555", "A/RES/48/113", "A/RES/49/173"]),
        ("Ссылаясь на резолюцию 2004/27 Экономического и Социального Совета,", ["E/RES/2004/27"]),
        ("Recalling resolution 60/1, paragraph 138, and resolution 2200 A (XXI), annex,", ["A/RES/2200A(XXI)", "A/RES/60/1"]),
        ("回顾其第 48/113 号、第 49/173 号和第 56/134 号决议，", ["A/RES/48/113", "A/RES/49/173", "A/RES/56/134"]),
        ("回顾第 428(V)号决议和大会 S-21/2 号决议，", ["A/RES/428(V)", "A/RES/S-21/2"]),
        ("回顾经济及社会理事会 1995 年 7 月 27 日第 1995/313 号决定，", ["E/DEC/1995/313"]),
        ("回顾第 217 A(III) 号决议，", ["A/RES/217A(III)"]),
    ])
    func resolutionsAndDecisions(text: String, expected: [String]) throws {
        #expect(try targets(text) == expected)
    }

    @Test(arguments: [
        ("Noting the report (A/58/281),", ["A/58/281"]),
        ("Noting A/51/341 and Corr.1,", ["A/51/341", "A/51/341/Corr.1"]),
        ("Noting A/51/341 et Corr.1,", ["A/51/341", "A/51/341/Corr.1"]),
        ("9-21 August 1982 and corrigenda (A/CONF.101/10 and Corr.1 and 2).", ["A/CONF.101/10", "A/CONF.101/10/Corr.1", "A/CONF.101/10/Corr.2"]),
        ("Ibid,, documents S/5950 and Add.1 and 2.", ["S/5950", "S/5950/Add.1", "S/5950/Add.2"]),
        ("Noting A/59/12/Add.1, 2 and 3;", ["A/59/12/Add.1", "A/59/12/Add.2", "A/59/12/Add.3"]),
        ("Noting A/51/341 and Corr.1, 2 May 1997,", ["A/51/341", "A/51/341/Corr.1"]),
        ("Noting A/59/12/Add.1 and A/58/483/Add. 3,", ["A/58/483/Add.3", "A/59/12/Add.1"]),
        // A letter l or I for the number 1 (ST/SPACE/61/Rev.3: "(A/54/20 and Corr. l)"); not in a word.
        ("Supplement No. 20 and corrigendum (A/54/20 and Corr. l).", ["A/54/20", "A/54/20/Corr.1"]),
        ("Noting A/54/20/Add.I and A/54/21/Corr.l,", ["A/54/20/Add.1", "A/54/21/Corr.1"]),
        ("Noting A/54/20/Add.Ix,", ["A/54/20/Add.Ix"]),
        // A body's session in brackets inside a symbol of the UNCCD; not a bracket after a symbol.
        ("Recalling ICCD/COP(14)/23 and ICCD/CRIC(17)/2,", ["ICCD/COP(14)/23", "ICCD/CRIC(17)/2"]),
        ("Noting A/58/281(2003) and ICCD/COP(14),", ["A/58/281"]),
        // The OPCW's "S/" numbers the note first, the year after: not the Security Council's.
        ("Noting S/2338/2024, S/1906/2020, S/2004/567, S/2004/567/Add.1 and S/26000,", ["S/2004/567", "S/2004/567/Add.1", "S/26000"]),
        // A modifier in any case, with or without a space after its dot, is written one way.
        ("Noting A/58/483/add.3, A/58/484/ADD. 4, A/58/485/Add.5/corr. 1 and A/CONF.231/3/rev.2,",
         ["A/58/483/Add.3", "A/58/484/Add.4", "A/58/485/Add.5/Corr.1", "A/CONF.231/3/Rev.2"]),
        ("Noting A/C.2/54/2, E/CN.4/2004/127, S/2004/567 and ST/SGB/2003/13,", ["A/C.2/54/2", "E/CN.4/2004/127", "S/2004/567", "ST/SGB/2003/13"]),
        ("Noting the letter A/58/281-S/2003/756,", ["A/58/281"]),
        ("Official Records of the General Assembly, Fifty-eighth Session, Supplement No. 12 (A/58/12).", ["A/58/12"]),
        ("Official Records of the General Assembly, Fifty-ninth Session, Supplement No. 36.", ["A/59/36"]),
        ("Documents officiels de l’Assemblée générale, cinquante-huitième session, Supplément no 12.", ["A/58/12"]),
        ("《大会正式记录，第五十九届会议，补编第 12 号》（A/59/12）。", ["A/59/12"]),
        ("《大会正式记录，第五十九届会议，补编第 12 号》。", ["A/59/12"]),
        ("Documentos Oficiales de la Asamblea General, quincuagésimo octavo período de sesiones, Suplemento núm. 12 (A/58/12).", ["A/58/12"]),
        ("Documentos Oficiales de la Asamblea General, quincuagésimo noveno período de sesiones, Suplemento núm. 36.", ["A/59/36"]),
        ("Documentos Oficiales de la Asamblea General, Sexagésimo Primer Período de Sesiones, Suplemento No. 53A.", ["A/61/53/Add.1"]),
        ("Documentos Oficiales de la Asamblea General, cuadragésimo período de sesiones, Suplemento núm. 3.", ["A/40/3"]),
        ("Официальные отчеты Генеральной Ассамблеи, пятьдесят восьмая сессия, Дополнение № 12 (A/58/12).", ["A/58/12"]),
        ("Официальные отчеты Генеральной Ассамблеи, пятьдесят девятая сессия, Дополнение № 36.", ["A/59/36"]),
        ("Официальные отчёты Генеральной Ассамблеи, сороковая сессия, Дополнение № 3.", ["A/40/3"]),
        ("См. Официальные отчеты Генеральной Ассамблеи, шестьдесят третья сессия, Дополнение № 40.", ["A/63/40"]),
        ("الوثائق الرسمية للجمعية العامة، الدورة الثامنة والخمسون، الملحق رقم 12 (A/58/12).", ["A/58/12"]),
        ("الوثائق الرسمية للجمعية العامة، الدورة التاسعة والخمسون، الملحق رقم 36.", ["A/59/36"]),
        ("الوثائق الرسمية للجمعية العامة، الدورة الحادية والستون، الملحق رقم 53.", ["A/61/53"]),
        ("الوثائق الرسمية للجمعية العامة، الدورة الأربعون، الملحق رقم 3.", ["A/40/3"]),
    ])
    func documents(text: String, expected: [String]) throws {
        #expect(try targets(text) == expected)
    }

    @Test(arguments: [
        ("United Nations, Treaty Series, vol. 189, No. 2545.", ["UNTS 189/2545"]),
        ("Nations Unies, Recueil des Traités, vol. 189, no 2545.", ["UNTS 189/2545"]),
        ("联合国，《条约汇编》，第 189 卷，第 2545 号。", ["UNTS 189/2545"]),
        ("League of Nations, Treaty Series, vol. 94, No. 2138.", ["LNTS 94/2138"]),
        ("League of Nations, Treaty Series, vol. XCIV, No. 2138.", ["LNTS 94/2138"]),
        ("United Nations, Treaty Series, vol. 75, Nos. 970-973.", ["UNTS 75/970", "UNTS 75/971", "UNTS 75/972", "UNTS 75/973"]),
        // A treaty registered in more than one volume; as many volumes as numbers pair up.
        ("United Nations, Treaty Series, vols. 2171 and 2173, No. 27531.", ["UNTS 2171/27531", "UNTS 2173/27531"]),
        ("Naciones Unidas, Treaty Series, vols. 2171 y 2173, núm. 27531.", ["UNTS 2171/27531", "UNTS 2173/27531"]),
        ("Организация Объединенных Наций, Сборник договоров, тт. 2171 и 2173, № 27531.", ["UNTS 2171/27531", "UNTS 2173/27531"]),
        ("United Nations, Treaty Series, vols. 1155 and 1156, Nos. 18232-18233.", ["UNTS 1155/18232", "UNTS 1156/18233"]),
        ("联合国，《条约汇编》，第 2171 卷和第 2173 卷，第 27531 号。", ["UNTS 2171/27531", "UNTS 2173/27531"]),
        ("联合国，《条约汇编》，第2171和2173卷，第27531号。", ["UNTS 2171/27531", "UNTS 2173/27531"]),
        ("الأمم المتحدة، مجموعة المعاهدات، المجلدان 2171 و 2173، الرقم 27531.", ["UNTS 2171/27531", "UNTS 2173/27531"]),
        ("United Nations publication, Sales No. E.95.XIII.18.", ["Sales No. 95.XIII.18"]),
        ("publication des Nations Unies, numéro de vente : F.95.XIII.18.", ["Sales No. 95.XIII.18"]),
        ("（联合国出版物，出售品编号：C.95.XIII.18）", ["Sales No. 95.XIII.18"]),
        ("Организация Объединенных Наций, Сборник договоров, т. 189, № 2545.", ["UNTS 189/2545"]),
        ("Серия договоров Организации Объединенных Наций, т. 189, № 2545.", ["UNTS 189/2545"]),
        ("Сборник договоров Организации Объединенных Наций, т. 189, № 2545.", ["UNTS 189/2545"]),
        ("الأمم المتحدة، مجموعة المعاهدات، المجلد 189، الرقم 2545.", ["UNTS 189/2545"]),
    ])
    func treatiesAndPublications(text: String, expected: [String]) throws {
        #expect(try targets(text) == expected)
    }

    @Test(arguments: [
        "Noting the OAU Council of Ministers resolution CM/Res.1153 (XLVIII),",
        "Noting IAEA General Conference resolution GC(45)/RES/10,",
        "Noting World Health Assembly resolution 57/12 and Commission on the Status of Women resolution 49/1,",
        "Agenda item 112\n03 50382\nN0350382E\n77th plenary meeting\n22 December 2003",
        "议程项目 93(c)\n第一章，决议 1，附件。第 20 段。第 77 次全体会议",
        "Recalling paragraph 12 of the annex and chapter 5 (2000),",
        "Recalling resolution, in particular paragraph 12 (I) and article 5 (2000) thereof,",
        "The meeting on 12/12/2003 heard 3/4 of the members.",
    ])
    func nonReferencesYieldNothing(text: String) throws {
        #expect(try targets(text) == [])
    }

    @Test func documentsOwnSymbolIsNotAReference() throws {
        let document = try Extractor().extract(text: "A/RES/58/154\n\n58/154. Title\n\nRecalling resolutions 58/154 and 57/1,\n")
        #expect(document.symbol == "A/RES/58/154")
        #expect(document.references.map(\.target) == ["A/RES/57/1"])
    }

    @Test func earlyResolutionTitleLineGivesItsSymbolAndDate() throws {
        let document = try Extractor().extract(text: """
            1514 (XV). Declaration on the granting of independence

            Recalling resolution 1514 (XV) and resolution 217 A (III),

            947th plenary meeting,
            14 December 1960.
            """)
        #expect(document.symbol == "A/RES/1514(XV)")
        #expect(document.title == "Declaration on the granting of independence")
        #expect(document.date == "1960-12-14")
        #expect(document.references.map(\.target) == ["A/RES/217A(III)"])
    }

    @Test func titleEndsWhereTheIndentedTextBegins() throws {
        let document = try Extractor().extract(text: "70/1.\tTransforming our world\n\tThe General Assembly,\n\tRecalling resolution 69/313,\n")
        #expect(document.title == "Transforming our world")
        #expect(document.references.map(\.target) == ["A/RES/69/313"])
    }

    @Test func securityCouncilHeaderGivesSymbolAndDate() throws {
        let document = try Extractor().extract(text: """
            Resolution 1325 (2000)

            Adopted by the Security Council at its 4213th meeting, on 31 October 2000

            Recalling its resolutions 1261 (1999) of 25 August 1999 and 1265 (1999),
            """)
        #expect(document.symbol == "S/RES/1325(2000)")
        #expect(document.date == "2000-10-31")
        #expect(document.references.map(\.target) == ["S/RES/1261(1999)", "S/RES/1265(1999)"])
        #expect(document.references.first?.citedDate == "1999-08-25")
    }
}
