extension LanguageTable {
    /// Russian. Cyrillic letters are matched as written, so sentence-initial forms are listed too.
    public static let russian = LanguageTable(
        language: .russian,
        phrases: [
            ("ссылаясь", .verb(.recalls)), ("Ссылаясь", .verb(.recalls)), ("напоминая", .verb(.recalls)), ("Напоминая", .verb(.recalls)),
            ("вновь подтверждая", .verb(.reaffirms)), ("Вновь подтверждая", .verb(.reaffirms)),
            ("подтверждает", .verb(.reaffirms)),
            ("принимая к сведению", .verb(.notes)), ("Принимая к сведению", .verb(.notes)),
            ("принимает к сведению", .verb(.notes)), ("Принимает к сведению", .verb(.notes)),
            ("отмечая", .verb(.notes)), ("Отмечая", .verb(.notes)),
            ("приветствуя", .verb(.welcomes)), ("Приветствуя", .verb(.welcomes)), ("приветствует", .verb(.welcomes)),
            ("рассмотрев", .verb(.considers)), ("Рассмотрев", .verb(.considers)),
            ("одобряет", .verb(.endorses)), ("Одобряет", .verb(.endorses)), ("одобряя", .verb(.endorses)), ("Одобряя", .verb(.endorses)),
            ("напоминает", .verb(.recalls)), ("ссылается", .verb(.recalls)),
            ("резолюция", .resolutionWord), ("резолюцию", .resolutionWord), ("резолюции", .resolutionWord),
            ("резолюций", .resolutionWord), ("резолюциях", .resolutionWord), ("резолюцией", .resolutionWord),
            ("резолюциям", .resolutionWord), ("резолюциями", .resolutionWord),
            ("Резолюция", .resolutionWord), ("Резолюции", .resolutionWord),
            ("решение", .decisionWord), ("решения", .decisionWord), ("решений", .decisionWord),
            ("решении", .decisionWord), ("решением", .decisionWord), ("решению", .decisionWord),
            ("решениях", .decisionWord), ("решениям", .decisionWord), ("решениями", .decisionWord),
            ("Решение", .decisionWord), ("Решения", .decisionWord),
            ("Генеральной Ассамблеи", .organ(.generalAssembly)), ("Генеральная Ассамблея", .organ(.generalAssembly)),
            ("Совета Безопасности", .organ(.securityCouncil)), ("Совет Безопасности", .organ(.securityCouncil)),
            ("Экономического и Социального Совета", .organ(.economicAndSocialCouncil)),
            ("Экономический и Социальный Совет", .organ(.economicAndSocialCouncil)),
            ("Совета по правам человека", .organ(.humanRightsCouncil)), ("Совет по правам человека", .organ(.humanRightsCouncil)),
            ("Комиссии по правам человека", .organ(.commissionOnHumanRights)), ("Комиссия по правам человека", .organ(.commissionOnHumanRights)),
            // The instrumental, after "принятая" (adopted by): "Резолюция, принятая Советом по правам человека 23 марта 2017 года".
            ("Советом по правам человека", .organ(.humanRightsCouncil)), ("Экономическим и Социальным Советом", .organ(.economicAndSocialCouncil)),
            ("Комиссией по правам человека", .organ(.commissionOnHumanRights)),
            ("Совета по Опеке", .organ(.other)), ("Совет по Опеке", .organ(.other)),
            ("Официальные отчеты Генеральной Ассамблеи", .officialRecords), ("Официальные отчёты Генеральной Ассамблеи", .officialRecords),
            ("официальные отчеты Генеральной Ассамблеи", .officialRecords), ("официальные отчёты Генеральной Ассамблеи", .officialRecords),
            ("Дополнение", .supplement), ("дополнение", .supplement),
            ("Сборник договоров", .treatySeries), ("Серия договоров", .treatySeries),
            ("Сборник договоров Организации Объединенных Наций", .treatySeries), ("Серия договоров Организации Объединенных Наций", .treatySeries), ("Лиги Наций", .leagueOfNations),
            ("там же", .ibid), ("Там же", .ibid),
            ("в продаже под №", .salesNumber), ("[по докладу", .onReportOf),
            ("пункт", .partOfText), ("пункта", .partOfText), ("статьи", .partOfText), ("приложение", .partOfText),
            ("пленарное заседание", .plenaryMeeting), ("заседание", .meeting),
            ("принятая Генеральной Ассамблеей", .adoptionDateFollows), ("принята Генеральной Ассамблеей", .adoptionDateFollows),
            ("принятая Советом Безопасности", .adoptionDateFollows), ("принята Советом Безопасности", .adoptionDateFollows),
        ],
        months: [
            "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
            "сентября", "октября", "ноября", "декабря",
        ],
        ordinals: RussianOrdinals.table,
        words: CitationWords(
            and: ["и"], dateOf: ["от"], yearWords: ["года", "г."], numberSigns: ["№"], volume: ["тт.", "т."],
            // Parts keep the Latin order, A, B, C, …, often typed as the Cyrillic capitals that look
            // like them ("резолюцией 217 А (III)", with a Cyrillic А).
            partLetters: ["А", "В", "С", "", "Е", "", "", "Н", "", "", "К", "", "М", "", "О", "Р", "", "", "", "Т", "", "", "", "Х"],
            possessives: ["свою", "свои", "своей", "своих", "своим", "своими", "своего", "своём", "своем", "своё", "свое"],
            // The genitive, as the organ stands after the word or the number: "резолюции Совета 5/1".
            adoptedBy: ["принятая", "принята"], councilWords: ["Совета"], commissionWords: ["Комиссии"])
    )
}

/// Russian ordinal words "первая" to "девяносто девятая", as a session ("сессия", feminine) is
/// numbered in the nominative ("пятьдесят восьмая сессия") and the genitive ("пятьдесят
/// восьмой сессии"), with "ё" written or not.
enum RussianOrdinals {
    static let table: [String: Int] = {
        let stems = [
            "", "перв", "втор", "треть", "четверт", "пят", "шест", "седьм", "восьм", "девят", "десят",
            "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат", "семнадцат",
            "восемнадцат", "девятнадцат",
        ]
        let tenStems = ["", "", "двадцат", "тридцат", "сороков", "пятидесят", "шестидесят", "семидесят", "восьмидесят", "девяност"]
        let tens = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"]
        /// The feminine nominative and genitive of an ordinal stem: "восьмая", "восьмой".
        func forms(_ stem: String) -> [String] {
            let soft = stem == "треть"
            var words = soft ? ["третья", "третьей"] : [stem + "ая", stem + "ой"]
            if stem == "четверт" { words += ["четвёртая", "четвёртой"] }
            return words
        }
        var table: [String: Int] = [:]
        table.reserveCapacity(512)
        for n in 1...19 { for word in forms(stems[n]) { table[word] = n } }
        for ten in 2...9 {
            for word in forms(tenStems[ten]) { table[word] = ten * 10 }
            for unit in 1...9 { for word in forms(stems[unit]) { table["\(tens[ten]) \(word)"] = ten * 10 + unit } }
        }
        return table
    }()
}
