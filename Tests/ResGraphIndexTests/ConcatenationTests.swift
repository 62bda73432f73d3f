@testable import ResGraphGraph
import Testing

/// The check's messages are joined in one allocation; they must read as interpolation writes them.
struct ConcatenationTests {
    @Test(arguments: [
        [], [""], ["", "", ""], ["a"], ["a.txt", " dates ", "A/RES/48/113", " ", "1993-12-20"],
        [String(repeating: "/tmp/folder/", count: 40), "; citers disagree (", "1993-12-20, 1993-12-21", ")"],
        ["резолюция ", "48/113", "，", "第48/113号决议", " قرارها ", "🇺🇳"],
    ] as [[String]])
    func piecesAreJoinedAsInterpolationJoinsThem(pieces: [String]) {
        let joined: String
        switch pieces.count {
        case 0: joined = Concatenation.of()
        case 1: joined = Concatenation.of(pieces[0])
        case 3: joined = Concatenation.of(pieces[0], pieces[1], pieces[2])
        case 4: joined = Concatenation.of(pieces[0], pieces[1], pieces[2], pieces[3])
        case 5: joined = Concatenation.of(pieces[0], pieces[1], pieces[2], pieces[3], pieces[4])
        default: joined = Concatenation.of(pieces[0], pieces[1], pieces[2], pieces[3], pieces[4], pieces[5])
        }
        #expect(joined == pieces.joined())
        #expect(Array(joined.utf8) == Array(pieces.joined().utf8))
    }
}
