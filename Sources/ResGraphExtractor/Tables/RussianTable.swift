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
            ("одобряет", .verb(.endorses)), ("Одобряет", .verb(.endorses)),
            ("резолюция", .resolutionWord), ("резолюцию", .resolutionWord), ("резолюции", .resolutionWord),
            ("резолюций", .resolutionWord), ("резолюциях", .resolutionWord), ("резолюцией", .resolutionWord),
            ("резолюциям", .resolutionWord), ("резолюциями", .resolutionWord),
            ("Резолюция", .resolutionWord), ("Резолюции", .resolutionWord),
            ("решение", .decisionWord), ("решения", .decisionWord), ("решений", .decisionWord),
            ("Генеральной Ассамблеи", .organ(.generalAssembly)), ("Генеральная Ассамблея", .organ(.generalAssembly)),
            ("Совета Безопасности", .organ(.securityCouncil)), ("Совет Безопасности", .organ(.securityCouncil)),
            ("Экономического и Социального Совета", .organ(.economicAndSocialCouncil)),
            ("Совета по правам человека", .organ(.humanRightsCouncil)),
            ("Комиссии по правам человека", .organ(.commissionOnHumanRights)),
            ("Сборник договоров", .treatySeries), ("Лиги Наций", .leagueOfNations),
            ("там же", .ibid), ("Там же", .ibid),
            ("пункт", .partOfText), ("пункта", .partOfText), ("статьи", .partOfText), ("приложение", .partOfText),
            ("пленарное заседание", .plenaryMeeting),
            ("принятая Генеральной Ассамблеей", .adoptionDateFollows), ("принята Генеральной Ассамблеей", .adoptionDateFollows),
            ("принятая Советом Безопасности", .adoptionDateFollows), ("принята Советом Безопасности", .adoptionDateFollows),
        ],
        months: [
            "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
            "сентября", "октября", "ноября", "декабря",
        ],
        ordinals: [:],
        words: CitationWords(and: ["и"], dateOf: ["от"], numberSigns: ["№"], volume: ["т."])
    )
}
