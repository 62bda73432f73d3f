import ResGraphExtractor

/// The pages of a PDF whose text was not read, gathered as the reader goes and said as
/// `unread-pages` diagnostics: scanned pages (an image without a text layer) and pages poppler
/// cannot give (a damaged page tree), each in runs of consecutive pages, and the pages past
/// ``PDFReader/maxPages``.
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

    /// Why a page was not read.
    enum Reason: Equatable {
        /// An image covers most of it, and it has no text.
        case scanned
        /// Poppler cannot give it.
        case unreadable
    }

    /// Runs of consecutive pages not read for one reason, and the offset in the text where each
    /// run stands.
    private var runs: [(pages: ClosedRange<Int>, reason: Reason, offset: Int)] = []

    /// Counts page `page`, at `offset` in the text, as scanned.
    mutating func add(scanned page: Int, at offset: Int) {
        add(page, .scanned, at: offset)
    }

    /// Counts page `page`, at `offset` in the text, as one poppler cannot give.
    mutating func add(unreadable page: Int, at offset: Int) {
        add(page, .unreadable, at: offset)
    }

    private mutating func add(_ page: Int, _ reason: Reason, at offset: Int) {
        if let last = runs.last, last.reason == reason, last.pages.upperBound == page - 1 {
            runs[runs.count - 1].pages = last.pages.lowerBound...page
        } else {
            runs.append((page...page, reason, offset))
        }
    }

    /// The diagnostics of the runs, and of the pages left unread when only `read` of `all`
    /// pages were read (the running text then ending at `end`).
    func diagnostics(readingUpTo read: Int, of all: Int, endingAt end: Int) -> [Diagnostic] {
        var said = runs.map { run in
            let one = run.pages.count == 1
            let pages = one ? "page \(run.pages.lowerBound)" : "pages \(run.pages.lowerBound)–\(run.pages.upperBound)"
            let what = switch run.reason {
            case .scanned: one ? "is an image without text (scanned without OCR?)" : "are images without text (scanned without OCR?)"
            case .unreadable: one ? "cannot be read (its page tree is damaged)" : "cannot be read (their page tree is damaged)"
            }
            return Diagnostic(problem: .unreadPages, offset: run.offset, message: "\(pages) \(what): the references on \(one ? "it" : "them") are missing")
        }
        if read < all {
            said.append(Diagnostic(problem: .unreadPages, offset: end,
                                   message: "only its first \(read) pages of \(all) were read: the references on the others are missing"))
        }
        return said
    }
}
