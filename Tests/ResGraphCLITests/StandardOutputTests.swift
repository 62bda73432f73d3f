import Foundation
@testable import resgraph
import ResGraphOutput
import Testing

/// Standard output keeps the order of what it is given, whether a piece is held in its buffer
/// or, as large as the buffer, written as it is; and a failed write is reported at the end.
struct StandardOutputTests {
    /// What `write` and `take` hand over, in turn, to output written to a file.
    private func written(_ body: (StandardOutput) -> Void) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("stdout-\(UUID().uuidString)").path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        #expect(descriptor >= 0)
        defer { close(descriptor); unlink(path) }
        let output = StandardOutput(descriptor: descriptor)
        body(output)
        try output.finish()
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test(arguments: [10, 70_000, 200_000])
    func piecesComeOutInTheOrderGiven(size: Int) throws {
        let piece = String(repeating: "x", count: size - 1) + "\n"
        let text = try written { output in
            output.write("head\n".utf8)
            var out = JSONBytes()
            out.text(piece)
            output.take(&out, atLeast: 0)
            #expect(out.bytes.isEmpty)
            output.write("middle\n".utf8)
            out.text(piece)
            output.take(&out, atLeast: 0)
            output.write("tail\n".utf8)
        }
        #expect(text == "head\n" + piece + "middle\n" + piece + "tail\n")
    }

    @Test func aFailedWriteIsReportedAtTheEnd() throws {
        let descriptor = open("/dev/full", O_WRONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let output = StandardOutput(descriptor: descriptor)
        var out = JSONBytes()
        out.text(String(repeating: "x", count: 100_000))
        output.take(&out, atLeast: 0)
        #expect(throws: CommandError.self) { try output.finish() }
    }
}
