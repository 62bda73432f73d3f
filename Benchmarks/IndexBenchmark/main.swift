import Dispatch
import Foundation
import ResGraphExtractor
import ResGraphReader
import ResGraphGraph
import ResGraphIndex
import ResGraphBenchmarkSupport

// Index speed and query latency on a synthetic corpus of N resolutions citing each other:
// the real seed texts, each given a new symbol, with the resolution numbers they cite
// rewritten to point at other documents of the corpus (and a few outside it).
//
//   swift run -c release resgraph-index-bench [N ...] [--examples DIR] [--keep] [--reuse]
//
// --keep leaves each corpus and its index in $TMPDIR/resgraph-index-bench-N (texts/, index.sqlite),
// for the web benchmark (scripts/web-bench.sh) to serve; --reuse indexes a kept corpus again
// instead of writing it anew (a million texts take a quarter of an hour to write);
// --write-only writes the corpus and stops, for timing `resgraph index` on it.

BenchmarkArguments.check(usage: "resgraph-index-bench [N ...] [--examples DIR] [--keep] [--reuse] [--write-only]",
                         options: ["--examples", "--keep", "--reuse", "--write-only"])
var arguments = Array(CommandLine.arguments.dropFirst())
var examples = "examples"
if let flag = arguments.firstIndex(of: "--examples") {
    examples = arguments[flag + 1]
    arguments.removeSubrange(flag...flag + 1)
}
let reuse = arguments.contains("--reuse")
let writeOnly = arguments.contains("--write-only")
let keep = arguments.contains("--keep") || reuse || arguments.contains("--write-only")
let sizes = arguments.compactMap(Int.init)
BenchmarkArguments.requireFolder(examples, holding: "the seed texts")
let seeds = try FileManager.default.contentsOfDirectory(atPath: examples).sorted().map {
    try String(contentsOfFile: "\(examples)/\($0)", encoding: .utf8)
}


/// The resolution number of synthetic document `i` as the texts write it: General Assembly
/// sessions 31 to 99 with 3,000 resolutions each, then numbers 3,001 to 9,999 of the same
/// sessions, then special sessions ("S-5/12") and emergency special sessions ("ES-1/7") with up
/// to 9,999 each, so that a million documents all have General Assembly symbols.
func symbol(_ i: Int) -> String {
    let (regular, more, special) = (69 * 3_000, 69 * 6_999, 30 * 9_999)
    if i < regular { return "\(31 + i / 3_000)/\(i % 3_000 + 1)" }
    if i < regular + more { return "\(31 + (i - regular) / 6_999)/\((i - regular) % 6_999 + 3_001)" }
    let k = i - regular - more
    if k < special { return "S-\(1 + k / 9_999)/\(k % 9_999 + 1)" }
    return "ES-\(1 + (k - special) / 9_999)/\((k - special) % 9_999 + 1)"
}

/// The full symbol of synthetic document `i`.
func fullSymbol(_ i: Int) -> String { "A/RES/" + symbol(i) }

/// Seed `i mod 5` with its own number replaced and each "NN/NNN" it cites pointed elsewhere.
func synthesize(_ i: Int, generator: inout SeededGenerator) -> String {
    let seed = seeds[i % seeds.count].replacingOccurrences(of: "A/RES/58/154", with: fullSymbol(i))
    var out = ""
    out.reserveCapacity(seed.utf8.count + 256)
    var chars = Substring(seed)
    var first = true
    while let slash = chars.firstIndex(of: "/") {
        var start = slash
        while start > chars.startIndex, chars[chars.index(before: start)].isNumber { start = chars.index(before: start) }
        var end = chars.index(after: slash)
        while end < chars.endIndex, chars[end].isNumber { end = chars.index(after: end) }
        let before = start > chars.startIndex ? chars[chars.index(before: start)] : " "
        let isNumber = start < slash && end > chars.index(after: slash) && (before == " " || before == "\n" || before == "\t")
        out += chars[..<start]
        if isNumber {
            if first {
                out += symbol(i)
                first = false
            } else {
                let target = i > 0 && Int.random(in: 0..<10, using: &generator) > 0 ? Int.random(in: 0..<i, using: &generator) : 1_000_000 + i % 100_000
                out += symbol(target)
            }
        } else {
            out += chars[start..<end]
        }
        chars = chars[end...]
    }
    out += chars
    return out
}

func seconds(_ work: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func latency(_ label: String, runs: Int = 20, _ work: () throws -> Void) rethrows {
    var times: [Double] = []
    for _ in 0..<runs { times.append(try seconds(work)) }
    times.sort()
    print(String(format: "  %-30@ median %8.2f ms   p95 %8.2f ms", label, times[runs / 2] * 1000, times[runs * 95 / 100] * 1000))
}

for size in sizes.isEmpty ? [10_000] : sizes {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("resgraph-index-bench-\(size)")
    let database = folder.appendingPathComponent("index.sqlite").path
    let reused = reuse && FileManager.default.fileExists(atPath: folder.appendingPathComponent("texts/r\(size - 1).txt").path)
    if reused {
        try? FileManager.default.removeItem(atPath: database)
    } else {
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("texts"), withIntermediateDirectories: true)
    }
    defer { if keep { print("  kept in \(folder.path)") } else { try? FileManager.default.removeItem(at: folder) } }
    var generator = SeededGenerator(state: 0x5245_5347_5241_5048)
    var bytes = 0
    let writing = try seconds {
        for i in 0..<size {
            if reused {
                bytes += (try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("texts/r\(i).txt").path)[.size] as? Int) ?? 0
                continue
            }
            let text = synthesize(i, generator: &generator)
            bytes += text.utf8.count
            try text.write(to: folder.appendingPathComponent("texts/r\(i).txt"), atomically: false, encoding: .utf8)
        }
    }
    if writeOnly {
        print("\(size) documents, \(bytes / 1_048_576) MB written in \(String(format: "%.1f", writing)) s to \(folder.path)/texts")
        continue
    }
    let index = try CitationIndex(path: database)
    var summary = IndexSummary()
    let indexing = try seconds { summary = try index.index(paths: [folder.appendingPathComponent("texts").path]) }
    let databaseSize = (try FileManager.default.attributesOfItem(atPath: database)[.size] as? Int) ?? 0
    print("\(summary.indexed) documents, \(bytes / 1_048_576) MB (written in \(String(format: "%.1f", writing)) s):")
    print(String(format: "  index     %7.1f s   %6.1f MB/s   %d references   database %d MB",
                 indexing, Double(bytes) / 1_048_576 / indexing, summary.references, databaseSize / 1_048_576))
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    print("  peak memory so far (corpus written, then indexed): \(usage.ru_maxrss / 1024) MB")
    let reindex = try seconds { _ = try index.index(paths: [folder.appendingPathComponent("texts").path]) }
    print(String(format: "  re-index (nothing changed) %.1f s", reindex))
    let target = fullSymbol(size / 2)
    var hits = 0
    try latency("recalled-by \(symbol(size / 2))") { hits = try index.citers(of: target, relation: .recalls).count }
    print("    (\(hits) citers)")
    try latency("recalled-by --depth 2") { _ = try index.citers(of: target, relation: .recalls, depth: 2) }
    // Above 200,000 documents two citation steps reach most of this densely linked corpus (a
    // drawing would keep the most cited 2,000), and the whole-index questions run once.
    let large = size > 200_000
    if !large {
        var neighbourhood = 0
        try latency("neighbourhood --depth 2 (render --focus)", runs: 5) { neighbourhood = try index.graph(around: target, depth: 2).nodes.count }
        print("    (\(neighbourhood) nodes)")
    }
    var dangling = 0
    try latency("dangling", runs: large ? 1 : 3) { dangling = try index.dangling().count }
    print("    (\(dangling) dangling ids)")
    var findings = 0
    try latency("check (SQL, streamed)", runs: large ? 1 : 3) { findings = try index.check().count }
    print("    (\(findings) findings)")
}

// One node cited by N one-line documents: building the graph (check, export) must stay linear.
print("one node cited by N documents (graph, check, GraphML):")
for n in [10_000, 20_000, 40_000] {
    let documents = (0..<n).map { k in
        ExtractedDocument(
            source: "d\(k).txt", symbol: "A/RES/70/\(k + 1)", language: .english, date: nil, title: nil,
            references: [Reference(target: "A/RES/48/113", kind: .gaResolution, relation: .recalls, text: "48/113", start: 0, end: 6)],
            diagnostics: [], byteCount: 10)
    }
    var graph = CitationGraph()
    let building = seconds { graph = CitationGraph(documents: documents) }
    let checking = seconds { _ = graph.check() }
    let exporting = seconds { _ = GraphExport.graphML(graph) }
    print(String(format: "  %6d citers: graph %.2f s, check %.2f s, GraphML %.2f s", n, building, checking, exporting))
}
