import CGraphvizOverrides
import Foundation
import Testing

/// The `resgraph` binary exports its own `delete_fast_node` and `gvprintdouble` (see
/// `CGraphvizOverrides.h`), so that the plugins Graphviz loads bind to them instead of Debian's.
struct ExportedSymbolsCLITests {
    @Test(.enabled(if: rg_graphviz_overrides_are_defined() != 0))
    func theBinaryExportsItsGraphvizOverrides() throws {
        let symbols = try CLITests().run(["-D", "--defined-only", CLITests.binary.path], executable: URL(fileURLWithPath: "/usr/bin/nm"))
        #expect(symbols.status == 0, "\(symbols.error)")
        let lines = symbols.output.split(separator: "\n")
        for name in ["delete_fast_node", "gvprintdouble"] {
            #expect(lines.contains { $0.hasSuffix(" T " + name) }, "\(name)")
        }
    }
}
