/// What a word or phrase from a ``LanguageTable`` means to the extractor.
public enum Phrase: Hashable, Sendable {
    /// A citing verb: the clause it opens cites under this relation ("Recalling", "回顾").
    case verb(Relation)
    /// "resolution(s)" before the numbers it introduces ("resolutions 48/113 and 49/173").
    case resolutionWord
    /// "decision(s)" before the numbers it introduces.
    case decisionWord
    /// "决议" after the numbers it closes ("第 48/113 号决议").
    case closingResolutionWord
    /// "决定" after the numbers it closes ("第 1995/313 号决定").
    case closingDecisionWord
    /// The name of a body that adopts resolutions ("Economic and Social Council").
    case organ(Organ)
    /// The United Nations Treaty Series ("Treaty Series", "Recueil des Traités", "条约汇编").
    case treatySeries
    /// "League of Nations": makes a following Treaty Series the League's.
    case leagueOfNations
    /// "Ibid." / "同上": the citation before continues.
    case ibid
    /// "Official Records of the General Assembly" and its translations.
    case officialRecords
    /// "Supplement" of the Official Records, before its number.
    case supplement
    /// "Sales No." and its translations, before a sales number.
    case salesNumber
    /// "[on the report of": the header naming the committee report.
    case onReportOf
    /// Words before the adoption date in a header ("adopted by the General Assembly on").
    case adoptionDateFollows
    /// Words right after the adoption date in a header ("大会决议").
    case adoptionDatePrecedes
    /// "plenary meeting": the adoption date stands on a line next to it.
    case plenaryMeeting
    /// "meeting" after the ordinal that opens its line ("61st meeting"), as the Human Rights
    /// Council's texts close: the adoption date stands on a line next to it, as by a plenary meeting.
    case meeting
    /// The ODS metadata tag before the document's own symbol.
    case ownSymbolFollows
    /// A word numbering a part of a text ("paragraph", "article", "annex"): the number after
    /// it is not a resolution, so it closes a list opened by "resolutions".
    case partOfText
    /// A common word of the language, counted to tell languages apart.
    case languageHint
}
