import Foundation
import Testing

/// The `resgraph` binary exports its own `delete_fast_node` (see `CDotNodeList.h`), so that the
/// dot plugin Graphviz loads binds to it instead of Debian's, which walks a whole list first.
struct ExportedSymbolsCLITests {
    @Test func theBinaryExportsDotsNodeRemoval() throws {
        let symbols = try CLITests().run(["-D", "--defined-only", CLITests.binary.path], executable: URL(fileURLWithPath: "/usr/bin/nm"))
        #expect(symbols.status == 0, "\(symbols.error)")
        #expect(symbols.output.split(separator: "\n").contains { $0.hasSuffix(" T delete_fast_node") })
    }
}
