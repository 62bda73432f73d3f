import Foundation
import Testing

/// File names as people get them from elsewhere, with a line break or an ESC sequence in them:
/// tables, messages and drawings show them written out, and nothing reaches the terminal raw.
struct FileNameDisplayCLITests {
    let cli = CLITests()

    @Test func controlCharactersInFileNamesAreWrittenOut() throws {
        let folder = try cli.scratch()
        let broken = "a\nb.txt", escaping = "q\u{1B}[2J.txt"
        try Data("58/154. Follow-up\n\nThe General Assembly,\n\nRecalling its resolution 48/113,\n".utf8).write(to: folder.appendingPathComponent(broken))
        try Data("Recalling its resolution 48/113,\n".utf8).write(to: folder.appendingPathComponent(escaping))
        let db = folder.appendingPathComponent("i.sqlite").path
        #expect(try cli.run(["index", folder.path, "--db", db]).status == 0)
        let runs = [
            try cli.run(["extract", folder.path, "--format", "table"]),
            try cli.run(["cited-by", "48/113", "--context", "--db", db], in: folder),
            try cli.run(["show", "58/154", "--db", db], in: folder),
            try cli.run(["check", "--db", db], in: folder),
            try cli.run(["extract", folder.appendingPathComponent(escaping + ".gone").path]),
        ]
        for run in runs {
            #expect(!(run.output + run.error).unicodeScalars.contains { $0.value == 0x1B })
            #expect(!(run.output + run.error).contains("a\nb"))
        }
        #expect(runs[0].output.hasPrefix("\(folder.path)/a\\nb.txt  A/RES/58/154  en  (no date)\n"))
        #expect(runs[0].output.contains("\n\(folder.path)/q\\x1B[2J.txt  (no symbol)  en  (no date)\n"))
        #expect(runs[1].output.contains("\nfile:\(folder.resolvingSymlinksInPath().path)/q\\x1B[2J.txt  "))
        #expect(runs[1].output.contains("\n    a\\nb.txt:5:26: Recalling its resolution [48/113],\n"))
        #expect(runs[2].output.contains("\nfile:      a\\nb.txt\n"))
        #expect(runs[3].output.hasPrefix("q\\x1B[2J.txt:1:1: no-symbol: "))
        #expect(runs[4].error == "resgraph: error: \(folder.path)/q\\x1B[2J.txt.gone: no such file\n")
    }

    /// A name in Latin-1 on the command line reaches Swift with U+FFFD in place of its bytes,
    /// and names another file: `--db` made an index under that other name. Refused, saying which
    /// argument, before anything is read or written.
    @Test func anArgumentInAnotherEncodingIsRefusedBeforeAnythingIsWritten() throws {
        let folder = try cli.scratch()
        let script = #"exec "$0" index "$1" --db "$2/$(printf 'r\351sum\351.sqlite')""#
        let run = try cli.run(["-c", script, CLITests.binary.path, CLITests.fixture("A_RES_58_154.en.txt"), folder.path],
                              executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(run.status == 64)
        #expect(run.error == "resgraph: error: argument 4, \u{201C}\(folder.path)/r\u{FFFD}sum\u{FFFD}.sqlite\u{201D}, is not UTF-8 (a name in another encoding, such as Latin-1?): resgraph takes names in UTF-8; rename the file if it exists (e.g. convmv -f latin1 -t utf8 --notest) and give its new name\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
