import Foundation
import ResGraphExtractor
import ResGraphGraph
import ResGraphRender
import Testing

/// Drawings a viewer can open and read: crowded years wrapped into a block, PNGs of a bounded
/// size, long time ranges split by decade.
struct LegibleDrawingTests {
    /// `count` SC resolutions adopted from 1990 on, `perYear` a year, each recalling the one before
    /// and the first of all (a much-cited node, as 660 (1990) was).
    static func councilGraph(count: Int, perYear: Int) -> CitationGraph {
        func id(_ k: Int) -> String { "S/RES/\(646 + k)(\(1990 + k / perYear))" }
        let documents = (0..<count).map { k in
            let targets = k == 0 ? [] : Set([id(k - 1), id(0)]).sorted()
            return ExtractedDocument(
                source: "r\(k).txt", symbol: id(k), language: .english, date: nil, title: nil,
                references: targets.map { Reference(target: $0, kind: .scResolution, relation: .recalls, text: $0, start: 0, end: 1) },
                diagnostics: [], byteCount: 1)
        }
        return CitationGraph(documents: documents)
    }

    /// Width and height of a PNG, from its IHDR chunk.
    static func pngSize(_ data: Data) -> (width: Int, height: Int) {
        let bytes = [UInt8](data.prefix(24))
        func int(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }

    /// Above 2,000 nodes sfdp approximates distant nodes' pull coarsely (`quadtree=fast`) and tries
    /// overlap removal ten times, not a thousand: 5,000 nodes in about half the time; below, the
    /// careful settings stay. Read back from the laid-out graph.
    @Test(arguments: [(2_000, false), (2_001, true)])
    func aLargeDrawingIsLaidOutWithTheFastSettings(nodes: Int, fast: Bool) throws {
        let dot = String(decoding: try GraphvizRenderer().render(Self.councilGraph(count: nodes, perYear: 1_000), format: .dot, engine: .sfdp), as: UTF8.self)
        #expect(dot.contains("quadtree=fast,") == fast)
        #expect(dot.contains("overlap=prism10,") == fast)
        #expect(dot.contains("overlap=prism,") == !fast)
    }

    @Test func aCrowdedYearWrapsIntoColumnsOfBoundedHeight() {
        let columns = TimeColumns(ids: Self.councilGraph(count: 100, perYear: 50).nodes.keys)
        #expect(columns.years == [1990, 1991])
        #expect(columns.rows == 15)
        #expect(columns.columns.map(\.ids.count) == [15, 15, 15, 5, 15, 15, 15, 5])
        #expect(columns.columns.map(\.part) == [0, 1, 2, 3, 0, 1, 2, 3])
        #expect(columns.isWrapped)
        #expect(columns.columns.first?.ids.first == "S/RES/646(1990)")
    }

    @Test func aFewNodesAYearStayOneColumnEach() {
        let columns = TimeColumns(ids: ["A/RES/48/113", "A/RES/58/154", "UNTS 189/2545", "S/RES/1325(2000)"])
        #expect(columns.columns.map(\.year) == [1993, 2000, 2003])
        #expect(!columns.isWrapped)
    }

    @Test func aCrowdedTimeRangeIsDrawnAsABlockNotAStrip() throws {
        let png = try GraphvizRenderer().render(Self.councilGraph(count: 240, perYear: 60), format: .png, engine: .dot)
        let size = Self.pngSize(png)
        #expect(max(size.width, size.height) <= GraphvizRenderer.defaultPixelLimit)
        #expect(Double(size.height) / Double(size.width) < 2, "a \(size.width) x \(size.height) drawing")
    }

    @Test func aPNGIsScaledDownToItsPixelLimit() throws {
        let png = try GraphvizRenderer().render(Self.councilGraph(count: 60, perYear: 20), format: .png, engine: .dot, pixelLimit: 600)
        let size = Self.pngSize(png)
        #expect(max(size.width, size.height) <= 600)
        #expect(max(size.width, size.height) >= 560)
    }

    @Test func theLegendGrowsWithTheDrawing() throws {
        let small = String(decoding: try GraphvizRenderer().render(Self.councilGraph(count: 10, perYear: 5), format: .svg), as: UTF8.self)
        let large = String(decoding: try GraphvizRenderer().render(Self.councilGraph(count: 256, perYear: 64), format: .svg), as: UTF8.self)
        #expect(small.contains(#"font-size="14.00">SC resolution</text>"#))
        #expect(large.contains(#"font-size="28.00">SC resolution</text>"#))
    }

    @Test func decadePagesHoldTheirNodesAndCountTheCitationsBetween() {
        let graph = Self.councilGraph(count: 30, perYear: 2)   // 1990 to 2004
        let pages = DecadePages(graph)
        #expect(pages.pages.map(\.label) == ["1990s", "2000s"])
        #expect(pages.pages[0].graph.nodes.count == 20)
        #expect(pages.pages[1].graph.nodes.count == 10)
        // Each of the ten 2000s resolutions cites 646 (1990), and the first of them also 1999's last.
        #expect(pages.crossing == 11)
        #expect(DecadePages.path(of: pages.pages[0], for: "out/graph.png") == "out/graph-1990s.png")
        #expect(DecadePages.path(of: pages.pages[0], for: "out.d/graph") == "out.d/graph-1990s")
    }
}
