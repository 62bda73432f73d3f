import Foundation
import ResGraphExtractor
import ResGraphReader
import ResGraphTestSupport
import Testing

/// Standard input and pipes named to be read (`extract -`, `extract <(pdftotext x.pdf -)`):
/// read to their end; a pipe a folder holds is still refused, and an index takes neither.
struct StreamInputTests {
    /// A named pipe with `bytes` written into it by a thread of its own, then closed.
    static func pipe(feeding bytes: [UInt8]) throws -> String {
        let fifo = try Scratch.folder("stream").appendingPathComponent("given.txt").path
        #expect(mkfifo(fifo, 0o644) == 0)
        Thread {
            let writer = open(fifo, O_WRONLY)
            var written = 0
            while written < bytes.count {
                let count = bytes[written...].withUnsafeBufferPointer { write(writer, $0.baseAddress!, $0.count) }
                if count <= 0 { break }
                written += count
            }
            close(writer)
        }.start()
        return fifo
    }

    /// A pipe named among the paths is a file read to its end, with the references the same
    /// text has as a file: the seed, and then a text larger than a pipe holds at once.
    @Test(arguments: [1, 40]) func aPipeNamedToBeReadIsReadToItsEnd(copies: Int) throws {
        let seed = Seeds.path("A_RES_58_154.zh.txt")
        let bytes = Array(try [[UInt8]](repeating: FileBytes.read(seed), count: copies).joined())
        #expect(bytes.count == copies * 6_488)
        let fifo = try Self.pipe(feeding: bytes)
        var walker = CorpusWalker(paths: [fifo], readsStreams: true)
        let next = walker.next()
        let file = try #require(next)
        #expect(file == CorpusFile(path: fifo, canonicalPath: fifo, isStream: true))
        #expect(walker.next() == nil)
        let piped = try Extractor().extract(file: file)
        let read = try Extractor().extract(bytes: bytes, source: fifo)
        #expect(piped.byteCount == bytes.count)
        #expect(piped.symbol == "A/RES/58/154")
        #expect(piped.references == read.references)
        #expect(piped.diagnostics == read.diagnostics)
    }

    /// A pipe a folder holds is not a path given: it is still refused when read, never waited on.
    @Test func aPipeInAFolderIsNotAStream() throws {
        let root = try Scratch.folder("stream")
        #expect(mkfifo(root.appendingPathComponent("stray.txt").path, 0o644) == 0)
        let files = CorpusWalk(paths: [root.path], readsStreams: true).files
        #expect(files == [CorpusFile(path: root.appendingPathComponent("stray.txt").path, canonicalPath: CanonicalPath.of(root.appendingPathComponent("stray.txt").path))])
        #expect(throws: ExtractionError(path: files[0].path, reason: .notAFile("a named pipe (FIFO)"))) { try Extractor().extract(file: files[0]) }
    }

    /// `-` is standard input, taken once however often it is given; a walk for an index, which
    /// reads its files again by path, reports it instead, and reads a named pipe as it would
    /// one in a folder.
    @Test func standardInputIsTakenOnceAndNotForAnIndex() throws {
        let fifo = try Self.pipe(feeding: [])
        let reading = CorpusWalk(paths: ["-", "-"], readsStreams: true)
        #expect(reading.files == [CorpusFile(path: "-", canonicalPath: "-", isStream: true)])
        #expect(reading.failures.isEmpty)
        let indexing = CorpusWalk(paths: ["-", fifo])
        #expect(indexing.files == [CorpusFile(path: fifo, canonicalPath: CanonicalPath.of(fifo))])
        #expect(indexing.failures == [ExtractionError(path: "-", reason: .standardInputNotIndexed)])
        #expect("\(indexing.failures[0])".hasPrefix("-: standard input is not indexed"))
        // Lets the feeding thread, waiting to open the pipe, finish.
        close(open(fifo, O_RDONLY | O_NONBLOCK))
    }

    /// A stream that never ends (`/dev/zero` named by mistake) is cut at the limit and refused,
    /// not read until memory runs out.
    @Test func aStreamThatNeverEndsIsRefusedAtTheLimit() throws {
        #expect(FileBytes.isStream("/dev/zero"))
        #expect(!FileBytes.isStream(Seeds.path("A_RES_58_154.en.txt")))
        #expect(throws: ExtractionError(path: "/dev/zero", reason: .streamTooLarge(limit: 1 << 20))) {
            try FileBytes.readStream("/dev/zero", limit: 1 << 20)
        }
        #expect("\(ExtractionError(path: "-", reason: .streamTooLarge(limit: 256 << 20)))"
            == "-: gives more than 256 MB, more than one document; not read further")
    }
}
