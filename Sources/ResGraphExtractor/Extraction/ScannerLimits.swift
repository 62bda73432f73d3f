/// The distances and counts the scanner's judgements rest on, each with its reason.
enum ScannerLimits {
    /// White space this long on an otherwise empty line is a rule drawn with spaces (converted PDFs).
    static let blankRuleWidth = 20
    /// An organ named this close before a "第 N 号" number still qualifies it ("安全理事会第1325(2000)号").
    static let chineseOrganWindow = 60
    /// An organ named this close before "resolution(s)" qualifies the list that follows
    /// ("Economic and Social Council resolution 2004/27").
    static let listOrganWindow = 40
    /// A list opened by "resolutions" stays open this many bytes past its last number
    /// (a date, "of 20 December 1993", and a conjunction fit well within it).
    static let listReach = 200
    /// The most bytes read past a list's number for an organ named after the list.
    static let organAfterReach = 240
    /// "adopted by the General Assembly on" gives the date within this many bytes.
    static let adoptionDateReach = 80
    /// Bytes of the word between an adopting organ's name and the date ("on", "le", "el", "في").
    static let adoptionDateWord = 4
    /// Bytes of an ordinal's suffix after its digits ("st", "e", "ª", "-е").
    static let ordinalSuffixLength = 6
    /// "Ibid." opens a footnote body when it stands within this many bytes of the body's start.
    static let ibidReach = 16
    /// Official Records of sessions before the 31st name no symbol that a supplement number gives.
    static let firstSymbolSession = 31
    /// Below this many CJK characters a text is too short to call Chinese by its script alone.
    static let chineseMinimum = 20
    /// Cyrillic or Arabic letters that weigh as much as one phrase of the language's table
    /// (a phrase is a word or two; four letters keep a stray name from outweighing them).
    static let lettersPerPhrase = 4
    /// The weight of letters and phrases below which a text is not called Russian or Arabic.
    static let scriptMinimum = 3
    /// A date alone on a line this close to "plenary meeting" is the adoption date.
    static let plenaryDateLines = 3
    /// "adopted by the General Assembly" stands this close after the date it follows.
    static let adoptionDateLead = 6
    /// A treaty range "Nos. 970-973" spans fewer numbers than this; a longer one is two citations.
    static let treatyRangeSpan = 20
    /// The most volumes one Treaty Series citation lists ("vols. 2171 and 2173, No. 27531").
    static let treatyVolumes = 4
    /// The most bytes between a Chinese date and the number it dates: "日第" and a space or two.
    static let dateBeforeNumber = 8
    /// The most dates a list of numbers gives, one each ("of 19 and 17 December 2018").
    static let listedDates = 8
    /// Bytes of a line beyond any that a page wraps (150 Cyrillic letters, 300 Latin ones): a
    /// text with such a line keeps its paragraphs on one line each.
    static let paragraphLineBytes = 300
    /// Paragraphs set apart by blank lines before a text is taken to set all of them so.
    static let blankLineParagraphs = 3
    /// An ordinal spelled in words ("cinquante et unième") is shorter than this many bytes.
    static let ordinalWordLength = 40
    /// Roman sessions of the early General Assembly and ECOSOC run to LXX (ECOSOC, 1980);
    /// special and emergency special sessions ("S-VI", "ES-X") to XII.
    static let lastRomanSession = 70
    static let lastRomanSpecialSession = 12
    /// A phrase broken at a hyphen starts at most this many bytes before it: two words and the
    /// broken one's first part, in two-byte letters ("Экономического и Социаль-ного Совета").
    static let brokenPhraseLead = 96
    /// Words before a broken word where the phrase it completes may start ("Security Coun-cil").
    static let brokenPhraseWordsBefore = 2
    /// Bytes after the hyphen that must go on with some phrase before the word is joined and looked
    /// up whole: compounds ("re-entry", "co-operate") fail within them.
    static let brokenWordProbe = 2
    /// The most bytes of the line after a broken word that the phrase it completes is read in.
    static let brokenPhraseTail = 128
    /// Words before a resolution word where a possessive makes the acts the text's own: the
    /// possessive and two adjectives ("its relevant previous resolutions").
    static let possessiveWords = 3
    /// Bytes of a word before a resolution word that may be a possessive or an adjective between
    /// ("предыдущие" is 18).
    static let possessiveLength = 32
    /// Bytes of the line after an organ's name where the line naming a text's own organ ends
    /// with its comma ("… on the Promotion and Protection of Human Rights,").
    static let organLineLength = 120
    /// Bytes of a Chinese date, "2007年6月18日", between "其" and the "第" of a number.
    static let chineseDateLength = 24
}
