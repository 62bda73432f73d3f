import Foundation
import ResGraphTestSupport
import Testing

/// `-` as a path: a text piped in, as `cat` and `grep` read it.
struct StandardInputCLITests {
    let cli = CLITests()

    /// `extract -` prints what `extract FILE` prints for the same text, under the source `-`,
    /// and `text -` the text itself.
    @Test func extractAndTextReadStandardInput() throws {
        let seed = CLITests.fixture("A_RES_58_154.fr.txt")
        let fromFile = try cli.run(["extract", seed, "--format", "jsonl"])
        let piped = try cli.run(["extract", "-", "--format", "jsonl"], standardInput: FileHandle(forReadingAtPath: seed))
        #expect(piped.status == 0)
        #expect(piped.error == "")
        #expect(piped.output == fromFile.output.replacingOccurrences(of: "\"source\":\"\(seed)\"", with: "\"source\":\"-\""))
        #expect(piped.output.contains("\"symbol\":\"A/RES/58/154\""))
        let text = try cli.run(["text", "-"], standardInput: FileHandle(forReadingAtPath: seed))
        #expect(text.status == 0)
        #expect(text.output == (try String(contentsOfFile: seed, encoding: .utf8)))
    }

    /// An index reads its files again by their path: `-` is refused by name, and the files given
    /// beside it are indexed.
    @Test func anIndexRefusesStandardInput() throws {
        let folder = try cli.scratch()
        let db = folder.appendingPathComponent("i.sqlite").path
        let run = try cli.run(["index", "-", CLITests.fixture("A_RES_59_170.zh.txt"), "--db", db],
                              standardInput: FileHandle(forReadingAtPath: CLITests.fixture("A_RES_58_154.fr.txt")))
        #expect(run.status == 1)
        #expect(run.error.contains("resgraph: error: -: standard input is not indexed (an index reads its files again by their path to tell what changed); save the text to a file and index that\n"))
        #expect(run.output.hasPrefix("indexed 1, unchanged 0, pruned 0, failed 1;"))
    }
}
