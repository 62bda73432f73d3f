import Dispatch
import Foundation
import ResGraphExtractor
import ResGraphReader
import ResGraphGraph
import ResGraphRender
import ResGraphBenchmarkSupport

// Layout + SVG render time of synthetic citation graphs (about three edges per node) per
// engine, in-process through libgraphviz, one core.
//
//   swift run -c release resgraph-render-bench [N ...]

BenchmarkArguments.check(usage: "resgraph-render-bench [N ...]", options: [])
let arguments = CommandLine.arguments.dropFirst().compactMap(Int.init)
let sizes = arguments.isEmpty ? [100, 1_000, 5_000, 20_000] : arguments

/// A corpus of `count` GA resolutions, each recalling about three earlier ones.
func graph(nodes count: Int) -> CitationGraph {
    var generator = SeededGenerator(state: 0x5245_4E44_4552)
    var documents: [ExtractedDocument] = []
    for i in 0..<count {
        let id = "A/RES/\(31 + i * 40 / max(count, 1))/\(i + 1)"
        var references: [Reference] = []
        if i > 0 {
            for _ in 0..<3 {
                let j = Int.random(in: 0..<i, using: &generator)
                let target = "A/RES/\(31 + j * 40 / max(count, 1))/\(j + 1)"
                references.append(Reference(target: target, kind: .gaResolution, relation: [.recalls, .reaffirms, .notes].randomElement(using: &generator)!,
                                            text: target, start: 0, end: 1))
            }
        }
        documents.append(ExtractedDocument(source: "r\(i).txt", symbol: id, language: .english, date: nil, title: "Resolution \(i)",
                                           references: references, diagnostics: [], byteCount: 0))
    }
    return CitationGraph(documents: documents)
}

func seconds(_ work: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

print("nodes   edges   engine   seconds")
for size in sizes {
    let g = graph(nodes: size)
    var engines: [LayoutEngine] = [.auto, .sfdp]
    if size <= 1_000 { engines += [.dot, .neato] }
    for engine in engines {
        let time = try seconds { _ = try GraphvizRenderer().render(g, format: .svg, engine: engine) }
        let name = engine == .auto ? "auto(\(engine.resolved(nodeCount: size).rawValue))" : engine.rawValue
        print(String(format: "%6d  %6d   %-10@ %7.2f", size, g.edges.count, name, time))
    }
}
