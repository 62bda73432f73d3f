import ResGraphExtractor
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

    /// A control character is found wherever it stands in a longer text, which is searched
    /// eight bytes at a time: at every place of texts of 1 to 40 characters, among letters,
    /// accented and Chinese ones.
    @Test func aControlCharacterIsFoundAtEveryPlace() {
        let plain: [Character] = ["a", " ", "é", "联", "~", "/", "Z"]
        let controls: [(Character, String)] = [("\n", "\\n"), ("\u{0}", "\\x00"), ("\u{1F}", "\\x1F"), ("\u{7F}", "\\x7F"), ("\u{85}", "\\x85")]
        for length in 1...40 {
            let text = String((0..<length).map { plain[($0 * 5 + length) % plain.count] })
            #expect(VisibleText.of(text) == text)
            for place in 0..<length {
                for (control, written) in controls {
                    var characters = Array(text)
                    characters[place] = control
                    let expected = characters.map { $0 == control ? written : String($0) }.joined()
                    #expect(VisibleText.of(String(characters)) == expected, "\(length) \(place)")
                }
            }
        }
    }

    /// A file name's control characters are written out, as `ls` shows them: a line break no
    /// longer breaks the row, an ESC sequence no longer reaches the terminal, and the column is
    /// as wide as what is printed.
    @Test func controlCharactersInCellsAreWrittenOut() {
        #expect(VisibleText.of("a\nb\u{1B}[2J.txt") == "a\\nb\\x1B[2J.txt")
        #expect(VisibleText.of("\t\r\u{0}\u{7F}\u{85}\u{9F}") == "\\t\\r\\x00\\x7F\\x85\\x9F")
        #expect(VisibleText.of("résolution «58/154» 联合国") == "résolution «58/154» 联合国")
        #expect(VisibleText.of(VisibleText.of("a\nb")) == "a\\nb")
        #expect(TextTable.render(header: ["file", "id"], rows: [["a\nb.txt", "A/RES/1"], ["c.txt", "A/RES/2"]]) == [
            "file      id",
            "--------  -------",
            "a\\nb.txt  A/RES/1",
            "c.txt     A/RES/2",
        ])
    }
}
