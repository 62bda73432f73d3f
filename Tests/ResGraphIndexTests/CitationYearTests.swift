import GRDB
@testable import ResGraphIndex
import Testing

/// The year a file's date gives to its citations, read in Swift once per file, as SQLite's
/// `CAST(substr(date, 1, 4) AS INTEGER)` read it at every reference before.
struct CitationYearTests {
    /// Dates as the index holds them and as a hand-edited or foreign index might: each gives
    /// the year SQLite gives it.
    @Test(arguments: [
        "2015-09-25", "2015", "1946-01-24", "0999-01-01", "", "12", "-2015", "+2015", " 2015", "\t201",
        "20a5", "abcd", "2015x", "２０１５", "é2015", "20é5", "201é", "1e10", "0x1F", "99999", "-", "+", " ",
        "\u{0B}12", "00-1",
    ])
    func yearIsWhatSQLiteCasts(_ date: String) throws {
        let sqlite = try DatabaseQueue().read { db in
            try Int.fetchOne(db, sql: "SELECT CAST(substr(?, 1, 4) AS INTEGER)", arguments: [date])
        }
        let swift = Array(date.utf8).withUnsafeBufferPointer { CitationsPerYear.year($0) }
        #expect(swift == sqlite, "\(date.debugDescription)")
    }
}
