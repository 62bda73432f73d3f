import Dispatch
import Foundation
import ResGraphExtractor
import ResGraphIndex
import ResGraphReader
import ResGraphBenchmarkSupport

// PDF read to references: pages per second and MB/s on one core and on all cores, over the
// real PDFs of Tests/Fixtures/pdf and a made Chinese one; then a folder of 1,000 resolution PDFs indexed.
//
//   swift run -c release resgraph-pdf-bench [fixtures-dir] [files-to-index]

BenchmarkArguments.check(usage: "resgraph-pdf-bench [fixtures-dir] [files-to-index]", options: [])
let folder = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "Tests/Fixtures/pdf"
BenchmarkArguments.requireFolder(folder, holding: "the PDF fixtures")
let indexCount = CommandLine.arguments.count > 2 ? Int(CommandLine.arguments[2]) ?? 1_000 : 1_000
// The last is made (`make_chinese_pages.py`): a hundred pages of CJK text, one glyph question after another.
let names = ["A_RES_73_3-EN.pdf", "A_RES_73_8-EN.pdf", "ST_SPACE_61_Rev.3-EN.pdf", "chinese-pages.pdf"]

func seconds(_ work: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

let extractor = Extractor()
print("one PDF at a time, one core (best of 3):")
var files: [(path: String, bytes: [UInt8], pages: Int)] = []
for name in names {
    let path = "\(folder)/\(name)"
    let bytes = try FileBytes.read(path)
    let pages = (try DocumentReader.text(of: bytes, source: path).pages.map(\.page).max()) ?? 0
    files.append((path, bytes, pages))
    var best = Double.infinity
    var references = 0
    for _ in 0..<3 {
        best = min(best, try seconds { references = try extractor.extract(bytes: bytes, source: path).references.count })
    }
    print(String(format: "  %-26@ %4d pages %6.0f KB  %7.1f ms  %6.0f pages/s  %5.1f MB/s  %d references",
                 name as NSString, pages, Double(bytes.count) / 1024, best * 1000, Double(pages) / best,
                 Double(bytes.count) / 1_048_576 / best, references))
}

let batch = (0..<60).map { files[$0 % 2] }
let batchPages = batch.reduce(0) { $0 + $1.pages }
let batchBytes = batch.reduce(0) { $0 + $1.bytes.count }
let serial = try seconds { for file in batch { _ = try extractor.extract(bytes: file.bytes, source: file.path) } }
let parallel = seconds { _ = Parallel.map(batch.count) { try? extractor.extract(bytes: batch[$0].bytes, source: batch[$0].path) } }
print("\(batch.count) resolution PDFs (\(batchPages) pages):")
print(String(format: "  one core   %6.0f pages/s  %5.1f MB/s", Double(batchPages) / serial, Double(batchBytes) / 1_048_576 / serial))
print(String(format: "  %d cores    %6.0f pages/s  %5.1f MB/s", ProcessInfo.processInfo.activeProcessorCount,
             Double(batchPages) / parallel, Double(batchBytes) / 1_048_576 / parallel))

let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("resgraph-pdf-bench-\(getpid())")
try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: scratch) }
for k in 0..<indexCount {
    try Data(files[k % 2].bytes).write(to: scratch.appendingPathComponent("r\(k).pdf"))
}
let index = try CitationIndex(path: scratch.appendingPathComponent("index.sqlite").path)
var summary = IndexSummary()
let indexing = try seconds { summary = try index.index(paths: [scratch.path]) }
print(String(format: "index %d PDFs: %.1f s, %d references, %d failed", indexCount, indexing, summary.references, summary.failures.count))
