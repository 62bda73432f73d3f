import ResGraphExtractor
import Testing

/// Every month name of every table is read as its month, in the date after a cited
/// resolution: the names of one script share their first bytes (every Arabic name starts D8
/// or D9, two start "كانون"), and each must still be told from the others.
struct MonthNameTests {
    /// A clause citing resolution 58/154 with its date, in each language that names months:
    /// the words before the month and after it.
    private static let clauses: [(LanguageTable, String, String)] = [
        (.english, "Recalling its resolution 58/154 of 22 ", " 2003,"),
        (.french, "Rappelant sa résolution 58/154 du 22 ", " 2003,"),
        (.spanish, "Recordando su resolución 58/154, de 22 de ", " de 2003,"),
        (.russian, "ссылаясь на свою резолюцию 58/154 от 22 ", " 2003 года,"),
        (.arabic, "إذ تشير إلى قرارها 58/154 المؤرخ 22 ", " 2003،"),
    ]

    @Test func everyMonthNameIsReadAsItsMonth() throws {
        for (table, before, after) in Self.clauses {
            #expect(table.months.count == 12, "\(table.language)")
            for (offset, name) in table.months.enumerated() {
                let month = offset + 1
                let expected = "2003-\(month < 10 ? "0" : "")\(month)-22"
                let dates = try Extractor().extract(text: before + name + after).references.map { $0.citedDate ?? "-" }
                #expect(dates == [expected], "\(table.language): \(name)")
            }
        }
    }

    /// Latin month names are read whatever their case, the first letters as the rest, after
    /// any white space (a line broken between day and month) or a day's ordinal.
    @Test(arguments: ["22 December 2003", "22 DECEMBER 2003", "22 dEcEmBeR 2003", "22\nDecember 2003", "22\tDecember 2003", "22nd December 2003"])
    func aLatinMonthNameIsReadInAnyCase(date: String) throws {
        let references = try Extractor().extract(text: "Recalling its resolution 58/154 of \(date),").references
        #expect(references.map { $0.citedDate ?? "-" } == ["2003-12-22"])
    }

    /// A number followed by a word that starts no month name, or by a month name with its last
    /// letter changed, is no date.
    @Test(arguments: [
        "Recalling its resolution 58/154 of 22 delegations 2003,",
        "Recalling its resolution 58/154 of 22 Decembre 2003,",
        "إذ تشير إلى قرارها 58/154 المؤرخ 22 كانون الثاني/ينايو 2003،",
    ])
    func aWordThatIsNoMonthNameMakesNoDate(text: String) throws {
        let references = try Extractor().extract(text: text).references
        #expect(references.map { $0.citedDate ?? "-" } == ["-"])
    }
}
