extension LanguageTable {
    /// English.
    public static let english = LanguageTable(
        language: .english,
        phrases: [
            ("recalling", .verb(.recalls)), ("recalls", .verb(.recalls)), ("recall", .verb(.recalls)),
            ("reaffirming", .verb(.reaffirms)), ("reaffirms", .verb(.reaffirms)), ("reaffirm", .verb(.reaffirms)),
            ("noting", .verb(.notes)), ("taking note", .verb(.notes)), ("takes note", .verb(.notes)),
            ("take note", .verb(.notes)), ("having noted", .verb(.notes)), ("notes", .verb(.notes)),
            ("welcoming", .verb(.welcomes)), ("welcomes", .verb(.welcomes)), ("welcome", .verb(.welcomes)),
            ("having considered", .verb(.considers)), ("having examined", .verb(.considers)),
            ("considering", .verb(.considers)),
            ("endorses", .verb(.endorses)), ("endorsing", .verb(.endorses)), ("endorse", .verb(.endorses)), ("approves", .verb(.endorses)),
            ("resolution", .resolutionWord), ("resolutions", .resolutionWord), ("res.", .resolutionWord), ("res", .resolutionWord),
            ("decision", .decisionWord), ("decisions", .decisionWord),
            ("general assembly", .organ(.generalAssembly)),
            ("security council", .organ(.securityCouncil)),
            ("economic and social council", .organ(.economicAndSocialCouncil)),
            ("human rights council", .organ(.humanRightsCouncil)),
            ("commission on human rights", .organ(.commissionOnHumanRights)),
            // Abbreviations of reports, statements and legal writing: "ECOSOC resolution 1996/31",
            // "HRC resolution 5/1", "UNSC resolution 1325 (2000)", "G.A. Res. 2625 (XXV)", "E.S.C. Res. 1996/31", OSCOLA's "UNSC Res 1373".
            ("ecosoc", .organ(.economicAndSocialCouncil)), ("hrc", .organ(.humanRightsCouncil)),
            ("unsc", .organ(.securityCouncil)), ("unga", .organ(.generalAssembly)),
            ("g.a.", .organ(.generalAssembly)), ("s.c.", .organ(.securityCouncil)), ("e.s.c.", .organ(.economicAndSocialCouncil)),
            ("trusteeship council", .organ(.other)),
            ("sub-commission", .organ(.other)),
            ("subcommission", .organ(.other)),
            ("commission on the status of women", .organ(.other)),
            ("commission on population and development", .organ(.other)),
            ("commission for social development", .organ(.other)),
            ("commission on sustainable development", .organ(.other)),
            ("commission on narcotic drugs", .organ(.other)),
            ("commission on crime prevention and criminal justice", .organ(.other)),
            ("statistical commission", .organ(.other)),
            ("governing council", .organ(.other)),
            // Other organizations' councils and conferences: the African Union's, UNESCO's.
            ("executive council", .organ(.other)),
            ("peace and security council", .organ(.other)),
            ("general conference", .organ(.other)),
            ("executive board", .organ(.other)),
            ("executive committee", .organ(.other)),
            ("conference of the parties", .organ(.other)),
            ("world health assembly", .organ(.other)),
            ("council of ministers", .organ(.other)),
            ("board of governors", .organ(.other)),
            ("general conference", .organ(.other)),
            ("trade and development board", .organ(.other)),
            ("assembly of heads of state", .organ(.other)),
            ("treaty series", .treatySeries),
            ("league of nations", .leagueOfNations),
            ("ibid.", .ibid), ("ibid", .ibid),
            ("official records of the general assembly", .officialRecords),
            ("supplement", .supplement),
            ("sales no.", .salesNumber), ("sales no", .salesNumber),
            ("[on the report of", .onReportOf),
            ("adopted by the general assembly on", .adoptionDateFollows),
            ("adopted by the security council", .adoptionDateFollows),
            ("plenary meeting", .plenaryMeeting), ("meeting", .meeting),
            ("<<ods doc symbol1>>", .ownSymbolFollows),
            ("paragraph", .partOfText), ("paragraphs", .partOfText), ("para.", .partOfText), ("paras.", .partOfText),
            ("article", .partOfText), ("articles", .partOfText), ("chapter", .partOfText), ("chap.", .partOfText),
            ("section", .partOfText), ("annex", .partOfText), ("item", .partOfText), ("items", .partOfText),
            ("rule", .partOfText), ("rules", .partOfText), ("page", .partOfText), ("principle", .partOfText),
            ("the", .languageHint), ("and", .languageHint),
        ],
        months: [
            "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december",
        ],
        // The Bluebook's abbreviations (table T12).
        abbreviatedMonths: ["jan.", "feb.", "mar.", "apr.", "may", "june", "july", "aug.", "sept.", "oct.", "nov.", "dec."],
        ordinals: EnglishOrdinals.table,
        words: CitationWords(
            and: ["and"], to: ["to"], dateOf: ["of"], dayOrdinals: ["st", "nd", "rd", "th"], organOf: ["of the"],
            numberSigns: ["nos.", "no.", "nos", "no"], volume: ["vols.", "vols", "vol.", "vol"], gerundEndings: ["ing"], possessives: ["its"],
            adoptedBy: ["adopted by the"], councilWords: ["council"], commissionWords: ["commission"])
    )
}

/// English ordinal words "first" to "ninety-ninth", as session numbers are spelled.
enum EnglishOrdinals {
    static let table: [String: Int] = {
        let units = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
        let teens = [
            "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth",
        ]
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        let tensOrdinal = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"]
        var table: [String: Int] = [:]
        table.reserveCapacity(128)
        for (index, word) in units.enumerated() { table[word] = index + 1 }
        for (index, word) in teens.enumerated() { table[word] = index + 10 }
        for (index, ten) in tens.enumerated() {
            let value = (index + 2) * 10
            table[tensOrdinal[index]] = value
            for (unit, word) in units.enumerated() { table["\(ten)-\(word)"] = value + unit + 1 }
        }
        return table
    }()
}
