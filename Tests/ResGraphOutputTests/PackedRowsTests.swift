import ResGraphOutput
import Testing

/// Rows kept packed give back the cells they were given, whatever their text and number.
struct PackedRowsTests {
    @Test func rowsComeBackAsTheyWereAdded() {
        let added: [[String]] = [
            ["A/RES/58/154", "2003-12-22", "en,fr,zh", "recalls", "", "Convention relative aux réfugiés"],
            ["", "", ""],
            [],
            ["第58/154号决议", "ar", "اتفاقية", "Конвенция", "😀 e\u{301}"],
            ["one"],
        ]
        var rows = PackedRows()
        #expect(rows.isEmpty)
        for row in added { rows.append(row) }
        #expect(rows.count == added.count)
        #expect(Array(rows) == added)
        #expect(rows[3] == added[3])
        #expect(rows.last == ["one"])
    }

    @Test func aThousandRowsOfGrowingCells() {
        var rows = PackedRows()
        let added = (0..<1_000).map { n in (0..<(n % 7)).map { String(repeating: "x", count: $0 * n % 13) + "\(n)" } }
        for row in added { rows.append(row) }
        #expect(Array(rows) == added)
    }
}
