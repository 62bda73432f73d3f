/// Where the scanner stands in the text's layout: the line, whether it is in a footnote body,
/// and what the lines before it looked like.
struct Layout {
    /// Reading the text itself, or the body of footnote N.
    enum Mode: Equatable {
        case flow
        case body(Int)
    }

    /// Text or footnote body.
    var mode: Mode = .flow
    /// Whether the current footnote body's last line ended a sentence: another body may follow.
    var bodyEnded = false
    /// Whether a rule (a line of underscores or spaces) was seen: footnote bodies may follow.
    var sawRule = false
    /// Whether the last line of text ended a clause, so that a number opening the next line may
    /// start a footnote body.
    var lastFlowTerminated = true
    /// Whether the last line of text ended in a non-ASCII character: a number alone on the next
    /// line is then a footnote marker (Chinese PDFs set markers on a line of their own).
    var lastFlowEndsNonASCII = false
    /// Whether the current line was already read by a line-start reader.
    var lineHandled = false
    /// Where the current line starts.
    var lineStart = 0
    /// The current line's number, from 0.
    var lineNumber = 0
    /// The last footnote marker read: a line that ends in it ends where the text before it ends.
    var lastMarkerRange: Range<Int> = 0..<0
    /// Whether the lines are items of a list a colon opened, whose verb they keep.
    var inColonList = false
    /// Whether the line before the current one was blank.
    var previousLineBlank = true
    /// Whether the line before the current one was empty: not even a blank on it.
    var previousLineEmpty = true
    /// Whether a line longer than any a page or a screen wraps was seen: the text keeps each
    /// paragraph on one line (as a web page's text copied or a converter writes it).
    var linesAreParagraphs = false
    /// Paragraphs begun after a blank line, and right after a line of text.
    var paragraphsAfterBlank = 0
    var paragraphsAfterText = 0

    /// Whether the text sets its paragraphs apart with blank lines (Markdown, converted PDFs):
    /// then a line right after a line of text that opens with a word continues its paragraph
    /// ("… Production,\nStockpiling and Use …"); numbered paragraphs and headings still begin one.
    var separatesParagraphsWithBlankLines: Bool {
        paragraphsAfterBlank >= ScannerLimits.blankLineParagraphs && paragraphsAfterText * 4 <= paragraphsAfterBlank
    }
}
