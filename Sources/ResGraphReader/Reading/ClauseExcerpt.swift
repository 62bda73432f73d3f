import ResGraphExtractor

/// The words around a span of a text, on one line and about a given width, for showing where
/// a citation is made (`cited-by --context`, the web view's snippets).
///
/// The excerpt stays within the span's paragraph, is cut at a space where the text has spaces
/// and between characters where it has none (Chinese), and never inside a character. Its width
/// is counted in terminal columns: an ideograph or a full-width punctuation mark takes two. Runs
/// of spaces, tabs and line breaks (a PDF's layout, a Word table) are shown as one space.
///
/// ```swift
/// let text = Array("Recalling its resolutions 48/113 of 20 December 1993,".utf8)
/// ClauseExcerpt(of: 26..<32, in: text, width: 40)
/// // before "Recalling its resolutions ", span "48/113", after " of 20 December 1993,"
/// ```
public struct ClauseExcerpt: Equatable, Sendable {
    /// What comes before the span, beginning with "…" when it is cut.
    public let before: String
    /// The span itself.
    public let span: String
    /// What comes after the span, ending with "…" when it is cut.
    public let after: String

    /// The excerpt of `span` in `text`, at most about `width` columns, the span's own included.
    /// A span that is not within `text` gives an empty excerpt.
    public init(of span: Range<Int>, in text: [UInt8], width: Int = 110) {
        guard span.lowerBound >= 0, span.upperBound <= text.count else {
            (before, self.span, after) = ("", "", "")
            return
        }
        let (start, end) = (span.lowerBound, span.upperBound)
        let spanText = Self.line(text[start..<end])
        let side = max(20, (width - Self.columns(spanText.unicodeScalars)) / 2)
        // Bytes enough for `side` columns and the spaces a layout puts between them. A window
        // that begins or ends inside a character decodes its part as U+FFFD, which is no place
        // to cut: the excerpt is cut past it, where a word begins or ends.
        let reach = side * 4
        var low = max(0, start - reach), high = min(text.count, end + reach)
        var beginsParagraph = low == 0, endsParagraph = high == text.count
        if let paragraph = text[low..<start].lastIndex(of: 0x0A), start - paragraph > 8 {
            (low, beginsParagraph) = (paragraph + 1, true)
        }
        if let paragraph = text[end..<high].firstIndex(of: 0x0A) { (high, endsParagraph) = (paragraph, true) }

        var before = Self.line(text[low..<start]).unicodeScalars[...]
        if beginsParagraph { before = before.drop { $0 == " " } }
        var after = Self.line(text[end..<high]).unicodeScalars[...]
        if endsParagraph { while after.last == " " { after.removeLast() } }
        self.before = Self.keepingEnd(before, columns: side, isWhole: beginsParagraph)
        self.span = spanText
        self.after = Self.keepingStart(after, columns: side, isWhole: endsParagraph)
    }

    /// The excerpt on one line, the span in brackets.
    public var text: String { before + "[" + span + "]" + after }

    /// `bytes` as display-safe text on one line, each run of white space one space.
    private static func line(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        var lastWasSpace = false
        for scalar in DisplayText.clean(String(decoding: bytes, as: UTF8.self)).unicodeScalars {
            let isSpace = scalar == " " || scalar == "\n" || scalar == "\r" || scalar == "\t"
            if !(isSpace && lastWasSpace) { scalars.append(isSpace ? " " : scalar) }
            lastWasSpace = isSpace
        }
        return String(scalars)
    }

    /// The end of `scalars` that fits in `limit` columns, begun where a word begins, with "…"
    /// before it when anything was left out (`scalars` too, when it is not `isWhole`).
    private static func keepingEnd(_ scalars: Substring.UnicodeScalarView, columns limit: Int, isWhole: Bool) -> String {
        var used = 0, cut = scalars.endIndex
        while cut > scalars.startIndex {
            let previous = scalars.index(before: cut)
            used += width(of: scalars[previous])
            if used > limit { break }
            cut = previous
        }
        guard cut > scalars.startIndex || !isWhole else { return String(scalars) }
        while cut < scalars.endIndex, !isBreak(before: cut, in: scalars) { cut = scalars.index(after: cut) }
        return "…" + String(scalars[cut...])
    }

    /// The start of `scalars` that fits in `limit` columns, ended where a word ends, with "…"
    /// after it when anything was left out (`scalars` too, when it is not `isWhole`).
    private static func keepingStart(_ scalars: Substring.UnicodeScalarView, columns limit: Int, isWhole: Bool) -> String {
        var used = 0, cut = scalars.startIndex
        while cut < scalars.endIndex {
            used += width(of: scalars[cut])
            if used > limit { break }
            cut = scalars.index(after: cut)
        }
        guard cut < scalars.endIndex || !isWhole else { return String(scalars) }
        while cut > scalars.startIndex, !isBreak(after: cut, in: scalars) { cut = scalars.index(before: cut) }
        return String(scalars[..<cut]) + "…"
    }

    /// Whether the text may be cut before `k`, keeping what follows: at a space (kept), or
    /// beside an ideograph, which Chinese writes without spaces between words.
    private static func isBreak(before k: Substring.UnicodeScalarView.Index, in scalars: Substring.UnicodeScalarView) -> Bool {
        let scalar = scalars[k]
        guard width(of: scalar) != 0 else { return false }
        let followsIdeograph = k > scalars.startIndex && width(of: scalars[scalars.index(before: k)]) == 2
        return scalar == " " || width(of: scalar) == 2 || followsIdeograph
    }

    /// Whether the text may be cut before `k`, keeping what precedes: after a space (kept), or
    /// beside an ideograph.
    private static func isBreak(after k: Substring.UnicodeScalarView.Index, in scalars: Substring.UnicodeScalarView) -> Bool {
        let last = scalars[scalars.index(before: k)]
        let precedesIdeograph = k < scalars.endIndex && width(of: scalars[k]) == 2
        return last == " " || width(of: last) == 2 || precedesIdeograph
    }

    /// The columns `scalars` take on a terminal.
    private static func columns(_ scalars: String.UnicodeScalarView) -> Int {
        scalars.reduce(0) { $0 + width(of: $1) }
    }

    /// The columns `scalar` takes on a terminal: none for a combining mark, two for an East
    /// Asian wide or full-width character, else one.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x0300...0x036F, 0x200B...0x200F: 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD: 2
        default: 1
        }
    }
}
