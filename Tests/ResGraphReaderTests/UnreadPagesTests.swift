import Foundation
import ResGraphExtractor
@testable import ResGraphReader
import ResGraphTestSupport
import Testing

/// Pages of a PDF whose text is not read are said, not passed over in silence: scanned pages
/// among pages of text, and pages past the most read of one file.
struct UnreadPagesTests {
    let path = Seeds.fixture("pdf/partly-scanned.pdf")

    /// Pages 2–3 and 7 are scans, 4 blank, 6 a logo alone (`make_partly_scanned.py`).
    @Test func scannedPagesAmongPagesOfTextAreSaidInRuns() throws {
        let document = try Extractor().extract(fileAt: path)
        #expect(document.references.map { "\($0.target) p\($0.page ?? 0)" } == ["A/RES/48/113 p1", "A/RES/57/187 p5"])
        let text = String(decoding: try DocumentReader.text(ofFileAt: path).bytes, as: UTF8.self)
        // The scans of pages 2–3 stand where page 1's text ends.
        let pageOneEnd = try #require(text.utf8.ranges(of: "1993,".utf8).first)
        #expect(document.diagnostics == [
            Diagnostic(problem: .unreadPages, offset: text.utf8.distance(from: text.utf8.startIndex, to: pageOneEnd.upperBound),
                       message: "pages 2–3 are images without text (scanned without OCR?): the references on them are missing"),
            Diagnostic(problem: .unreadPages, offset: text.utf8.count,
                       message: "page 7 is an image without text (scanned without OCR?): the references on it are missing"),
        ])
    }

    @Test func pagesPastTheLimitAreSaid() throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let text = try PDFReader.read(bytes, source: path, pageLimit: 5)
        #expect(text.diagnostics.map(\.message) == [
            "pages 2–3 are images without text (scanned without OCR?): the references on them are missing",
            "only its first 5 pages of 7 were read: the references on the others are missing",
        ])
        #expect(text.diagnostics.last?.offset == text.bytes.count)
        #expect(try PDFReader.read(bytes, source: path, pageLimit: 7).diagnostics.count == 2)
    }

    /// A page tree that counts three pages and names a missing object among them: poppler gives
    /// two, and no third (`make_unread_pages.py`).
    @Test func aPageTheTreeCannotGiveIsSaid() throws {
        let document = try Extractor().extract(fileAt: Seeds.fixture("pdf/damaged-page-tree.pdf"))
        #expect(document.references.map { "\($0.target) p\($0.page ?? 0)" } == ["A/RES/48/113 p1", "A/RES/57/187 p2"])
        let text = try DocumentReader.text(ofFileAt: Seeds.fixture("pdf/damaged-page-tree.pdf"))
        #expect(document.diagnostics == [Diagnostic(problem: .unreadPages, offset: text.bytes.count,
                                                    message: "page 3 cannot be read (its page tree is damaged): the references on it are missing")])
    }

    @Test func runsAreConsecutivePages() {
        var unread = UnreadPages()
        for (page, offset) in [(4, 10), (5, 10), (6, 10), (9, 40), (11, 50)] { unread.add(scanned: page, at: offset) }
        unread.add(unreadable: 12, at: 60)
        unread.add(unreadable: 13, at: 60)
        #expect(unread.diagnostics(readingUpTo: 13, of: 13, endingAt: 99).map { "\($0.offset) \($0.message.prefix(24))" } == [
            "10 pages 4–6 are images wit", "40 page 9 is an image witho", "50 page 11 is an image with", "60 pages 12–13 cannot be re",
        ])
        #expect(UnreadPages().diagnostics(readingUpTo: 3, of: 3, endingAt: 0).isEmpty)
    }
}
