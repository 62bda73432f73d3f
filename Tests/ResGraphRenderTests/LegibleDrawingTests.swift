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

    /// A node's box in a laid-out graph, in points.
    typealias Box = (minX: Double, maxX: Double, minY: Double, maxY: Double)

    /// The node boxes of a graph laid out and written as DOT, in points.
    static func nodeBoxes(dot: String) -> [Box] {
        dot.components(separatedBy: ";\n").compactMap { statement in
            guard !statement.contains("->"), let pos = statement.firstMatch(of: /\bpos="([-0-9.]+),([-0-9.]+)"/),
                  let width = statement.firstMatch(of: /\bwidth=([0-9.]+)/), let height = statement.firstMatch(of: /\bheight=([0-9.]+)/),
                  let x = Double(pos.1), let y = Double(pos.2), let w = Double(width.1), let h = Double(height.1) else { return nil }
            return (x - 36 * w, x + 36 * w, y - 36 * h, y + 36 * h)
        }
    }

    /// Pairs of boxes that overlap, counted left to right.
    static func overlappingPairs(_ boxes: [Box]) -> Int {
        let sorted = boxes.sorted { $0.minX < $1.minX }
        var pairs = 0
        for (i, a) in sorted.enumerated() {
            for b in sorted[(i + 1)...] {
                if b.minX >= a.maxX { break }
                if b.minY < a.maxY, a.minY < b.maxY { pairs += 1 }
            }
        }
        return pairs
    }

    /// sfdp scales a layout up by a factor that grows with the drawing (one for every 80 nodes,
    /// from sfdp's own 4, up to 25 at 2,000) before it removes overlaps, so that few are left for
    /// its rounds; above 2,000 nodes it tries ten rounds and approximates distant nodes' pull
    /// coarsely (`quadtree=fast`); above 5,000 only the scaling is done. Read back from the
    /// laid-out graph.
    @Test(arguments: [(399, "prism", nil, false), (1_000, "prism", "-12", false), (2_000, "prism", "-25", false),
                      (2_001, "prism10", "-25", true), (5_001, "prism0", "-25", true)])
    func aLargeDrawingIsSpacedByItsSize(nodes: Int, overlap: String, scaling: String?, coarse: Bool) throws {
        let dot = String(decoding: try GraphvizRenderer().render(Self.councilGraph(count: nodes, perYear: 1_000), format: .dot, engine: .sfdp), as: UTF8.self)
        #expect(dot.contains("overlap=\(overlap),"))
        #expect(dot.contains("overlap_scaling=") == (scaling != nil))
        if let scaling { #expect(dot.contains("overlap_scaling=\(scaling),")) }
        #expect(dot.contains("quadtree=fast,") == coarse)
    }

    /// Every node of a large drawing gets room of its own, even around a node that all the others
    /// cite: with nothing to remove overlaps, sfdp left 5,001 nodes piled in one small patch (all
    /// 12.5 million pairs of boxes overlapping). The scaling alone leaves some touching: about one
    /// pair per node in the ring around the much-cited one, one pair in 2,400.
    @Test func aLargeDrawingIsNotAPile() throws {
        let dot = String(decoding: try GraphvizRenderer().render(Self.councilGraph(count: 5_001, perYear: 1_000), format: .dot, engine: .sfdp), as: UTF8.self)
        let boxes = Self.nodeBoxes(dot: dot)
        #expect(boxes.count == 5_001)
        #expect(Self.overlappingPairs(boxes) < boxes.count * (boxes.count - 1) / 2 / 1_000)
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
