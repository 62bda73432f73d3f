import Dispatch
import Foundation
import ResGraphExtractor
import ResGraphOutput
import ResGraphReader
import ResGraphBenchmarkSupport

// Extraction speed on two corpora:
// - the examples repeated: one core on one large text at 1, 10 and 100 MB (the pass must stay
//   linear), with and without JSON output, then many files on all cores;
// - a varied corpus of 100 MB made from the examples and the real texts of Tests/Fixtures/corpus
//   (shuffled paragraphs, renumbered citations, languages mixed; see VariedCorpus): the scan and
//   JSON Lines output on one core, then `resgraph extract --format jsonl|json` end to end on
//   one core (pinned with taskset), reading the files and writing to /dev/null;
// - one preamble in each of the six official languages (LanguageSamples), the scan on one core.
//
//   make bench, or: swift build -c release --static-swift-stdlib --product resgraph-bench, then
//   .build/release/resgraph-bench [examples-dir] [--fixtures DIR] [--binary PATH] [--varied-only]
//   .build/release/resgraph-bench --write-varied DIR [--megabytes N]   (only writes the corpus)

BenchmarkArguments.check(
    usage: "resgraph-bench [examples-dir] [--fixtures DIR] [--binary PATH] [--varied-only] | --write-varied DIR [--megabytes N]",
    options: ["--fixtures", "--binary", "--write-varied", "--megabytes", "--varied-only"])
nonisolated(unsafe) var arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
    guard let flag = arguments.firstIndex(of: name), flag + 1 < arguments.count else { return nil }
    defer { arguments.removeSubrange(flag...flag + 1) }
    return arguments[flag + 1]
}
let fixtures = option("--fixtures") ?? "Tests/Fixtures/corpus"
let binary = option("--binary") ?? ".build/release/resgraph"
let writeVaried = option("--write-varied")
let variedMegabytes = Int(option("--megabytes") ?? "100") ?? 100
/// Only the varied corpus's figures, for a quick comparison while the scanner is worked on.
let variedOnly = arguments.contains("--varied-only")
arguments.removeAll { $0 == "--varied-only" }
let examples = arguments.first ?? "examples"
BenchmarkArguments.requireFolder(examples, holding: "the example texts")
let names = try FileManager.default.contentsOfDirectory(atPath: examples).sorted()
let seeds = try names.map { try Data(contentsOf: URL(fileURLWithPath: "\(examples)/\($0)")) }
guard !seeds.isEmpty else { fatalError("no example files in \(examples)") }

/// The varied corpus's texts, about `megabytes` in all.
func variedTexts(megabytes: Int) -> [[UInt8]] {
    var sources = seeds.map { [UInt8]($0) }
    if let walk = FileManager.default.enumerator(atPath: fixtures) {
        for case let path as String in walk where path.hasSuffix(".txt") || path.hasSuffix(".md") {
            if !path.hasSuffix("README.md"), let data = FileManager.default.contents(atPath: "\(fixtures)/\(path)") { sources.append([UInt8](data)) }
        }
    }
    var corpus = VariedCorpus(sources: sources, seed: 2_026)
    return corpus.texts(megabytes: megabytes)
}

/// Writes `texts` as doc000000.txt ... into `folder`.
func write(_ texts: [[UInt8]], to folder: String) throws {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for (index, text) in texts.enumerated() {
        try Data(text).write(to: URL(fileURLWithPath: String(format: "%@/doc%06d.txt", folder, index)))
    }
}

if let folder = writeVaried {
    let texts = variedTexts(megabytes: variedMegabytes)
    try write(texts, to: folder)
    print("wrote \(texts.count) texts, \(texts.reduce(0) { $0 + $1.count } >> 20) MB, to \(folder)")
    exit(0)
}

func corpus(bytes: Int) -> [UInt8] {
    var text: [UInt8] = []
    text.reserveCapacity(bytes + 16_384)
    var index = 0
    while text.count < bytes {
        text += seeds[index % seeds.count]
        text.append(0x0A)
        index += 1
    }
    return text
}

func seconds(_ work: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

let extractor = Extractor()
if !variedOnly { print("one core, one text (best of 5):") }
for megabytes in [1, 10, 100] where !variedOnly {
    let text = corpus(bytes: megabytes << 20)
    var best = Double.infinity
    var references = 0
    for _ in 0..<5 {
        let time = try seconds {
            let document = try text.withUnsafeBufferPointer { try extractor.extract(bytes: $0, source: "bench") }
            references = document.references.count
        }
        best = min(best, time)
    }
    let rate = Double(text.count) / 1_048_576 / best
    print(String(format: "  %4d MB  %8.1f ms  %7.1f MB/s  %d references", megabytes, best * 1000, rate, references))
}

if !variedOnly { print("one core, one text, extraction and JSON output (best of 5):") }
for megabytes in [10, 100] where !variedOnly {
    let text = corpus(bytes: megabytes << 20)
    var best = Double.infinity
    var written = 0
    for _ in 0..<5 {
        let time = try seconds {
            let document = try text.withUnsafeBufferPointer { try extractor.extract(bytes: $0, source: "bench") }
            var out = JSONBytes(capacity: 1 << 20)
            document.writeJSON(into: &out)
            written = out.bytes.count
        }
        best = min(best, time)
    }
    print(String(format: "  %4d MB  %8.1f ms  %7.1f MB/s  %d bytes of JSON", megabytes, best * 1000, Double(text.count) / 1_048_576 / best, written))
}

let varied = variedTexts(megabytes: variedMegabytes)
let variedBytes = varied.reduce(0) { $0 + $1.count }
print("varied corpus (\(varied.count) texts, \(variedBytes >> 20) MB), one core (best of 3):")
var variedScan = Double.infinity, variedJSON = Double.infinity
var variedReferences = 0, variedOutput = 0
for _ in 0..<3 {
    variedScan = min(variedScan, try seconds {
        variedReferences = 0
        for (index, text) in varied.enumerated() {
            variedReferences += try text.withUnsafeBufferPointer { try extractor.extract(bytes: $0, source: "doc\(index)") }.references.count
        }
    })
    variedJSON = min(variedJSON, try seconds {
        var out = JSONBytes(capacity: 1 << 20)
        variedOutput = 0
        for (index, text) in varied.enumerated() {
            try text.withUnsafeBufferPointer { try extractor.extract(bytes: $0, source: "doc\(index)") }.writeJSON(into: &out)
            out.raw("\n")
            if out.bytes.count >= 1 << 16 {
                variedOutput += out.bytes.count
                out.bytes.removeAll(keepingCapacity: true)
            }
        }
        variedOutput += out.bytes.count
    })
}
print(String(format: "  scan           %8.1f ms  %7.1f MB/s  %d references", variedScan * 1000, Double(variedBytes) / 1_048_576 / variedScan, variedReferences))
print(String(format: "  scan + jsonl   %8.1f ms  %7.1f MB/s  %d bytes of JSON", variedJSON * 1000, Double(variedBytes) / 1_048_576 / variedJSON, variedOutput))

/// The scan in each official language: one preamble (see LanguageSamples), repeated into texts
/// of about 20 KB, shuffled and renumbered as the varied corpus is, 10 MB of each.
print("each official language, the same preamble, one core (best of 3; 10 MB in texts of 20 KB):")
for (code, preamble) in LanguageSamples.preambles {
    let source = Array(String(repeating: preamble + "\n", count: 20_480 / preamble.utf8.count + 1).utf8)
    var corpus = VariedCorpus(sources: [source], seed: 2_026)
    let texts = corpus.texts(megabytes: 10)
    let bytes = texts.reduce(0) { $0 + $1.count }
    var best = Double.infinity, references = 0
    for _ in 0..<3 {
        best = min(best, try seconds {
            references = 0
            for (index, text) in texts.enumerated() {
                references += try text.withUnsafeBufferPointer { try extractor.extract(bytes: $0, source: "\(code)\(index)") }.references.count
            }
        })
    }
    print(String(format: "  %@  scan  %8.1f ms  %7.1f MB/s  %d references", code, best * 1000, Double(bytes) / 1_048_576 / best, references))
}

/// `resgraph extract` as a user runs it, on one core: best wall time of three. The child is
/// started with posix_spawn and reaped with waitpid: Foundation's `Process.waitUntilExit`
/// polls every 50 ms, which rounded the figures of earlier sessions up to the next poll.
func endToEnd(_ folder: String, format: String) throws -> Double? {
    guard FileManager.default.isExecutableFile(atPath: binary), FileManager.default.isExecutableFile(atPath: "/usr/bin/taskset") else { return nil }
    // The last core: the first takes most of the machine's interrupts.
    let arguments = ["/usr/bin/taskset", "-c", "\(ProcessInfo.processInfo.activeProcessorCount - 1)", binary, "extract", folder, "--format", format]
    var best = Double.infinity
    for _ in 0..<3 {
        let time = try seconds {
            let status = try ChildProcess.run(arguments, standardOutput: "/dev/null")
            guard status == 0 else { fatalError("\(binary) extract failed on \(folder) (exit \(status))") }
        }
        best = min(best, time)
    }
    return best
}

let variedFolder = FileManager.default.temporaryDirectory.appendingPathComponent("resgraph-bench-varied-\(getpid())").path
try write(varied, to: variedFolder)
// The files just written go to disk before the runs are timed, not during them.
sync()
for format in ["jsonl", "json"] {
    if let time = try endToEnd(variedFolder, format: format) {
        print(String(format: "  resgraph extract --format %-5@ (files in, output to /dev/null)  %8.1f ms  %7.1f MB/s", format, time * 1000, Double(variedBytes) / 1_048_576 / time))
    } else {
        print("  resgraph extract end to end: skipped (build \(binary) and install taskset)")
    }
}
// Removed here, not by a `defer`: `exit` below would pass it by and leave 100 MB behind.
try FileManager.default.removeItem(atPath: variedFolder)

if variedOnly { exit(0) }
let directory = FileManager.default.temporaryDirectory.appendingPathComponent("resgraph-bench-\(getpid())")
try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: directory) }
var paths: [String] = []
var total = 0
for index in 0..<2_000 {
    let path = directory.appendingPathComponent("doc\(index).txt").path
    let data = seeds[index % seeds.count]
    try data.write(to: URL(fileURLWithPath: path))
    paths.append(path)
    total += data.count
}
print("many files (\(paths.count) files, \(total / 1024) KB, \(ProcessInfo.processInfo.activeProcessorCount) cores):")
var serial = Double.infinity
var parallel = Double.infinity
for _ in 0..<3 {
    serial = min(serial, try seconds { for path in paths { _ = try extractor.extract(fileAt: path) } })
    parallel = min(parallel, seconds { _ = extractor.extract(filesAt: paths) })
}
print(String(format: "  serial    %8.1f ms  %7.1f MB/s  %6.1f µs per file", serial * 1000, Double(total) / 1_048_576 / serial, serial / Double(paths.count) * 1e6))
print(String(format: "  parallel  %8.1f ms  %7.1f MB/s  (%.2fx)", parallel * 1000, Double(total) / 1_048_576 / parallel, serial / parallel))
