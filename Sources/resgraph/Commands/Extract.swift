import ArgumentParser
import Foundation
import ResGraphExtractor
import ResGraphReader

/// `resgraph extract PATH... [--format json|jsonl|table]`.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print every reference the given resolution texts make.",
        discussion: """
            start and end are UTF-8 byte offsets into the file, end exclusive. Files that cannot \
            be read are reported on standard error; the others are still printed, and the exit \
            code is 1.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl, table
    }

    /// Files extracted together before their results are printed.
    static let batchSize = 256

    @Argument(help: "Resolution files (UTF-8 text, Markdown), or folders searched for them.")
    var files: [String]

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .json

    func run() throws {
        let walk = CorpusWalk(paths: files)
        var failed = !walk.failures.isEmpty
        for failure in walk.failures { StandardError.print("resgraph: error: \(failure)") }
        var out = JSONBytes()
        if format == .json { out.raw("{\"documents\":[") }
        var first = true
        // Files are extracted a batch at a time on all cores and printed in order, so memory
        // holds one batch of documents, not the whole corpus.
        let paths = walk.files.map(\.path)
        for batch in stride(from: 0, to: paths.count, by: Self.batchSize).map({ Array(paths[$0..<min($0 + Self.batchSize, paths.count)]) }) {
            for result in Extractor().extract(filesAt: batch) {
                switch result {
                case .success(let document):
                    switch format {
                    case .json:
                        if !first { out.raw(",\n") }
                        document.writeJSON(into: &out)
                    case .jsonl:
                        document.writeJSON(into: &out)
                        out.raw("\n")
                    case .table:
                        print((first ? "" : "\n") + document.table)
                    }
                    first = false
                    if out.bytes.count >= 1 << 16 {
                        StandardOutput.shared.write(out.bytes)
                        out.bytes.removeAll(keepingCapacity: true)
                    }
                case .failure(let error):
                    failed = true
                    StandardError.print("resgraph: error: \(error)")
                }
            }
        }
        if format == .json { out.raw("]}\n") }
        StandardOutput.shared.write(out.bytes)
        if failed { throw ExitCode(1) }
    }
}
