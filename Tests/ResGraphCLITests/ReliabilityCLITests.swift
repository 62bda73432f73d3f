import Foundation
import GRDB
import ResGraphTestSupport
import Testing

/// What the command line does with wrong options, failed writes, bad inputs and a missing index.
struct ReliabilityCLITests {
    let cli = CLITests()

    @Test(arguments: [
        ["render", "--from", "60", "--to", "50", "-o", "x.svg"],
        ["render", "--max-nodes=-1", "-o", "x.svg"],
        ["render", "--depth", "0", "-o", "x.svg"],
        ["render", "--depth", "11", "-o", "x.svg"],
        ["render", "--from", "99999", "-o", "x.svg"],
        ["render", "-o", "out.jpg"],
        ["recalled-by", "48/113", "--depth", "-2"],
        ["cited-by", "48/113", "--depth", "0"],
        ["cites", "48/113", "--depth", "11"],
    ])
    func badOptionValuesAreUsageErrors(arguments: [String]) throws {
        let folder = try cli.scratch()
        let result = try cli.run(arguments, in: folder)
        #expect(result.status == 64)
        #expect(result.error.hasPrefix("Error: "))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.svg").path))
    }

    /// A run whose totals cannot be read afterwards (here their table is gone, which a run that
    /// changes nothing does not write) has done its work all the same: it says so, as resgraph
    /// says errors, and exits 1. Kept totals that are not numbers are counted again, not
    /// trusted, and nothing traps.
    @Test func totalsThatCannotBeReadAfterARunAreSaidAsSuch() throws {
        let folder = try cli.scratch()
        let db = folder.appendingPathComponent("i.sqlite").path
        let seed = Seeds.path("A_RES_58_154.en.txt")
        let first = try cli.run(["index", seed, "--db", db])
        #expect(first.status == 0)
        try DatabaseQueue(path: db).write { try $0.execute(sql: "UPDATE totals SET languages = NULL, files = 'many'") }
        let recounted = try cli.run(["index", seed, "--db", db])
        #expect(recounted.status == 0)
        #expect(recounted.output.split(separator: "\n").dropFirst() == first.output.split(separator: "\n").dropFirst())
        try DatabaseQueue(path: db).write { try $0.execute(sql: "DROP TABLE totals") }
        let result = try cli.run(["index", seed, "--db", db])
        #expect(result.status == 1)
        #expect(result.output.hasPrefix("indexed 0, unchanged 1"))
        #expect(result.error.hasPrefix("resgraph: error: the run was stored in \(db), but what the index holds could not be read: SQLite error 1: no such table: totals"))
    }

    @Test func extractToAFullDiskFails() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let result = try cli.run(["extract", "--format", "jsonl"] + Seeds.paths, standardOutput: full)
        #expect(result.status == 1)
        #expect(result.error == "resgraph: error: cannot write to standard output: No space left on device\n")
    }

    @Test func exportToAFullDiskFails() throws {
        let folder = try cli.scratch()
        let db = folder.appendingPathComponent("i.sqlite").path
        #expect(try cli.run(["index", Seeds.folder.path, "--db", db]).status == 0)
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let result = try cli.run(["export", "--db", db], standardOutput: full)
        #expect(result.status == 1)
        #expect(result.error.contains("cannot write to standard output"))
    }

    /// `check` exits 1 when it finds problems; output lost on the way is still said.
    @Test func checkToAFullDiskSaysSo() throws {
        let folder = try cli.scratch()
        let db = folder.appendingPathComponent("i.sqlite").path
        #expect(try cli.run(["index", Seeds.folder.path, "--db", db]).status == 0)
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let result = try cli.run(["check", "--db", db, "--format", "json"], standardOutput: full)
        #expect(result.status == 1)
        #expect(result.error == "resgraph: error: cannot write to standard output: No space left on device\n")
    }

    /// `-o` naming a device is written to as it is, never renamed over: a full device is an
    /// error, and the device stays (a node of the machine's /dev/full, made in a scratch folder).
    @Test func anOutputDeviceIsWrittenNotReplaced() throws {
        let folder = try cli.scratch()
        let device = folder.appendingPathComponent("full").path
        guard mknod(device, S_IFCHR | 0o666, 1 << 8 | 7) == 0 else { return }  // not allowed here: nothing to test
        for arguments in [["render", Seeds.folder.path, "-o", device, "--format", "svg"], ["export", "--db", folder.appendingPathComponent("i.sqlite").path, "-o", device]] {
            if arguments[0] == "export" { #expect(try cli.run(["index", Seeds.folder.path, "--db", arguments[2], "-q"]).status == 0) }
            let result = try cli.run(arguments)
            #expect(result.status == 1)
            #expect(result.error.contains("cannot write \(device): No space left on device"))
            var status = stat()
            #expect(stat(device, &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
        }
    }

    /// `-o` naming a link to a file replaces the file and keeps the link.
    @Test func anOutputLinkIsFollowed() throws {
        let folder = try cli.scratch()
        let file = folder.appendingPathComponent("real.dot").path, link = folder.appendingPathComponent("link.dot").path
        try "old".write(toFile: file, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: file)
        #expect(try cli.run(["render", Seeds.folder.path, "-o", link, "-q"]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == file)
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("digraph"))
    }

    @Test func renderWithAMissingInputDrawsTheRestAndExits1() throws {
        let folder = try cli.scratch()
        let svg = folder.appendingPathComponent("x.svg").path
        let result = try cli.run(["render", Seeds.folder.path, "/nonexistent", "-o", svg])
        #expect(result.status == 1)
        #expect(result.error.contains("/nonexistent: no such file"))
        #expect(FileManager.default.fileExists(atPath: svg))
    }

    @Test func renderIntoAnUnwritableFolderLeavesNoFile() throws {
        let result = try cli.run(["render", Seeds.folder.path, "-o", "/proc/x.svg"])
        #expect(result.status == 1)
        #expect(result.error.hasPrefix("resgraph: error: cannot write /proc/x.svg"))
    }

    @Test func renderReplacesTheOutputWholeAndLeavesNoTemporaryFile() throws {
        let folder = try cli.scratch()
        let svg = folder.appendingPathComponent("x.svg")
        try Data("old".utf8).write(to: svg)
        #expect(try cli.run(["render", Seeds.folder.path, "-o", svg.path]).status == 0)
        #expect(try String(contentsOf: svg, encoding: .utf8).contains("</svg>"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["x.svg"])
    }

    /// Ctrl-C (or SIGTERM, SIGHUP) in the middle of a long export: the process ends by the
    /// signal, as it would have, the previous file is intact, and the half-written temporary
    /// file beside it is gone (at a million documents it would be gigabytes, hidden).
    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func anInterruptedExportLeavesThePreviousFileAndNoTemporaryOne(signal: Int32) throws {
        let folder = try cli.scratch()
        let texts = try Self.citingCorpus(in: folder.appendingPathComponent("texts"), session: 60)
        let db = folder.appendingPathComponent("i.sqlite").path
        #expect(try cli.run(["index", texts.path, "--db", db]).status == 0)
        let output = folder.appendingPathComponent("out.json")
        try Data("old".utf8).write(to: output)

        let status = try Self.stop(signal, [CLITests.binary.path, "export", "--db", db, "--format", "json", "-o", output.path], once: {
            try FileManager.default.contentsOfDirectory(atPath: folder.path).contains { $0.hasPrefix(".out.json.tmp-") }
        })
        #expect(status & 0x7F == signal, "ended by signal \(status & 0x7F), exit status \((status >> 8) & 0xFF)")
        #expect(try String(contentsOf: output, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().filter { !$0.hasPrefix("i.sqlite") } == ["out.json", "texts"])
    }

    /// Ctrl-C (or SIGTERM) during a first run leaves no index (not an empty one that questions
    /// would answer "not in the index" from); during a later run, the index as it was.
    @Test(arguments: [SIGINT, SIGTERM])
    func aStoppedFirstRunLeavesNoIndexAndALaterOneTheIndexAsItWas(signal: Int32) throws {
        let folder = try cli.scratch()
        let first = try Self.citingCorpus(in: folder.appendingPathComponent("first"), session: 60)
        let db = folder.appendingPathComponent("i.sqlite").path
        let stopped = try Self.stop(signal, [CLITests.binary.path, "index", first.path, "--db", db], once: { FileManager.default.fileExists(atPath: db) })
        #expect(stopped & 0x7F == signal, "ended by signal \(stopped & 0x7F), exit status \((stopped >> 8) & 0xFF)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["first"])
        #expect(try cli.run(["stats", "--db", db]).error.contains("no index here"))

        #expect(try cli.run(["index", first.path, "--db", db]).status == 0)
        let before = try cli.run(["stats", "--db", db, "-q"]).output
        #expect(before.hasPrefix("200 documents"))
        let second = try Self.citingCorpus(in: folder.appendingPathComponent("second"), session: 61)
        // --verbose names each file as it is stored, inside the run's transaction.
        let log = folder.appendingPathComponent("log").path
        let later = try Self.stop(signal, [CLITests.binary.path, "index", second.path, "--db", db, "--verbose"], errors: log, once: {
            (try? String(contentsOfFile: log, encoding: .utf8))?.contains("indexed: ") ?? false
        })
        #expect(later & 0x7F == signal)
        #expect(try cli.run(["stats", "--db", db, "-q"]).output == before)
    }

    /// Runs `arguments` (as ``spawnReceivingSignals(_:errors:)`` starts them) and sends `signal` once
    /// `condition` holds; fails the test when the command ended first. Its wait status.
    static func stop(_ signal: Int32, _ arguments: [String], errors: String = "/dev/null", once condition: () throws -> Bool) throws -> Int32 {
        let child = try spawnReceivingSignals(arguments, errors: errors)
        var status: Int32 = 0
        var caught = false
        while waitpid(child, &status, WNOHANG) == 0 {
            if try condition() {
                caught = true
                kill(child, signal)
                _ = waitpid(child, &status, 0)
                break
            }
            usleep(1_000)
        }
        try #require(caught, "\(arguments[1]) ended before it could be stopped: the corpus is too small")
        return status
    }

    /// 200 resolutions of session `session`, each recalling 300 others: a corpus whose index
    /// and export take long enough (about half a second each) to be stopped on the way.
    static func citingCorpus(in folder: URL, session: Int) throws -> URL {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let cited = (1...300).map { "50/\($0)" }.joined(separator: ", ")
        for number in 1...200 {
            let text = "The General Assembly,\n\nRecalling its resolutions \(cited),\n\n1. Decides to remain seized of the matter.\n"
            try Data(text.utf8).write(to: folder.appendingPathComponent("A_RES_\(session)_\(number).txt"))
        }
        return folder
    }

    /// Starts `arguments` with the signals a terminal sends unblocked and at their default, as a
    /// shell starts a command: `Process` passes on the mask of the thread that starts it, and the
    /// test runner's threads block them. Output goes to /dev/null, errors to the file `errors`.
    static func spawnReceivingSignals(_ arguments: [String], errors: String = "/dev/null") throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), terminal = sigset_t()
        sigemptyset(&none)
        sigemptyset(&terminal)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&terminal, signal) }
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &terminal)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, arguments[0], &actions, &attributes, &argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }
        return pid
    }

    @Test func questionsNeverCreateAnIndex() throws {
        let folder = try cli.scratch()
        for command in [["recalled-by", "48/113"], ["check"], ["dangling"], ["export"]] {
            let result = try cli.run(command + ["--db", "mistyped.sqlite"], in: folder)
            #expect(result.status == 1)
            #expect(result.error == "resgraph: error: mistyped.sqlite: no index here; run `resgraph index PATH... --db mistyped.sqlite` first\n")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aFolderAsDatabaseAndAnEmptyIDAreClearErrors() throws {
        let folder = try cli.scratch()
        let index = try cli.run(["index", Seeds.folder.path, "--db", folder.path])
        #expect(index.status == 1)
        #expect(index.error == "resgraph: error: \(folder.path): is a folder; --db names the index file (e.g. \(folder.path)/resgraph.sqlite)\n")
        let db = folder.appendingPathComponent("i.sqlite").path
        #expect(try cli.run(["index", Seeds.folder.path, "--db", db]).status == 0)
        let empty = try cli.run(["show", " ", "--db", db])
        #expect(empty.status == 64)
    }

    @Test func theSameFilesReachedByOtherPathsAreIndexedOnce() throws {
        let home = try cli.scratch()
        let texts = home.appendingPathComponent("p/a")
        try Seeds.copy(4, into: texts)
        let db = home.appendingPathComponent("x.sqlite").path
        let first = try cli.run(["index", "./a", "--db", db], in: home.appendingPathComponent("p"))
        #expect(first.output.hasPrefix("indexed 4, unchanged 0, pruned 0"))
        // On a slow day the files have settled by the second run, which stamps them, and the
        // third passes them over unread ("unchanged 4 (4 not read)"): either way they are unchanged.
        let second = try cli.run(["index", texts.path, "--db", db, "--prune"], in: URL(fileURLWithPath: "/"))
        #expect(second.output.hasPrefix("indexed 0, unchanged 4") && second.output.contains(", pruned 0, failed 0;"))
        let third = try cli.run(["index", "p/a/../a", "--db", "x.sqlite"], in: home)
        #expect(third.output.hasPrefix("indexed 0, unchanged 4") && third.output.contains(", pruned 0, failed 0;"))
    }

    @Test func aRunSaysHowManyUnchangedFilesItDidNotRead() throws {
        let folder = try cli.scratch()
        let texts = folder.appendingPathComponent("texts")
        let copies = try Seeds.copy(3, into: texts)
        // Only files left alone for three seconds (FileStamp.settlingSeconds) are stamped, so that
        // the next run may trust them unread.
        Thread.sleep(forTimeInterval: 3.5)
        let db = folder.appendingPathComponent("i.sqlite").path
        let first = try cli.run(["index", texts.path, "--db", db])
        #expect(first.output.hasPrefix("indexed 3, unchanged 0, pruned 0, failed 0;"))
        let second = try cli.run(["index", texts.path, "--db", db])
        #expect(second.output.hasPrefix("indexed 0, unchanged 3 (3 not read), pruned 0, failed 0; 0 references;"))
        try Data("changed".utf8).write(to: URL(fileURLWithPath: copies[0]))
        let third = try cli.run(["index", texts.path, "--db", db])
        #expect(third.output.hasPrefix("indexed 1, unchanged 2 (2 not read), pruned 0, failed 0;"))
    }

    @Test func looselyTypedIDsResolve() throws {
        let folder = try cli.scratch()
        let db = folder.appendingPathComponent("i.sqlite").path
        let sc = folder.appendingPathComponent("sc.txt")
        try Data("Recalling its resolutions 1325 (2000) and 2242 (2015), and 1820 (2008),\n".utf8).write(to: sc)
        let twoYears = folder.appendingPathComponent("other.txt")
        try Data("Recalling its resolutions 1325 (2001),\n".utf8).write(to: twoYears)
        #expect(try cli.run(["index", Seeds.folder.path, sc.path, "--db", db]).status == 0)
        for typed in ["a/res/48/113", "48 / 113", "A/RES/48/113.", " A/RES/48/113 "] {
            let result = try cli.run(["recalled-by", typed, "--db", db])
            #expect(result.status == 0, "\(typed): \(result.error)")
            #expect(result.output.contains("A/RES/58/154"))
        }
        let unique = try cli.run(["cited-by", "S/RES/2242", "--db", db])
        #expect(unique.status == 0)
        #expect(try cli.run(["index", twoYears.path, "--db", db]).status == 0)
        let ambiguous = try cli.run(["cited-by", "S/RES/1325", "--db", db])
        #expect(ambiguous.status == 1)
        #expect(ambiguous.error.contains("S/RES/1325 matches 2 ids"))
        #expect(ambiguous.error.contains("S/RES/1325(2000), S/RES/1325(2001)"))
    }

    @Test func anOverlongIDIsAnsweredAtOnce() throws {
        let folder = try cli.scratch()
        let db = folder.appendingPathComponent("i.sqlite").path
        #expect(try cli.run(["index", Seeds.folder.path, "--db", db]).status == 0)
        let result = try cli.run(["show", "A/RES/58/" + String(repeating: "7", count: 100_000), "--db", db])
        #expect(result.status == 1)
        #expect(result.error.contains("is not in the index"))
        #expect(!result.error.contains("nearest"))
    }

    @Test func aFileTruncatedWhileIndexedIsReportedNotFatal() throws {
        let folder = try cli.scratch()
        let seed = try Data(contentsOf: URL(fileURLWithPath: Seeds.path("A_RES_58_154.en.txt")))
        var big = Data()
        while big.count < 3_000_000 { big.append(seed) }
        let files = (0..<8).map { folder.appendingPathComponent("big\($0).txt") }
        for file in files { try big.write(to: file) }
        let db = folder.appendingPathComponent("i.sqlite").path
        let truncator = Thread {
            for (k, file) in files.enumerated() {
                usleep(useconds_t(20_000 * (k + 1)))
                truncate(file.path, 1_000)
            }
        }
        truncator.start()
        let result = try cli.run(["index", folder.path, "--db", db])
        // Exit 0 (read before or after the cut) or 1 (a file changed while read); never a signal.
        #expect(result.status == 0 || result.status == 1, "\(result.error)")
        #expect(result.output.hasPrefix("indexed"))
    }

    @Test func anUnreadableFolderIsReportedAndTheRestIndexed() throws {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") else { return }
        let folder = try cli.scratch()
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder.path)
        let open = folder.appendingPathComponent("open"), closed = folder.appendingPathComponent("closed")
        for sub in [open, closed] { try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true) }
        try FileManager.default.copyItem(atPath: Seeds.path("A_RES_58_154.en.txt"), toPath: open.appendingPathComponent("a.txt").path)
        try FileManager.default.copyItem(atPath: Seeds.path("A_RES_58_154.fr.txt"), toPath: closed.appendingPathComponent("b.txt").path)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: closed.path)
        for item in [open.path, open.appendingPathComponent("a.txt").path] {
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: item)
        }
        let db = folder.appendingPathComponent("i.sqlite").path
        let result = try cli.run(["index", folder.path, "--db", db], user: "nobody")
        guard !result.error.contains("runuser:"), !result.error.contains("Permission denied: ‘") else { return }
        #expect(result.status == 1, "\(result.error)")
        #expect(result.error.contains("\(closed.path): cannot be read (the folder cannot be listed)"))
        #expect(result.output.hasPrefix("indexed 1,"))
    }

    /// An index published read-only (its file and folder not writable: a read-only mount, another
    /// user's file) answers questions, where SQLite could not make the shared-memory file a WAL
    /// database is read with; one whose log holds changes not yet written into it is refused,
    /// saying so.
    @Test func aReadOnlyIndexAnswersQuestionsAndARunSaysWhyItCannotWriteIt() throws {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") else { return }
        let folder = try cli.scratch().appendingPathComponent("published")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let db = folder.appendingPathComponent("i.sqlite").path
        #expect(try cli.run(["index", Seeds.folder.path, "--db", db, "-q"]).status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: db)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
        let answer = try cli.run(["recalled-by", "48/113", "--db", db], user: "nobody")
        guard !answer.error.contains("runuser:") else { return }
        #expect(answer.status == 0, "\(answer.error)")
        #expect(answer.output.contains("A/RES/58/154"))
        #expect(try cli.run(["stats", "--db", db, "-q"], user: "nobody").output.hasPrefix("3 documents"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["i.sqlite"])
        // A run says why it cannot write, before SQLite does in its own words.
        let run = try cli.run(["index", Seeds.folder.path, "--db", db], user: "nobody")
        #expect(run.status == 1)
        #expect(run.error == "resgraph: error: \(db): cannot be written here (Permission denied); questions can still read it, and a run can index into another --db\n")
        let new = folder.appendingPathComponent("new.sqlite").path
        #expect(try cli.run(["index", Seeds.folder.path, "--db", new], user: "nobody").error
            == "resgraph: error: \(new): cannot be made: its folder cannot be written here (Permission denied); choose another --db\n")
        #expect(try cli.run(["index", Seeds.folder.path, "--db", "/nonexistent-folder/i.sqlite"]).error
            == "resgraph: error: /nonexistent-folder/i.sqlite: cannot be made: its folder /nonexistent-folder does not exist; choose another --db\n")

        try Data(repeating: 1, count: 100).write(to: URL(fileURLWithPath: db + "-wal"))
        let refused = try cli.run(["stats", "--db", db], user: "nobody")
        #expect(refused.status == 1)
        #expect(refused.error == "resgraph: error: \(db): cannot be written here, and its log (\(db)-wal) holds changes not yet written into it; ask a question once where the file can be written, then it can be read from here\n")
    }
}

/// Every published format through the command line: PDF, Word, text and Markdown in one folder.
struct FormatsCLITests {
    let cli = CLITests()

    @Test func aFolderMixingPDFWordTextAndMarkdownIsOneGraph() throws {
        let folder = try cli.scratch()
        try FileManager.default.copyItem(atPath: Seeds.fixture("pdf/A_RES_73_8-EN.pdf"), toPath: folder.appendingPathComponent("A_RES_73_8-EN.pdf").path)
        try FileManager.default.copyItem(atPath: Seeds.path("A_RES_58_154.en.txt"), toPath: folder.appendingPathComponent("a.txt").path)
        try FileManager.default.copyItem(atPath: Seeds.path("A_RES_58_208.zh.md"), toPath: folder.appendingPathComponent("b.md").path)
        // The same resolution as the PDF, as a Word file: one node with two files.
        try WordFixture.write([
            [.text("A/RES/73/8")], [.text("73/8. Necessity of ending the embargo")],
            [.text("Recalling its resolutions 47/19 of 24 November 1992 and 72/4 of 1 November 2017,")],
            [.text("1. Takes note of the report of the Secretary-General on the implementation of resolution 72/4;"), .footnote("2")],
        ], footnotes: ["2": "A/73/85."], at: folder.appendingPathComponent("A_RES_73_8.docx"))
        let db = folder.appendingPathComponent("i.sqlite").path
        let index = try cli.run(["index", folder.path, "--db", db])
        #expect(index.status == 0, "\(index.error)")
        #expect(index.output.hasPrefix("indexed 4, unchanged 0, pruned 0, failed 0"))
        let show = try cli.run(["show", "73/8", "--db", db, "--format", "json"])
        let node = try JSONSerialization.jsonObject(with: Data(show.output.utf8)) as? [String: Any]
        #expect((node?["sources"] as? [String])?.count == 2)
        let recalled = try cli.run(["recalled-by", "72/4", "--db", db])
        #expect(recalled.output.contains("A/RES/73/8"))
        let text = try cli.run(["text", folder.appendingPathComponent("A_RES_73_8-EN.pdf").path])
        #expect(text.output.hasSuffix("<sup>1</sup> A/73/85.\n"))
        let extract = try cli.run(["extract", "--format", "jsonl", folder.appendingPathComponent("A_RES_73_8-EN.pdf").path])
        #expect(extract.output.contains(#""target":"A/73/85","kind":"document","relation":"notes""#))
        #expect(extract.output.contains(#""page":2"#))
    }

    /// The shared corpus's README.md names each of its resolutions: indexed with them, it was a
    /// `file:` node recalling them all. In a folder it is passed by, and each command says so.
    @Test func aFoldersReadmeIsPassedByAndSaidToBe() throws {
        let folder = try cli.scratch()
        try FileManager.default.copyItem(atPath: Seeds.path("A_RES_58_154.en.txt"), toPath: folder.appendingPathComponent("A_RES_58_154.txt").path)
        try Data("# Corpus\n\nA/RES/58/154 recalls resolution 48/113.\n".utf8).write(to: folder.appendingPathComponent("README.md"))
        let readme = folder.appendingPathComponent("README.md").path
        let line = "passed by \(readme), which describes its folder: give its path to read it as a document\n"
        let extract = try cli.run(["extract", "--format", "jsonl", folder.path])
        #expect(extract.status == 0)
        #expect(extract.output.components(separatedBy: "\n").count == 2)
        #expect(extract.error == "resgraph: " + line)
        let db = folder.appendingPathComponent("i.sqlite").path
        let index = try cli.run(["index", folder.path, "--db", db])
        #expect(index.status == 0)
        #expect(index.output.hasPrefix("indexed 1, unchanged 0, pruned 0, failed 0"))
        #expect(index.output.hasSuffix(line))
        let recalled = try cli.run(["recalled-by", "48/113", "--format", "csv", "--db", db])
        #expect(recalled.output.split(separator: "\n").map { $0.split(separator: ",").first ?? "" } == ["id", "A/RES/58/154"])
        let named = try cli.run(["extract", "--format", "jsonl", readme])
        #expect(named.output.contains(#""target":"A/RES/48/113""#) && named.error.isEmpty)
        let drawing = folder.appendingPathComponent("graph.dot").path
        let render = try cli.run(["render", folder.path, "-o", drawing])
        #expect(render.status == 0)
        #expect(render.error == "resgraph: " + line)
        let dot = try String(contentsOfFile: drawing, encoding: .utf8)
        #expect(dot.contains("A/RES/58/154") && !dot.contains("README"))
        // An index an earlier resgraph made holds the README as a document: a run says so, and
        // --prune drops it.
        let earlier = folder.appendingPathComponent("earlier.sqlite").path
        #expect(try cli.run(["index", folder.path, readme, "--db", earlier]).output.hasPrefix("indexed 2,"))
        let again = try cli.run(["index", folder.path, "--db", earlier])
        #expect(again.output.hasSuffix(line + "the index still holds it from an earlier run, as a document: --prune drops it\n"))
        let pruned = try cli.run(["index", folder.path, "--prune", "--db", earlier])
        #expect(pruned.output.hasPrefix("indexed 0, unchanged 1, pruned 1, failed 0"))
        #expect(pruned.output.hasSuffix(line))
        let recalledAfter = try cli.run(["recalled-by", "48/113", "--format", "csv", "--db", earlier])
        #expect(recalledAfter.output == recalled.output)
    }

    /// A folder holding nothing to read (empty, or only its README): `index` says the index
    /// holds no documents and why, where it said "0 documents (0 files; )"; `extract` gives no
    /// documents and says why; `render` says there was no file, where it said none could be read.
    @Test func aFolderWithNothingToReadSaysSo() throws {
        let folder = try cli.scratch()
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try Data("Recalling resolution 48/113\n".utf8).write(to: corpus.appendingPathComponent("README.md"))
        let index = try cli.run(["index", corpus.path, "--db", folder.appendingPathComponent("i.sqlite").path])
        #expect(index.status == 0)
        #expect(index.output.split(separator: "\n")[1] == "the index holds no documents: no .doc, .docx, .htm, .html, .md, .pdf or .txt file was found under the paths given")
        let extract = try cli.run(["extract", corpus.path])
        #expect(extract.status == 0 && extract.output == "{\"documents\":[]}\n")
        #expect(extract.error.hasSuffix("resgraph: no .doc, .docx, .htm, .html, .md, .pdf or .txt file was found under the paths given\n"))
        let render = try cli.run(["render", corpus.path, "-o", folder.appendingPathComponent("g.svg").path])
        #expect(render.status == 1)
        #expect(render.error.hasSuffix("resgraph: error: nothing to draw: no .doc, .docx, .htm, .html, .md, .pdf or .txt file was found under the paths given\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("g.svg").path))
    }

    @Test func word97FilesAreReadAndFilesOfTypesNotReadCounted() throws {
        let folder = try cli.scratch()
        try FileManager.default.copyItem(atPath: Seeds.path("A_RES_58_154.en.txt"), toPath: folder.appendingPathComponent("a.txt").path)
        try FileManager.default.copyItem(atPath: Seeds.fixture("doc/english.doc"), toPath: folder.appendingPathComponent("A_RES_73_8.doc").path)
        try Data("{\\rtf1\\ansi Recalling resolution 48/113}".utf8).write(to: folder.appendingPathComponent("old.rtf"))
        try Data("<p>Recalling resolution 48/113</p>".utf8).write(to: folder.appendingPathComponent("page.html"))
        try Data([0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18)).write(to: folder.appendingPathComponent("download.zip"))
        let extract = try cli.run(["extract", "--format", "jsonl", folder.path])
        #expect(extract.status == 0)
        #expect(extract.output.components(separatedBy: "\n").count == 4)
        #expect(extract.error == "resgraph: skipped files of types not read: 1 .rtf, 1 .zip\n")
        let index = try cli.run(["index", folder.path, "--db", folder.appendingPathComponent("i.sqlite").path])
        #expect(index.status == 0)
        #expect(index.output.hasSuffix("skipped files of types not read: 1 .rtf, 1 .zip\n"))
        let recalled = try cli.run(["recalled-by", "72/4", "--format", "csv", "--db", folder.appendingPathComponent("i.sqlite").path])
        let source = folder.appendingPathComponent("A_RES_73_8.doc").path
        #expect(recalled.output == "id,kind,relations,depth,via,date,languages,title,source,start,end\nA/RES/73/8,ga-resolution,recalls,1,A/RES/72/4,2018-11-01,en,\"Necessity of ending the economic, commercial and financial embargo imposed by the United States of America against Cuba\",\(source),434,438\n")
        // A compound file cut short, named on its own, is read far enough to say what it is.
        let damaged = folder.appendingPathComponent("cut.doc")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00]).write(to: damaged)
        let named = try cli.run(["extract", damaged.path])
        #expect(named.status == 1)
        #expect(named.error == "resgraph: error: \(damaged.path): is not a readable OLE2 compound file (No OLE2 signature)\n")
        // One whose table stream's blocks are gone: libgsf's own warning (GLib's "** WARNING **:
        // Unable to get child['1Table'] …") is not printed beside resgraph's error.
        var english = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Seeds.fixture("doc/english.doc"))))
        english.replaceSubrange(512..<1_024, with: repeatElement(0xFF, count: 512))
        let broken = folder.appendingPathComponent("broken.doc")
        try Data(english).write(to: broken)
        let brokenRun = try cli.run(["extract", broken.path])
        #expect(brokenRun.status == 1)
        #expect(brokenRun.error == "resgraph: error: \(broken.path): is a damaged Word 97-2003 file (its 1Table stream cannot be read)\n")
    }
}

/// Answers that explain themselves: totals after `index`, hints when a question finds nothing.
struct AnswersCLITests {
    let cli = CLITests()

    @Test func indexEndsWithTheTotalsAndNamesFilesWithoutASymbol() throws {
        let folder = try cli.scratch()
        let texts = folder.appendingPathComponent("texts")
        try FileManager.default.createDirectory(at: texts, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Seeds.path("A_RES_58_154.en.txt"), toPath: texts.appendingPathComponent("a.txt").path)
        try FileManager.default.copyItem(atPath: Seeds.fixture("corpus/en/A_RES_37_92.txt"), toPath: texts.appendingPathComponent("A_RES_37_92.txt").path)
        try Data("Recalling resolution 48/113,\n".utf8).write(to: texts.appendingPathComponent("N0350392.txt"))
        let db = folder.appendingPathComponent("i.sqlite").path
        let first = try cli.run(["index", texts.path, "--db", db])
        let lines = first.output.split(separator: "\n").dropFirst().map(String.init)
        #expect(lines == [
            "the index holds 3 documents (3 files; en), adopted 2003; 29 references; 25 cited ids it lacks",
            "1 file took the symbol from the file name (the text states none)",
            "1 file without a symbol, indexed as file: nodes; list them: resgraph check --db \(db) | grep no-symbol",
        ])
        let again = try cli.run(["index", texts.path, "--db", db])
        #expect(again.output.hasPrefix("indexed 0, unchanged 3"))
        #expect(again.output.contains("the index holds 3 documents"))
    }

    /// A Word file whose footnotes cannot be read is indexed from its body, a PDF with scanned
    /// pages from its pages of text; the run says so, and `check` names the files.
    @Test func indexNamesFilesReadInPartOnly() throws {
        let folder = try cli.scratch()
        let texts = folder.appendingPathComponent("texts")
        try FileManager.default.createDirectory(at: texts, withIntermediateDirectories: true)
        let url = texts.appendingPathComponent("res.docx")
        try WordFixture.write([[.text("A/RES/59/170")], [.text("Recalling resolution 48/113,"), .footnote("1")]], footnotes: ["1": "A/RES/56/166."], at: url)
        try Data(try #require(WordFixture.garbling("word/footnotes.xml", in: [UInt8](try Data(contentsOf: url))))).write(to: url)
        let pdf = texts.appendingPathComponent("partly-scanned.pdf")
        try FileManager.default.copyItem(atPath: Seeds.fixture("pdf/partly-scanned.pdf"), toPath: pdf.path)
        let db = folder.appendingPathComponent("i.sqlite").path
        let run = try cli.run(["index", texts.path, "--db", db])
        #expect(run.status == 0)
        #expect(run.output.split(separator: "\n").dropFirst().map(String.init) == [
            "the index holds 2 documents (2 files; en); 3 references; 2 cited ids it lacks",
            "2 files were read in part only (damaged notes, scanned pages); list them: resgraph check --db \(db) | grep unread",
        ])
        let check = try cli.run(["check", "--db", db])
        #expect(check.status == 1)
        #expect(check.output == """
            \(pdf.path):3:53: unread-pages: pages 2–3 are images without text (scanned without OCR?): the references on them are missing
            \(pdf.path):3:99: unread-pages: page 7 is an image without text (scanned without OCR?): the references on it are missing
            \(url.path):1:1: unreadable-notes: its footnotes cannot be read (word/footnotes.xml does not inflate): \
            the text was read without them, so the references they make are missing
            3 problems found

            """)
        // The text printed is the body's; what is missing from it is said on standard error.
        let text = try cli.run(["text", url.path])
        #expect(text.status == 0)
        #expect(text.output.hasPrefix("\tA/RES/59/170\n\tRecalling resolution 48/113,<sup>1</sup>\n"))
        #expect(text.error == "resgraph: \(url.path): its footnotes cannot be read (word/footnotes.xml does not inflate): "
            + "the text was read without them, so the references they make are missing\n")
    }

    @Test func aWalkUnderOneRelationPointsToTheOthers() throws {
        let folder = try cli.scratch()
        let text = folder.appendingPathComponent("sc.txt")
        try Data("Resolution 2242 (2015)\n\nThe Security Council,\nReaffirming its resolution 1325 (2000),\n".utf8).write(to: text)
        let db = folder.appendingPathComponent("i.sqlite").path
        #expect(try cli.run(["index", text.path, "--db", db]).status == 0)
        let result = try cli.run(["recalled-by", "1325 (2000)", "--db", db])
        #expect(result.output == "nothing in the index recalls S/RES/1325(2000); 1 document cites it under other relations (reaffirms 1): resgraph cited-by \"1325 (2000)\"\n")
        // cited-by under one relation says the same; an id nothing cites has no other relations.
        let welcomed = try cli.run(["cited-by", "1325 (2000)", "--relation", "welcomes", "--db", db])
        #expect(welcomed.output == "nothing in the index cites S/RES/1325(2000) under welcomes; 1 document cites it under other relations (reaffirms 1): resgraph cited-by \"1325 (2000)\"\n")
        let uncited = try cli.run(["cited-by", "2242 (2015)", "--relation", "reaffirms", "--db", db])
        #expect(uncited.output == "nothing in the index cites S/RES/2242(2015) under reaffirms\n")
        #expect(try cli.run(["cited-by", "2242 (2015)", "--db", db]).output == "nothing in the index cites S/RES/2242(2015)\n")
        #expect(try cli.run(["recalled-by", "2242 (2015)", "--db", db]).output == "nothing in the index recalls S/RES/2242(2015)\n")
    }
}

/// Locations people and editors read, the citing clause, short lists, and drawings that explain an empty selection.
struct ReadableAnswersCLITests {
    let cli = CLITests()

    func seedIndex() throws -> (URL, String) {
        let folder = try cli.scratch()
        let db = folder.appendingPathComponent("i.sqlite").path
        #expect(try cli.run(["index", Seeds.folder.path, "--db", db]).status == 0)
        return (folder, db)
    }

    @Test func recalledByShowsTheCitingClauseAtFileLineColumn() throws {
        let (_, db) = try seedIndex()
        let result = try cli.run(["recalled-by", "48/113", "--context", "--db", db], in: Seeds.packageRoot)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[3] == "    examples/A_RES_58_154.en.txt:8:28: Recalling its resolutions [48/113] of 20 December 1993, 49/173 of 23 December 1994, …")
    }

    @Test func showListsManyCitingFilesOnePerLine() throws {
        let (_, db) = try seedIndex()
        let result = try cli.run(["show", "48/113", "--db", db], in: Seeds.packageRoot)
        #expect(result.output.contains("""
            dated 1993-12-20 by 3 files:
              examples/A_RES_58_154.en.txt
              examples/A_RES_58_154.fr.txt
              examples/A_RES_58_154.zh.txt

            """))
    }

    /// `show --limit N` lists the first N edges each way and the first N files of each date,
    /// with a count of the rest; JSON and CSV are cut too, and say so on standard error.
    @Test func showIsLimitedWithACountOfTheRest() throws {
        let (_, db) = try seedIndex()
        let treaty = try cli.run(["show", "UNTS 189/2545", "--limit", "1", "--db", db], in: Seeds.packageRoot)
        #expect(treaty.output.hasSuffix("""
            cited by (2)
              relation  id            languages  first place
              --------  ------------  ---------  ----------------------------------
              cites     A/RES/58/154  en,fr,zh   examples/A_RES_58_154.en.txt:44:19
              … and 1 more (--limit 2 shows all)

            """))
        let resolution = try cli.run(["show", "48/113", "--limit", "2", "--db", db], in: Seeds.packageRoot)
        #expect(resolution.output.contains("""
            dated 1993-12-20 by 3 files:
              examples/A_RES_58_154.en.txt
              examples/A_RES_58_154.fr.txt
              … and 1 more (--limit 3 shows all)

            """))
        let json = try cli.run(["show", "UNTS 189/2545", "--limit", "1", "--format", "json", "--db", db])
        let node = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        #expect((node?["citedBy"] as? [Any])?.count == 1)
        #expect(json.error == "resgraph: at most 1 edges each way shown, of 0 leaving and 2 arriving (--limit 2 shows all)\n")
        let csv = try cli.run(["show", "UNTS 189/2545", "--limit", "1", "--format", "csv", "--db", db, "--quiet"])
        #expect(csv.output.split(separator: "\n").count == 2 && csv.error.isEmpty)
        let zero = try cli.run(["show", "48/113", "--limit", "0", "--db", db])
        #expect(zero.status == 64 && zero.error.contains("--limit must be 1 or more, not 0"))
    }

    /// A walk with `--limit N` prints its first N hits and stops: a table says there are more,
    /// JSON and CSV say so on standard error; a walk of exactly N hits says nothing more.
    @Test func aWalkStopsAtItsLimitAndSaysThereIsMore() throws {
        let (_, db) = try seedIndex()
        let table = try cli.run(["cited-by", "UNTS 189/2545", "--limit", "1", "--db", db])
        #expect(table.output.split(separator: "\n").dropFirst(2) == [
            "A/RES/58/154  2003-12-22  en,fr,zh   cites            Follow-up to the Regional Conference to Address the Problems",
            "… and more past the first 1 (a larger --limit shows them)",
        ])
        let csv = try cli.run(["cited-by", "UNTS 189/2545", "--limit", "1", "--format", "csv", "--db", db])
        #expect(csv.output.split(separator: "\n").count == 2)
        #expect(csv.error == "resgraph: … and more past the first 1 (a larger --limit shows them)\n")
        let whole = try cli.run(["cited-by", "UNTS 189/2545", "--limit", "2", "--db", db])
        #expect(whole.output.split(separator: "\n").count == 4 && !whole.output.contains("more past"))
        let zero = try cli.run(["cites", "58/154", "--limit", "0", "--db", db])
        #expect(zero.status == 64 && zero.error.contains("--limit must be 1 or more, not 0"))
    }

    @Test func danglingIsLimitedWithACountOfTheRest() throws {
        let (_, db) = try seedIndex()
        let result = try cli.run(["dangling", "--limit", "2", "--db", db], in: Seeds.packageRoot)
        #expect(result.output.contains("examples/A_RES_58_154.en.txt:44:19"))
        #expect(result.output.hasSuffix("… and 43 more cited ids the corpus lacks (--limit 45 shows all)\n"))
        #expect(try cli.run(["dangling", "--limit", "0", "--db", db]).status == 64)
    }

    /// The whole table gives each id the line and column of its own first citation (located
    /// file by file, not in the order of the rows): checked against the CSV's byte offsets.
    @Test func danglingTableLocatesEachIdsFirstCitation() throws {
        let (_, db) = try seedIndex()
        let table = try cli.run(["dangling", "--db", db], in: Seeds.packageRoot).output.split(separator: "\n")
        let csv = try cli.run(["dangling", "--format", "csv", "--db", db]).output.split(separator: "\n").dropFirst()
        var files: Set<String> = []
        for row in csv {
            let fields = row.split(separator: ",", maxSplits: 5, omittingEmptySubsequences: false).map(String.init)
            let (id, source, offset) = (fields[0], fields[3], Int(fields[4])!)
            files.insert(source)
            let prefix = String(decoding: try Data(contentsOf: URL(fileURLWithPath: source)).prefix(offset), as: UTF8.self)
            let lines = prefix.split(separator: "\n", omittingEmptySubsequences: false)
            let shown = source.replacingOccurrences(of: Seeds.packageRoot.path + "/", with: "")
            let place = "\(shown):\(lines.count):\(lines.last!.count + 1)"
            #expect(table.contains { $0.contains("  \(id)  ") && $0.contains(place) }, "\(id) \(place)")
        }
        #expect(csv.count == 45 && files.count > 2)
    }

    /// JSON is written as the index streams the ids: the ids CSV gives, in the same order, cut
    /// at the limit; and `[]` for none.
    @Test func danglingJSONGivesTheIdsOfCSVCutAtTheLimit() throws {
        let (_, db) = try seedIndex()
        let csv = try cli.run(["dangling", "--format", "csv", "--db", db]).output.split(separator: "\n").dropFirst()
        #expect(csv.count == 45)
        let output = try cli.run(["dangling", "--format", "json", "--limit", "3", "--db", db]).output
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        #expect(rows.map { "\($0["id"] ?? ""),\($0["kind"] ?? ""),\($0["citing"] ?? "")" } == csv.prefix(3).map { $0.split(separator: ",").prefix(3).joined(separator: ",") })
        #expect(rows.first?["firstText"] as? String == "Treaty Series, vol. 189, No. 2545")
        #expect(output.hasSuffix("}]\n"))
        #expect(try cli.run(["dangling", "--format", "json", "--kind", "sc-resolution", "--db", db]).output == "[]\n")
    }

    @Test func aSelectionOfNothingSaysWhichFilterEmptiedIt() throws {
        let folder = try cli.scratch()
        let result = try cli.run(["render", Seeds.folder.path, "--kind", "sc-resolution", "-o", folder.appendingPathComponent("x.svg").path])
        #expect(result.status == 1)
        #expect(result.error == "resgraph: error: nothing to draw: --kind sc-resolution left none of the 48 nodes; widen it\n")
        #expect(try cli.run(["render", Seeds.folder.path, "--edges", "focus", "-o", "x.svg"]).status == 64)
    }

    @Test func anEgoDrawingHasOnlyTheFocusEdges() throws {
        let folder = try cli.scratch()
        let svg = folder.appendingPathComponent("ego.svg").path
        let result = try cli.run(["render", Seeds.folder.path, "--focus", "58/154", "--edges", "focus", "-o", svg])
        #expect(result.output == "wrote \(svg): 16 nodes, 18 edges (dot)\n")
        let text = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(text.contains("#c92a2a"))
    }
}

/// `resgraph text` prints only text.
struct TextCommandTests {
    let cli = CLITests()

    @Test func aBinaryFileIsRefused() throws {
        let folder = try cli.scratch()
        let binary = folder.appendingPathComponent("x.txt")
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]).write(to: binary)
        let result = try cli.run(["text", binary.path])
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.error == "resgraph: error: \(binary.path): is a binary file (NUL byte at offset 4), not text\n")
    }

    @Test func aTextFileIsPrintedAsItIs() throws {
        let result = try cli.run(["text", Seeds.path("A_RES_59_170.zh.txt")])
        #expect(result.status == 0)
        #expect(result.output == (try String(contentsOfFile: Seeds.path("A_RES_59_170.zh.txt"), encoding: .utf8)))
    }
}

/// Rows as CSV wherever a command prints rows.
struct CSVCLITests {
    let cli = CLITests()

    @Test func questionsPrintCSV() throws {
        let folder = try cli.scratch()
        let db = folder.appendingPathComponent("i.sqlite").path
        #expect(try cli.run(["index", Seeds.folder.path, "--db", db]).status == 0)
        let recalled = try cli.run(["recalled-by", "48/113", "--format", "csv", "--db", db]).output.split(separator: "\n")
        #expect(recalled.first == "id,kind,relations,depth,via,date,languages,title,source,start,end")
        #expect(recalled.count == 2)
        #expect(recalled[1].hasPrefix("A/RES/58/154,ga-resolution,recalls,1,A/RES/48/113,2003-12-22,en fr zh,\"Follow-up"))
        let dangling = try cli.run(["dangling", "--format", "csv", "--db", db]).output.split(separator: "\n")
        #expect(dangling.first == "id,kind,citing,firstSource,firstOffset,firstText")
        #expect(dangling.dropFirst().first?.hasSuffix(",8779,\"Treaty Series, vol. 189, No. 2545\"") == true)
        let check = try cli.run(["check", "--format", "csv", "--db", db])
        #expect(check.status == 1)
        #expect(check.output.split(separator: "\n").first == "problem,source,offset,node,message")
    }
}

/// `--quiet` and `--verbose` on the commands that report on their work.
struct VerbosityCLITests {
    let cli = CLITests()

    @Test func quietSaysNothingButErrorsAndVerboseNamesEachFile() throws {
        let folder = try cli.scratch()
        let db = folder.appendingPathComponent("i.sqlite").path
        let verbose = try cli.run(["index", Seeds.folder.path, "--db", db, "--verbose"])
        #expect(verbose.error.split(separator: "\n").filter { $0.hasPrefix("resgraph: indexed: ") }.count == 5)
        let quiet = try cli.run(["index", Seeds.folder.path, "--db", db, "--quiet"])
        #expect(quiet.status == 0 && quiet.output.isEmpty && quiet.error.isEmpty)
        let check = try cli.run(["check", "--db", db, "-q"])
        #expect(check.status == 1 && check.output.isEmpty)
        #expect(try cli.run(["check", "--db", db, "-q", "-v"]).status == 64)
        let render = try cli.run(["render", Seeds.folder.path, "-o", folder.appendingPathComponent("g.svg").path, "-q"])
        #expect(render.status == 0 && render.output.isEmpty)
    }
}

/// `--quiet` and `--verbose` on the questions: quiet leaves the answer alone, verbose explains it.
struct QuestionVerbosityCLITests {
    let cli = CLITests()

    @Test func quietDropsTheSentencesAndVerboseSaysWhatWasAsked() throws {
        let folder = try cli.scratch()
        let db = folder.appendingPathComponent("i.sqlite").path
        #expect(try cli.run(["index", Seeds.folder.path, "--db", db]).status == 0)
        let nothing = try cli.run(["recalled-by", "UNTS 189/2545", "--db", db, "--quiet"])
        #expect(nothing.status == 0 && nothing.output.isEmpty && nothing.error.isEmpty)
        let loud = try cli.run(["recalled-by", "UNTS 189/2545", "--db", db])
        #expect(loud.output.hasPrefix("nothing in the index recalls UNTS 189/2545; 2 documents cite it"))
        let verbose = try cli.run(["cited-by", "48/113", "--db", db, "--verbose"])
        let steps = verbose.error.split(separator: "\n").map(String.init)
        #expect(steps.first == "resgraph: 48/113 read as A/RES/48/113 in \(db)")
        #expect(steps.contains { $0.hasPrefix("resgraph: citers at depth 1: ") && $0.hasSuffix(" ms") })
        #expect(steps.last == "resgraph: 1 hit")
        #expect(verbose.output == (try cli.run(["cited-by", "48/113", "--db", db])).output)
        let dangling = try cli.run(["dangling", "--limit", "2", "--db", db, "-q"])
        #expect(!dangling.output.contains("more cited ids"))
        for command in [["show", "48/113"], ["cites", "58/154"], ["stats"], ["export", "--format", "csv"]] {
            let run = try cli.run(command + ["--db", db, "--verbose"])
            #expect(run.status == 0 && run.error.contains(" ms\n"), "\(command)")
            #expect(try cli.run(command + ["--db", db, "-q", "-v"]).status == 64)
        }
        let extract = try cli.run(["extract", Seeds.path("A_RES_59_170.zh.txt"), "--format", "jsonl", "-v"])
        #expect(extract.error.contains("A_RES_59_170.zh.txt: A/RES/59/170, zh, "))
        #expect(extract.error.contains("1 of 1 files, "))
    }
}

/// Drawings of long time ranges: one per decade, PNGs no larger than asked.
struct RenderPagesCLITests {
    let cli = CLITests()

    @Test func pageByDecadeWritesOneDrawingPerDecade() throws {
        let folder = try cli.scratch()
        let output = folder.appendingPathComponent("seeds.svg").path
        let result = try cli.run(["render", Seeds.folder.path, "--page-by", "decade", "-o", output, "--title", "Seeds"])
        #expect(result.status == 0)
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(written == ["seeds-1940s.svg", "seeds-1950s.svg", "seeds-1960s.svg", "seeds-1970s.svg", "seeds-1980s.svg",
                            "seeds-1990s.svg", "seeds-2000s.svg"])
        #expect(result.error.hasPrefix("resgraph: ") && result.error.contains("drawn on no page"))
        let page = try String(contentsOfFile: folder.appendingPathComponent("seeds-2000s.svg").path, encoding: .utf8)
        #expect(page.contains(">Seeds: 2000s</text>"))
        #expect(try cli.run(["render", Seeds.folder.path, "--page-by", "decade", "-o", "-"]).status == 64)
        #expect(try cli.run(["render", Seeds.folder.path, "--page-by", "year", "-o", output]).status == 64)
    }

    @Test func maxPixelsBoundsAPNGAndIsValidated() throws {
        let folder = try cli.scratch()
        let png = folder.appendingPathComponent("seeds.png").path
        #expect(try cli.run(["render", Seeds.folder.path, "--max-pixels", "900", "-o", png]).status == 0)
        let header = [UInt8](try Data(contentsOf: URL(fileURLWithPath: png)).prefix(24))
        let width = header[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = header[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(max(width, height) <= 900 && max(width, height) > 800)
        let refused = try cli.run(["render", Seeds.folder.path, "--max-pixels", "50", "-o", png])
        #expect(refused.status == 64)
        #expect(refused.error.contains("--max-pixels must be from 200 to 16000, not 50"))
    }
}

/// `resgraph stats`: the corpus in figures, from SQL.
struct StatsCLITests {
    let cli = CLITests()

    @Test func statsCountsDocumentsNotFiles() throws {
        let folder = try cli.scratch()
        let db = folder.appendingPathComponent("i.sqlite").path
        #expect(try cli.run(["index", Seeds.folder.path, "--db", db]).status == 0)
        let result = try cli.run(["stats", "--db", db, "--format", "json", "--top", "1"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(json["documents"] as? Int == 3)
        #expect((json["mostCited"] as? [[String: Any]])?.first?["id"] as? String == "UNTS 189/2545")
        let perYear = try #require(json["perYear"] as? [[String: Any]])
        // 42 "recalls" references in the 2003 files (58/154 in three languages, 58/208) are 25
        // citations: each (citing document, cited id) once.
        #expect(perYear.first { $0["year"] as? Int == 2003 && $0["relation"] as? String == "recalls" }?["citations"] as? Int == 25)
        #expect(try cli.run(["stats", "--db", db, "--top", "0"]).status == 64)
    }
}
