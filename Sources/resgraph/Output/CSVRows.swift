/// Rows as CSV (RFC 4180): a header, then one line per row; fields with a comma, a quote or a
/// line break are quoted, quotes doubled.
struct CSVRows {
    /// The column names.
    let header: [String]

    static func print(header: [String], rows: [[String]]) {
        let csv = CSVRows(header: header)
        var bytes: [UInt8] = []
        csv.appendHeader(to: &bytes)
        for row in rows { csv.append(row, to: &bytes) }
        StandardOutput.shared.write(bytes)
    }

    /// Prints the header line, for rows printed one at a time.
    func printHeader() { Self.print(header: header, rows: []) }

    /// Appends the header line to `bytes`, for rows written into a buffer.
    func appendHeader(to bytes: inout [UInt8]) { append(header, to: &bytes) }

    /// Appends one row and its line break to `bytes`.
    func append(_ row: [String], to bytes: inout [UInt8]) {
        for (k, value) in row.enumerated() {
            if k > 0 { bytes.append(UInt8(ascii: ",")) }
            guard value.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else {
                bytes += value.utf8
                continue
            }
            bytes.append(UInt8(ascii: "\""))
            for byte in value.utf8 {
                if byte == UInt8(ascii: "\"") { bytes.append(byte) }
                bytes.append(byte)
            }
            bytes.append(UInt8(ascii: "\""))
        }
        bytes.append(0x0A)
    }
}
