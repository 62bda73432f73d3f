extension LanguageTable {
    /// Spanish.
    public static let spanish = LanguageTable(
        language: .spanish,
        phrases: [
            ("recordando", .verb(.recalls)), ("recuerda", .verb(.recalls)),
            ("reafirmando", .verb(.reaffirms)), ("reafirma", .verb(.reaffirms)),
            ("observando", .verb(.notes)), ("tomando nota", .verb(.notes)), ("toma nota", .verb(.notes)),
            ("acogiendo con beneplácito", .verb(.welcomes)), ("acoge con beneplácito", .verb(.welcomes)),
            ("acogiendo con satisfacción", .verb(.welcomes)), ("acoge con satisfacción", .verb(.welcomes)), ("habiendo considerado", .verb(.considers)),
            ("habiendo examinado", .verb(.considers)), ("considerando", .verb(.considers)),
            ("hace suyas", .verb(.endorses)), ("hace suyos", .verb(.endorses)), ("hace suya", .verb(.endorses)), ("hace suyo", .verb(.endorses)), ("aprueba", .verb(.endorses)),
            ("resolución", .resolutionWord), ("resoluciones", .resolutionWord),
            ("decisión", .decisionWord), ("decisiones", .decisionWord),
            ("asamblea general", .organ(.generalAssembly)),
            ("consejo de seguridad", .organ(.securityCouncil)),
            ("consejo económico y social", .organ(.economicAndSocialCouncil)),
            ("consejo de derechos humanos", .organ(.humanRightsCouncil)),
            ("comisión de derechos humanos", .organ(.commissionOnHumanRights)),
            ("consejo de administración fiduciaria", .organ(.other)),
            ("serie de tratados", .treatySeries), ("serie de tratados de las naciones unidas", .treatySeries), ("sociedad de las naciones", .leagueOfNations),
            ("documentos oficiales de la asamblea general", .officialRecords),
            ("suplemento", .supplement),
            ("núm. de venta", .salesNumber), ("no. de venta", .salesNumber),
            ("[sobre la base del informe de", .onReportOf),
            ("sesión plenaria", .plenaryMeeting), ("sesión", .meeting),
            ("aprobada por la asamblea general el", .adoptionDateFollows), ("aprobada por el consejo de seguridad", .adoptionDateFollows),
            ("párrafo", .partOfText), ("artículo", .partOfText), ("capítulo", .partOfText), ("anexo", .partOfText),
            ("los", .languageHint), ("las", .languageHint), ("del", .languageHint), ("y", .languageHint),
        ],
        months: [
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "octubre", "noviembre", "diciembre",
        ],
        ordinals: SpanishOrdinals.table,
        words: CitationWords(
            and: ["y"], to: ["a"], dateOf: ["de", "del"], dateJoiners: ["de"], organOf: ["del", "de la"], numberSigns: ["nº", "núm."],
            volume: ["vols.", "vols", "vol.", "vol"], possessives: ["sus", "su"],
            adoptedBy: ["aprobada por el", "aprobada por la"], councilWords: ["consejo"], commissionWords: ["comisión"])
    )
}

/// Spanish ordinal words "primer" to "nonagésimo noveno", as sessions are numbered
/// ("quincuagésimo octavo período de sesiones"), with the short forms before a noun ("primer",
/// "tercer") and the one-word forms of 11 to 19 ("decimotercer", "undécimo").
enum SpanishOrdinals {
    static let table: [String: Int] = {
        let units: [[String]] = [
            [], ["primer", "primero"], ["segundo"], ["tercer", "tercero"], ["cuarto"], ["quinto"], ["sexto"],
            ["séptimo", "sétimo"], ["octavo"], ["noveno"],
        ]
        let tens = ["", "décimo", "vigésimo", "trigésimo", "cuadragésimo", "quincuagésimo", "sexagésimo", "septuagésimo", "octogésimo", "nonagésimo"]
        let teens: [Int: [String]] = [
            11: ["undécimo", "decimoprimer", "decimoprimero"], 12: ["duodécimo", "decimosegundo"],
            13: ["decimotercer", "decimotercero"], 14: ["decimocuarto"], 15: ["decimoquinto"], 16: ["decimosexto"],
            17: ["decimoséptimo"], 18: ["decimoctavo", "decimooctavo"], 19: ["decimonoveno", "decimonono"],
        ]
        var table: [String: Int] = [:]
        table.reserveCapacity(256)
        for (unit, words) in units.enumerated() { for word in words { table[word] = unit } }
        for (value, words) in teens { for word in words { table[word] = value } }
        for ten in 1...9 {
            table[tens[ten]] = ten * 10
            for unit in 1...9 where ten > 1 || unit > 0 {
                for word in units[unit] { table["\(tens[ten]) \(word)"] = ten * 10 + unit }
            }
        }
        return table
    }()
}
