@testable import ResGraphExtractor
import Testing

/// Ids are assembled byte by byte in a fixed buffer (``IDBytes``), and strings read in place
/// (`withUTF8InPlace`): each must give exactly what joining the strings gives.
struct IDBytesTests {
    /// Pieces of every length around the buffer's capacity, ASCII and not, small strings (held
    /// in the string itself) and large ones (in storage of their own).
    @Test(arguments: [0, 1, 15, 16, 40, 63, 64, 65, 200])
    func anIdIsTheJoinedPieces(length: Int) {
        let long = String(repeating: "A/RES/", count: 40)
        let pieces = [String(long.prefix(length)), "/", "48", "", "第48/113号", String(long.prefix(length / 2))]
        var id = IDBytes()
        var joined = ""
        for piece in pieces {
            id.append(piece)
            joined += piece
        }
        id.append(UInt8(ascii: "("))
        id.append(decimal: 2015)
        id.append(decimal: 0)
        id.append(decimal: -7)
        id.append(UInt8(ascii: ")"))
        joined += "(20150-7)"
        #expect(id.string == joined)
    }

    @Test func aStringIsReadInPlaceWhateverItsSize() {
        for text in ["", "48", "fifteen bytes..", "sixteen bytes...", "第2231(2015)号决议", String(repeating: "résolution ", count: 100)] {
            #expect(text.withUTF8InPlace { Array($0) } == Array(text.utf8), "\(text)")
        }
    }
}
