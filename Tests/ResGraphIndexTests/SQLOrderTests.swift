@testable import ResGraphIndex
import Testing

/// The order `check` walks two cursors in is SQLite's (bytes of UTF-8), which Swift's `<` on
/// strings does not promise.
struct SQLOrderTests {
    @Test func textsAreOrderedByTheirBytes() {
        let texts = ["", "A", "A/RES/48/113", "A/RES/48/1130", "A/RES/48/114", "Z", "a", "\u{212A}", "K", "e\u{301}", "é", "决议", "同上"]
        for a in texts {
            for b in texts {
                let bytesOrder = !Array(b.utf8).lexicographicallyPrecedes(Array(a.utf8))
                #expect(SQLOrder.precedesOrEquals(a, b) == bytesOrder, "\(a.debugDescription) \(b.debugDescription)")
            }
        }
    }
}
