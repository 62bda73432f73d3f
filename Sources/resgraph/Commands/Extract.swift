import ArgumentParser
import Foundation
import ResGraphExtractor

/// `resgraph extract FILE... [--format json|jsonl|table]`.
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

    @Argument(help: "Resolution text files (UTF-8).")
    var files: [String]

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .json

    func run() throws {
        let results = Extractor().extract(filesAt: files)
        var documents: [ExtractedDocument] = []
        var failed = false
        for result in results {
            switch result {
            case .success(let document): documents.append(document)
            case .failure(let error):
                failed = true
                StandardError.print("resgraph: error: \(error)")
            }
        }
        switch format {
        case .json:
            print("{\"documents\":[" + documents.map(\.json).joined(separator: ",\n") + "]}")
        case .jsonl:
            for document in documents { print(document.json) }
        case .table:
            print(documents.map(\.table).joined(separator: "\n\n"))
        }
        if failed { throw ExitCode(1) }
    }
}

/// Writes lines to standard error.
enum StandardError {
    static func print(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
