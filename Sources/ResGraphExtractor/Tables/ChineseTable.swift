extension LanguageTable {
    /// Chinese (simplified).
    public static let chinese = LanguageTable(
        language: .chinese,
        phrases: [
            ("回顾", .verb(.recalls)), ("忆及", .verb(.recalls)),
            ("重申", .verb(.reaffirms)),
            ("注意到", .verb(.notes)),
            ("欢迎", .verb(.welcomes)), ("欣见", .verb(.welcomes)),
            ("审议了", .verb(.considers)),
            ("核可", .verb(.endorses)), ("赞同", .verb(.endorses)),
            ("决议", .closingResolutionWord),
            ("决定", .closingDecisionWord),
            ("大会", .organ(.generalAssembly)), ("联大", .organ(.generalAssembly)),
            ("安全理事会", .organ(.securityCouncil)), ("安理会", .organ(.securityCouncil)),
            ("经济及社会理事会", .organ(.economicAndSocialCouncil)), ("经社理事会", .organ(.economicAndSocialCouncil)),
            ("人权理事会", .organ(.humanRightsCouncil)),
            ("人权委员会", .organ(.commissionOnHumanRights)),
            ("妇女地位委员会", .organ(.other)),
            ("托管理事会", .organ(.other)),
            ("条约汇编", .treatySeries),
            ("国际联盟", .leagueOfNations),
            ("同上", .ibid),
            ("大会正式记录", .officialRecords),
            ("补编", .supplement),
            ("出售品编号", .salesNumber),
            ("[根据", .onReportOf),
            ("大会决议", .adoptionDatePrecedes),
            ("全体会议", .plenaryMeeting), ("次会议", .meeting),
        ],
        months: [],
        ordinals: [:],
        // "回顾其第5/1号决议": recalling its resolution 5/1.
        words: CitationWords(possessives: ["其"], adoptedAfter: ["通过"], councilWords: ["理事会"], commissionWords: ["委员会"]),
        ideographs: IdeographicForms(
            ordinalPrefix: "第", numberSuffix: "号", volumeSuffix: "卷", sessionSuffix: "届", year: "年", month: "月", day: "日",
            and: ["以及", "和", "及", "与"], enumerationComma: "、", to: "至", resolution: "决议", decision: "决定", ten: "十",
            comma: "，", colon: "：", openParenthesis: "（", closeParenthesis: "）", titleOpen: "《", titleClose: "》")
    )
}
