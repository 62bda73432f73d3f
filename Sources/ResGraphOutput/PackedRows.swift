/// Rows of cells kept as one buffer of UTF-8 bytes, for a table that is printed only once its
/// last row is known (its columns as wide as their widest cell): a row costs its text and a
/// position per cell, where an array of strings costs a few hundred bytes.
///
/// ```swift
/// var rows = PackedRows()
/// rows.append(["A/RES/58/154", "2003-12-22", "en,fr,zh"])
/// rows[0]   // ["A/RES/58/154", "2003-12-22", "en,fr,zh"]
/// ```
public struct PackedRows: RandomAccessCollection {
    private var bytes: [UInt8] = []
    /// Where each cell ends in `bytes`, row after row.
    private var cellEnds: [Int] = []
    /// Where each row's cells end in `cellEnds`.
    private var rowEnds: [Int] = []

    /// No rows.
    public init() {}

    /// Adds a row.
    public mutating func append(_ cells: [String]) {
        for var cell in cells {
            cell.withUTF8 { bytes.append(contentsOf: $0) }
            cellEnds.append(bytes.count)
        }
        rowEnds.append(cellEnds.count)
    }

    /// The first row's position: 0.
    public var startIndex: Int { 0 }

    /// How many rows there are.
    public var endIndex: Int { rowEnds.count }

    /// The cells of row `row`, as they were added.
    public subscript(row: Int) -> [String] {
        let firstCell = row == 0 ? 0 : rowEnds[row - 1]
        var start = firstCell == 0 ? 0 : cellEnds[firstCell - 1]
        return (firstCell..<rowEnds[row]).map { cell in
            defer { start = cellEnds[cell] }
            return String(decoding: bytes[start..<cellEnds[cell]], as: UTF8.self)
        }
    }
}
