/// The small words of one language that stand between the numbers of a citation: list and range
/// words, the word before a date, abbreviations of "number" and "volume". The parsers read the
/// words of every language in ``LanguageTable/all`` (see ``Glyph``).
///
/// ```swift
/// CitationWords(and: ["and"], to: ["to"], dateOf: ["of"], dayOrdinals: ["st", "nd", "rd", "th"],
///               numberSigns: ["nos.", "no.", "nos", "no"], volume: ["vol.", "vol"])
/// ```
public struct CitationWords: Sendable {
    /// Words joining items of a list: "resolutions 1 and 2".
    public var and: [String]
    /// "And" written joined to the word after it: Arabic "و" ("ألف وباء", A and B).
    public var joinedAnd: [String]
    /// Words joining the ends of a range: "resolutions 1 to 4".
    public var to: [String]
    /// Words before the date a citation gives: "resolution 48/113 of 20 December 1993".
    public var dateOf: [String]
    /// Words other than ``dateOf`` before the days of one month that a list's numbers were
    /// adopted on, each its own: French "des" ("résolutions 73/195 et 73/151 des 19 et 17
    /// décembre 2018").
    public var datesOf: [String]
    /// Suffixes of day ordinals: "1st", "1er".
    public var dayOrdinals: [String]
    /// Words between the day, the month and the year of a date: Spanish "20 de diciembre de 1993".
    public var dateJoiners: [String]
    /// Words between a number and the organ named after it: "resolution 5/1 of the Human Rights
    /// Council", "du Conseil", "del Consejo" (Russian's genitive needs none).
    public var organOf: [String]
    /// Words that may follow a date's year: Russian "22 декабря 2003 года".
    public var yearWords: [String]
    /// Abbreviations of "number", longer spellings first: "Nos. 970-973", "No. 2545".
    public var numberSigns: [String]
    /// Abbreviations of "volume": "vol. 189".
    public var volume: [String]
    /// Words inside an ordinal spelled in several words: French "cinquante et unième".
    public var ordinalJoiners: [String]
    /// Abbreviations of "session" written before a session number: Arabic "(د-63)".
    public var sessionAbbreviations: [String]
    /// The names of the part letters A, B, C, … where the language spells them out after a
    /// resolution's number: Arabic "217 ألف (د-3)" is 217 A (III), "57/270 باء" is 57/270 B. An
    /// empty name is a letter the language writes as A to Z are written.
    public var partLetters: [String]
    /// Commas of the script other than the ASCII one: Arabic "،".
    public var commas: [String]
    /// Endings of a verb form that, after a `to` word, is a gerund and not the clause's verb:
    /// "with a view to considering whether …".
    public var gerundEndings: [String]
    /// Words that open a preambular paragraph where paragraphs do not open with a capital, and
    /// so begin one at the start of a line after a finished clause: Arabic "وإذ" ("وإذ يساورها
    /// القلق …", whose citations do not take the verb of the paragraph before).
    public var paragraphOpeners: [String]
    /// Words before "resolution(s)" or "decision(s)", or a word or two before it, that make the
    /// acts the text's own organ's: "Recalling its resolution 5/1" in the Human Rights Council's
    /// text is the Council's resolution 5/1; "ses résolutions", "sus resoluciones", "свою резолюцию".
    public var possessives: [String]
    /// Endings of the resolution or decision word itself that do so, where the language attaches
    /// the pronoun: Arabic "قراره", "قرارها", "قراريه" (its resolution, its two resolutions).
    public var possessiveEndings: [String]
    /// Words before the organ in the line saying who adopted the text, which names its own organ:
    /// "Resolution adopted by the Human Rights Council", "adoptée par le Conseil …".
    public var adoptedBy: [String]
    /// Words after the organ, or after the organ and a date, in the line saying who adopted the
    /// text, where the language names the organ first: Chinese "人权理事会2017年3月23日通过的决议"
    /// (通过, adopted).
    public var adoptedAfter: [String]
    /// The word "Council" standing for the council whose text it is, without its name: "Council
    /// resolution 31/1" in the Human Rights Council's text, "la résolution 31/1 du Conseil",
    /// "резолюции Совета 5/1", "理事会第31/1号决议", "قرار المجلس 31/1".
    public var councilWords: [String]
    /// The word "Commission" standing so for the commission whose text it is: "Commission
    /// resolution 2004/7" in the Commission on Human Rights' text.
    public var commissionWords: [String]

    /// Creates the words of a language; what a language does not have is left empty.
    public init(
        and: [String] = [], joinedAnd: [String] = [], to: [String] = [], dateOf: [String] = [], datesOf: [String] = [], dayOrdinals: [String] = [],
        dateJoiners: [String] = [],
        organOf: [String] = [], yearWords: [String] = [], numberSigns: [String] = [],
        volume: [String] = [], ordinalJoiners: [String] = [], sessionAbbreviations: [String] = [], partLetters: [String] = [], commas: [String] = [],
        gerundEndings: [String] = [], paragraphOpeners: [String] = [], possessives: [String] = [], possessiveEndings: [String] = [],
        adoptedBy: [String] = [], adoptedAfter: [String] = [], councilWords: [String] = [], commissionWords: [String] = []
    ) {
        self.and = and
        self.joinedAnd = joinedAnd
        self.to = to
        self.dateOf = dateOf
        self.datesOf = datesOf
        self.dayOrdinals = dayOrdinals
        self.dateJoiners = dateJoiners
        self.organOf = organOf
        self.yearWords = yearWords
        self.numberSigns = numberSigns
        self.volume = volume
        self.ordinalJoiners = ordinalJoiners
        self.sessionAbbreviations = sessionAbbreviations
        self.partLetters = partLetters
        self.commas = commas
        self.gerundEndings = gerundEndings
        self.paragraphOpeners = paragraphOpeners
        self.possessives = possessives
        self.possessiveEndings = possessiveEndings
        self.adoptedBy = adoptedBy
        self.adoptedAfter = adoptedAfter
        self.councilWords = councilWords
        self.commissionWords = commissionWords
    }
}

/// The characters of a language written in ideographs, where a citation's grammar is made of
/// single characters rather than words: Chinese "第1325(2000)号决议", "第五十八届会议".
public struct IdeographicForms: Sendable {
    /// Before a number: 第.
    public var ordinalPrefix: String
    /// After a resolution number: 号.
    public var numberSuffix: String
    /// After a volume number: 卷.
    public var volumeSuffix: String
    /// After a session number: 届.
    public var sessionSuffix: String
    /// Year, month and day in a date: 年, 月, 日.
    public var year: String, month: String, day: String
    /// Words joining items of a list, longest first: 以及, 和, 及, 与.
    public var and: [String]
    /// The enumeration comma: 、.
    public var enumerationComma: String
    /// The word joining the ends of a range: 至.
    public var to: String
    /// The word closing a resolution or a decision number: 决议, 决定.
    public var resolution: String, decision: String
    /// Ten, in numerals spelled with ideographs: 十.
    public var ten: String
    /// Full-width punctuation: ， ： （ ）, and the title marks 《 》.
    public var comma: String, colon: String, openParenthesis: String, closeParenthesis: String, titleOpen: String, titleClose: String
}
