extension LanguageTable {
    /// Arabic. Clause openers carry their conjunction ("وإذ"), and "its resolution(s)" its
    /// attached pronoun, so the common written forms are listed as they stand.
    public static let arabic = LanguageTable(
        language: .arabic,
        phrases: [
            ("إذ تشير", .verb(.recalls)), ("وإذ تشير", .verb(.recalls)), ("تشير", .verb(.recalls)),
            ("إذ تعيد تأكيد", .verb(.reaffirms)), ("وإذ تعيد تأكيد", .verb(.reaffirms)), ("تعيد تأكيد", .verb(.reaffirms)),
            ("إذ تحيط علما", .verb(.notes)), ("وإذ تحيط علما", .verb(.notes)), ("تحيط علما", .verb(.notes)),
            ("إذ تلاحظ", .verb(.notes)), ("وإذ تلاحظ", .verb(.notes)),
            ("إذ ترحب", .verb(.welcomes)), ("وإذ ترحب", .verb(.welcomes)), ("ترحب", .verb(.welcomes)),
            ("وقد نظرت", .verb(.considers)), ("وقد درست", .verb(.considers)),
            ("تؤيد", .verb(.endorses)), ("توافق على", .verb(.endorses)),
            // The Security Council and the Economic and Social Council speak in the masculine.
            ("إذ يشير", .verb(.recalls)), ("وإذ يشير", .verb(.recalls)), ("يشير", .verb(.recalls)),
            ("إذ يعيد تأكيد", .verb(.reaffirms)), ("وإذ يعيد تأكيد", .verb(.reaffirms)), ("يعيد تأكيد", .verb(.reaffirms)),
            ("إذ يحيط علما", .verb(.notes)), ("وإذ يحيط علما", .verb(.notes)), ("يحيط علما", .verb(.notes)),
            ("إذ يلاحظ", .verb(.notes)), ("وإذ يلاحظ", .verb(.notes)),
            ("إذ يرحب", .verb(.welcomes)), ("وإذ يرحب", .verb(.welcomes)), ("يرحب", .verb(.welcomes)),
            ("وقد نظر", .verb(.considers)), ("يؤيد", .verb(.endorses)),
        ] + ArabicConjunction.withAndForms([
            ("القرار", .resolutionWord), ("القرارات", .resolutionWord), ("قرارها", .resolutionWord),
            ("قرار", .resolutionWord), ("قرارات", .resolutionWord), ("بقرار", .resolutionWord), ("بقرارات", .resolutionWord),
            ("قراري", .resolutionWord), ("قراريه", .resolutionWord), ("قراريها", .resolutionWord), ("بقراريها", .resolutionWord),
            ("القرارين", .resolutionWord), ("بالقرارين", .resolutionWord), ("للقرارين", .resolutionWord),
            ("قراره", .resolutionWord), ("قراراته", .resolutionWord), ("بقراره", .resolutionWord), ("بقراراته", .resolutionWord),
            ("قراراتها", .resolutionWord), ("بقرارها", .resolutionWord), ("بقراراتها", .resolutionWord),
            ("بالقرار", .resolutionWord), ("بالقرارات", .resolutionWord), ("للقرار", .resolutionWord), ("للقرارات", .resolutionWord),
            ("المقرر", .decisionWord), ("مقررها", .decisionWord), ("بالمقرر", .decisionWord), ("للمقرر", .decisionWord),
            ("مقرر", .decisionWord), ("بمقرر", .decisionWord), ("المقررات", .decisionWord), ("مقرراتها", .decisionWord),
            ("المقررين", .decisionWord), ("مقرريها", .decisionWord),
        ]) + [
            ("الجمعية العامة", .organ(.generalAssembly)), ("مجلس الأمن", .organ(.securityCouncil)),
            ("المجلس الاقتصادي والاجتماعي", .organ(.economicAndSocialCouncil)),
            ("مجلس حقوق الإنسان", .organ(.humanRightsCouncil)), ("لجنة حقوق الإنسان", .organ(.commissionOnHumanRights)),
            ("مجلس الوصاية", .organ(.other)),
            ("الوثائق الرسمية للجمعية العامة", .officialRecords), ("الملحق", .supplement),
            ("مجموعة المعاهدات", .treatySeries), ("عصبة الأمم", .leagueOfNations),
            ("المرجع نفسه", .ibid), ("رقم المبيع", .salesNumber), ("[بناء على تقرير", .onReportOf),
            ("الفقرة", .partOfText), ("المادة", .partOfText), ("المرفق", .partOfText),
            ("الجلسة العامة", .plenaryMeeting), ("الجلسة", .meeting),
            ("اتخذته الجمعية العامة", .adoptionDateFollows), ("اتخذه مجلس الأمن", .adoptionDateFollows),
        ],
        // The United Nations writes each month with its Levantine and its Gregorian name.
        months: [
            "كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو", "حزيران/يونيه",
            "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر", "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر",
        ],
        ordinals: ArabicOrdinals.table,
        words: CitationWords(
            joinedAnd: ["و"], to: ["إلى"], dateOf: ["المؤرختين", "المؤرخين", "المؤرخة", "المؤرخ"], numberSigns: ["الرقم", "رقم"], volume: ["المجلدان", "المجلدين", "المجلد"], sessionAbbreviations: ["د-", "د - "],
            // The letters in the order of the abjad, as the UN letters the parts of a resolution.
            partLetters: [
                "ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", "طاء", "ياء", "كاف", "لام", "ميم",
                "نون", "سين", "عين", "فاء", "صاد", "قاف", "راء", "شين", "تاء", "ثاء", "خاء", "ذال", "ضاد",
            ],
            commas: ["،"], paragraphOpeners: ["وإذ"],
            // "قراره", "قرارها", "قراريه", "قراراتها": its resolution(s), the pronoun attached.
            possessiveEndings: ["ها", "ه"],
            // "قرار اتخذه مجلس حقوق الإنسان في 23 آذار/مارس 2017": the resolution its organ adopted.
            adoptedBy: ["اتخذه", "اتخذها"], councilWords: ["المجلس"], commissionWords: ["اللجنة"])
    )
}

/// Arabic session ordinals as the Official Records write them, with the word "الدورة" (the
/// session) that stands before them: "الدورة الأولى" to "الدورة التاسعة والتسعون" (the unit
/// first, then the tens joined by "و": "الدورة الثامنة والخمسون" is the fifty-eighth).
enum ArabicOrdinals {
    static let table: [String: Int] = {
        let units = ["", "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة"]
        let tens = ["", "", "العشرون", "الثلاثون", "الأربعون", "الخمسون", "الستون", "السبعون", "الثمانون", "التسعون"]
        /// The unit as it stands in 11-19 and before tens: "الحادية" for one.
        func compoundUnit(_ unit: Int) -> String { unit == 1 ? "الحادية" : units[unit] }
        var table: [String: Int] = [:]
        table.reserveCapacity(128)
        for n in 1...10 { table["الدورة \(units[n])"] = n }
        for n in 11...19 { table["الدورة \(compoundUnit(n - 10)) عشرة"] = n }
        for ten in 2...9 {
            table["الدورة \(tens[ten])"] = ten * 10
            for unit in 1...9 { table["الدورة \(compoundUnit(unit)) و\(tens[ten])"] = ten * 10 + unit }
        }
        return table
    }()
}

/// Arabic writes "and" (و) joined to the next word: "وقرارها ٧٠/١" is "and its resolution 70/1".
enum ArabicConjunction {
    /// `phrases` with, for each, the same phrase with و joined before it.
    static func withAndForms(_ phrases: [(String, Phrase)]) -> [(String, Phrase)] {
        phrases + phrases.map { ("و" + $0.0, $0.1) }
    }
}
