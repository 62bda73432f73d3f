/// What a Word 97-2003 file's direct character formatting says of each character that matters
/// to the text read: whether it is hidden (`sprmCFVanish`) or deleted as a tracked change
/// (`sprmCFRMarkDel`), and whether it is set in superscript (`sprmCIss`). Read from the
/// character property runs: the `PlcBteChpx` of the table stream names 512-byte pages (`ChpxFkp`)
/// of the `WordDocument` stream, each a list of runs of stream offsets with their properties
/// (`Chpx`: a list of property modifiers, `Prl`).
///
/// Formatting a style gives is not read, nor a toggle set "as the style says" (taken as off).
/// A damaged page or list is passed over: formatting never makes a file unreadable.
struct CharacterFormats {
    /// One character's formats, as bits.
    struct Format: OptionSet, Hashable {
        let rawValue: UInt8

        /// Hidden, or deleted as a tracked change: not part of the text read.
        static let leftOut = Format(rawValue: 1)
        /// Set in superscript.
        static let superscript = Format(rawValue: 2)
    }

    /// The format of each character, by CP.
    let formats: [Format]

    /// The formats of the characters of `pieces` (``WordBinaryFile/Piece``), from the runs the
    /// bin table at `binTable` of `table` names in `stream`.
    init(pieces: [WordBinaryFile.Piece], count: Int, binTable: Range<Int>, table: LittleEndianBytes, stream: LittleEndianBytes) {
        var formats = [Format](repeating: [], count: count)
        let runs = Self.runs(binTable: binTable, table: table, stream: stream)
        if !runs.isEmpty {
            for piece in pieces {
                let width = piece.isCompressed ? 1 : 2
                let bytes = piece.offset..<piece.offset + piece.characters.count * width
                // The runs are in stream order; those over the piece's bytes give its characters'.
                var low = 0, high = runs.count
                while low < high {
                    let middle = (low + high) / 2
                    if runs[middle].bytes.upperBound <= bytes.lowerBound { low = middle + 1 } else { high = middle }
                }
                var index = low
                while index < runs.count, runs[index].bytes.lowerBound < bytes.upperBound {
                    let run = runs[index]
                    let first = max(run.bytes.lowerBound, bytes.lowerBound), last = min(run.bytes.upperBound, bytes.upperBound)
                    if !run.format.isEmpty, first < last {
                        let from = piece.characters.lowerBound + (first - bytes.lowerBound + width - 1) / width
                        let to = min(piece.characters.lowerBound + (last - bytes.lowerBound + width - 1) / width, count)
                        if from < to { for position in from..<to { formats[position] = run.format } }
                    }
                    index += 1
                }
            }
        }
        self.formats = formats
    }

    /// A run of stream bytes with the same formats.
    struct Run {
        let bytes: Range<Int>
        let format: Format
    }

    /// The runs of the pages the bin table names, in stream order, those without a format
    /// that matters included.
    static func runs(binTable: Range<Int>, table: LittleEndianBytes, stream: LittleEndianBytes) -> [Run] {
        guard binTable.count >= 8, (binTable.count - 4) % 8 == 0 else { return [] }
        let pageCount = (binTable.count - 4) / 8
        var runs: [Run] = []
        for k in 0..<pageCount {
            guard let number = table.u32(binTable.lowerBound + (pageCount + 1) * 4 + k * 4) else { continue }
            let page = (number & 0x3F_FFFF) * 512
            guard page + 512 <= stream.count, let runCount = stream.u8(page + 511), runCount > 0, (runCount + 1) * 4 + runCount <= 511 else { continue }
            for r in 0..<runCount {
                guard let start = stream.u32(page + r * 4), let end = stream.u32(page + r * 4 + 4), start < end,
                      let word = stream.u8(page + (runCount + 1) * 4 + r) else { continue }
                let format = word == 0 ? [] : Self.format(ofPropertiesAt: page + word * 2, in: stream, pageEnd: page + 511)
                if let last = runs.last, last.bytes.upperBound > start { continue }
                runs.append(Run(bytes: start..<end, format: format))
            }
        }
        return runs
    }

    /// The formats a `Chpx` at `offset` gives: a byte count, then property modifiers, each a
    /// two-byte `sprm` whose top three bits say how long its operand is.
    static func format(ofPropertiesAt offset: Int, in stream: LittleEndianBytes, pageEnd: Int) -> Format {
        guard let count = stream.u8(offset) else { return [] }
        var format: Format = []
        var at = offset + 1
        let end = min(offset + 1 + count, pageEnd)
        while at + 2 <= end, let sprm = stream.u16(at) {
            at += 2
            let operandSize: Int
            switch sprm >> 13 {
            case 0, 1: operandSize = 1
            case 2, 4, 5: operandSize = 2
            case 3: operandSize = 4
            case 7: operandSize = 3
            default:
                guard let size = stream.u8(at) else { return format }
                operandSize = 1 + size
            }
            guard at + operandSize <= end, let operand = stream.u8(at) else { return format }
            switch sprm {
            case Self.vanish, Self.deletedRevision:
                if Self.isOn(operand) { format.insert(.leftOut) }
            case Self.superscriptOrSubscript:
                if operand == 1 { format.insert(.superscript) }
            default: break
            }
            at += operandSize
        }
        return format
    }

    /// `sprmCFVanish`: hidden text.
    static let vanish = 0x083C
    /// `sprmCFRMarkDel`: text deleted while changes were tracked.
    static let deletedRevision = 0x0800
    /// `sprmCIss`: 1 superscript, 2 subscript.
    static let superscriptOrSubscript = 0x2A48

    /// Whether a toggle's operand turns it on: 1, or 0x81 (the opposite of the style, which is
    /// taken as off).
    static func isOn(_ operand: Int) -> Bool {
        operand == 1 || operand == 0x81
    }
}
