import ResGraphExtractor

/// Aligns rows of cells into columns for the terminal (East Asian characters count double).
public enum TextTable {
    /// The header, a rule, and the rows, each padded to its column's width.
    public static func render(header: [String], rows: [[String]]) -> [String] {
        var widths = header.map(displayWidth)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], displayWidth(cell))
            }
        }
        func line(_ cells: [String]) -> String {
            var text = ""
            for (index, cell) in cells.enumerated() {
                let isLast = index == cells.count - 1
                text += cell
                if !isLast { text += String(repeating: " ", count: widths[index] - displayWidth(cell) + 2) }
            }
            return text
        }
        return [line(header), line(widths.map { String(repeating: "-", count: $0) })] + rows.map(line)
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
