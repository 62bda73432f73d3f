import Foundation
import ResGraphExtractor
import ResGraphReader
import ResGraphTestSupport
import Testing

/// Lines and columns of offsets, worked out file by file on all cores, and one file at a time
/// by a locator asked in reading order.
struct SourcePlacesTests {
    let folder: URL

    init() throws {
        folder = try Scratch.folder("places")
    }

    func file(_ name: String, _ text: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func placesAreGivenInTheOrderAskedWhateverTheOrderOfFilesAndOffsets() throws {
        // "é" and "决" are one column each, however many bytes.
        let a = try file("a.txt", "first line\nsécond 决议 line\n\nlast")
        let b = try file("b.txt", "x\ny")
        let missing = folder.appendingPathComponent("gone.txt").path
        let asked: [(path: String, offset: Int)] = [
            (a, 19), (b, 2), (a, 0), (missing, 3), (a, 32), (a, 12), (b, 0), (a, 1_000), (a, 11), (a, 30),
        ]
        let places = SourcePlaces.of(asked)
        let expected: [(Int, Int)?] = [(2, 8), (2, 1), (1, 1), nil, (4, 1), (2, 2), (1, 1), nil, (2, 1), (2, 15)]
        #expect(places.count == expected.count)
        for (place, want) in zip(places, expected) {
            #expect(place?.line == want?.0 && place?.column == want?.1, "\(String(describing: place)) for \(String(describing: want))")
        }
    }

    @Test func aLocatorAskedForwardAndBackAgreesWithThePlaces() throws {
        let text = (1...300).map { "line \($0): résolution 决议 \(String(repeating: "x", count: $0 % 17))" }.joined(separator: "\n")
        let path = try file("long.txt", text)
        let offsets = [5, 900, 901, 4_000, 120, 7_777, 7_777, 0, text.utf8.count]
        let places = SourcePlaces.of(offsets.map { (path, $0) })
        var locator = SourceLocator()
        for (offset, place) in zip(offsets, places) {
            let prefix = Array(text.utf8.prefix(offset))
            let line = prefix.filter { $0 == 0x0A }.count + 1
            let lineStart = (prefix.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
            let column = prefix[lineStart...].filter { $0 & 0xC0 != 0x80 }.count + 1
            #expect(place?.line == line && place?.column == column, "offset \(offset)")
            let located = locator.lineAndColumn(of: offset, in: path)
            #expect(located?.line == line && located?.column == column, "offset \(offset), asked after others")
        }
    }

    /// A PDF's or Word file's offsets are in the text composed from it, not in the file: the
    /// places are counted in that text, whatever the file's own bytes hold.
    @Test(arguments: ["pdf/A_RES_73_3-EN.pdf", "pdf/arabic.docx"])
    func placesInAComposedTextAreCountedInThatText(fixture: String) throws {
        let path = Seeds.fixture(fixture)
        let text = try DocumentReader.text(ofFileAt: path).bytes
        let offsets = [0, 3, text.count / 3, text.count / 2, text.count]
        let places = SourcePlaces.of(offsets.map { (path, $0) })
        for (offset, place) in zip(offsets, places) {
            let prefix = text.prefix(offset)
            let lineStart = (prefix.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
            let line = prefix.filter { $0 == 0x0A }.count + 1
            let column = prefix[lineStart...].filter { $0 & 0xC0 != 0x80 }.count + 1
            #expect(place?.line == line && place?.column == column, "offset \(offset) of \(fixture)")
        }
        #expect(SourcePlaces.of([(path, text.count + 1)])[0] == nil)
    }

    /// A plain text is read only as far as the last offset asked; the start read is the file's
    /// own first bytes, all of them when it is shorter.
    @Test func theStartOfAFileIsItsFirstBytes() throws {
        let text = "first line\nsécond line\n"
        let path = try file("start.txt", text)
        #expect(try FileBytes.read(path, prefix: 7) == Array(text.utf8.prefix(7)))
        #expect(try FileBytes.read(path, prefix: 0) == [])
        #expect(try FileBytes.read(path, prefix: 1_000) == Array(text.utf8))
        // At least the bytes that tell a file's format (a web page's doctype after white space).
        #expect(try DocumentReader.text(ofFileAt: path, through: 2).bytes == Array(text.utf8))
        let long = String(repeating: "Recalling resolution 48/113,\n", count: 100)
        let longPath = try file("long.txt", long)
        #expect(try DocumentReader.text(ofFileAt: longPath, through: 15).bytes == Array(long.utf8.prefix(1_040)))
        #expect(try DocumentReader.text(ofFileAt: longPath, through: 2_000).bytes == Array(long.utf8.prefix(2_000)))
        let missing = folder.appendingPathComponent("gone.txt").path
        #expect(throws: ExtractionError(path: missing, reason: .missing)) { try FileBytes.read(missing, prefix: 4) }
        #expect(throws: ExtractionError(path: folder.path, reason: .directory)) { try FileBytes.read(folder.path, prefix: 4) }
    }
}
