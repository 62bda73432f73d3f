/// The language a UN file's name ends with, after its symbol: "-EN" and "-E" from the Official
/// Document System, ".en" from datasets, "_FR" from downloads renamed by hand.
enum LanguageSuffix {
    /// The six official languages' codes, as file names write them (upper case).
    static let codes: Set<String> = ["EN", "FR", "ES", "RU", "AR", "ZH", "CH"]
    /// The one-letter codes of older ODS names ("A-RES-58-154-E.pdf"): English, French,
    /// Spanish, Russian, Arabic, Chinese.
    static let letters: Set<String> = ["E", "F", "S", "R", "A", "C"]

    /// Whether `suffix`, the end of a name after `separator`, names a language. A letter alone
    /// does only after "-" or ".", since after "_" it may be a symbol's last part.
    static func isLanguage(_ suffix: Substring, after separator: Character) -> Bool {
        let upper = suffix.uppercased()
        return codes.contains(upper) || (separator != "_" && letters.contains(upper))
    }
}
