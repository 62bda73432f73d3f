import Foundation
import Testing

/// `show` of a node that thousands of documents cite: its edges arriving are printed as they are
/// read, and a table, which must see them all to measure its columns, keeps their cells packed
/// and locates their first places a few thousand at a time.
struct ShowCLITests {
    let cli = CLITests()

    /// 4,500 citers, more than one batch of places located together, each citing from a line
    /// of its own: every row of the table names its own file's line and column, and JSON and
    /// CSV give every edge in the same order.
    @Test func aTableOfThousandsOfEdgesLocatesEveryFirstPlace() throws {
        let folder = try cli.scratch()
        let citers = 4_500
        try Data("70/1. Resolution 1\n\nNoting the report,\n".utf8).write(to: folder.appendingPathComponent("m.txt"))
        for k in 0..<citers {
            let text = "70/\(100 + k). Resolution \(100 + k)\n" + String(repeating: "\n", count: 1 + k % 3) + "  Recalling its resolution 70/1,\n"
            try Data(text.utf8).write(to: folder.appendingPathComponent("c\(k).txt"))
        }
        let db = folder.appendingPathComponent("i.sqlite").path
        #expect(try cli.run(["index", folder.path, "--db", db, "--quiet"]).status == 0)
        let ids = (0..<citers).map { "A/RES/70/\(100 + $0)" }.sorted()

        let table = try cli.run(["show", "70/1", "--db", db], in: folder)
        #expect(table.status == 0)
        let rows = table.output.components(separatedBy: "\ncited by (\(citers))\n")[1].split(separator: "\n").dropFirst(2)
        #expect(rows.count == citers)
        for (row, id) in zip(rows, ids) {
            let k = Int(id.dropFirst("A/RES/70/".count))! - 100
            let cells = row.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            #expect(cells == ["recalls", id, "en", "c\(k).txt:\(3 + k % 3):28"], "\(row)")
        }

        let csv = try cli.run(["show", "70/1", "--format", "csv", "--db", db])
        #expect(csv.output.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[2] } == ids.map { Substring($0) })
        let json = try cli.run(["show", "70/1", "--format", "json", "--db", db])
        let node = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        #expect((node?["citedBy"] as? [[String: Any]])?.map { $0["from"] as? String } == ids)
    }
}
