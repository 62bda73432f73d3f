import ResGraphExtractor

/// What a reader makes of a file: the text the extractor reads, and where each page of the
/// file stands in it.
///
/// For plain text and Markdown the text is the file itself. For PDF and Word it is text the
/// reader composed (`resgraph text FILE` prints it): page furniture removed, footnote markers
/// written `<sup>N</sup>` where they stand, footnote bodies after a rule at the end, one per
/// line, as `<sup>N</sup> body`. Offsets in references are offsets into this text.
///
/// What the reader could not read of a file it read the rest of (a Word file's damaged notes, a
/// PDF's scanned pages) is said in ``diagnostics``, which the extracted document carries on.
public struct ReadText: Sendable {
    /// A stretch of the text and the page (1-based) it comes from.
    public struct PageSpan: Sendable, Equatable {
        /// Byte offsets in the text.
        public var range: Range<Int>
        /// The page number in the file.
        public var page: Int
    }

    /// The UTF-8 text.
    public var bytes: [UInt8]
    /// Where each page's text stands, in order of offset; empty for text files.
    public var pages: [PageSpan]
    /// What the reader left unread of the file, with offsets into the text.
    public var diagnostics: [Diagnostic] = []

    /// The page of byte offset `offset`, when the file has pages.
    public func page(at offset: Int) -> Int? {
        var low = 0, high = pages.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let span = pages[middle]
            if offset < span.range.lowerBound { high = middle - 1 } else if offset >= span.range.upperBound { low = middle + 1 } else { return span.page }
        }
        return nil
    }
}
