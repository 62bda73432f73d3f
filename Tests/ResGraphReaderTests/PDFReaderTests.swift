import Foundation
import ResGraphExtractor
import ResGraphReader
import ResGraphTestSupport
import Testing

/// PDFs as the Official Document System serves them, and PDFs made to show one trait each.
struct PDFReaderTests {
    func extract(_ name: String) throws -> ExtractedDocument {
        try Extractor().extract(fileAt: Seeds.fixture("pdf/" + name))
    }

    func pairs(_ document: ExtractedDocument) -> [String] {
        document.citations.map(\.description)
    }

    @Test func resolution73_8ReadsLikeItsText() throws {
        let document = try extract("A_RES_73_8-EN.pdf")
        #expect(document.symbol == "A/RES/73/8")
        #expect(document.date == "2018-11-01")
        #expect(document.language == .english)
        #expect(document.title == "Necessity of ending the economic, commercial and financial embargo imposed by the United States of America against Cuba")
        #expect(Set(pairs(document)) == HandReadExpectations.resolution73_8)
        #expect(document.references.count == 55)
        #expect(document.diagnostics.isEmpty)
        // The list of 26 resolutions runs over the page break: 57/11 on page 1, 58/7 on page 2, both recalled.
        let recalled = document.references.filter { $0.relation == .recalls }
        #expect(recalled.first { $0.target == "A/RES/57/11" }?.page == 1)
        #expect(recalled.first { $0.target == "A/RES/58/7" }?.page == 2)
        let footnoted = try #require(document.references.first { $0.target == "A/73/85" })
        #expect(footnoted.footnote == 1)
        #expect(footnoted.page == 2)
    }

    @Test func resolution73_3ReadsItsFootnotesWithTheirClauses() throws {
        let document = try extract("A_RES_73_3-EN.pdf")
        #expect(document.symbol == "A/RES/73/3")
        #expect(document.date == "2018-10-10")
        #expect(Set(pairs(document)) == HandReadExpectations.resolution73_3)
        #expect(document.diagnostics.isEmpty)
        #expect(document.references.filter { $0.footnote != nil }.map(\.footnote) == [1, 2, 4, 4, 4, 6])
    }

    /// ST/SPACE/61/Rev.3, a typeset compilation: most superscripts come out as digits glued to
    /// the word before ("Celestial Bodies1") and to the body's first word ("1United Nations,
    /// Treaty Series"), footnotes are numbered across the whole book (1 to 32), and each page's
    /// number stands alone on its line below its footnotes. Every marker finds its body, each
    /// body's citations take the relation of the clause around its marker, and a body's first
    /// word is read as a word ("19Official Records …, Fifty-fourth Session": A/54/20, not the
    /// session last named). The book states its symbol nowhere in its text: the Official
    /// Document System's name for the file gives it.
    @Test func aTypesetCompilationsFootnotesFindTheirMarkers() throws {
        let document = try extract("ST_SPACE_61_Rev.3-EN.pdf")
        #expect(document.diagnostics.map(\.problem) == [.symbolFromFileName])
        #expect(document.symbol == "ST/SPACE/61/Rev.3")
        let footnoted = document.references.filter { $0.footnote != nil }
        #expect(Set(footnoted.compactMap(\.footnote)) == Set(1...28).union([32]))
        #expect(footnoted.count == 46)
        func cited(in footnote: Int) -> [String] {
            footnoted.filter { $0.footnote == footnote }.map { "\($0.relation.rawValue): \($0.target)" }
        }
        #expect(cited(in: 1) == ["cites: UNTS 610/8843", "notes: UNTS 610/8843", "recalls: UNTS 610/8843"])
        #expect(cited(in: 17) == ["cites: A/CONF.101/10", "cites: A/CONF.101/10/Corr.1", "cites: A/CONF.101/10/Corr.2"])
        #expect(cited(in: 18) == ["notes: A/55/20", "notes: A/AC.105/738"])
        #expect(cited(in: 19) == ["notes: A/54/20", "notes: A/54/20", "notes: A/54/20/Corr.1"])
        #expect(cited(in: 20) == ["notes: A/AC.105/787"])
        #expect(cited(in: 23) == ["cites: UNTS 610/8843", "cites: UNTS 672/9574", "cites: UNTS 961/13810", "cites: UNTS 1023/15020", "cites: UNTS 1363/23002"])
        #expect(Set(document.references.map(\.target)).count == 66)
        // The foreword's "General Assembly resolution 1721 (XVI) B of 20 December 1961".
        #expect(document.references.contains { $0.target == "A/RES/1721B(XVI)" && $0.text == "1721 (XVI) B" })
        // A compilation has no adoption date: "adopted by the General Assembly on 24 October 1970"
        // in the Moon Agreement's preamble is the Friendly Relations Declaration's.
        #expect(document.date == nil)
    }

    @Test func pageFurnitureIsNotText() throws {
        let text = try DocumentReader.text(ofFileAt: Seeds.fixture("pdf/A_RES_73_3-EN.pdf"))
        let string = String(decoding: text.bytes, as: UTF8.self)
        #expect(!string.contains("*1816895*"))
        #expect(!string.contains("18-16895"))
        #expect(!string.contains("2/10"))
        // The running head "A/RES/73/3" of pages 2 to 10 is gone; the masthead's stays, once.
        #expect(string.components(separatedBy: "A/RES/73/3").count - 1 == 1)
        #expect(text.page(at: 0) == 1)
        #expect(text.pages.map(\.page).max() == 10)
    }

    @Test func markersBodiesColumnsAndHyphensInAMadePDF() throws {
        let document = try extract("footnotes-two-columns.pdf")
        #expect(document.symbol == "A/RES/99/1")
        #expect(Set(pairs(document)) == [
            "recalls: A/RES/48/113", "welcomes: A/C.2/73/L.2", "reaffirms: A/RES/58/154", "cites: A/RES/60/1",
            "recalls: UNTS 189/2545", "notes: A/99/50", "cites: UNTS 606/8791",
        ])
        #expect(document.references.first { $0.target == "UNTS 606/8791" }?.page == 2)
        let text = String(decoding: try DocumentReader.text(ofFileAt: Seeds.fixture("pdf/footnotes-two-columns.pdf")).bytes, as: UTF8.self)
        #expect(text.contains("A/C.2/73/L.2"))
        #expect(!text.contains("99-12345"))
    }

    @Test func chineseTextInAPDF() throws {
        let document = try extract("chinese.pdf")
        #expect(document.language == .chinese)
        #expect(document.symbol == "A/RES/58/154")
        #expect(Set(pairs(document)) == ["recalls: A/RES/48/113", "recalls: A/58/12"])
    }

    /// An Arabic resolution written in Word (right-to-left paragraphs, footnotes) and the PDF
    /// LibreOffice made of it (`Tests/Fixtures/pdf/make_arabic.py`).
    @Test func arabicInWordAndInPDF() throws {
        let word = try extract("arabic.docx")
        #expect(word.symbol == "S/RES/2250(2015)")
        #expect(word.date == "2015-12-09")
        #expect(word.language == .arabic)
        #expect(Set(pairs(word)) == HandReadExpectations.arabic)
        #expect(word.references.compactMap(\.footnote) == [1, 2])
        let pdf = try extract("arabic.pdf")
        #expect(pdf.symbol == "S/RES/2250(2015)")
        #expect(pdf.date == "2015-12-09")
        #expect(pdf.language == .arabic)
        #expect(Set(pairs(pdf)) == HandReadExpectations.arabic)
        let text = String(decoding: try DocumentReader.text(ofFileAt: Seeds.fixture("pdf/arabic.pdf")).bytes, as: UTF8.self)
        // Words apart, the lam-alef ligature in logical order, the markers at the end of their clause.
        #expect(text.contains("إن مجلس الأمن،\nإذ يشير إلى قراراته 1325 ( 2000 )"))
        #expect(text.contains("( 2014 )،<sup>1</sup>"))
    }

    @Test func encryptedScannedAndBrokenPDFsAreReportedByName() throws {
        let encrypted = Seeds.fixture("pdf/encrypted.pdf"), scanned = Seeds.fixture("pdf/scanned.pdf")
        #expect(throws: ExtractionError(path: encrypted, reason: .unreadableFormat("is an encrypted PDF (it needs a password); not read"))) {
            try Extractor().extract(fileAt: encrypted)
        }
        #expect(throws: ExtractionError(path: scanned, reason: .unreadableFormat("no text layer: the file needs OCR"))) {
            try Extractor().extract(fileAt: scanned)
        }
        let whole = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Seeds.fixture("pdf/A_RES_73_8-EN.pdf"))))
        for cut in [8, 1_000, whole.count / 2] {
            do {
                _ = try Extractor().extract(bytes: Array(whole.prefix(cut)), source: "cut.pdf")
            } catch {
                #expect(error.path == "cut.pdf")
                #expect("\(error)".hasPrefix("cut.pdf: "))
            }
        }
    }
}
