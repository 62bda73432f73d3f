import ArgumentParser
import Foundation
import ResGraphIndex
import ResGraphReader

/// `resgraph index PATH... [--db FILE] [--prune]`.
struct Index: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Index resolution texts (files, or folders searched for .txt, .md, .pdf, .docx, .doc, .htm and .html) into SQLite.",
        discussion: """
            Unchanged files are skipped; each run is one transaction, so a failed or killed run leaves the index as it \
            was, and a first run that fails or is stopped (Ctrl-C) leaves no index. A run started while another writes \
            the index waits for it, then indexes against what it stored.
            """
    )

    @Argument(help: "Files or folders to index.")
    var paths: [String]

    @OptionGroup var database: DatabaseOption

    @Flag(help: "Drop files from the index that no longer exist, and folder notes (README.md) an earlier run indexed.")
    var prune = false

    @OptionGroup var verbosity: VerbosityOptions

    /// How often a run starts again when the index it waited for was removed meanwhile.
    static let attempts = 3

    func run() throws {
        for attempt in 1...Self.attempts {
            do {
                return try indexOnce()
            } catch let error as IndexError where error.kind == .removedMeanwhile && attempt < Self.attempts {
                // Another run was making the index and was stopped: it removed what it had begun,
                // and this run, which waited for it, makes the index itself.
                verbosity.note("the run that was making \(database.path) stopped and removed it; making it again")
            }
        }
    }

    private func indexOnce() throws {
        // A first run that does not finish leaves no file behind, rather than an empty index
        // that questions would answer from. The run that makes the file is the first: of two
        // started at once, the other one waits for it and is a later run.
        let isFirstRun = UnfinishedFiles.claimIndex(database.path)
        defer { UnfinishedFiles.keep() }
        let index: CitationIndex
        do {
            index = try database.openForWriting { [path = database.path, verbosity] in
                verbosity.note("another run is writing \(path); waiting for it to finish")
            }
        } catch {
            if isFirstRun { UnfinishedFiles.remove(UnfinishedFiles.indexFiles(database.path)) }
            throw error
        }
        // Verbose lists each file as it is stored, instead of the bar.
        let bar: ProgressBar? = isatty(STDERR_FILENO) == 1 && !verbosity.quiet && !verbosity.verbose ? ProgressBar() : nil
        var report: (@Sendable (IndexProgress) -> Void)? = nil
        if let bar { report = { bar.show($0) } }
        var listing: ((String, FileOutcome) -> Void)? = nil
        if verbosity.verbose { listing = { path, outcome in verbosity.detail("\(outcome.rawValue): \(CanonicalPath.display(path))") } }
        let summary: IndexSummary
        do {
            summary = try index.index(paths: paths, prune: prune, progress: report, outcome: listing, committed: {
                // From here the index holds this run: a signal must not remove it, nor what a
                // run waiting for this one goes on to write into it.
                UnfinishedFiles.keep()
            })
        } catch let error as IndexError where error.kind == .removedMeanwhile {
            bar?.finish()
            throw error
        } catch {
            bar?.finish()
            let reason = IndexError.explanation(of: error) ?? "\(error)"
            guard !isFirstRun else {
                UnfinishedFiles.remove(UnfinishedFiles.indexFiles(database.path))
                throw CommandError("indexing failed, no index was made at \(database.path): \(reason)")
            }
            throw CommandError("indexing failed, the index \(database.path) is as it was before this run: \(reason)")
        }
        UnfinishedFiles.keep()
        bar?.finish()
        for failure in summary.failures { StandardError.print("resgraph: error: \(failure)") }
        let rate = summary.seconds > 0 ? Double(summary.bytes) / 1_048_576 / summary.seconds : 0
        // Files known unchanged by their stamps were not even read: said, so that a fast re-run is understood.
        let unread = summary.unread > 0 ? " (\(summary.unread) not read)" : ""
        if let earlier = summary.earlierExtraction {
            verbosity.say(earlier == 0
                ? "the index was made by an earlier resgraph, which read files otherwise: every file was read again"
                : "the index was made by a resgraph that reads files otherwise (reading version \(earlier), this one \(ExtractionVersion.current)): every file was read again")
        }
        verbosity.say(String(format: "indexed %d, unchanged %d%@, pruned %d, failed %d; %d references; %.1f MB in %.2f s (%.1f MB/s) -> %@",
                     summary.indexed, summary.unchanged, unread, summary.pruned, summary.failures.count, summary.references,
                     Double(summary.bytes) / 1_048_576, summary.seconds, rate, database.path))
        // The totals are counted only to be said: a million documents take seconds.
        if !verbosity.quiet {
            let totals: IndexTotals
            do {
                totals = try index.totals()
            } catch {
                // The run is in the index already: only what it holds could not be said.
                throw CommandError("the run was stored in \(database.path), but what the index holds could not be read: \(IndexError.explanation(of: error) ?? "\(error)")")
            }
            if totals.files == 0 {
                verbosity.say("the index holds no documents" + (summary.failures.isEmpty ? ": " + ReadableTypes.noneFound : ""))
            } else {
                verbosity.say("the index holds \(totals.documents) documents (\(totals.files) files; \(totals.languages.joined(separator: ", ")))"
                  + (totals.years.map { $0.lowerBound == $0.upperBound ? ", adopted \($0.lowerBound)" : ", adopted \($0.lowerBound)–\($0.upperBound)" } ?? "")
                  + "; \(totals.references) references; \(totals.dangling) cited ids it lacks")
            }
            if totals.symbolFromFileName > 0 {
                verbosity.say("\(totals.symbolFromFileName) file\(totals.symbolFromFileName == 1 ? "" : "s") took the symbol from the file name (the text states none)")
            }
            if totals.withoutSymbol > 0 {
                verbosity.say("\(totals.withoutSymbol) file\(totals.withoutSymbol == 1 ? "" : "s") without a symbol, indexed as file: nodes; list them: resgraph check --db \(database.path) | grep no-symbol")
            }
            if totals.partlyRead > 0 {
                verbosity.say("\(totals.partlyRead) file\(totals.partlyRead == 1 ? " was" : "s were") read in part only (damaged notes, scanned pages); list them: resgraph check --db \(database.path) | grep unread")
            }
        }
        if !summary.skipped.isEmpty { verbosity.say(SkippedTypes.line(summary.skipped)) }
        if !summary.notesPassedBy.isEmpty { verbosity.say(PassedNotes.line(summary.notesPassedBy, stillIndexed: summary.notesStillIndexed)) }
        if !summary.failures.isEmpty { throw ExitCode(1) }
    }
}

/// A one-line progress bar on standard error: files done, MB/s, ETA.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private var lastDraw = 0.0

    func show(_ progress: IndexProgress) {
        lock.lock(); defer { lock.unlock() }
        guard progress.elapsed - lastDraw > 0.1 || progress.done == progress.total else { return }
        lastDraw = progress.elapsed
        let fraction = Double(progress.done) / Double(max(progress.total, 1))
        let width = 30
        let filled = Int(fraction * Double(width))
        let rate = Double(progress.bytes) / 1_048_576 / max(progress.elapsed, 0.001)
        let eta = fraction > 0 ? progress.elapsed / fraction - progress.elapsed : 0
        let line = String(format: "\r[%@%@] %d/%d files  %.1f MB/s  ETA %.0f s ",
                          String(repeating: "#", count: filled), String(repeating: " ", count: width - filled),
                          progress.done, progress.total, rate, eta)
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() { FileHandle.standardError.write(Data("\n".utf8)) }
}
