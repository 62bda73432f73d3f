import ResGraphExtractor

/// The pages of a PDF whose text was not read, gathered as the reader goes and said as
/// `unread-pages` diagnostics: scanned pages (an image without a text layer) in runs of
/// consecutive pages, and the pages past ``PDFReader/maxPages``.
///
/// ```swift
/// var unread = UnreadPages()
/// unread.add(scanned: 4, at: 1_200)
/// unread.add(scanned: 5, at: 1_200)
/// unread.diagnostics(readingUpTo: 9, of: 9, endingAt: 3_000).map(\.message)
/// // ["pages 4–5 are images without text (scanned without OCR?): the references on them are missing"]
/// ```
struct UnreadPages {
    /// The share of a page without text that images must cover for it to count as scanned:
    /// less is a blank page, or one with a logo or a stamp.
    static let scannedCover = 0.5

    /// Runs of consecutive scanned pages, and the offset in the text where each run stands.
    private var runs: [(pages: ClosedRange<Int>, offset: Int)] = []

    /// Counts page `page`, at `offset` in the text, as scanned.
    mutating func add(scanned page: Int, at offset: Int) {
        if let last = runs.last, last.pages.upperBound == page - 1 {
            runs[runs.count - 1].pages = last.pages.lowerBound...page
        } else {
            runs.append((page...page, offset))
        }
    }

    /// The diagnostics of the scanned runs, and of the pages left unread when only `read` of
    /// `all` pages were read (the running text then ending at `end`).
    func diagnostics(readingUpTo read: Int, of all: Int, endingAt end: Int) -> [Diagnostic] {
        var said = runs.map { run in
            let pages = run.pages.count == 1 ? "page \(run.pages.lowerBound) is an image" : "pages \(run.pages.lowerBound)–\(run.pages.upperBound) are images"
            return Diagnostic(problem: .unreadPages, offset: run.offset,
                              message: "\(pages) without text (scanned without OCR?): the references on \(run.pages.count == 1 ? "it" : "them") are missing")
        }
        if read < all {
            said.append(Diagnostic(problem: .unreadPages, offset: end,
                                   message: "only its first \(read) pages of \(all) were read: the references on the others are missing"))
        }
        return said
    }
}
