import ArgumentParser
import Foundation
import ResGraphExtractor
import ResGraphOutput
import ResGraphReader

/// `resgraph extract PATH... [--format json|jsonl|table]`.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
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

    @Argument(help: "Resolution files (text, Markdown, PDF, Word, web pages), folders searched for them, or - for standard input.")
    var files: [String]

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .json

    @OptionGroup var verbosity: VerbosityOptions

    func run() throws {
        // The files are walked as they are extracted, a batch at a time on all cores, and printed
        // in order: memory holds one batch of documents and the folder being walked, not the
        // corpus. A folder that cannot be listed is reported when the walk reaches it.
        // The options are read once: each read of an argument's property wrapper looks up
        // generic metadata in the Swift runtime, and a corpus has a million documents.
        let (format, verbosity) = (self.format, self.verbosity)
        // Read once: a flag's value is looked up anew at each read, hundreds of instructions a file.
        let saysEachFile = verbosity.verbose
        var walker = CorpusWalker(paths: files, readsStreams: true)
        verbosity.noteReadingTerminal(among: files)
        var failed = false
        var reportedFailures = 0
        var out = JSONBytes()
        if format == .json { out.raw("{\"documents\":[") }
        var first = true
        let started = DispatchTime.now().uptimeNanoseconds
        var (walked, extracted, references, bytes) = (0, 0, 0, 0)
        // The batch after is walked before a batch is extracted, and its files brought into
        // memory meanwhile (``ReadAhead``); the walk's failures are said where they were before,
        // just ahead of the batch whose walk met them.
        let ahead = ReadAhead()
        defer { ahead.stop() }
        func walkBatch() -> (files: [CorpusFile], failuresBefore: Int) {
            let files = walker.next(Self.batchSize)
            ahead.warm(files.filter { !$0.isStream }.map(\.path))
            return (files, walker.failures.count)
        }
        var following = walkBatch()
        while true {
            let (batch, failuresBefore) = following
            for failure in walker.failures[reportedFailures..<failuresBefore] { StandardError.print("resgraph: error: \(failure)") }
            failed = failed || failuresBefore > reportedFailures
            reportedFailures = failuresBefore
            if batch.isEmpty { break }
            following = walkBatch()
            walked += batch.count
            for result in Extractor().extract(files: batch) {
                switch result {
                case .success(let document):
                    extracted += 1
                    references += document.references.count
                    bytes += document.byteCount
                    if saysEachFile {
                        verbosity.detail("\(CanonicalPath.display(document.source)): \(document.symbol ?? "no symbol"), \(document.language.rawValue), \(document.references.count) references, \(document.diagnostics.count) diagnostics")
                    }
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
                    StandardOutput.shared.take(&out)
                case .failure(let error):
                    failed = true
                    StandardError.print("resgraph: error: \(error)")
                }
            }
        }
        if format == .json { out.raw("]}\n") }
        StandardOutput.shared.write(out.bytes)
        if !walker.skipped.isEmpty { verbosity.note(SkippedTypes.line(walker.skipped)) }
        if !walker.notesPassedBy.isEmpty { verbosity.note(PassedNotes.line(walker.notesPassedBy.map(\.path))) }
        if walked == 0, walker.failures.isEmpty { verbosity.note(ReadableTypes.noneFound) }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        verbosity.detail(String(format: "%d of %d files, %d references, %.1f MB in %.2f s (%.1f MB/s)", extracted, walked, references,
                                Double(bytes) / 1_048_576, seconds, Double(bytes) / 1_048_576 / max(seconds, 1e-9)))
        if failed { throw ExitCode(1) }
    }
}
