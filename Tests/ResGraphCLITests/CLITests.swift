import Foundation
import GRDB
import ResGraphTestSupport
import Testing

/// The `resgraph` binary as users run it: output, errors on standard error, exit codes.
struct CLITests {
    struct Run {
        var status: Int32
        var output: String
        var error: String
    }

    static let binary: URL = {
        var directory = Bundle.module.bundleURL
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("resgraph")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: "resgraph")
    }()

    static func fixture(_ name: String) -> String { Seeds.path(name) }

    func run(_ arguments: [String], environment: [String: String] = [:], in folder: URL? = nil,
             standardOutput: FileHandle? = nil, standardInput: FileHandle? = nil, user: String? = nil, core: Int? = nil, executable: URL? = nil) throws -> Run {
        let process = Process()
        if let executable {
            process.executableURL = executable
            process.arguments = arguments
        } else if let user {
            process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
            process.arguments = ["-u", user, "--", Self.binary.path] + arguments
        } else if let core {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/taskset")
            process.arguments = ["-c", String(core), Self.binary.path] + arguments
        } else {
            process.executableURL = Self.binary
            process.arguments = arguments
        }
        if let folder { process.currentDirectoryURL = folder }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let out = Pipe(), err = Pipe()
        process.standardOutput = standardOutput ?? out
        process.standardError = err
        if let standardInput { process.standardInput = standardInput }
        try process.run()
        if standardOutput != nil { try out.fileHandleForWriting.close() }
        // Both pipes are drained at once: a child filling one while we wait on the other would hang.
        nonisolated(unsafe) var error = Data()
        let errorReader = Thread { error = err.fileHandleForReading.readDataToEndOfFile() }
        errorReader.start()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        while errorReader.isExecuting || !errorReader.isFinished { usleep(1_000) }
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self), error: String(decoding: error, as: UTF8.self))
    }

    func scratch() throws -> URL {
        try Scratch.folder("cli")
    }

    @Test func extractTableMatchesTheSnapshot() throws {
        let path = Self.fixture("A_RES_59_170.zh.txt")
        let result = try run(["extract", path, "--format", "table"])
        #expect(result.status == 0)
        let snapshotURL = Bundle.module.url(forResource: "extract-59-170.table", withExtension: "txt", subdirectory: "Snapshots")!
        let snapshot = try String(contentsOf: snapshotURL, encoding: .utf8)
        #expect(result.output.replacingOccurrences(of: path, with: "A_RES_59_170.zh.txt") == snapshot)
    }

    @Test func extractJSONMatchesTheSnapshot() throws {
        let path = Self.fixture("A_RES_58_154.en.txt")
        let result = try run(["extract", path, "--format", "json"])
        let snapshotURL = Bundle.module.url(forResource: "extract-58-154-en", withExtension: "json", subdirectory: "Snapshots")!
        let snapshot = try String(contentsOf: snapshotURL, encoding: .utf8)
        #expect(result.output.replacingOccurrences(of: path, with: "A_RES_58_154.en.txt") == snapshot)
    }

    /// What people read first: the command list, a command's options, an error's wording.
    @Test(arguments: [
        (["--help"], "help.txt", false), (["render", "--help"], "render-help.txt", false),
        (["recalled-by", "--help"], "recalled-by-help.txt", false),
        (["render", "examples", "-o", "x.jpg"], "render-jpg-error.txt", true),
    ])
    func whatTheCommandPrintsMatchesItsSnapshot(arguments: [String], snapshot: String, onStandardError: Bool) throws {
        let result = try run(arguments, environment: ["COLUMNS": "100"])
        let url = Bundle.module.url(forResource: (snapshot as NSString).deletingPathExtension, withExtension: "txt", subdirectory: "Snapshots")!
        #expect((onStandardError ? result.error : result.output) == (try String(contentsOf: url, encoding: .utf8)))
        #expect(result.status == (onStandardError ? 64 : 0))
    }

    /// What the queries print of the seeds' index, in each format, byte for byte: the answers
    /// are handed on as they are written (a walk can reach a million documents), and must read
    /// as they did when they were printed whole. Run from the package's root, so the tables show
    /// `examples/…`; the JSON and CSV's full paths are shown so too.
    @Test(arguments: [
        (["show", "58/154"], "show-58-154.table.txt"),
        (["show", "UNTS 189/2545", "--format", "json"], "show-unts-189-2545.json.txt"),
        (["show", "UNTS 189/2545", "--format", "csv"], "show-unts-189-2545.csv.txt"),
        (["cited-by", "UNTS 189/2545", "--depth", "2"], "cited-by-unts-189-2545.table.txt"),
        (["cited-by", "UNTS 189/2545", "--depth", "2", "--format", "json"], "cited-by-unts-189-2545.json.txt"),
        (["cited-by", "UNTS 189/2545", "--depth", "2", "--format", "csv"], "cited-by-unts-189-2545.csv.txt"),
        (["cites", "58/154", "--context"], "cites-58-154-context.table.txt"),
        (["cites", "58/154", "--format", "json"], "cites-58-154.json.txt"),
        (["dangling"], "dangling.table.txt"),
    ])
    func aQueryPrintsWhatItsSnapshotHolds(arguments: [String], snapshot: String) throws {
        let database = try scratch().appendingPathComponent("x.sqlite").path
        #expect(try run(["index", Seeds.folder.path, "--db", database]).status == 0)
        let result = try run(arguments + ["--db", database], in: Seeds.packageRoot)
        #expect(result.status == 0)
        #expect(result.error == "")
        let url = Bundle.module.url(forResource: (snapshot as NSString).deletingPathExtension, withExtension: "txt", subdirectory: "Snapshots")!
        #expect(result.output.replacingOccurrences(of: Seeds.folder.path, with: "examples") == (try String(contentsOf: url, encoding: .utf8)))
    }

    /// Pinned to one core (`taskset -c 0`), extraction runs its files one after another instead
    /// of on threads taking turns on that core: the same output, the same errors, in the same order.
    @Test func extractOnOneCoreGivesWhatItGivesOnAll() throws {
        let arguments = ["extract", "--format", "jsonl", Seeds.folder.path, Seeds.fixture("corpus"), "/no/such.txt"]
        let everywhere = try run(arguments)
        let pinned = try run(arguments, core: 0)
        #expect(everywhere.status == 1)
        #expect(pinned.status == 1)
        #expect(everywhere.output.split(separator: "\n").count == 17)
        #expect(pinned.output == everywhere.output)
        #expect(pinned.error == everywhere.error)
    }

    @Test func badFilesAreReportedOnStandardErrorAndTheRestPrinted() throws {
        let folder = try scratch()
        let binary = folder.appendingPathComponent("image.png").path
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00]).write(to: URL(fileURLWithPath: binary))
        let result = try run(["extract", "--format", "jsonl", Self.fixture("A_RES_58_154.en.txt"), "/no/such.txt", binary, folder.path])
        #expect(result.status == 1)
        #expect(result.output.split(separator: "\n").count == 1)
        // The folder is searched for texts; it holds only the .png, which is passed over.
        #expect(result.error == """
            resgraph: error: /no/such.txt: no such file
            resgraph: error: \(binary): is a binary file (NUL byte at offset 4), not text

            """)
    }

    @Test func indexQueryAndCheckThroughTheEnvironmentDatabase() throws {
        let folder = try scratch()
        let database = folder.appendingPathComponent("x.sqlite").path
        let indexed = try run(["index", Seeds.folder.path], environment: ["RESGRAPH_DB": database])
        #expect(indexed.status == 0)
        #expect(indexed.output.hasPrefix("indexed 5, unchanged 0, pruned 0, failed 0; 90 references;"))
        let recalled = try run(["recalled-by", "resolution 48/113", "--format", "json"], environment: ["RESGRAPH_DB": database])
        #expect(recalled.output.contains("\"id\":\"A/RES/58/154\""))
        let unknown = try run(["recalled-by", "48/114"], environment: ["RESGRAPH_DB": database])
        #expect(unknown.status == 1)
        #expect(unknown.error.hasPrefix("resgraph: error: A/RES/48/114 is not in the index \(database); nearest: A/RES/48/113"))
        let show = try run(["show", "UNTS 189/2545", "--format", "json"], environment: ["RESGRAPH_DB": database])
        #expect(show.status == 0)
        #expect(show.output.hasPrefix(#"{"id":"UNTS 189/2545","kind":"treaty","present":false,"#))
        #expect(show.output.contains(#""from":"A/RES/59/170","to":"UNTS 189/2545","relation":"reaffirms","languages":["zh"]"#))
        let check = try run(["check"], environment: ["RESGRAPH_DB": database])
        #expect(check.status == 1)
        #expect(check.output.hasSuffix("1 problem found\n"))
    }

    /// An index made before resgraph recorded how it read files (`user_version` 0) is read
    /// again whole, and the run says why its unchanged files were indexed.
    @Test func anIndexMadeByAnEarlierResgraphIsReadAgainAndSaysSo() throws {
        let folder = try scratch()
        let database = folder.appendingPathComponent("x.sqlite").path
        #expect(try run(["index", Seeds.folder.path, "--db", database, "-q"]).status == 0)
        try DatabaseQueue(path: database).writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = 0") }
        let again = try run(["index", Seeds.folder.path, "--db", database])
        #expect(again.status == 0)
        #expect(again.output.hasPrefix("""
            the index was made by an earlier resgraph, which read files otherwise: every file was read again
            indexed 5, unchanged 0, pruned 0, failed 0; 90 references;
            """))
        #expect(try run(["index", Seeds.folder.path, "--db", database]).output.hasPrefix("indexed 0, unchanged 5 (5 not read), pruned 0"))
    }

    /// Asked before the files are indexed again, such an index answers as it is, and says that
    /// this version's answers need another run; `-q` keeps that quiet.
    @Test func questionsToAnIndexMadeByAnEarlierResgraphSaySo() throws {
        let folder = try scratch()
        let database = folder.appendingPathComponent("x.sqlite").path
        #expect(try run(["index", Seeds.folder.path, "--db", database, "-q"]).status == 0)
        let current = try run(["recalled-by", "48/113", "--db", database, "--format", "csv"])
        #expect(current.status == 0 && current.error.isEmpty)
        try DatabaseQueue(path: database).writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = 0") }
        let note = "resgraph: the index \(database) was made by a resgraph that reads files otherwise; run `resgraph index` on its folders again to have this version's answers\n"
        for question in [["recalled-by", "48/113", "--format", "csv"], ["stats"], ["dangling"], ["check", "--format", "json"]] {
            let asked = try run(question + ["--db", database])
            #expect(asked.error == note, "\(question)")
            #expect(try run(question + ["--db", database, "-q"]).error.isEmpty, "\(question)")
        }
        #expect(try run(["recalled-by", "48/113", "--db", database, "--format", "csv"]).output == current.output)
    }

    /// `check`'s table, printed a batch of findings at a time on another thread, is the JSON's
    /// findings in the same order, each at the line and column of its offset, across batches.
    @Test func checkTableIsTheFindingsInOrderAtTheirLinesAndColumns() throws {
        let folder = try scratch()
        let texts = folder.appendingPathComponent("texts")
        try FileManager.default.createDirectory(at: texts, withIntermediateDirectories: true)
        // 300 files of 31 findings each (no symbol, 30 markers without a body): three batches.
        for file in 0..<300 {
            var text = "The General Assembly,\n\n"
            for k in 1...30 { text += "Recalling its resolution \(40 + k % 10)/\(k) of 20 décembre 1993,\(k)\n\n" }
            try text.write(to: texts.appendingPathComponent("doc\(file).txt"), atomically: true, encoding: .utf8)
        }
        let database = folder.appendingPathComponent("index.sqlite").path
        #expect(try run(["index", "--db", database, texts.path]).status == 0)
        let table = try run(["check", "--db", database], in: folder)
        let json = try run(["check", "--db", database, "--format", "json"], in: folder)
        #expect(table.status == 1 && json.status == 1)
        let findings = try #require(JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        let lines = table.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(findings.count == 9_300)
        #expect(lines.count == findings.count + 2 && lines[findings.count] == "9300 problems found")
        var read: [String: [UInt8]] = [:]
        for (finding, line) in zip(findings, lines) {
            let source = try #require(finding["source"] as? String)
            let offset = try #require(finding["offset"] as? Int)
            let text = try read[source] ?? Array(Data(contentsOf: URL(fileURLWithPath: source)))
            read[source] = text
            let before = text.prefix(offset)
            let row = before.filter { $0 == 0x0A }.count + 1
            let column = before[((before.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0)...].filter { $0 & 0xC0 != 0x80 }.count + 1
            let shown = "texts/" + URL(fileURLWithPath: source).lastPathComponent
            let message = (finding["message"] as? String ?? "").replacingOccurrences(of: folder.path + "/", with: "")
            let expected = "\(shown):\(row):\(column): \(finding["problem"] as? String ?? ""): \(message)"
            if line != expected {
                Issue.record("\(line) is not \(expected)")
                break
            }
        }
    }

    @Test func foreignDatabaseIsRefused() throws {
        let folder = try scratch()
        let notIndex = folder.appendingPathComponent("notes.txt").path
        try "just text, not a database".write(toFile: notIndex, atomically: true, encoding: .utf8)
        let result = try run(["dangling", "--db", notIndex])
        #expect(result.status == 1)
        #expect(result.error.contains("is not a resgraph index"))
        #expect(try String(contentsOfFile: notIndex, encoding: .utf8) == "just text, not a database")
    }

    /// DOT lists the timeline's columns in year order, every run: cgraph writes subgraphs in
    /// the order of their ids, which for named ones were the addresses of their names.
    @Test func dotListsTheYearsOfTheTimelineInOrder() throws {
        let folder = try scratch()
        let output = folder.appendingPathComponent("g.dot").path
        #expect(try run(["render", Seeds.packageRoot.appendingPathComponent("examples").path, "-o", output]).status == 0)
        let dot = try String(contentsOfFile: output, encoding: .utf8)
        var years: [Int] = []
        for line in dot.split(separator: "\n") {
            guard let start = line.range(of: "\"year ")?.upperBound, let year = Int(line[start...].prefix(4)) else { continue }
            if !years.contains(year) { years.append(year) }
        }
        #expect(years.count >= 10)
        #expect(years == years.sorted())
    }

    @Test func renderWritesTheFormatOfTheExtension() throws {
        let folder = try scratch()
        let output = folder.appendingPathComponent("g.pdf").path
        let result = try run(["render", Seeds.folder.path, "--focus", "58/154", "-o", output])
        #expect(result.status == 0)
        #expect(result.output == "wrote \(output): 16 nodes, 18 edges (dot)\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: output)).prefix(5) == Data("%PDF-".utf8))
    }
}
