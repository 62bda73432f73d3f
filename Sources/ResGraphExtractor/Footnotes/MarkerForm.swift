/// How a footnote marker stands in the text, which says how far it is believed.
///
/// Markers are accepted by their place in the numbering; the more certain the form, the more
/// freedom it has: to repeat an earlier number (a footnote cited again), to skip ahead past a
/// marker the text lost (OCR, conversion), or to start the numbering anywhere (annual volumes
/// number footnotes across the whole volume, so a resolution's first marker may be 14).
enum MarkerForm {
    /// Written as a marker: `<sup>3</sup>`, `[^3]`, `3/` of typewritten texts, a superscript the
    /// reader saw.
    case explicit
    /// Glued to a lower-case word ("session10", "sécurité1", "человека1") or after punctuation
    /// ("Refugees;2").
    case glued
    /// After a full stop ("1993.4"): could be a number, so never a repeat.
    case afterFullStop
    /// Glued to a year ("20167" is 2016 and marker 7).
    case gluedToYear
    /// Alone on a line after text in a non-Latin script (PDF text of Chinese).
    case aloneOnLine
    /// Standing apart from the word, as OCR leaves it ("dated 3 March 1979 14 addressed"):
    /// believed only as the next number, and kept only if its footnote body turns up.
    case spaced

    /// Whether the form may repeat a number already seen.
    var mayRepeat: Bool {
        switch self {
        case .explicit, .glued, .aloneOnLine: true
        case .afterFullStop, .gluedToYear, .spaced: false
        }
    }

    /// How many numbers the form may skip (markers the text lost).
    var maySkip: Int {
        switch self {
        case .explicit: FootnoteLedger.maxSkippedMarkers
        case .glued, .afterFullStop, .gluedToYear: FootnoteLedger.maxSkippedMarkers
        case .aloneOnLine, .spaced: 0
        }
    }

    /// Whether the form may open the numbering at any number.
    var mayStartAnywhere: Bool { self == .explicit }

    /// Whether a marker of this form without a body is dropped silently (a number, after all).
    var isTentative: Bool { self == .spaced }
}
