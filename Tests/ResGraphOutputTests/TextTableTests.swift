import ResGraphOutput
import Testing

/// Tables for the terminal: columns as wide as their widest cell, Chinese counted double.
struct TextTableTests {
    let header = ["id", "title"]
    let rows = [["A/RES/58/154", "Follow-up"], ["A/RES/59/170", "联合国难民署"], ["S/RES/1", "x"]]

    @Test func columnsAreAsWideAsTheirWidestCell() {
        #expect(TextTable.render(header: header, rows: rows) == [
            "id            title",
            "------------  ------------",
            "A/RES/58/154  Follow-up",
            "A/RES/59/170  联合国难民署",
            "S/RES/1       x",
        ])
    }

    /// Measured first and printed a row at a time, a table reads as it does rendered whole.
    @Test func columnsFittedRowByRowGiveTheSameLines() {
        var columns = TextTable.Columns(header: header)
        #expect(columns.widths == [2, 5])
        for row in rows { columns.fit(row) }
        #expect(columns.widths == [12, 12])
        #expect(TextTable.Columns(header: header, rows: rows.lazy.map { $0 }).widths == columns.widths)
        #expect([columns.line(header), columns.rule] + rows.map(columns.line) == TextTable.render(header: header, rows: rows))
    }
}
