@testable import ResGraphReader

/// Word 97-2003 files (`.doc`) made byte by byte as [MS-DOC] lays them out, in a compound file
/// libgsf writes: for what LibreOffice does not write (text stored one byte a character, as Word
/// stores Western text; pieces out of order, as a fast save leaves them; encrypted or older files;
/// damaged tables).
struct WordBinaryFixture {
    /// A stretch of the main text, stored one byte a character (Windows-1252) or two (UTF-16).
    struct Piece {
        var text: [UInt16]
        var compressed: Bool

        init(_ text: String, compressed: Bool = false) {
            self.text = Array(text.utf16)
            self.compressed = compressed
        }

        /// Two-byte units as they are, lone surrogates among them.
        init(units: [UInt16]) {
            text = units
            compressed = false
        }
    }

    /// The main text, in pieces; the pieces are stored in the stream in reverse order.
    var main: [Piece]
    /// Footnotes: the CP of each reference in the main text, and the note's text.
    var footnotes: [(reference: Int, text: String)] = []
    /// Endnotes, as footnotes.
    var endnotes: [(reference: Int, text: String)] = []
    /// The FIB's `nFib`.
    var version = 0xC1
    /// The FIB's flags: 0x0200 names `1Table` as the table stream, 0x0100 is encryption.
    var flags = 0x0200
    /// Whether the piece table follows a formatting record (`Prc`), as in a fast-saved file.
    var formattingRecord = false
    /// What the compound file's root holds besides the Word streams.
    var otherStreams: [(name: String, bytes: [UInt8])] = []
    /// Changes to the table stream once made (to damage it).
    var damage: (inout [UInt8]) -> Void = { _ in }

    /// The compound file's bytes.
    func bytes() throws -> [UInt8] {
        let compound = try CompoundFile.loaded.get()
        var document = [UInt8](repeating: 0, count: 1_024)
        var table: [UInt8] = []
        func put16(_ value: Int, at offset: Int, in bytes: inout [UInt8]) {
            bytes[offset] = UInt8(value & 0xFF)
            bytes[offset + 1] = UInt8(value >> 8 & 0xFF)
        }
        func put32(_ value: Int, at offset: Int, in bytes: inout [UInt8]) {
            for k in 0..<4 { bytes[offset + k] = UInt8(value >> (8 * k) & 0xFF) }
        }
        func append32(_ value: Int, to bytes: inout [UInt8]) {
            bytes += (0..<4).map { UInt8(value >> (8 * $0) & 0xFF) }
        }
        // The notes' subdocuments follow the main text as one more piece: each note opens with
        // its mark (0x02) and ends with a paragraph mark.
        func subdocument(_ notes: [(reference: Int, text: String)]) -> (text: [UInt16], starts: [Int]) {
            var text: [UInt16] = [], starts: [Int] = []
            for note in notes {
                starts.append(text.count)
                text += [0x02, 0x20] + Array(note.text.utf16) + [0x0D]
            }
            starts.append(text.count)
            if !notes.isEmpty { text.append(0x0D) }
            starts.append(text.count)
            return (text, starts)
        }
        let footnoteText = subdocument(footnotes), endnoteText = subdocument(endnotes)
        let pieces = main + [Piece(String(decoding: footnoteText.text + endnoteText.text, as: UTF16.self))]
        var offsets = [Int](repeating: 0, count: pieces.count)
        for (index, piece) in pieces.enumerated().reversed() {
            offsets[index] = document.count
            for unit in piece.text {
                if piece.compressed { document.append(UInt8(unit & 0xFF)) } else { document += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
            }
        }
        let mainCount = main.reduce(0) { $0 + $1.text.count }

        if formattingRecord { table += [0x01, 0x04, 0x00, 0x2A, 0x08, 0x01, 0x00] }
        let clxStart = table.count
        table.append(0x02)
        append32(4 + pieces.count * 12, to: &table)
        var position = 0
        for piece in pieces {
            append32(position, to: &table)
            position += piece.text.count
        }
        append32(position, to: &table)
        for (index, piece) in pieces.enumerated() {
            table += [0, 0]
            append32(piece.compressed ? offsets[index] * 2 | 0x4000_0000 : offsets[index], to: &table)
            table += [0, 0]
        }
        let clx = (formattingRecord ? 0 : clxStart)..<table.count
        func plc(_ positions: [Int], records: Int) -> Range<Int> {
            let start = table.count
            for position in positions { append32(position, to: &table) }
            table += [UInt8](repeating: 0, count: records)
            return start..<table.count
        }
        let footnoteReferences = plc(footnotes.map(\.reference) + [mainCount], records: footnotes.count * 2)
        let footnoteTexts = plc(footnoteText.starts, records: 0)
        let endnoteReferences = plc(endnotes.map(\.reference) + [mainCount], records: endnotes.count * 2)
        let endnoteTexts = plc(endnoteText.starts, records: 0)
        damage(&table)

        put16(0xA5EC, at: 0, in: &document)
        put16(version, at: 2, in: &document)
        put16(flags, at: 0x0A, in: &document)
        put16(14, at: 0x20, in: &document)
        put16(22, at: 0x3E, in: &document)
        put32(mainCount, at: 0x40 + 12, in: &document)
        put32(footnoteText.text.count, at: 0x40 + 16, in: &document)
        put32(endnoteText.text.count, at: 0x40 + 32, in: &document)
        put16(93, at: 0x98, in: &document)
        for (index, range) in [(2, footnoteReferences), (3, footnoteTexts), (33, clx), (46, endnoteReferences), (47, endnoteTexts)] {
            put32(range.lowerBound, at: 0x9A + index * 8, in: &document)
            put32(range.count, at: 0x9A + index * 8 + 4, in: &document)
        }
        let tableName = flags & 0x0200 != 0 ? "1Table" : "0Table"
        guard let file = compound.write([("WordDocument", document), (tableName, table)] + otherStreams) else {
            throw FixtureError.notWritten
        }
        return file
    }

    enum FixtureError: Error {
        case notWritten
    }
}
