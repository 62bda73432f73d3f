import Foundation
import ResGraphExtractor
import ResGraphOutput

/// Rows as CSV (RFC 4180): a header, then one line per row; fields with a comma, a quote or a
/// line break are quoted, quotes doubled.
struct CSVRows {
    /// The column names.
    let header: [String]

    /// Prints the header and `rows`, handing the lines on as they are made: a lazy sequence of
    /// rows is never held whole, nor is the text.
    static func print(header: [String], rows: some Sequence<[String]>) {
        let csv = CSVRows(header: header)
        var out = JSONBytes()
        csv.appendHeader(to: &out.bytes)
        for row in rows {
            csv.append(row, to: &out.bytes)
            StandardOutput.shared.take(&out)
        }
        StandardOutput.shared.take(&out, atLeast: 0)
    }

    /// Prints the header line, for rows printed one at a time.
    func printHeader() { Self.print(header: header, rows: [[String]]()) }

    /// Appends the header line to `bytes`, for rows written into a buffer.
    func appendHeader(to bytes: inout [UInt8]) { append(header, to: &bytes) }

    /// Appends one row and its line break to `bytes`.
    func append(_ row: [String], to bytes: inout [UInt8]) {
        for (k, value) in row.enumerated() {
            if k > 0 { bytes.append(UInt8(ascii: ",")) }
            var value = value
            value.withUTF8 { Self.appendField($0, to: &bytes) }
        }
        bytes.append(0x0A)
    }

    /// Appends one field: as it is, or quoted with its quotes doubled when it holds a comma, a
    /// quote or a line break. Runs between quotes are copied whole.
    private static func appendField(_ utf8: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        guard needsQuotes(utf8) else {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        var start = 0
        while start < utf8.count, let found = memchr(utf8.baseAddress.unsafelyUnwrapped + start, Int32(UInt8(ascii: "\"")), utf8.count - start) {
            let quote = utf8.baseAddress.unsafelyUnwrapped.distance(to: found.assumingMemoryBound(to: UInt8.self))
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...quote]))
            bytes.append(UInt8(ascii: "\""))
            start = quote + 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether a field holds a comma, a quote, a line feed or a carriage return: tested eight
    /// bytes at a time.
    private static func needsQuotes(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 0
        while k &+ 8 <= utf8.count {
            let word = ByteWord.load(utf8, at: k)
            let special = ByteWord.equal(word, to: 0x2C) | ByteWord.equal(word, to: 0x22) | ByteWord.equal(word, to: 0x0A) | ByteWord.equal(word, to: 0x0D)
            if special != 0 { return true }
            k &+= 8
        }
        return utf8[k...].contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
    }
}
