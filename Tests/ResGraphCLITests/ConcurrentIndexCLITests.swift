import Foundation
import GRDB
import ResGraphTestSupport
import Testing

/// `index` while another run writes the same index, from the command line.
struct ConcurrentIndexCLITests {
    let cli = CLITests()

    /// A run that waited for another finds the index removed (that run was making it, and was
    /// stopped: it removes what it began); it says so and makes the index itself. Here the other
    /// run is this test, which holds the index's write lock, then removes the index and lets go.
    /// The run waits while it opens the index (its log empty: opening writes), or once opened,
    /// as its transaction begins (`logged`: the log holds a change).
    @Test(arguments: [false, true]) func aRunWhoseIndexWasRemovedWhileItWaitedMakesIt(logged: Bool) throws {
        let folder = try cli.scratch()
        let db = folder.appendingPathComponent("i.sqlite").path
        let empty = folder.appendingPathComponent("none")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        #expect(try cli.run(["index", empty.path, "--db", db]).status == 0)
        var holding = Configuration()
        holding.allowsUnsafeTransactions = true
        let holder = try DatabaseQueue(path: db, configuration: holding)
        if logged { try holder.write { try $0.execute(sql: "CREATE TABLE held (x); DROP TABLE held") } }
        try holder.writeWithoutTransaction { try $0.execute(sql: "BEGIN IMMEDIATE") }

        let (process, out, err) = try Self.startWaitingRun(["index", CLITests.fixture("A_RES_58_154.en.txt"), CLITests.fixture("A_RES_58_154.fr.txt"), "--db", db])
        var said = Self.read(err, until: "waiting for it to finish\n")
        #expect(String(decoding: said, as: UTF8.self).hasPrefix("resgraph: another run is writing \(db); waiting for it to finish\n"))
        for suffix in ["", "-wal", "-shm"] { unlink(db + suffix) }
        try holder.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") }
        try holder.close()

        said += err.fileHandleForReading.readDataToEndOfFile()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        // Still opening when the index was removed, the run may open the file SQLite makes anew
        // at the path (its inode number even that of the one removed) and index into it, without
        // starting again.
        let waited = "resgraph: another run is writing \(db); waiting for it to finish\n"
        #expect([waited, waited + "resgraph: the run that was making \(db) stopped and removed it; making it again\n"].contains(String(decoding: said, as: UTF8.self)))
        #expect(output.hasPrefix("indexed 2, unchanged 0, pruned 0, failed 0;"))
        #expect(try cli.run(["stats", "--db", db]).output.hasPrefix("1 documents (2 files; en, fr)"))
    }

    /// `resgraph` started with `arguments`, its output and errors going to the pipes returned.
    static func startWaitingRun(_ arguments: [String]) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = CLITests.binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        (process.standardOutput, process.standardError) = (out, err)
        try process.run()
        return (process, out, err)
    }

    /// What `pipe` gives until it has given `text` (thirty seconds at most).
    static func read(_ pipe: Pipe, until text: String) -> Data {
        var said = Data()
        let deadline = Date().addingTimeInterval(30)
        while !String(decoding: said, as: UTF8.self).contains(text), Date() < deadline {
            said += pipe.fileHandleForReading.availableData
        }
        return said
    }

    /// Whether a connection other than this test's holds the write lock of the index at `db`.
    static func isLocked(_ db: String) -> Bool {
        var probing = Configuration()
        probing.busyMode = .immediateError
        guard let probe = try? DatabaseQueue(path: db, configuration: probing) else { return false }
        defer { try? probe.close() }
        do {
            try probe.writeWithoutTransaction { try $0.execute(sql: "BEGIN IMMEDIATE; ROLLBACK") }
            return false
        } catch {
            return true
        }
    }

    /// A run started while another writes the index says it waits, waits, then finds every file
    /// the other stored unchanged. It used to read the index as it was before the other run, and
    /// failed on the first file both stored ("UNIQUE constraint failed: file.path"). The first
    /// run is held still (SIGSTOP) while it holds the index, so that the second starts then.
    @Test func aSecondRunWaitsForTheFirstAndFindsWhatItStored() throws {
        for _ in 1...3 {
            let folder = try cli.scratch()
            let corpus = try ReliabilityCLITests.citingCorpus(in: folder.appendingPathComponent("texts"), session: 61)
            let db = folder.appendingPathComponent("i.sqlite").path
            let first = Process()
            first.executableURL = CLITests.binary
            first.arguments = ["index", corpus.path, "--db", db]
            let firstOut = Pipe()
            (first.standardOutput, first.standardError) = (firstOut, FileHandle.nullDevice)
            try first.run()
            while first.isRunning, !Self.isLocked(db) { usleep(500) }
            kill(first.processIdentifier, SIGSTOP)
            guard first.isRunning, Self.isLocked(db) else {
                // The first run ended before it could be held: again, with a new index.
                kill(first.processIdentifier, SIGCONT)
                first.waitUntilExit()
                continue
            }
            let (second, out, err) = try Self.startWaitingRun(["index", corpus.path, "--db", db])
            var said = Self.read(err, until: "waiting for it to finish\n")
            kill(first.processIdentifier, SIGCONT)
            first.waitUntilExit()
            said += err.fileHandleForReading.readDataToEndOfFile()
            let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            second.waitUntilExit()
            #expect(first.terminationStatus == 0)
            #expect(second.terminationStatus == 0)
            #expect(String(decoding: said, as: UTF8.self) == "resgraph: another run is writing \(db); waiting for it to finish\n")
            // Held still while it made the index's tables, the first may have let the second
            // write first: either way one run indexes the files and the other finds them unchanged.
            let outputs = [String(decoding: firstOut.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self), output]
            #expect(outputs.filter { $0.hasPrefix("indexed 200, unchanged 0, pruned 0, failed 0;") }.count == 1)
            #expect(outputs.filter { $0.hasPrefix("indexed 0, unchanged 200") }.count == 1)
            return
        }
        Issue.record("the first run ended each time before it could be held still")
    }
}
