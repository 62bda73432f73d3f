import Dispatch
import Foundation
import ResGraphExtractor
import ResGraphOutput
import ResGraphReader

// Extraction speed on a corpus made by repeating the examples:
// one core on one large text at 1, 10 and 100 MB (the pass must stay linear),
// then many files on all cores.
//
//   swift run -c release resgraph-bench [examples-dir]

let examples = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "examples"
let names = try FileManager.default.contentsOfDirectory(atPath: examples).sorted()
let seeds = try names.map { try Data(contentsOf: URL(fileURLWithPath: "\(examples)/\($0)")) }
guard !seeds.isEmpty else { fatalError("no example files in \(examples)") }

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
print("one core, one text (best of 5):")
for megabytes in [1, 10, 100] {
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

print("one core, one text, extraction and JSON output (best of 5):")
for megabytes in [10, 100] {
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
