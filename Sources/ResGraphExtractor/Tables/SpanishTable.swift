extension LanguageTable {
    /// Spanish.
    public static let spanish = LanguageTable(
        language: .spanish,
        phrases: [
            ("recordando", .verb(.recalls)), ("recuerda", .verb(.recalls)),
            ("reafirmando", .verb(.reaffirms)), ("reafirma", .verb(.reaffirms)),
            ("observando", .verb(.notes)), ("tomando nota", .verb(.notes)), ("toma nota", .verb(.notes)),
            ("acogiendo con beneplácito", .verb(.welcomes)), ("acoge con beneplácito", .verb(.welcomes)),
            ("habiendo examinado", .verb(.considers)), ("considerando", .verb(.considers)),
            ("hace suyas", .verb(.endorses)), ("hace suyo", .verb(.endorses)), ("aprueba", .verb(.endorses)),
            ("resolución", .resolutionWord), ("resoluciones", .resolutionWord),
            ("decisión", .decisionWord), ("decisiones", .decisionWord),
            ("asamblea general", .organ(.generalAssembly)),
            ("consejo de seguridad", .organ(.securityCouncil)),
            ("consejo económico y social", .organ(.economicAndSocialCouncil)),
            ("consejo de derechos humanos", .organ(.humanRightsCouncil)),
            ("comisión de derechos humanos", .organ(.commissionOnHumanRights)),
            ("serie de tratados", .treatySeries), ("serie de tratados de las naciones unidas", .treatySeries), ("sociedad de las naciones", .leagueOfNations),
            ("documentos oficiales de la asamblea general", .officialRecords),
            ("suplemento", .supplement),
            ("núm. de venta", .salesNumber), ("no. de venta", .salesNumber),
            ("[sobre la base del informe de", .onReportOf),
            ("sesión plenaria", .plenaryMeeting),
            ("aprobada por la asamblea general el", .adoptionDateFollows), ("aprobada por el consejo de seguridad", .adoptionDateFollows),
            ("párrafo", .partOfText), ("artículo", .partOfText), ("capítulo", .partOfText), ("anexo", .partOfText),
            ("los", .languageHint), ("las", .languageHint), ("del", .languageHint), ("y", .languageHint),
        ],
        months: [
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "octubre", "noviembre", "diciembre",
        ],
        ordinals: [:],
        words: CitationWords(
            and: ["y"], to: ["a"], dateOf: ["de", "del"], dateJoiners: ["de"], numberSigns: ["nº", "núm."], volume: ["vol.", "vol"])
    )
}
