@testable import resgraph
import Testing

/// Fields as CSV quotes them (RFC 4180), with each character that calls for quotes, and a
/// quote to double, at every place of fields long enough to be read eight bytes at a time.
struct CSVRowsTests {
    /// The field as RFC 4180 writes it, read a character at a time.
    static func plainField(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    @Test func eachCharacterThatCallsForQuotesIsFoundWhereverItStands() {
        let csv = CSVRows(header: ["a", "b"])
        for special in [",", "\"", "\n", "\r", "\"\"", "a\"b\"", "é", "-"] {
            for place in 0...20 {
                let field = String(repeating: "x", count: place) + special + String(repeating: "y", count: 20 - place)
                var bytes: [UInt8] = []
                csv.append([field, "z"], to: &bytes)
                #expect(String(decoding: bytes, as: UTF8.self) == Self.plainField(field) + ",z\n", "\(special.debugDescription) at \(place)")
            }
        }
    }

    @Test func emptyAndShortFieldsAreWrittenAsTheyAre() {
        var bytes: [UInt8] = []
        CSVRows(header: []).append(["", "a", "\"", "a,b"], to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == ",a,\"\"\"\",\"a,b\"\n")
    }
}
