import CGraphvizOverrides
import Foundation
import ResGraphRender
import Testing

/// Graphviz runs with the two functions defined beside the renderer (see CGraphvizOverrides.h),
/// not with Debian's, where they are defined: its plugins bind to them. The numbers are written as
/// Graphviz writes them.
struct GraphvizOverridesTests {
    /// Where they were read from: Linux x86-64 with Graphviz 2.4x. Elsewhere Graphviz's own run,
    /// and the two tests after this one are skipped.
    @Test func theFunctionsAreDefinedWhereTheyWereReadFrom() {
        #if os(Linux) && arch(x86_64)
        let expected: Int32 = GraphvizRenderer.graphvizVersion.hasPrefix("2.") ? 1 : 0
        #else
        let expected: Int32 = 0
        #endif
        #expect(rg_graphviz_overrides_are_defined() == expected, "Graphviz \(GraphvizRenderer.graphvizVersion)")
    }

    @Test(.enabled(if: rg_graphviz_overrides_are_defined() != 0))
    func dotRemovesNodesWithoutWalkingItsList() throws {
        let before = rg_dot_fast_node_removals()
        // A wrapped timeline: `concentrate` merges the chains of virtual nodes.
        let dot = try GraphvizRenderer().render(LegibleDrawingTests.councilGraph(count: 240, perYear: 60), format: .dot, engine: .dot)
        #expect(String(decoding: dot, as: UTF8.self).contains("concentrate=true"))
        #expect(rg_dot_fast_node_removals() > before)
    }

    @Test(.enabled(if: rg_graphviz_overrides_are_defined() != 0))
    func theSVGsNumbersAreWrittenHere() throws {
        let before = rg_graphviz_numbers_written()
        let svg = try GraphvizRenderer().render(LegibleDrawingTests.councilGraph(count: 40, perYear: 10), format: .svg, engine: .dot)
        #expect(String(decoding: svg, as: UTF8.self).contains("<polygon"))
        #expect(rg_graphviz_numbers_written() > before)
    }

    /// Graphviz 2.42's own: glibc's `%.02f` in 50 bytes, trimmed.
    static func graphvizText(_ number: Double) -> String {
        var number = number
        if number > -1e-8 && number < 1e-8 { number = 0 }
        var buffer = [CChar](repeating: 0, count: 50)
        _ = withVaList([number]) { vsnprintf(&buffer, 50, "%.02f", $0) }
        var text = String(cString: buffer)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    static func text(_ number: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        let length = rg_graphviz_format_number(number, &buffer)
        #expect(length == strlen(buffer))
        return String(cString: buffer)
    }

    @Test func numbersAreWrittenAsGraphvizWritesThem() {
        let chosen: [Double] = [
            0, -0.0, 1e-8, -1e-8, 1e-9, -1e-9, 0.004, -0.004, 0.005, -0.005, 0.015, 0.025, 0.125, -0.125, 2.675, 1.005,
            0.995, 9.995, 99.995, 123456.785, 12.5, -3, 100, 1e15, -1e15, 999_999_999_999_999.9, 1e46, 1e47, 1e48, 1e49, -1e49, 1e300, -1e300,
            .infinity, -.infinity, .nan, .leastNonzeroMagnitude, .greatestFiniteMagnitude,
        ]
        for number in chosen { #expect(Self.text(number) == Self.graphvizText(number), "\(number)") }
        // Coordinates in points, with three decimals, with exact halves of a hundredth, and any
        // bits at all (the same pseudo-random ones at every run).
        var state: UInt64 = 88_172_645_463_325_252
        func next() -> UInt64 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return state
        }
        var differing = 0
        for k in 0..<400_000 {
            let number: Double
            switch k % 4 {
            case 0: number = (Double(next() % 4_000_000_001) - 2_000_000_000) / 1000
            case 1: number = (Double(next() % 20_000_001) - 10_000_000) / 200
            case 2: number = Double(bitPattern: next())
            default: number = Double(next() >> 11) * pow(2, -Double(next() % 70)) * (next() & 1 == 0 ? 1 : -1)
            }
            if Self.text(number) != Self.graphvizText(number) {
                differing += 1
                if differing < 10 { Issue.record("\(number): \(Self.text(number)) against \(Self.graphvizText(number))") }
            }
        }
        #expect(differing == 0)
    }
}
