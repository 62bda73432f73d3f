/// What the scanner has seen of a text's language: the phrases of each language's table it
/// met, and the letters of the non-Latin scripts it passed (counted by their UTF-8 lead bytes
/// in the main loop). ``language`` decides.
struct LanguageEvidence {
    /// Phrases met, by ``Language/index``.
    var hits = PhraseCounts()
    /// Ideographs (lead bytes E4 to E9).
    var ideographs = 0
    /// Cyrillic letters (lead bytes D0, D1).
    var cyrillic = 0
    /// Arabic letters (lead bytes D8 to DB).
    var arabic = 0

    /// The language the evidence points to: Chinese when ideographs outnumber the Latin
    /// languages' phrases (in a short text, its phrases must be met too, or be the only phrases
    /// met in a text of no other script), Russian or Arabic by their letters and phrases, else the
    /// Latin language with most phrases (English when none).
    var language: Language {
        // Without array literals: asked once a document, they were allocated and freed each time.
        let latinHits = hits[Language.english.index] + hits[Language.french.index] + hits[Language.spanish.index]
        let chineseHits = hits[Language.chinese.index]
        let onlyChinese = chineseHits > 0 && latinHits == 0 && cyrillic == 0 && arabic == 0
        if ideographs >= ScannerLimits.chineseMinimum || chineseHits >= ScannerLimits.scriptMinimum || onlyChinese,
           ideographs > latinHits { return .chinese }
        if isScript(.russian, letters: cyrillic, over: latinHits) { return .russian }
        if isScript(.arabic, letters: arabic, over: latinHits) { return .arabic }
        var best = Language.english
        if hits[Language.french.index] > hits[best.index] { best = .french }
        if hits[Language.spanish.index] > hits[best.index] { best = .spanish }
        return best
    }

    /// Whether the letters of `language`'s script and its phrases outweigh the Latin languages' phrases.
    private func isScript(_ language: Language, letters: Int, over latinHits: Int) -> Bool {
        let score = letters / ScannerLimits.lettersPerPhrase + hits[language.index]
        return score >= ScannerLimits.scriptMinimum && score > latinHits
    }
}
