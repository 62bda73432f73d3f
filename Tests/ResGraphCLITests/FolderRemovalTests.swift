@testable import resgraph
import Testing

/// The current folder taken out of the paths a `check` message names, wherever and however
/// often it stands, as `replacingOccurrences` would.
struct FolderRemovalTests {
    @Test(arguments: ["/work/corpus/", "/", "/w/"])
    func theFolderIsTakenOutWhereverItStands(folder: String) {
        let messages = [
            "", "a", folder, folder + folder, "x" + folder, folder + "x", "x" + folder + "y" + folder + "z",
            "\(folder)texts/r0.txt dates A/RES/ES-2/101 1993-12-20; citers disagree (1993-12-20, 1994-12-23)",
            "the French version of A/RES/58/154 does not cite \(folder)b, which \(folder)c.txt cites",
            String(folder.dropLast()), folder + String(folder.dropFirst()), "résolution \(folder)决议.txt", "//" + folder + "/",
        ]
        for message in messages {
            var bytes: [UInt8] = []
            FindingTable.append(message, removing: folder, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == message.replacingOccurrences(of: folder, with: ""), "\(message.debugDescription)")
        }
    }
}
