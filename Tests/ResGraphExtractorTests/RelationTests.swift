import ResGraphExtractor
import Testing

/// The citing verb of each clause, in each language, from the spec's table.
struct RelationTests {
    @Test(arguments: [
        ("Recalling resolution 48/113,", "recalls"), ("Recalling also resolution 48/113,", "recalls"),
        ("Reaffirming resolution 48/113,", "reaffirms"), ("Noting resolution 48/113,", "notes"),
        ("Taking note of resolution 48/113,", "notes"), ("1. Takes note of resolution 48/113;", "notes"),
        ("Welcoming resolution 48/113,", "welcomes"), ("Having considered resolution 48/113,", "considers"),
        ("Having examined resolution 48/113,", "considers"), ("2. Endorses resolution 48/113;", "endorses"),
        ("3. Approves resolution 48/113;", "endorses"), ("Mindful of resolution 48/113,", "cites"),
        ("Rappelant sa résolution 48/113,", "recalls"), ("Réaffirmant sa résolution 48/113,", "reaffirms"),
        ("Prenant acte de la résolution 48/113,", "notes"), ("Se félicitant de la résolution 48/113,", "welcomes"),
        ("Ayant examiné la résolution 48/113,", "considers"), ("1. Fait siennes la résolution 48/113 ;", "endorses"),
        ("回顾第 48/113 号决议，", "recalls"), ("又回顾第 48/113 号决议，", "recalls"), ("忆及第 48/113 号决议，", "recalls"),
        ("重申第 48/113 号决议，", "reaffirms"), ("赞赏地注意到第 48/113 号决议，", "notes"), ("欢迎第 48/113 号决议，", "welcomes"),
        ("审议了第 48/113 号决议，", "considers"), ("核可第 48/113 号决议，", "endorses"), ("铭记第 48/113 号决议，", "cites"),
        ("Recordando su resolución 48/113,", "recalls"),
        ("Ссылаясь на свою резолюцию 48/113,", "recalls"), ("Вновь подтверждая резолюцию 48/113,", "reaffirms"),
        ("Принимая к сведению резолюцию 48/113,", "notes"), ("Приветствуя резолюцию 48/113,", "welcomes"),
        ("إذ تشير إلى قرارها 48/113،", "recalls"), ("وإذ تعيد تأكيد قرارها 48/113،", "reaffirms"),
        ("وإذ ترحب بقرارها 48/113،", "welcomes"),
        ("Having noted resolution 48/113,", "notes"), ("3. Decides to endorse resolution 48/113;", "endorses"),
        ("Recalling further resolution 48/113,", "recalls"), ("Noting with concern resolution 48/113,", "notes"),
        ("Noting with appreciation resolution 48/113,", "notes"), ("2. Welcomes resolution 48/113;", "welcomes"),
        ("Bearing in mind resolution 48/113,", "cites"), ("Guided by resolution 48/113,", "cites"),
        ("Having heard resolution 48/113,", "cites"),
        ("16. Decides to keep the measures under review with a view to considering whether they might be lifted following compliance with resolution 48/113;", "cites"),
        ("Reafirmando su resolución 48/113,", "reaffirms"), ("Tomando nota de la resolución 48/113,", "notes"),
        ("Acogiendo con beneplácito la resolución 48/113,", "welcomes"), ("Habiendo examinado la resolución 48/113,", "considers"),
        ("1. Hace suyo el informe y la resolución 48/113;", "endorses"), ("1. Hace suya la resolución 48/113;", "endorses"),
        ("Рассмотрев резолюцию 48/113,", "considers"), ("1. Одобряет резолюцию 48/113;", "endorses"),
        ("وإذ تحيط علما بالقرار 48/113،", "notes"), ("وقد نظرت في القرار 48/113،", "considers"),
        ("1 - تؤيد القرار 48/113؛", "endorses"),
        ("1. Fait sienne la résolution 48/113 ;", "endorses"), ("1. Fait siens les principes de la résolution 48/113 ;", "endorses"),
        ("Acogiendo con satisfacción la resolución 48/113,", "welcomes"), ("2. Acoge con satisfacción la resolución 48/113;", "welcomes"),
        ("Habiendo considerado la resolución 48/113,", "considers"),
        ("одобряя резолюцию 48/113,", "endorses"), ("2. напоминает о своей резолюции 48/113;", "recalls"),
        ("3. ссылается на свою резолюцию 48/113;", "recalls"), ("欣见第 48/113 号决议，", "welcomes"),
    ])
    func verbGivesRelation(text: String, relation: String) throws {
        #expect(try citations(text) == ["\(relation): A/RES/48/113"])
    }

    /// What follows a colon belongs to the sentence the colon ends: a list, or the rest of a title
    /// the PDF broke onto a new line.
    @Test func theVerbCarriesPastAColon() throws {
        #expect(try citations("11. Recalls:\n\nThe reports of the fact-finding mission (S/2018/478) and the letter (S/2019/208);\n")
            == ["recalls: S/2018/478", "recalls: S/2019/208"])
        #expect(try citations("We welcome the Almaty Programme of Action:\nAddressing the Special Needs of Landlocked Developing Countries (A/CONF.202/3),\n")
            == ["welcomes: A/CONF.202/3"])
        #expect(try citations("Recalling resolution 48/113,\nNoting resolution 49/173,\n") == ["recalls: A/RES/48/113", "notes: A/RES/49/173"])
        // Items of the list end with semicolons and keep the verb; the next numbered paragraph ends the list.
        #expect(Set(try citations("11. Recalls:\n\nThe report of 28 June 2023 (S/2023/508);\n\nThe report of 22 February 2024 (S/2024/214);\n\n12. Requests the report (S/2024/486);\n"))
            == ["recalls: S/2023/508", "recalls: S/2024/214", "cites: S/2024/486"])
        // A numbered paragraph after a blank line begins one, though the line before ends in a number.
        #expect(Set(try citations("12. Also recalls the adoption of:\n\nDecision EC-94/DEC.2 (S/2020/1);22\n\n13. Reiterates its concern about resolution 2118 (2013);\n"))
            == ["recalls: S/2020/1", "cites: S/RES/2118(2013)"])
    }

    /// In a text that sets its paragraphs apart with blank lines (Markdown, converted PDFs), a
    /// line broken inside a paragraph is no new paragraph; where lines are paragraphs, it is.
    @Test func aSoftLineBreakContinuesTheParagraph() throws {
        let blankSeparated = "The General Assembly,\n\nRecalling resolution 60/1,\n\nNoting resolution 60/2,\n\nRecalling that the Convention on the Development, Production,\nStockpiling and Use of Chemical Weapons (A/47/1) reaffirms that Protocol,\n\nWelcoming resolution 60/3,\n"
        #expect(Set(try citations(blankSeparated)) == ["notes: A/RES/60/2", "recalls: A/47/1", "recalls: A/RES/60/1", "welcomes: A/RES/60/3"])
        let linePerParagraph = "Recalling resolution 60/1,\nNoting resolution 60/2,\nRecalling resolution 60/4,\nMindful of resolution 60/5,\n"
        #expect(Set(try citations(linePerParagraph)) == ["cites: A/RES/60/5", "notes: A/RES/60/2", "recalls: A/RES/60/1", "recalls: A/RES/60/4"])
    }

    /// Russian opens its preambular paragraphs in lower case ("ссылаясь на …", "исходя из …"):
    /// after a blank line, such a line after a finished clause begins a paragraph, and a verb
    /// does not carry into the next one. A line broken inside a paragraph, with no blank line
    /// before it, goes on with its verb, unless the text keeps its paragraphs on one line each.
    @Test func aRussianParagraphOpensInLowerCase() throws {
        let text = "Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 1722 (XVI) от 20 декабря 1961 года,\n\nисходя из убеждения, что цель признана в резолюции 1722 (XVI) Генеральной Ассамблеи,\n\nбудучи обеспокоена положением, о котором говорится в резолюции 1767 (XVII),\n\nвновь подтверждая свою резолюцию 1378 (XIV),\nрезолюцию 1516 (XV)\n"
        #expect(try Extractor().extract(text: text).references.map { "\($0.relation.rawValue): \($0.target)" } == [
            "recalls: A/RES/1722(XVI)", "cites: A/RES/1722(XVI)", "cites: A/RES/1767(XVII)",
            "reaffirms: A/RES/1378(XIV)", "reaffirms: A/RES/1516(XV)",
        ])
        // A text that keeps each paragraph on one line (a line longer than pages wrap came
        // first) begins a paragraph at each such line, blank line or not.
        let lines = "Генеральная Ассамблея,\nпринимая к сведению два предварительных доклада о ходе работы Совещания Комитета восемнадцати государств по разоружению, проект договора о всеобщем и полном разоружении под строгим международным контролем,\nссылаясь на свою резолюцию 1722 (XVI),\nисходя из убеждения, что цель признана в резолюции 1722 (XVI),\n"
        #expect(try Extractor().extract(text: lines).references.map { "\($0.relation.rawValue): \($0.target)" } == [
            "recalls: A/RES/1722(XVI)", "cites: A/RES/1722(XVI)",
        ])
    }

    /// Arabic opens each preambular paragraph with "وإذ" ("and whereas"), which begins one at a
    /// line's start after a finished clause: "وإذ يساورها القلق" (being concerned) does not take
    /// the verb of "وإذ تشير" (recalling) before it; "وإذا" (if) opens none.
    @Test func anArabicParagraphOpensWithItsWord() throws {
        let text = "إن الجمعية العامة،\nوإذ تشير إلى قرارها 48/113 المؤرخ 20 كانون الأول/ديسمبر 1993،\nوإذ يساورها القلق إزاء ما ورد في القرار 49/173،\nوإذ تشير إلى القرار 50/152،\nوإذا لزم الأمر القرار 51/1،\n"
        #expect(try Extractor().extract(text: text).references.map { "\($0.relation.rawValue): \($0.target)" } == [
            "recalls: A/RES/48/113", "cites: A/RES/49/173", "recalls: A/RES/50/152", "recalls: A/RES/51/1",
        ])
    }

    /// Numbers of a list or range set apart by spaces are no footnote markers, as OCR'd ones are.
    @Test func aListOfDaysIsNoFootnoteMarker() throws {
        let text = "Welcoming the report, which found that the Air Force used chemical weapons on 24, 25 and 30 March 2017, and the agreement between the United Nations and the Organisation, 4 in force,\n4 United Nations, Treaty Series, vol. 2160, No. 1240.\n"
        #expect(try citations(text) == ["welcomes: UNTS 2160/1240"])
        let marker = text.utf8.distance(from: text.startIndex, to: text.range(of: ", 4 in")!.lowerBound) + 2
        #expect(try Extractor().extract(text: text).references.map(\.anchor) == [marker])
    }

    /// A sentence names its own verb; an abbreviation's full stop ends no sentence.
    @Test func aSentenceEndsTheVerb() throws {
        #expect(try citations("8. We welcome the Sevilla Commitment (A/RES/79/323). We also uphold the Doha Declaration (A/RES/63/239).\n")
            == ["welcomes: A/RES/79/323", "cites: A/RES/63/239"])
        #expect(try citations("Welcoming the publication (United Nations publication, Sales No. E.95.XIII.18) and resolution 48/113,\n")
            == ["welcomes: A/RES/48/113", "welcomes: Sales No. 95.XIII.18"])
    }

    @Test func nearestVerbInTheParagraphWins() throws {
        let text = "\t2. Calls upon States, and welcomes resolution 48/113;\n\t3. Invites States to accede to resolution 49/173;\n"
        #expect(try citations(text) == ["welcomes: A/RES/48/113", "cites: A/RES/49/173"])
    }

    @Test func committeeReportIsOnReportOf() throws {
        #expect(try citations("[on the report of the Third Committee (A/58/503)]\n") == ["on-report-of: A/58/503"])
        #expect(try citations("[sur le rapport de la Troisième Commission (A/58/503)]\n") == ["on-report-of: A/58/503"])
        #expect(try citations("[根据第三委员会的报告(A/58/503)通过]\n") == ["on-report-of: A/58/503"])
        #expect(try citations("[sobre la base del informe de la Tercera Comisión (A/58/503)]\n") == ["on-report-of: A/58/503"])
        #expect(try citations("[по докладу Третьего комитета (A/58/503)]\n") == ["on-report-of: A/58/503"])
        #expect(try citations("[بناء على تقرير اللجنة الثالثة (A/58/503)]\n") == ["on-report-of: A/58/503"])
    }
}
