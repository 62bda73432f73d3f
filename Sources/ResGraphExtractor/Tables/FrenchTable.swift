extension LanguageTable {
    /// French.
    public static let french = LanguageTable(
        language: .french,
        phrases: [
            ("rappelant", .verb(.recalls)), ("rappelle", .verb(.recalls)),
            ("réaffirmant", .verb(.reaffirms)), ("réaffirme", .verb(.reaffirms)),
            ("notant", .verb(.notes)), ("prenant acte", .verb(.notes)), ("prend acte", .verb(.notes)),
            ("prenant note", .verb(.notes)), ("prend note", .verb(.notes)),
            ("se félicitant", .verb(.welcomes)), ("se félicite", .verb(.welcomes)),
            ("accueillant", .verb(.welcomes)),
            ("ayant examiné", .verb(.considers)), ("considérant", .verb(.considers)),
            ("fait siennes", .verb(.endorses)), ("fait sienne", .verb(.endorses)), ("fait siens", .verb(.endorses)), ("fait sien", .verb(.endorses)), ("approuve", .verb(.endorses)),
            ("résolution", .resolutionWord), ("résolutions", .resolutionWord),
            ("décision", .decisionWord), ("décisions", .decisionWord),
            ("assemblée générale", .organ(.generalAssembly)),
            ("conseil de sécurité", .organ(.securityCouncil)),
            ("conseil économique et social", .organ(.economicAndSocialCouncil)),
            ("conseil des droits de l'homme", .organ(.humanRightsCouncil)),
            ("conseil des droits de l’homme", .organ(.humanRightsCouncil)),
            ("commission des droits de l'homme", .organ(.commissionOnHumanRights)),
            ("commission des droits de l’homme", .organ(.commissionOnHumanRights)),
            ("conseil de tutelle", .organ(.other)),
            ("sous-commission", .organ(.other)),
            ("commission de la condition de la femme", .organ(.other)),
            ("conseil d'administration", .organ(.other)), ("conseil d’administration", .organ(.other)),
            ("recueil des traités", .treatySeries),
            ("société des nations", .leagueOfNations),
            ("ibid.", .ibid), ("ibid", .ibid),
            ("documents officiels de l'assemblée générale", .officialRecords),
            ("documents officiels de l’assemblée générale", .officialRecords),
            ("supplément", .supplement),
            ("numéro de vente", .salesNumber),
            ("[sur le rapport de", .onReportOf),
            ("adoptée par l'assemblée générale le", .adoptionDateFollows),
            ("adoptée par l’assemblée générale le", .adoptionDateFollows),
            ("adoptée par le conseil de sécurité", .adoptionDateFollows),
            ("séance plénière", .plenaryMeeting), ("séance", .meeting),
            ("paragraphe", .partOfText), ("paragraphes", .partOfText), ("article", .partOfText), ("articles", .partOfText),
            ("chapitre", .partOfText), ("section", .partOfText), ("annexe", .partOfText), ("point", .partOfText),
            ("les", .languageHint), ("des", .languageHint), ("du", .languageHint), ("et", .languageHint),
        ],
        months: [
            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre",
        ],
        ordinals: FrenchOrdinals.table,
        words: CitationWords(
            and: ["et"], to: ["à"], dateOf: ["du", "de"], datesOf: ["des"], dayOrdinals: ["er"], organOf: ["du", "de la", "de l'", "de l’"],
            numberSigns: ["n°"], volume: ["vol.", "vol"],
            ordinalJoiners: ["et"], possessives: ["ses", "sa", "son"],
            adoptedBy: ["adoptée par le", "adoptée par la", "adoptée par l’", "adoptée par l'"],
            councilWords: ["conseil"], commissionWords: ["commission"])
    )
}

/// French ordinal words "première" to "quatre-vingt-dix-neuvième".
enum FrenchOrdinals {
    static let table: [String: Int] = {
        let small = [
            "", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
            "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf",
        ]
        let tens = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante"]
        func cardinals(_ n: Int) -> [String] {
            if n < 20 { return [small[n]] }
            if n < 70 {
                let ten = tens[n / 10], unit = n % 10
                if unit == 0 { return [ten] }
                if unit == 1 { return ["\(ten) et un", "\(ten)-et-un"] }
                return ["\(ten)-\(small[unit])"]
            }
            if n < 80 {
                let rest = n - 60
                if rest == 11 { return ["soixante et onze", "soixante-et-onze"] }
                return ["soixante-\(small[rest])"]
            }
            if n == 80 { return ["quatre-vingts"] }
            return ["quatre-vingt-\(small[n - 80])"]
        }
        func ordinal(_ cardinal: String) -> String {
            if cardinal.hasSuffix("quatre-vingts") { return String(cardinal.dropLast()) + "ième" }
            if cardinal.hasSuffix("cinq") { return cardinal + "uième" }
            if cardinal.hasSuffix("neuf") { return String(cardinal.dropLast()) + "vième" }
            if cardinal.hasSuffix("e") { return String(cardinal.dropLast()) + "ième" }
            return cardinal + "ième"
        }
        var table: [String: Int] = [:]
        table.reserveCapacity(128)
        table["premier"] = 1
        table["première"] = 1
        for n in 2...99 {
            for cardinal in cardinals(n) { table[ordinal(cardinal)] = n }
        }
        return table
    }()
}
