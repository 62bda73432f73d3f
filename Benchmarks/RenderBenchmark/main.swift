import Dispatch
import Foundation
import ResGraphExtractor
import ResGraphReader
import ResGraphGraph
import ResGraphIndex
import ResGraphRender
import ResGraphBenchmarkSupport

// Layout + SVG render time of synthetic citation graphs (about three edges per node) per
// engine, in-process through libgraphviz, one core; with --db, of the most cited nodes of an
// index as `resgraph render --db` draws them (the index benchmark's 100,000 documents give
// about sixteen edges per node), the selection from the index timed apart.
//
//   swift run -c release resgraph-render-bench [N ...]
//   swift run -c release resgraph-render-bench --db /tmp/resgraph-index-bench-100000/index.sqlite 2000 5000

let usage = "resgraph-render-bench [N ...] [--db INDEX]"
BenchmarkArguments.check(usage: usage, options: ["--db"])
let commandLine = Array(CommandLine.arguments.dropFirst())
let databasePath = commandLine.firstIndex(of: "--db").map { $0 + 1 < commandLine.count ? commandLine[$0 + 1] : "" }
if databasePath == "" {
    FileHandle.standardError.write(Data("error: --db needs the path of an index\nusage: \(usage)\n".utf8))
    exit(64)
}
let arguments = commandLine.compactMap(Int.init)
let sizes = arguments.isEmpty ? (databasePath == nil ? [100, 1_000, 5_000, 20_000] : [500, 2_000, 5_000, 10_000]) : arguments

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

/// The most cited `size` nodes of the index at `path`, selected and drawn as `render --db` does.
func drawFromIndex(at path: String, sizes: [Int]) throws {
    let index = try CitationIndex(path: path, access: .readOnly)
    print("nodes   edges   selection   drawing   seconds (the most cited of \(path))")
    for size in sizes {
        var selection: IndexSelection?
        let selecting = try seconds { selection = try index.selection(limit: size, relations: nil, kinds: nil, accepting: { _ in true }) }
        guard let graph = selection?.graph else { continue }
        let drawing = try seconds { _ = try GraphvizRenderer().render(graph, format: .svg) }
        print(String(format: "%6d  %6d   %8.2f  %8.2f   %7.2f", graph.nodes.count, graph.edges.count, selecting, drawing, selecting + drawing))
    }
}

if let databasePath {
    do {
        try drawFromIndex(at: databasePath, sizes: sizes)
    } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        exit(1)
    }
    exit(0)
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
