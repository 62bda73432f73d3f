/// Everything language-specific the extractor knows, as data.
///
/// A new language is a new table (verbs, citation words, month names, ordinals, the small
/// words between numbers) added to ``LanguageTable/all`` plus its tests; the scanner has no
/// language in its code (docs/adding-a-language.md).
///
/// ```swift
/// LanguageTable(language: .english, phrases: [("recalling", .verb(.recalls))], ...)
/// ```
public struct LanguageTable: Sendable {
    /// The language the table describes.
    public let language: Language
    /// Words and phrases with their meaning. Latin letters are matched without regard
    /// to ASCII case; one space matches any run of white space, including line breaks.
    public let phrases: [(String, Phrase)]
    /// Month names, January first, as written in dates ("22 décembre 2003").
    public let months: [String]
    /// Month names as legal writing abbreviates them, January first, where the language's
    /// citation manuals do: "Nov." in "S.C. Res. 242 (Nov. 22, 1967)". Read only in the
    /// bracketed date after a Council resolution's number; empty where none is in use.
    public let abbreviatedMonths: [String]
    /// Ordinal words of session numbers and their values ("fifty-eighth" = 58).
    public let ordinals: [String: Int]
    /// The small words between the numbers of a citation ("and", "to", "of", "No.", "vol.").
    public let words: CitationWords
    /// The characters of the citation grammar, for a language written in ideographs.
    public let ideographs: IdeographicForms?

    /// Creates a table.
    public init(
        language: Language, phrases: [(String, Phrase)], months: [String], abbreviatedMonths: [String] = [],
        ordinals: [String: Int], words: CitationWords, ideographs: IdeographicForms? = nil
    ) {
        self.language = language
        self.phrases = phrases
        self.months = months
        self.abbreviatedMonths = abbreviatedMonths
        self.ordinals = ordinals
        self.words = words
        self.ideographs = ideographs
    }

    /// The tables the extractor reads with.
    public static let all: [LanguageTable] = [.english, .french, .chinese, .spanish, .russian, .arabic]
}
