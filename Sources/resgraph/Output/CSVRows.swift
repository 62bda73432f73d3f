/// Rows as CSV (RFC 4180): a header, then one line per row; fields with a comma, a quote or a
/// line break are quoted, quotes doubled.
struct CSVRows {
    /// The column names.
    let header: [String]

    static func print(header: [String], rows: [[String]]) {
        for row in [header] + rows { resgraph.print(row.map(field).joined(separator: ",")) }
    }

    /// Prints the header line, for rows printed one at a time.
    func printHeader() { Self.print(header: header, rows: []) }

    /// Prints one row.
    func print(_ row: [String]) { resgraph.print(row.map(Self.field).joined(separator: ",")) }

    private static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
