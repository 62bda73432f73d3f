import Foundation
import ResGraphExtractor
import ResGraphReader
import ResGraphTestSupport
import Testing

/// Reading files safely and walking folders as users lay them out.
struct ReaderTests {
    func folder() throws -> URL {
        try Scratch.folder("reader")
    }

    func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// The cores work is spread over are the ones the process may run on, as `nproc` counts
    /// them (its affinity), not the machine's.
    @Test func theCoresAreTheOnesTheProcessMayRunOn() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/nproc")
        process.environment = ProcessInfo.processInfo.environment.filter { $0.key != "OMP_NUM_THREADS" && $0.key != "OMP_THREAD_LIMIT" }
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let answer = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(Cores.available == Int(answer.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(Cores.available <= ProcessInfo.processInfo.activeProcessorCount)
    }

    @Test func filesAboveTheLimitAreRefusedByName() throws {
        let root = try folder()
        let file = root.appendingPathComponent("big.txt")
        try Data(repeating: 0x41, count: 4_096).write(to: file)
        #expect(throws: ExtractionError(path: file.path, reason: .tooLarge(size: 4_096, limit: 1_024))) {
            try FileBytes.read(file.path, limit: 1_024)
        }
        #expect(try FileBytes.read(file.path, limit: 4_096).count == 4_096)
        #expect("\(ExtractionError(path: "x", reason: .tooLarge(size: 300 << 20, limit: 256 << 20)))"
            == "x: is too large (300 MB; files up to 256 MB are read)")
    }

    /// A named pipe is refused at once, not waited on (a stray FIFO in a corpus folder hung a
    /// whole run: nothing ever writes to it), as are devices; each said for what it is.
    @Test func aPipeOrADeviceIsRefusedForWhatItIsWithoutWaiting() throws {
        let root = try folder()
        let fifo = root.appendingPathComponent("fifo.txt").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let refused = ExtractionError(path: fifo, reason: .notAFile("a named pipe (FIFO)"))
        #expect(throws: refused) { try Self.finishing(unblocking: fifo) { Result { () throws(ExtractionError) in try FileBytes.read(fifo) } }.get() }
        #expect(throws: refused) { try Self.finishing(unblocking: fifo) { Result { () throws(ExtractionError) in try FileBytes.read(fifo, prefix: 8) } }.get() }
        #expect(throws: ExtractionError(path: "/dev/zero", reason: .notAFile("a character device"))) { try FileBytes.read("/dev/zero") }
        #expect("\(refused)" == "\(fifo): is a named pipe (FIFO), not a file; not read")
        try write("Recalling resolution 48/113,\n", to: root.appendingPathComponent("a.txt"))
        let files = CorpusWalk(paths: [root.path]).files.map(\.path)
        let results = Self.finishing(unblocking: fifo) { Extractor().extract(filesAt: files) }
        let reasons = results.compactMap { result -> ExtractionError.Reason? in
            guard case .failure(let error) = result else { return nil }
            return error.reason
        }
        #expect(results.count == 2)
        #expect(reasons == [.notAFile("a named pipe (FIFO)")])
    }

    /// What `body` gives, run on a thread of its own; if it has not returned after ten seconds
    /// (waiting on the named pipe `fifo` for a writer), an issue is recorded and the pipe opened
    /// for writing until it returns, so that the test fails rather than hangs.
    static func finishing<T>(unblocking fifo: String, _ body: @escaping @Sendable () -> T) -> T {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var value: T?
        Thread {
            value = body()
            done.signal()
        }.start()
        if done.wait(timeout: .now() + 10) == .timedOut {
            Issue.record("reading a named pipe waited for a writer")
            repeat {
                let writer = open(fifo, O_WRONLY | O_NONBLOCK)
                if writer >= 0 { close(writer) }
            } while done.wait(timeout: .now() + 0.1) == .timedOut
        }
        return value!
    }

    /// A name in another encoding than UTF-8 (Latin-1 from an old archive) is reported for what
    /// it is, for the folders and the files the walk would read, where it was "no such file";
    /// the files named in UTF-8 beside it are read.
    @Test func aNameInAnotherEncodingIsReportedAsSuch() throws {
        let root = try folder()
        try write("Recalling resolution 48/113,\n", to: root.appendingPathComponent("r\u{E9}solution.txt"))
        for (name, isFolder) in [(Array("r".utf8) + [0xE9] + Array("solution.txt".utf8), false), (Array("sub".utf8) + [0xE9], true),
                                 (Array("pic".utf8) + [0xE9] + Array(".png".utf8), false)] {
            var path = Array(root.path.utf8) + [UInt8(ascii: "/")] + name + [0]
            let made = path.withUnsafeMutableBufferPointer { pointer in
                pointer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: pointer.count) {
                    isFolder ? mkdir($0, 0o755) : close(open($0, O_WRONLY | O_CREAT, 0o644))
                }
            }
            #expect(made == 0)
        }
        let walk = CorpusWalk(paths: [root.path])
        #expect(walk.files.map(\.path) == [root.path + "/r\u{E9}solution.txt"])
        let reason = "cannot be read (its name is in another encoding than UTF-8, such as Latin-1: rename it to read it, e.g. with convmv -f latin1 -t utf8 --notest)"
        #expect(walk.failures.map(\.description) == ["\(root.path)/r\u{FFFD}solution.txt: \(reason)", "\(root.path)/sub\u{FFFD}: \(reason)"])
    }

    /// Names spelt with "é" as one character and as "e" and a combining accent (as macOS
    /// writes them) are two files, and two folders, to the file system: both are walked, in the
    /// order of their bytes, and a file named again by its path is still taken once. Swift's
    /// strings call the two spellings equal: the second folder was passed by as visited.
    @Test func twoSpellingsOfOneNameAreTwoFilesAndTwoFolders() throws {
        let root = try folder()
        let composed = "caf\u{E9}", decomposed = "cafe\u{301}"
        for name in ["\(composed).txt", "\(decomposed).txt", "\(composed)/a.txt", "\(decomposed)/b.txt"] {
            try write("Recalling resolution 48/113,\n", to: root.appendingPathComponent(name))
        }
        let walk = CorpusWalk(paths: [root.path, root.appendingPathComponent("\(composed).txt").path])
        // In byte order "e" (65) comes before "é" (C3 A9); a folder's files before its subfolders.
        let expected = ["\(decomposed).txt", "\(composed).txt", "\(decomposed)/b.txt", "\(composed)/a.txt"].map { "\(root.path)/\($0)" }
        #expect(walk.files.map { Array($0.path.utf8) } == expected.map { Array($0.utf8) })
        #expect(walk.failures.isEmpty)
        #expect(ExactPath.precedes(decomposed, composed) && !ExactPath.precedes(composed, decomposed))
        #expect(ExactPath(composed) != ExactPath(decomposed) && ExactPath(composed) == ExactPath("caf\u{E9}"))
        #expect(Set([ExactPath(composed), ExactPath(decomposed), ExactPath(composed)]).count == 2)
    }

    @Test func walkingSkipsHiddenFoldersAndReadsExtensionsInAnyCase() throws {
        let root = try folder()
        try write("Recalling resolution 48/113,\n", to: root.appendingPathComponent(".git/objects/x.txt"))
        try write("Recalling resolution 48/113,\n", to: root.appendingPathComponent(".build/y.txt"))
        try write("Recalling resolution 48/113,\n", to: root.appendingPathComponent("Y.TXT"))
        try write("Recalling resolution 48/113,\n", to: root.appendingPathComponent("sub/z.Md"))
        try write("<p>x</p>", to: root.appendingPathComponent("page.HTML"))
        try write("{\\rtf1 x}", to: root.appendingPathComponent("old.rtf"))
        try write("x", to: root.appendingPathComponent("picture.png"))
        let walk = CorpusWalk(paths: [root.path])
        #expect(walk.files.map { ($0.path as NSString).lastPathComponent } == ["Y.TXT", "page.HTML", "z.Md"])
        #expect(walk.failures.isEmpty)
        #expect(walk.skipped == ["rtf": 1])
    }

    /// Word leaves `~$` and the document's name, less its first letters, beside a document open
    /// in it: 162 bytes holding the user's name. A folder on a share where someone has a
    /// resolution open made `extract` and `index` fail on it ("not a Word file"); it is passed
    /// by, as a hidden file is, and read only when named.
    @Test func wordsLockFilesArePassedByInFoldersAndReadWhenNamed() throws {
        let root = try folder()
        try write("Recalling resolution 48/113,\n", to: root.appendingPathComponent("A_RES_73_8.txt"))
        let lock = root.appendingPathComponent("~$RES_73_8.docx")
        try Data([0x0A] + Array("John Smith".utf8) + [UInt8](repeating: 0, count: 44)).write(to: lock)
        let walk = CorpusWalk(paths: [root.path])
        #expect(walk.files.map { ($0.path as NSString).lastPathComponent } == ["A_RES_73_8.txt"])
        #expect(walk.failures.isEmpty)
        #expect(CorpusWalk(paths: [lock.path]).files.map(\.path) == [lock.path])
        #expect(throws: ExtractionError.self) { try Extractor().extract(fileAt: lock.path) }
    }

    /// A corpus downloaded with its `README.md` names every resolution it holds: read as a
    /// document, it recalled them all, and `recalled-by` answered with it. In a folder it is
    /// passed by and listed; named by its path, it is read.
    @Test func aFoldersNotesArePassedByAndListedAndReadWhenNamed() throws {
        let root = try folder()
        for name in ["README.md", "readme_fr.txt", "LICENSE", "LICENSE-MIT.txt", "sub/Copying.md", "A_RES_73_8.txt", "readme2.txt", "Authorship.txt"] {
            try write("Recalling resolution 48/113,\n", to: root.appendingPathComponent(name))
        }
        let walk = CorpusWalk(paths: [root.path])
        #expect(walk.files.map { ($0.path as NSString).lastPathComponent } == ["A_RES_73_8.txt", "Authorship.txt", "readme2.txt"])
        #expect(walk.notesPassedBy.map(\.path) == ["LICENSE-MIT.txt", "README.md", "readme_fr.txt", "sub/Copying.md"].map { root.path + "/" + $0 })
        #expect(walk.notesPassedBy.map(\.canonicalPath) == walk.notesPassedBy.map { CanonicalPath.of($0.path) })
        #expect(walk.failures.isEmpty && walk.skipped.isEmpty)
        let readme = root.appendingPathComponent("README.md").path
        #expect(CorpusWalk(paths: [readme]).files.map(\.path) == [readme])
        #expect(CorpusWalk(paths: [root.path, readme]).files.map(\.path).last == readme)
    }

    @Test(arguments: [("README.md", true), ("ReadMe.TXT", true), ("README", true), ("readme fr.md", true), ("LICENCE.txt", true),
                      ("CHANGELOG.md", true), ("contributors.txt", true), ("READMEFIRST.txt", false), ("read_me.txt", false),
                      ("A_RES_73_8.txt", false), ("license2.txt", false), ("licenses.txt", false), ("", false), (".md", false)])
    func folderNotesAreKnownByTheWordTheirNameBeginsWith(name: String, isNote: Bool) {
        #expect(FolderNote.isNote(name) == isNote)
    }

    @Test func folderLinksAreFollowedOnceAndCyclesEnd() throws {
        let root = try folder()
        try write("Recalling resolution 48/113,\n", to: root.appendingPathComponent("a/one.txt"))
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("a/loop").path, withDestinationPath: root.path)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("again").path, withDestinationPath: root.appendingPathComponent("a").path)
        let walk = CorpusWalk(paths: [root.path, root.appendingPathComponent("a/one.txt").path])
        #expect(walk.files.count == 1)
        #expect(walk.files[0].canonicalPath == CanonicalPath.of(root.appendingPathComponent("a/one.txt").path))
    }

    /// A folder named through a link or with "..", walked for the first time: its files keep
    /// the path they were reached by, and their canonical path is the real one; a folder named
    /// by its real path has files whose two paths are one.
    @Test func theFilesOfAFolderNamedOtherThanByItsRealPathHaveTheirRealPaths() throws {
        let root = try folder()
        try write("Recalling resolution 48/113,\n", to: root.appendingPathComponent("real/x.txt"))
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("link").path, withDestinationPath: root.appendingPathComponent("real").path)
        let real = CanonicalPath.of(root.appendingPathComponent("real/x.txt").path)
        for named in ["link", "real/../real", "real"] {
            let folder = root.appendingPathComponent(named).path
            let walk = CorpusWalk(paths: [folder])
            #expect(walk.files.map(\.path) == [(folder as NSString).appendingPathComponent("x.txt")], "\(named)")
            #expect(walk.files.map(\.canonicalPath) == [real], "\(named)")
        }
    }

    @Test func aFileReachedByLinksAndAgainByNameIsTakenOnceWhereFirstReached() throws {
        let root = try folder()
        try write("Recalling resolution 48/113,\n", to: root.appendingPathComponent("b.txt"))
        try write("Recalling resolution 48/114,\n", to: root.appendingPathComponent("d.txt"))
        try write("Recalling resolution 48/115,\n", to: root.appendingPathComponent("sub/e.txt"))
        for link in ["a-link.txt", "c-link.txt"] {
            try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent(link).path, withDestinationPath: root.appendingPathComponent("b.txt").path)
        }
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("sub/f-link.txt").path, withDestinationPath: root.appendingPathComponent("d.txt").path)
        let walk = CorpusWalk(paths: [root.appendingPathComponent("sub/e.txt").path, root.path, root.appendingPathComponent("d.txt").path])
        #expect(walk.files.map { ($0.path as NSString).lastPathComponent } == ["e.txt", "a-link.txt", "d.txt"])
        #expect(walk.files.map { ($0.canonicalPath as NSString).lastPathComponent } == ["e.txt", "b.txt", "d.txt"])
        var walker = CorpusWalker(paths: [root.path])
        var streamed: [CorpusFile] = []
        while let file = walker.next() { streamed.append(file) }
        #expect(streamed == CorpusWalk(paths: [root.path]).files)
    }

    @Test func canonicalPathsResolveDotsAndLinks() throws {
        let root = try folder()
        try write("x", to: root.appendingPathComponent("a/b.txt"))
        let real = CanonicalPath.of(root.appendingPathComponent("a/b.txt").path)
        #expect(CanonicalPath.of(root.appendingPathComponent("a/../a/./b.txt").path) == real)
        #expect(real.hasPrefix("/"))
        #expect(CanonicalPath.display("/home/me/p/a.txt", from: "/home/me") == "p/a.txt")
        #expect(CanonicalPath.display("/elsewhere/a.txt", from: "/home/me") == "/elsewhere/a.txt")
    }

    @Test func oldMacLineEndingsReadLikeLineFeeds() throws {
        let original = try Data(contentsOf: URL(fileURLWithPath: Seeds.path("A_RES_58_154.fr.txt")))
        var crOnly = [UInt8]()
        for byte in original where byte != 0x0D { crOnly.append(byte == 0x0A ? 0x0D : byte) }
        let expected = try Extractor().extract(fileAt: Seeds.path("A_RES_58_154.fr.txt"))
        let document = try Extractor().extract(bytes: crOnly, source: "fr-cr.txt")
        #expect(document.references.count == 17)
        #expect(document.citations == expected.citations)
        #expect(document.title == expected.title)
        #expect(document.title?.contains("\r") == false)
    }

    @Test func aLoneFullWidthCommaIsTextNotAnEmptyFile() throws {
        let document = try Extractor().extract(bytes: Array("，".utf8), source: "comma.txt")
        #expect(document.references.isEmpty)
        #expect(throws: ExtractionError(path: "bom.txt", reason: .empty)) {
            try Extractor().extract(bytes: [0xEF, 0xBB, 0xBF, 0x0A], source: "bom.txt")
        }
    }
}

/// File names that carry a symbol, for texts that state none.
struct FileNameSymbolTests {
    @Test(arguments: [
        ("S_RES_0186_1964_EN_GOLD.txt", "S/RES/186(1964)"), ("A_RES_58_154.en.txt", "A/RES/58/154"),
        ("A-RES-58-154-E.pdf", "A/RES/58/154"), ("A_RES_1962_XVIII.txt", "A/RES/1962(XVIII)"),
        ("a_hrc_res_5_1.docx", "A/HRC/RES/5/1"), ("ST_SPACE_61_Rev.3-EN.pdf", "ST/SPACE/61/Rev.3"), ("A_73_85-E.pdf", "A/73/85"),
        ("E_CN.4_2005_L.10-EN.pdf", "E/CN.4/2005/L.10"), ("A_C.3_73_L.5_Rev.1.docx", "A/C.3/73/L.5/Rev.1"), ("S_2019_100.fr.txt", "S/2019/100"),
        ("A_HRC_40_3_Add.1_ZH.pdf", "A/HRC/40/3/Add.1"), ("A_RES_73_3_Corr.1-EN.pdf", "A/RES/73/3/Corr.1"),
        ("S_RES_2467(2019)_E.pdf", "S/RES/2467(2019)"), ("S-RES-2467 (2019).pdf", "S/RES/2467(2019)"), ("A_RES_1514(XV).txt", "A/RES/1514(XV)"),
    ])
    func namesCarrySymbols(name: String, symbol: String) {
        #expect(FileNameSymbol.parse(name) == symbol)
    }

    @Test(arguments: ["N0350392.pdf", "report.txt", "S_RES_12_3.txt", "A_RES_58.txt", "report_2020.txt", "my_notes_1.md", "A-73-85.pdf",
                      "X_73_85.pdf", "A_73_85 draft.txt", "ST_SPACE.pdf"])
    func namesWithoutASymbol(name: String) {
        #expect(FileNameSymbol.parse(name) == nil)
    }

    @Test func aTextWithoutHeaderTakesItsFileNameAndSaysSo() throws {
        let document = try Extractor().extract(fileAt: Seeds.fixture("corpus/en/A_RES_37_92.txt"))
        #expect(document.symbol == "A/RES/37/92")
        #expect(document.diagnostics.contains { $0.problem == .symbolFromFileName })
        let nameless = try Extractor().extract(bytes: Array("Recalling resolution 48/113,\n".utf8), source: "/tmp/N0350392.txt")
        #expect(nameless.symbol == nil)
        #expect(nameless.diagnostics.map(\.problem) == [.noSymbol])
    }
}
