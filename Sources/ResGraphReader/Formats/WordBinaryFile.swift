/// What a Word 97-2003 document (`.doc`) holds for reading its text, parsed from its two main
/// streams as [MS-DOC] describes them: the File Information Block (FIB) at the start of the
/// `WordDocument` stream, the piece table (`Clx`) that says where each stretch of characters
/// is stored, and the tables of footnote and endnote references.
///
/// Every character of the document is counted by its character position (CP): the main text
/// first, then the footnotes, the headers, the comments and the endnotes. ``characters`` holds
/// them all, decoded to UTF-16; ``main``, ``footnotes`` and ``endnotes`` say which are which.
struct WordBinaryFile {
    /// Why a compound file's Word streams cannot be read.
    enum Problem: Error, Equatable {
        /// The `WordDocument` stream does not begin as Word's does.
        case notWord
        /// A file of Word 6 or Word 95 (`nFib` below Word 97's), whose layout differs.
        case beforeWord97(nFib: Int)
        /// Encrypted or obfuscated with a password.
        case encrypted
        /// A structure is cut short or points outside its stream.
        case damaged(String)
    }

    /// A footnote or endnote: where its reference mark stands in the main text, and the
    /// characters of its text (which begin with a copy of the mark).
    struct Note {
        let reference: Int
        let text: Range<Int>
    }

    /// Every character of the document, by CP.
    let characters: [UInt16]
    /// The direct formatting of every character that matters to the text, by CP.
    let formats: [CharacterFormats.Format]
    /// The CPs of the main text.
    let main: Range<Int>
    /// The footnotes, in the order of their references.
    let footnotes: [Note]
    /// The endnotes, in the order of their references.
    let endnotes: [Note]
    /// The kinds of notes (`footnotes`, `endnotes`) whose tables are damaged, with what is wrong:
    /// the text is read without them.
    let unreadableNotes: [(kind: String, problem: String)]

    /// The first `nFib` of Word 97; Word 6 and Word 95 wrote 101 to 104.
    static let firstWord97Version = 0xC0

    /// Parses the `WordDocument` stream `document` and its table stream, `0Table` or `1Table`
    /// (`tables`, by name) as the FIB says.
    init(document: [UInt8], tables: [String: [UInt8]]) throws(Problem) {
        let stream = LittleEndianBytes(document)
        guard let identifier = stream.u16(0), identifier == 0xA5EC, let version = stream.u16(2) else { throw .notWord }
        guard version >= Self.firstWord97Version else { throw .beforeWord97(nFib: version) }
        guard let flags = stream.u16(0x0A) else { throw .damaged("its header is cut short") }
        if flags & 0x0100 != 0 || flags & 0x8000 != 0 { throw .encrypted }
        let tableName = flags & 0x0200 != 0 ? "1Table" : "0Table"
        guard let tableBytes = tables[tableName] else { throw .damaged("it has no \(tableName) stream") }
        let table = LittleEndianBytes(tableBytes)

        guard let shortCount = stream.u16(0x20) else { throw .damaged("its header is cut short") }
        let longsAt = 0x22 + shortCount * 2 + 2
        guard let longCount = stream.u16(longsAt - 2), longCount >= 11 else { throw .damaged("its header is cut short") }
        let pairsAt = longsAt + longCount * 4 + 2
        guard let pairCount = stream.u16(pairsAt - 2) else { throw .damaged("its header is cut short") }
        func characterCount(_ index: Int) throws(Problem) -> Int {
            guard let value = stream.u32(longsAt + index * 4), value <= Int(Int32.max) else { throw .damaged("its header is cut short") }
            return value
        }
        /// The place and size in the table stream of the FIB's `index`th structure.
        func structure(_ index: Int) throws(Problem) -> Range<Int> {
            guard index < pairCount, let start = stream.u32(pairsAt + index * 8), let length = stream.u32(pairsAt + index * 8 + 4) else { return 0..<0 }
            guard length == 0 || (start <= table.count && length <= table.count - start) else {
                throw .damaged("a table points outside the \(tableName) stream")
            }
            return start..<start + length
        }
        let textCount = try characterCount(3), footnoteCount = try characterCount(4), headerCount = try characterCount(5)
        let commentCount = try characterCount(7), endnoteCount = try characterCount(8)

        let pieces = try Self.pieces(of: table, in: try structure(33), documentSize: stream.count)
        characters = Self.decode(pieces, from: stream)
        formats = CharacterFormats(pieces: pieces, count: characters.count, binTable: (try? structure(12)) ?? 0..<0, table: table, stream: stream).formats
        let footnotesStart = textCount
        let endnotesStart = textCount + footnoteCount + headerCount + commentCount
        guard textCount <= characters.count else { throw .damaged("its text is shorter than its header says") }
        main = 0..<textCount
        var unreadable: [(kind: String, problem: String)] = []
        let characterTotal = characters.count
        /// The notes of one kind, whose tables are the FIB's `references`th and `texts`th
        /// structures; none, and the kind added to `unreadable`, when the tables are damaged.
        func notes(_ kind: String, references: Int, texts: Int, base: Int, count: Int) -> [Note] {
            do {
                return try Self.notes(table, references: try structure(references), texts: try structure(texts), base: base,
                                      count: count, characters: characterTotal)
            } catch {
                if case .damaged(let problem) = error { unreadable.append((kind, problem)) }
                return []
            }
        }
        footnotes = notes("footnotes", references: 2, texts: 3, base: footnotesStart, count: footnoteCount)
        endnotes = notes("endnotes", references: 46, texts: 47, base: endnotesStart, count: endnoteCount)
        unreadableNotes = unreadable
    }

    /// A stretch of characters as the piece table stores it: its CPs, where its bytes begin in
    /// the `WordDocument` stream, and whether they are one byte a character (Windows-1252)
    /// rather than two (UTF-16).
    struct Piece: Equatable {
        let characters: Range<Int>
        let offset: Int
        let isCompressed: Bool
    }

    /// The pieces of the `Clx` at `range` of `table`: formatting records (`Prc`, type 1) are
    /// passed over, and the piece table (`Pcdt`, type 2) read.
    static func pieces(of table: LittleEndianBytes, in range: Range<Int>, documentSize: Int) throws(Problem) -> [Piece] {
        var at = range.lowerBound
        while at < range.upperBound {
            switch table.u8(at) {
            case 1:
                guard let size = table.u16(at + 1) else { throw .damaged("its piece table is cut short") }
                at += 3 + size
            case 2:
                guard let size = table.u32(at + 1), at + 5 + size <= range.upperBound, size >= 4, (size - 4) % 12 == 0 else {
                    throw .damaged("its piece table is cut short")
                }
                let count = (size - 4) / 12, positions = at + 5, descriptors = positions + (count + 1) * 4
                var pieces: [Piece] = []
                pieces.reserveCapacity(count)
                var previousEnd = 0
                for k in 0..<count {
                    guard let start = table.u32(positions + k * 4), let end = table.u32(positions + k * 4 + 4),
                          let place = table.u32(descriptors + k * 8 + 2) else { throw .damaged("its piece table is cut short") }
                    guard start == previousEnd, end >= start else { throw .damaged("its piece table is out of order") }
                    // Each character is stored once, in a byte or two: pieces that claim more
                    // characters than the stream has bytes share them (a crafted file's way to
                    // make gigabytes of text from kilobytes).
                    guard end <= documentSize else { throw .damaged("its piece table claims more text than the file holds") }
                    let isCompressed = place & 0x4000_0000 != 0
                    let offset = isCompressed ? (place & 0x3FFF_FFFF) / 2 : place & 0x3FFF_FFFF
                    let length = (end - start) * (isCompressed ? 1 : 2)
                    guard offset <= documentSize, length <= documentSize - offset else { throw .damaged("its piece table points outside the WordDocument stream") }
                    pieces.append(Piece(characters: start..<end, offset: offset, isCompressed: isCompressed))
                    previousEnd = end
                }
                return pieces
            default:
                throw .damaged("its piece table is not where its header says")
            }
        }
        throw .damaged("it has no piece table")
    }

    /// The characters of `pieces`, in order, decoded to UTF-16.
    static func decode(_ pieces: [Piece], from stream: LittleEndianBytes) -> [UInt16] {
        var characters: [UInt16] = []
        characters.reserveCapacity(pieces.last?.characters.upperBound ?? 0)
        for piece in pieces {
            let count = piece.characters.count
            if piece.isCompressed {
                for k in 0..<count { characters.append(Windows1252.unit(stream.bytes[piece.offset + k])) }
            } else {
                for k in 0..<count { characters.append(UInt16(stream.bytes[piece.offset + 2 * k]) | UInt16(stream.bytes[piece.offset + 2 * k + 1]) << 8) }
            }
        }
        return characters
    }

    /// The notes of one kind: the CPs of their references (`PlcffndRef`, `PlcfendRef`: n + 1
    /// CPs, then n two-byte records) and the starts of their texts (`PlcffndTxt`, `PlcfendTxt`:
    /// n + 2 CPs, counted from `base`, the start of their subdocument of `count` characters).
    static func notes(_ table: LittleEndianBytes, references: Range<Int>, texts: Range<Int>, base: Int, count: Int, characters: Int) throws(Problem) -> [Note] {
        guard references.count >= 4, texts.count >= 8 else { return [] }
        let noteCount = (references.count - 4) / 6
        guard texts.count / 4 >= noteCount + 1 else { throw .damaged("its notes and their texts do not match") }
        let limit = min(base + count, characters)
        var notes: [Note] = []
        notes.reserveCapacity(noteCount)
        for k in 0..<noteCount {
            guard let reference = table.u32(references.lowerBound + k * 4), let start = table.u32(texts.lowerBound + k * 4),
                  let end = table.u32(texts.lowerBound + k * 4 + 4) else { throw .damaged("its notes are cut short") }
            let from = min(base + start, limit), to = min(base + max(start, end), limit)
            notes.append(Note(reference: reference, text: from..<to))
        }
        return notes
    }
}
