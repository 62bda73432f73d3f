import Foundation
import ResGraphExtractor
@testable import ResGraphReader
import ResGraphTestSupport
import Testing

/// Word 97-2003 files (`.doc`): the fixtures LibreOffice saved from Word files (`make_doc.py`),
/// and files made byte by byte for what LibreOffice does not write.
struct WordBinaryReaderTests {
    func text(_ bytes: [UInt8], source: String = "x.doc") throws -> String {
        String(decoding: try DocumentReader.text(of: bytes, source: source).bytes, as: UTF8.self)
    }

    func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: Seeds.fixture("doc/\(name)"))))
    }

    /// A resolution set out as the Official Document System's Word files are: the masthead's
    /// table cells are lines, the running head is left out, the hyperlink field shows its text
    /// and not its code, the footnote and the endnote are numbered together, a digit set in
    /// superscript by hand is a marker, hidden text and a tracked deletion are left out.
    @Test func aResolutionSavedInWord97FormatReadsAsItsDocx() throws {
        let expected = """
            \t
            \tUnited Nations
            \tA/RES/73/8
            \tGeneral Assembly
            \tDistr.: General
            \tSeventy-third session
            \tResolution adopted by the General Assembly on 1 November 2018
            [without reference to a Main Committee (A/73/L.3)]
            \t73/8. Necessity of ending the economic, commercial and financial embargo imposed by the United States of America against Cuba
            \tThe General Assembly,
            \tRecalling its resolutions 47/19 of 24 November 1992, 71/5 of 26 October 2016 and 72/4 of 1 November 2017,
            \tRecalling also its resolution ES-10/2 of 25 April 1997,
            \t1. Takes note of the report of the Secretary-General on the implementation of resolution 72/4;<sup>1</sup>
            \t2. Takes note also of the note by the Secretariat;<sup>2</sup>
            \t3. Notes the report of the Secretary-General<sup>3</sup> and its annex and resolution 71/5,
            \t30th plenary meeting
            \t1 November 2018

            __________
            <sup>1</sup> A/73/85.
            <sup>2</sup> A/73/86, available at https://undocs.org/A/73/86.

            """
        #expect(try text(try fixture("english.doc")) == expected)
        func citations(_ name: String) throws -> [String] {
            try Extractor().extract(fileAt: Seeds.fixture("doc/\(name)")).references.map { "\($0.relation.rawValue): \($0.target) fn \($0.footnote ?? 0)" }
        }
        #expect(try citations("english.doc") == citations("english.docx"))
        #expect(try citations("english.doc") == [
            "cites: A/73/L.3 fn 0", "recalls: A/RES/47/19 fn 0", "recalls: A/RES/71/5 fn 0", "recalls: A/RES/72/4 fn 0",
            "recalls: A/RES/ES-10/2 fn 0", "notes: A/RES/72/4 fn 0", "notes: A/RES/71/5 fn 0", "notes: A/73/85 fn 1", "notes: A/73/86 fn 2", "notes: A/73/86 fn 2",
        ])
        let document = try Extractor().extract(fileAt: Seeds.fixture("doc/english.doc"))
        #expect(document.symbol == "A/RES/73/8")
        #expect(document.date == "2018-11-01")
    }

    @Test func anArabicResolutionReadsLetterForLetterAsItsDocx() throws {
        let docx = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Seeds.fixture("pdf/arabic.docx"))))
        #expect(try text(try fixture("arabic.doc")) == text(docx, source: "x.docx"))
    }

    /// Word stores Western text one byte a character in Windows-1252, and a fast save leaves
    /// the pieces of the text out of order in the stream.
    @Test func onePiecesAndTwoBytePiecesInAnyOrder() throws {
        let file = WordBinaryFixture(main: [
            WordBinaryFixture.Piece("Recalling \u{93}resolution 48/113\u{94} \u{96} r\u{E9}solution ", compressed: true),
            WordBinaryFixture.Piece("和决议 58/154\r"),
            WordBinaryFixture.Piece("Euro \u{80}, undefined \u{81}\r", compressed: true),
        ])
        // The fixture writes each piece's code units; 0x93 0x94 0x96 0x80 stand for what
        // Windows-1252 gives them.
        let expected = "\tRecalling \u{201C}resolution 48/113\u{201D} \u{2013} résolution 和决议 58/154\n\tEuro \u{20AC}, undefined \u{81}"
        #expect(try text(try file.bytes()) == expected)
        // A fast save writes formatting records before the piece table.
        var fastSaved = file
        fastSaved.formattingRecord = true
        #expect(try text(try fastSaved.bytes()) == expected)
    }

    /// A character beyond the Basic Multilingual Plane is a surrogate pair; a lone surrogate is
    /// no character, and is read as U+FFFD, before a marker and at a line's end too.
    @Test func surrogatePairsAreCharactersAndLoneSurrogatesReplaced() throws {
        let file = WordBinaryFixture(
            main: [WordBinaryFixture.Piece(units: Array("See 𝔸 ".utf16) + [0xDC00, 0x20, 0xD835] + Array("x".utf16) + [0xD835, 0x02, 0x0D, 0x41, 0xD835, 0x0D])],
            footnotes: [(reference: 12, text: "A/58/12.")])
        #expect(try text(try file.bytes()) == "\tSee 𝔸 \u{FFFD} \u{FFFD}x\u{FFFD}<sup>1</sup>\n\tA\u{FFFD}\n\n__________\n<sup>1</sup> A/58/12.\n")
    }

    @Test func fieldsShowTheirResultsNotTheirCodes() throws {
        let file = WordBinaryFixture(main: [WordBinaryFixture.Piece(
            "See \u{13} HYPERLINK \"https://undocs.org/A/RES/1/1\" \u{14}resolution 48/113\u{15}, page \u{13} PAGE \u{15}"
                + "and \u{13} IF \u{13} REF x \u{14}1\u{15} = 1 \"A/RES/2/2\" \u{14}the report A/58/12\u{15}.\r")])
        #expect(try text(try file.bytes()) == "\tSee resolution 48/113, page and the report A/58/12.")
    }

    /// Cells, line breaks, tabs, non-breaking and optional hyphens, pictures.
    @Test func marksOfTheTextBecomeLinesOrAreLeftOut() throws {
        let file = WordBinaryFixture(main: [WordBinaryFixture.Piece(
            "A/RES/58/154\u{07}Distr.: General\u{07}\u{07}Resolution\u{0B}adopted\u{0C}today\tES\u{1E}10/2 and re\u{1F}affirms\u{01}\u{08}.\r")])
        #expect(try text(try file.bytes()) == "\tA/RES/58/154\n\tDistr.: General\n\tResolution\nadopted\ntoday\tES-10/2 and reaffirms.")
    }

    /// Footnotes and endnotes are numbered together in the order of their references, as in a
    /// .docx; the mark that opens a note's text is left out, its paragraphs joined.
    @Test func notesAreNumberedInTheOrderOfTheirReferences() throws {
        let main = "Recalling resolution 48/113,\u{02} and the report\u{02}.\r"
        let file = WordBinaryFixture(
            main: [WordBinaryFixture.Piece(main)],
            footnotes: [(reference: main.utf16.count - 3, text: "A/58/12.")],
            endnotes: [(reference: 28, text: "Official Records\rSupplement No. 12.")])
        #expect(try text(try file.bytes()) == """
            \tRecalling resolution 48/113,<sup>1</sup> and the report<sup>2</sup>.

            __________
            <sup>1</sup> Official Records Supplement No. 12.
            <sup>2</sup> A/58/12.

            """)
    }

    /// Damaged tables of notes leave the main text readable, without those notes, and a
    /// diagnostic says which (the file was refused as a whole before).
    @Test func damagedTablesOfNotesLeaveTheTextReadWithoutThem() throws {
        let main = "A/RES/58/154\rRecalling resolution 48/113,\u{02} and resolution 57/187\u{02}.\r"
        let marks = Array(main.utf16).indices.filter { Array(main.utf16)[$0] == 0x02 }
        var file = WordBinaryFixture(
            main: [WordBinaryFixture.Piece(main)],
            footnotes: [(reference: marks[0], text: "A/RES/59/170.")],
            endnotes: [(reference: marks[1], text: "A/RES/56/166.")])
        func read() throws -> (text: String, references: [String], diagnostics: [Diagnostic]) {
            let bytes = try file.bytes()
            let document = try Extractor().extract(bytes: bytes, source: "x.doc")
            return (try text(bytes), document.references.map(\.target), document.diagnostics)
        }
        #expect(try read().references == ["A/RES/48/113", "A/RES/57/187", "A/RES/59/170", "A/RES/56/166"])
        // The table stream ends with the endnotes' texts (three CPs): cut short by one.
        file.damage = { table in table.removeLast(4) }
        let withoutEndnotes = try read()
        #expect(withoutEndnotes.text == """
            \tA/RES/58/154
            \tRecalling resolution 48/113,<sup>1</sup> and resolution 57/187.

            __________
            <sup>1</sup> A/RES/59/170.

            """)
        #expect(withoutEndnotes.references == ["A/RES/48/113", "A/RES/57/187", "A/RES/59/170"])
        #expect(withoutEndnotes.diagnostics == [.unreadableNotes("endnotes", problem: "a table points outside the 1Table stream")])
        #expect(withoutEndnotes.diagnostics.map(\.message) == [
            "its endnotes cannot be read (a table points outside the 1Table stream): the text was read without them, so the references they make are missing",
        ])
        // Cut into the footnotes' texts too (before them: the endnotes' references, 2 CPs and a
        // record, and their texts).
        file.damage = { table in table.removeLast(4 + 10 + 12 + 4) }
        let withoutNotes = try read()
        #expect(withoutNotes.references == ["A/RES/48/113", "A/RES/57/187"])
        #expect(withoutNotes.diagnostics.map(\.problem) == [.unreadableNotes, .unreadableNotes])
        #expect(withoutNotes.diagnostics.map(\.message).map { $0.prefix(20) } == ["its footnotes cannot", "its endnotes cannot "])
    }

    @Test func encryptedOlderAndForeignFilesAreNamedForWhatTheyAre() throws {
        func refusal(_ file: WordBinaryFixture) throws -> ExtractionError? {
            let bytes = try file.bytes()
            do { _ = try DocumentReader.text(of: bytes, source: "a.doc") } catch { return error }
            return nil
        }
        let plain = WordBinaryFixture(main: [WordBinaryFixture.Piece("Recalling resolution 48/113,\r")])
        var encrypted = plain
        encrypted.flags |= 0x0100
        #expect(try refusal(encrypted) == ExtractionError(path: "a.doc", reason: .unreadableFormat("is an encrypted Word file (it needs a password); not read")))
        var word95 = plain
        word95.version = 0x68
        #expect(try refusal(word95) == ExtractionError(path: "a.doc", reason: .unreadableFormat(
            "is a Word 6 or Word 95 file (format version 104), which is not read: save it as .docx or PDF")))
        var tableZero = plain
        tableZero.flags = 0
        #expect(try refusal(tableZero) == nil)
        let workbook = try #require(try CompoundFile.loaded.get().write([("Workbook", [1, 2, 3])]))
        #expect(throws: ExtractionError(path: "a.xls.doc", reason: .unreadableFormat("is an OLE2 compound file but not a Word document (an Excel file); not read"))) {
            try DocumentReader.text(of: workbook, source: "a.xls.doc")
        }
    }

    @Test func damagedFilesAreReportedNotCrashedOn() throws {
        func refusal(_ bytes: [UInt8]) -> String? {
            do { _ = try DocumentReader.text(of: bytes, source: "a.doc") } catch {
                if case .unreadableFormat(let message) = error.reason { return message }
                return "\(error.reason)"
            }
            return nil
        }
        var outside = WordBinaryFixture(main: [WordBinaryFixture.Piece("Recalling resolution 48/113,\r")])
        outside.damage = { table in table[5 + 12 + 2 + 3] = 0x3F }
        #expect(refusal(try outside.bytes()) == "is a damaged Word 97-2003 file (its piece table points outside the WordDocument stream)")
        var overclaiming = WordBinaryFixture(main: [WordBinaryFixture.Piece("Recalling resolution 48/113,\r")])
        overclaiming.damage = { table in table[5 + 8 + 2] = 0x10 }
        #expect(refusal(try overclaiming.bytes()) == "is a damaged Word 97-2003 file (its piece table claims more text than the file holds)")
        var noTable = WordBinaryFixture(main: [WordBinaryFixture.Piece("Recalling resolution 48/113,\r")])
        noTable.damage = { table in table[0] = 0x07 }
        #expect(refusal(try noTable.bytes()) == "is a damaged Word 97-2003 file (its piece table is not where its header says)")
        let english = try fixture("english.doc")
        #expect(refusal(Array(english.prefix(6_000))) == "is not a readable OLE2 compound file (Problems reading directory)")
        #expect(refusal(Array(english.prefix(12_000))) == "is an OLE2 compound file but not a Word document (no WordDocument stream: another program's file, or a Word file cut short?); not read")
        #expect(refusal([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]) == "is not a readable OLE2 compound file (No OLE2 signature)")
        // Every prefix and a byte changed at every 97th place: an error or a text, never a crash.
        for cut in stride(from: 0, to: english.count, by: 257) { _ = refusal(Array(english.prefix(cut))) }
        for place in stride(from: 0, to: english.count, by: 97) {
            var changed = english
            changed[place] ^= 0xA5
            _ = refusal(changed)
        }
    }

    @Test func aMissingLibraryIsNamedWithWhatTheLoaderSaid() throws {
        guard case .failure(let failure) = CompoundFile.load(from: ["libgsf-absent.so.114"]) else { Issue.record("a library that is not there was loaded"); return }
        #expect(throws: ExtractionError(path: "a.doc", reason: .unreadableFormat(
            "cannot be read: libgsf could not be loaded (libgsf-absent.so.114: cannot open shared object file: No such file or directory)"))) {
            try WordBinaryReader.read(try fixture("english.doc"), source: "a.doc", library: .failure(failure))
        }
        guard case .failure(let lacking) = CompoundFile.load(from: ["libsqlite3.so.0"]) else { Issue.record("SQLite taken for libgsf"); return }
        #expect(lacking.message == "libsqlite3.so.0 lacks gsf_init")
    }

    /// A folder's .doc files are read with the rest; a text saved under a .doc name is refused.
    @Test func foldersAreSearchedForDocFiles() throws {
        let folder = Scratch.path("doc-folder")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Seeds.fixture("doc/english.doc"), toPath: folder.appendingPathComponent("A_RES_73_8.DOC").path)
        try Data("Recalling resolution 48/113,\n".utf8).write(to: folder.appendingPathComponent("notes.doc"))
        let walk = CorpusWalk(paths: [folder.path])
        #expect(walk.files.map { ($0.path as NSString).lastPathComponent } == ["A_RES_73_8.DOC", "notes.doc"])
        #expect(throws: ExtractionError(path: folder.appendingPathComponent("notes.doc").path, reason: .unreadableFormat(
            "is named .doc, but it is not a Word 97-2003 file (it begins \u{201C}Recalling resolution 48/113,\u{201D}); not read"))) {
            try Extractor().extract(fileAt: folder.appendingPathComponent("notes.doc").path)
        }
    }
}
