import Foundation
import Testing

/// Walks of several steps asked from the command line.
struct WalkCLITests {
    let cli = CLITests()

    /// `cites --depth N` follows what the cited documents the index holds cite in turn, as far
    /// as N steps, each id once (70/3 cites 70/1 back, which is where the walk began); with a
    /// relation, only links under it are followed.
    @Test func citesFollowsWhatTheCitedDocumentsCite() throws {
        let folder = try cli.scratch()
        let texts = [
            "a.txt": "70/1. Tolerance\n\nThe General Assembly,\n\nRecalling its resolution 70/2,\n",
            "b.txt": "70/2. Peace\n\nThe General Assembly,\n\nReaffirming its resolution 70/3 and the Convention relating to the Status of Refugees,1\n\n1 United Nations, Treaty Series, vol. 189, No. 2545.\n",
            "c.txt": "70/3. Rights\n\nThe General Assembly,\n\nNotes the report of the Secretary-General (A/70/100);\n\nRecalling its resolution 70/1,\n",
        ]
        for (name, text) in texts { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        let db = folder.appendingPathComponent("i.sqlite").path
        #expect(try cli.run(["index", folder.path, "--db", db]).status == 0)
        let row = { (line: String) in line.replacingOccurrences(of: "$", with: folder.path) }
        let header = "id,kind,relations,depth,via,date,languages,title,source,start,end"
        let first = row("A/RES/70/2,ga-resolution,recalls,1,A/RES/70/1,,en,Peace,$/a.txt,65,69")
        let second = [row("A/RES/70/3,ga-resolution,reaffirms,2,A/RES/70/2,,en,Rights,$/b.txt,63,67"),
                      row("UNTS 189/2545,treaty,reaffirms,2,A/RES/70/2,,,,$/b.txt,143,176")]
        let third = row("A/70/100,document,notes,3,A/RES/70/3,,,,$/c.txt,80,88")
        let lines = { (arguments: [String]) throws -> [String] in
            try cli.run(["cites", "70/1", "--format", "csv", "--db", db] + arguments).output.split(separator: "\n").map(String.init)
        }
        #expect(try lines([]) == [header, first])
        #expect(try lines(["--depth", "2"]) == [header, first] + second)
        #expect(try lines(["--depth", "10"]) == [header, first] + second + [third])
        #expect(try lines(["--depth", "3", "--relation", "recalls"]) == [header, first])
        let table = try cli.run(["cites", "70/1", "--depth", "3", "--db", db])
        #expect(table.output.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") } == [
            "A/RES/70/2 en recalls Peace",
            "A/RES/70/3 en reaffirms 2 via A/RES/70/2 Rights",
            "UNTS 189/2545 reaffirms 2 via A/RES/70/2",
            "A/70/100 notes 3 via A/RES/70/3",
        ])
    }
}
