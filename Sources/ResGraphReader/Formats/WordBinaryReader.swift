import Foundation
import ResGraphExtractor

/// Reads a Word 97-2003 file (`.doc`, the Word files of the Official Document System's
/// archive before 2007): its streams through libgsf (``CompoundFile``), its text through the
/// piece table (``WordBinaryFile``), composed as ``WordReader`` composes a `.docx`.
///
/// Each paragraph is a line started with a tab; a line break (`0x0B`) or a page break ends a
/// line; a table cell is a paragraph; a field's code is left out and its result kept ("HYPERLINK
/// …", "PAGE"); a non-breaking hyphen is a hyphen; pictures, optional hyphens and other marks are
/// left out. A footnote or endnote reference becomes `<sup>N</sup>`, the notes of both kinds
/// numbered together in order of reference, and their bodies follow after a rule, a note's
/// paragraphs joined with a space. Headers, footers, comments and text boxes are not read.
/// Text hidden by its direct formatting, or deleted as a tracked change, is left out; a number
/// of one to three digits set in superscript by hand is a marker, `<sup>N</sup>`, judged on the
/// whole stretch set so (``CharacterFormats``; what a style sets is not read). Damaged tables of
/// notes leave the text read without those notes, and a diagnostic saying so.
enum WordBinaryReader {
    /// The text of the `.doc` `bytes`; throws naming `source` for a compound file that is not a
    /// Word 97-2003 document, one of Word 6 or 95, an encrypted or damaged one, or when libgsf
    /// (`library`) could not be loaded.
    static func read(_ bytes: [UInt8], source: String, library: Result<CompoundFile, CompoundFile.LoadFailure> = CompoundFile.loaded) throws(ExtractionError) -> ReadText {
        func refuse(_ message: String) -> ExtractionError { ExtractionError(path: source, reason: .unreadableFormat(message)) }
        let compound: CompoundFile
        switch library {
        case .success(let loaded): compound = loaded
        case .failure(let failure): throw refuse("cannot be read: libgsf could not be loaded (\(failure.message))")
        }
        let (listed, streams): ([String], [String: [UInt8]])
        do {
            (listed, streams) = try compound.streams(["WordDocument", "0Table", "1Table"], of: bytes)
        } catch {
            switch error {
            case .unopened(let message): throw refuse("is not a readable OLE2 compound file (\(message.isEmpty ? "damaged or truncated" : message))")
            case .unreadableStream(let name): throw refuse("is a damaged Word 97-2003 file (its \(name) stream cannot be read)")
            }
        }
        guard let document = streams["WordDocument"] else { throw refuse(Self.otherCompoundFile(listing: listed)) }
        let file: WordBinaryFile
        do {
            file = try WordBinaryFile(document: document, tables: streams)
        } catch {
            switch error {
            case .notWord: throw refuse("is an OLE2 compound file whose WordDocument stream is not Word's; not read")
            case .beforeWord97(let version):
                throw refuse("is a Word 6 or Word 95 file (format version \(version)), which is not read: save it as .docx or PDF")
            case .encrypted: throw refuse("is an encrypted Word file (it needs a password); not read")
            case .damaged(let why): throw refuse("is a damaged Word 97-2003 file (\(why))")
            }
        }
        return compose(file)
    }

    /// Why a compound file without a `WordDocument` stream is not read: what its streams say it is.
    static func otherCompoundFile(listing names: [String]) -> String {
        let kind = if names.contains("Workbook") || names.contains("Book") {
            "an Excel file"
        } else if names.contains("PowerPoint Document") {
            "a PowerPoint file"
        } else {
            "no WordDocument stream: another program's file, or a Word file cut short?"
        }
        return "is an OLE2 compound file but not a Word document (\(kind)); not read"
    }

    /// The composed text of `file`.
    static func compose(_ file: WordBinaryFile) -> ReadText {
        let characters = file.characters, formats = file.formats
        // Notes of both kinds, by the CP of their reference, numbered in the order of the text.
        var notesAt: [Int: WordBinaryFile.Note] = [:]
        for note in file.footnotes + file.endnotes where file.main.contains(note.reference) { notesAt[note.reference] = note }
        var order: [WordBinaryFile.Note] = []
        var composer = ComposedText()
        var line = UTF8Line(startingParagraph: true)
        var fields = FieldNesting()
        var previous: UInt16 = 0
        // A stretch set in superscript by hand, held until it ends to be judged whole.
        var raised: [UInt16] = []
        func flushRaised() {
            guard !raised.isEmpty else { return }
            if raised.count <= 3, raised.allSatisfy({ $0 &- 0x30 < 10 }) {
                line.appendMarker(String(decoding: raised, as: UTF16.self))
            } else {
                raised.forEach { line.append($0) }
            }
            raised.removeAll(keepingCapacity: true)
        }
        func endLine(startingParagraph: Bool) {
            flushRaised()
            composer.appendLine(utf8: line.finish(), page: 1)
            line = UTF8Line(startingParagraph: startingParagraph)
        }
        for position in file.main {
            let unit = characters[position], format = formats[position]
            guard fields.shows(unit) else { continue }
            if format.contains(.leftOut), unit != 0x0D, unit != 0x07 { continue }
            if !notesAt.isEmpty, let note = notesAt[position] {
                flushRaised()
                order.append(note)
                line.appendMarker(String(order.count))
                continue
            }
            if format.contains(.superscript), unit >= 0x20 {
                raised.append(unit)
                previous = unit
                continue
            }
            switch unit {
            case 0x0D: endLine(startingParagraph: true)
            case 0x07: if previous != 0x07 { endLine(startingParagraph: true) }
            case 0x0B, 0x0C: endLine(startingParagraph: false)
            case 0x09, 0x1E, 0x20...:
                if !raised.isEmpty { flushRaised() }
                line.append(unit == 0x1E ? 0x2D : unit)
            default: break
            }
            previous = unit
        }
        if line.hasText || !raised.isEmpty { endLine(startingParagraph: true) }
        for (number, note) in order.enumerated() {
            composer.beginBody(number + 1, page: 1)
            composer.appendToBody(body(of: note, in: file))
        }
        var text = composer.finish()
        text.pages = []
        text.diagnostics = file.unreadableNotes.map { Diagnostic.unreadableNotes($0.kind, problem: $0.problem) }
        return text
    }

    /// A note's text: its paragraphs, and the words a tab or a line break parts, joined with a
    /// space; the copy of its reference mark that opens it, and its hidden or deleted text, left
    /// out.
    static func body(of note: WordBinaryFile.Note, in file: WordBinaryFile) -> String {
        let characters = file.characters
        var text = UTF8Line(startingParagraph: false)
        var fields = FieldNesting()
        var position = note.text.lowerBound
        while position < note.text.upperBound, characters[position] == 0x02 { position += 1 }
        for position in position..<note.text.upperBound {
            let unit = characters[position]
            guard fields.shows(unit), !file.formats[position].contains(.leftOut) else { continue }
            switch unit {
            case 0x0D, 0x0B, 0x0C, 0x07, 0x09: if text.hasText { text.append(0x20) }
            case 0x1E: text.append(0x2D)
            case ..<0x20: break
            default: text.append(unit)
            }
        }
        return String(decoding: text.finish(), as: UTF8.self).trimmingCharacters(in: .whitespaces)
    }
}
