import ResGraphExtractor

/// Aligns rows of cells into columns for the terminal (East Asian characters count double).
/// A control character in a cell (a file name's) is written out (``VisibleText``), so that no
/// cell breaks its line or sends the terminal a command.
public enum TextTable {
    /// The header, a rule, and the rows, each padded to its column's width.
    public static func render(header: [String], rows: [[String]]) -> [String] {
        let columns = Columns(header: header, rows: rows)
        return [columns.line(header), columns.rule] + rows.map(columns.line)
    }

    /// The widths of a table's columns, fitted to its header and every row, and its lines padded
    /// to them: for a table too long to hold, whose rows are made once to be measured and again,
    /// one at a time, to be printed.
    ///
    /// ```swift
    /// let columns = TextTable.Columns(header: ["id", "date"], rows: hits.lazy.map(cells))
    /// print(columns.line(["id", "date"])); print(columns.rule)
    /// for hit in hits { print(columns.line(cells(hit))) }
    /// ```
    public struct Columns {
        /// Each column's width in terminal columns.
        public private(set) var widths: [Int]

        /// The widths that fit `header` alone, for rows fitted one at a time.
        public init(header: [String]) {
            widths = header.map(TextTable.displayWidth)
        }

        /// The widths that fit `header` and each of `rows`.
        public init(header: [String], rows: some Sequence<[String]>) {
            self.init(header: header)
            for row in rows { fit(row) }
        }

        /// Widens the columns that `row` needs wider.
        public mutating func fit(_ row: [String]) {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], TextTable.displayWidth(VisibleText.of(cell)))
            }
        }

        /// `cells` padded to the widths, two spaces between columns, the last one not padded.
        public func line(_ cells: [String]) -> String {
            var text = ""
            for (index, cell) in cells.lazy.map(VisibleText.of).enumerated() {
                text += cell
                if index < cells.count - 1 { text += String(repeating: " ", count: widths[index] - TextTable.displayWidth(cell) + 2) }
            }
            return text
        }

        /// The rule under the header: dashes as wide as each column.
        public var rule: String { line(widths.map { String(repeating: "-", count: $0) }) }
    }

    /// Columns a string takes in a terminal.
    public static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            width + ((0x1100...0x115F).contains(scalar.value) || (0x2E80...0xA4CF).contains(scalar.value)
                || (0xAC00...0xD7A3).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
                || (0xFE30...0xFE4F).contains(scalar.value) || (0xFF00...0xFF60).contains(scalar.value)
                || (0xFFE0...0xFFE6).contains(scalar.value) ? 2 : 1)
        }
    }
}
