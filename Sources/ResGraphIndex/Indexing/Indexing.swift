import Dispatch
import Foundation
import GRDB
import ResGraphExtractor
import ResGraphGraph
import ResGraphReader

/// What one indexing run did.
public struct IndexSummary: Sendable {
    /// Files read and (re)indexed.
    public var indexed = 0
    /// Files skipped because their content had not changed.
    public var unchanged = 0
    /// Of the unchanged files, those known unchanged by their ``FileStamp`` alone, not read.
    public var unread = 0
    /// Files dropped from the index because they no longer exist, or are notes on a folder an
    /// earlier run indexed as documents (`prune`).
    public var pruned = 0
    /// Files that could not be read, with the reason; they were skipped.
    public var failures: [ExtractionError] = []
    /// Files under the folders given that are of no format read, by extension.
    public var skipped: [String: Int] = [:]
    /// Files under the folders given passed over as notes on their folder (`README.md`).
    public var notesPassedBy: [String] = []
    /// Of those, the ones an earlier run indexed and the index still holds (without `prune`,
    /// which drops them).
    public var notesStillIndexed = 0
    /// Bytes extracted.
    public var bytes = 0
    /// References stored.
    public var references = 0
    /// Whether every file was read again, changed or not, because the index was made by another
    /// ``ExtractionVersion`` (an earlier resgraph): the version it was made with.
    public var earlierExtraction: Int?
    /// Whether the run built the indexes on the references again at its end, by sorting, rather
    /// than keeping them up to date row by row: a first run does, and a later one that replaces
    /// or adds many files (see ``CitationIndex/index(paths:prune:progress:outcome:)``).
    public var rebuiltIndexes = false
    /// Wall time, seconds.
    public var seconds = 0.0

    /// An empty summary.
    public init() {}
}

/// Progress of a run, reported as files are extracted.
public struct IndexProgress: Sendable {
    /// Files extracted so far.
    public var done: Int
    /// Files to extract in all.
    public var total: Int
    /// Bytes extracted so far.
    public var bytes: Int
    /// Seconds since the run started.
    public var elapsed: Double
}

extension CitationIndex {
    /// Indexes the files under `paths` (see ``CorpusWalk`` for what is taken from folders):
    /// new and changed files are extracted on all cores and replace what the index held of them;
    /// unchanged ones are skipped, unread when their ``FileStamp`` is the one stored, else once
    /// their content hash is found the same, unless the index was made by another
    /// ``ExtractionVersion``, when every file is read again; with `prune`, files that no longer exist
    /// are dropped, as are the notes on a folder the walk passed by (``FolderNote``) that an
    /// earlier run indexed. Files are stored under their canonical path, so the same file reached from
    /// another folder or through a link is the same file. The run is one transaction: if it
    /// fails or is killed, the index stays as it was, and readers see the old state until it
    /// commits. Unreadable files are reported in the summary; each file's outcome is passed to
    /// `outcome` as it is stored, in the walk's order. Files are walked as they are indexed, so
    /// memory does not grow with the corpus. Once a run has stored files amounting to half of
    /// those the index held (a replaced file counting twice), the indexes on the references are
    /// built again at its end instead of kept up to date (``IndexSummary/rebuiltIndexes``).
    ///
    /// A run holds the index's write lock from before it reads what the index holds to its
    /// end: when another run holds it, the index's `waiting` is called, and this run waits for
    /// that one to finish, then indexes against what it stored (see ``RunLock``). `committed`
    /// is called as soon as the run's transaction has committed: from then on the index holds
    /// the run.
    public func index(
        paths: [String], prune: Bool = false, progress: (@Sendable (IndexProgress) -> Void)? = nil,
        outcome: ((_ path: String, _ outcome: FileOutcome) -> Void)? = nil, committed: (() -> Void)? = nil
    ) throws -> IndexSummary {
        let started = DispatchTime.now().uptimeNanoseconds
        // A file stamped from now on may yet change within its stamp's tick: its stamp is kept
        // only if it had settled before this instant.
        let startedAt = FileStamp.now()
        var summary = IndexSummary()
        // The files are walked as they are indexed, a batch at a time: memory holds the folders
        // being walked and two batches, whatever the size of the corpus. Progress needs the
        // total, counted by a walk of its own first.
        var walker = CorpusWalker(paths: paths)
        let total = progress == nil ? 0 : {
            var counting = CorpusWalker(paths: paths)
            var count = 0
            while counting.next() != nil { count += 1 }
            return count
        }()
        /// The canonical paths of the next batch of the walk; empty at its end.
        func nextBatch() -> [String] { walker.next(Self.batchSize).map(\.canonicalPath) }
        // With `prune`, what was walked is remembered by a hash of each path's bytes, not the path.
        var walked = Set<Int>()
        let counter = ProgressCounter()
        /// Reads and extracts `files` on all cores; `known` holds what the index has of them. A
        /// file whose stamp it holds is passed over unread, one whose hash it holds once read.
        let extract: @Sendable ([String], [ExactPath: KnownFile]) -> [FileExtraction] = { files, known in
            Parallel.map(files.count) { offset -> FileExtraction in
                let path = files[offset]
                let held = known[ExactPath(path)]
                let outcome: FileExtraction
                do throws(ExtractionError) {
                    if let stamp = held?.stamp, FileStamp.of(path)?.fingerprint == stamp {
                        outcome = .passedOver
                    } else {
                        let (bytes, stamp) = try FileBytes.readStamped(path)
                        let settled = stamp.isSettled(at: startedAt) ? stamp.fingerprint : nil
                        let hash = ContentHash.of(bytes)
                        if let held, held.hash == hash {
                            outcome = .unchanged(restamp: settled != held.stamp ? settled : nil)
                        } else {
                            outcome = .extracted(try Extractor().extract(bytes: bytes, source: path), hash: hash, size: bytes.count, stamp: settled)
                        }
                    }
                } catch {
                    outcome = .failed(error)
                }
                if let progress {
                    let (done, bytes) = counter.add(outcome.byteCount)
                    progress(IndexProgress(done: done, total: total, bytes: bytes,
                                           elapsed: Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9))
                }
                return outcome
            }
        }
        try database.writeWithoutTransaction { db in
            // The rows of a replaced or pruned file are deleted as SQLite deletes by default, not
            // overwritten with zeros as Debian builds it to (secure_delete): replacing 10,000 of
            // the varied corpus's files took 6 % more instructions with it.
            try db.execute(sql: "PRAGMA secure_delete = OFF")
            // Foreign keys are not checked while the run writes: each file is stored before its
            // diagnostics, and its diagnostics are deleted with it by the run itself. Checked,
            // they would make SQLite keep a copy of every page a statement of several
            // diagnostics changes, should it have to undo itself (19 MB in a temporary file for
            // 1,000 files of the varied corpus replaced).
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
            try RunLock.holding(in: db, at: path, waiting: waitNotice.give, committed: committed) {
                guard FileIdentity.of(path) == fileIdentity else {
                    throw IndexError(path: path, problem: "was removed while this run waited for another run that was making it and stopped; nothing was written: run again",
                                     kind: .removedMeanwhile)
                }
                // A first run, and a later one once it has loaded many files, builds the indexes
                // on the rows once at the end, by sorting, instead of keeping them up to date in
                // random key order row by row.
                var rebuild = LoadIndexRebuild(filesHeld: try Int.fetchOne(db, sql: "SELECT count(*) FROM file") ?? 0)
                let firstRun = rebuild.isFirstRun
                // What the index holds of a file made by another extraction may not be what this
                // one makes of it: every file is read again, and replaces its rows.
                let madeBy = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                let rereadsAll = !firstRun && madeBy != ExtractionVersion.current
                if rereadsAll { summary.earlierExtraction = madeBy }
                // A later run keeps index pages in memory instead of writing them again and again
                // as the reference indexes grow in random key order. A first run only appends
                // rows: a small cache does as well, and keeps its sorts small (below).
                try db.execute(sql: "PRAGMA cache_size = -\(firstRun ? LoadIndexRebuild.sortKilobytes : Self.cacheKilobytes)")
                try rebuild.begin(in: db)
                /// What the index holds of `files`, asked a batch at a time: the hashes of a
                /// million files are never held at once.
                func knownFiles(_ files: [String]) throws -> [ExactPath: KnownFile] {
                    firstRun ? [:] : try KnownFiles.of(files, rereadsAll: rereadsAll, in: db)
                }
                // One batch is stored while the next is extracted and the one after is walked:
                // memory holds two batches and the paths of a third, not the corpus, and the
                // cores extract while SQLite writes.
                var binding = ParameterBinding()
                var statements = try StoringStatements(db)
                // Files are numbered here, in the order stored, so that a file's references can
                // name it before its row (which names their range) goes in.
                var nextFile = try Int.fetchOne(db, sql: "SELECT coalesce(max(id), 0) + 1 FROM file") ?? 1
                // Where what this run adds begins (references are numbered past every number used),
                // and whether it replaces a file: a run that only adds files lets the totals be
                // counted from them.
                let firstAdded = KeptTotals.Addition(
                    firstFile: nextFile, firstReference: try Int.fetchOne(db, sql: "SELECT coalesce(max(id), 0) + 1 FROM reference") ?? 1)
                var replaced = false
                // The files each batch will read (those whose stamps the index does not hold) are
                // brought into memory while the batch before is extracted.
                let ahead = ReadAhead()
                defer { ahead.stop() }
                func warm(_ files: [String], _ known: [ExactPath: KnownFile]) {
                    ahead.warm(known.isEmpty ? files : files.filter { known[ExactPath($0)]?.stamp == nil })
                }
                var files = nextBatch()
                var known = try knownFiles(files)
                warm(files, known)
                var following = files.isEmpty ? [] : nextBatch()
                var followingKnown = try knownFiles(following)
                warm(following, followingKnown)
                var current = extract(files, known)
                while !files.isEmpty {
                    let (extracting, extractingKnown) = (following, followingKnown)
                    let next = extracting.isEmpty ? nil : WorkInFlight { extract(extracting, extractingKnown) }
                    // The batch after is walked, and asked for, while the cores extract that one:
                    // a run that passes over most files waits for neither the walk nor the cores.
                    following = extracting.isEmpty ? [] : nextBatch()
                    followingKnown = try knownFiles(following)
                    warm(following, followingKnown)
                    for (path, result) in zip(files, current) {
                        if prune { walked.insert(ExactPath(path).hashValue) }
                        switch result {
                        case .passedOver:
                            summary.unchanged += 1
                            summary.unread += 1
                            outcome?(path, .unchanged)
                        case .unchanged(let restamp):
                            if let restamp, let id = known[ExactPath(path)]?.id {
                                statements.restampFile.setUncheckedArguments([restamp, id])
                                try statements.restampFile.execute()
                            }
                            summary.unchanged += 1
                            outcome?(path, .unchanged)
                        case .failed(let error):
                            summary.failures.append(error)
                            outcome?(path, .failed)
                        case .extracted(let document, let hash, let size, let stamp):
                            let old = known[ExactPath(path)]
                            try store(document, number: nextFile, hash: hash, size: size, stamp: stamp, replacing: old,
                                      with: &statements, binding: &binding, in: db)
                            try rebuild.stored(replacing: old != nil, in: db)
                            replaced = replaced || old != nil
                            nextFile += 1
                            outcome?(path, .indexed)
                            summary.indexed += 1
                            summary.bytes += size
                            summary.references += document.references.count
                        }
                    }
                    current = next?.wait() ?? []
                    (files, known) = (extracting, extractingKnown)
                }
                summary.failures.insert(contentsOf: walker.failures, at: 0)
                summary.skipped = walker.skipped
                summary.notesPassedBy = walker.notesPassedBy.map(\.path)
                if !prune {
                    for note in walker.notesPassedBy where try Bool.fetchOne(db, sql: "SELECT 1 FROM file WHERE path = ?", arguments: [note.canonicalPath]) != nil {
                        summary.notesStillIndexed += 1
                    }
                } else {
                    // A note an earlier resgraph indexed as a document is the walk's to drop too.
                    let notes = Set(walker.notesPassedBy.map { ExactPath($0.canonicalPath) })
                    var gone: [String] = []
                    let stored = try String.fetchCursor(db, sql: "SELECT path FROM file")
                    while let path = try stored.next() {
                        if !walked.contains(ExactPath(path).hashValue) && (notes.contains(ExactPath(path)) || !FileManager.default.fileExists(atPath: path)) {
                            gone.append(path)
                        }
                    }
                    try rebuild.willDelete(gone.count, in: db)
                    for path in gone {
                        try db.execute(sql: "DELETE FROM diagnostic WHERE path = ?", arguments: [path])
                        try db.execute(sql: "DELETE FROM file WHERE path = ?", arguments: [path])
                        summary.pruned += 1
                    }
                }
                try rebuild.finish(in: db)
                summary.rebuiltIndexes = !rebuild.dropped.isEmpty
                if madeBy != ExtractionVersion.current { try db.execute(sql: "PRAGMA user_version = \(ExtractionVersion.current)") }
                let joinsChanged = try JointSymbolIndexing.apply(in: db)
                // Files stored or dropped: the totals counted before are no longer the index's.
                if summary.indexed > 0 || summary.pruned > 0 {
                    let onlyAdded = !replaced && summary.pruned == 0 && !joinsChanged
                    try KeptTotals.startGeneration(addedFrom: onlyAdded ? firstAdded : nil, in: db)
                }
            }
        }
        summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return summary
    }

    /// SQLite's page cache while a later run indexes, in kilobytes (the default is 2 MB).
    static let cacheKilobytes = 256 * 1_024

    /// Files extracted together; two batches are in memory at once.
    static let batchSize = 1_024

    /// Stores one document's rows with `statements`, prepared once per run, as file `number`
    /// (its `stamp` when it had settled), `replacing` what the index held of it before (its old
    /// rows go first: its diagnostics, then its row, whose trigger takes its references). Every row's
    /// values are bound by SQLite's own calls from `binding`'s buffer, without GRDB's array of
    /// arguments. The references go in before the file's row, which names the range of ids they
    /// were given.
    private func store(_ document: ExtractedDocument, number: Int, hash: String, size: Int, stamp: Int64?, replacing old: KnownFile?,
                       with statements: inout StoringStatements,
                       binding: inout ParameterBinding, in db: Database) throws {
        let node = CitationGraph.nodeID(of: document)
        if let old {
            statements.deleteDiagnostics.setUncheckedArguments([document.source])
            try statements.deleteDiagnostics.execute()
            statements.deleteFile.setUncheckedArguments([old.id])
            try statements.deleteFile.execute()
        }
        // References go in as few statements as the largest allows: most documents need one.
        let references = document.references
        var firstRun: Int?
        try statements.insertReferences.insert(count: references.count, with: &binding, in: db) { row, index, k in
            ReferenceRecord.bindInsert(references[index], file: number, node: node, into: &row, after: k)
        } stored: { rows in
            if firstRun == nil { firstRun = Int(db.lastInsertedRowID) - rows + 1 }
        }
        let first = firstRun ?? 0
        // One writer inserting one file's rows gives them consecutive ids; the range depends on it.
        guard references.isEmpty || Int(db.lastInsertedRowID) == first + references.count - 1 else {
            throw IndexError(path: path, problem: "the references of \(document.source) were not given consecutive ids")
        }
        let file = FileRecord(id: number, path: document.source, hash: hash, size: size, node: node, symbol: document.symbol,
                              language: document.language, date: document.date, title: document.title,
                              references: first..<first + references.count, stamp: stamp)
        try binding.insert(statements.insertFile, in: db) { file.bindInsert(into: &$0) }
        let diagnostics = document.diagnostics
        try statements.insertDiagnostics.insert(count: diagnostics.count, with: &binding, in: db) { row, index, k in
            DiagnosticRecord(diagnostics[index], path: document.source).bindInsert(into: &row, after: k)
        }
    }
}

/// What became of a file in an indexing run, as ``CitationIndex/index(paths:prune:progress:outcome:)``
/// reports it file by file.
public enum FileOutcome: String, Sendable {
    /// Read and stored.
    case indexed
    /// Passed over: the index holds the same content.
    case unchanged
    /// Could not be read; listed in ``IndexSummary/failures``.
    case failed
}

/// What the extracting cores hand the writer for one file.
enum FileExtraction: Sendable {
    /// Its stamp is the one the index holds: not read.
    case passedOver
    /// Read, and its hash is the one the index holds; `restamp` is a stamp to store instead of
    /// the index's (none, or one the file no longer has).
    case unchanged(restamp: Int64?)
    /// Read and extracted; `stamp` when it had settled.
    case extracted(ExtractedDocument, hash: String, size: Int, stamp: Int64?)
    case failed(ExtractionError)

    var byteCount: Int {
        if case .extracted(_, _, let size, _) = self { return size }
        return 0
    }
}

/// What the index holds of a file it is asked about: its number, its content hash, and its
/// stamp if any. A file to read again whatever its content has an empty hash and no stamp,
/// which no file matches.
struct KnownFile: Sendable {
    let id: Int
    let hash: String
    let stamp: Int64?
}

/// A 64-bit hash of a file's bytes and its size, to tell changed files from unchanged ones.
///
/// Eight bytes a step (``FingerprintMix``): hashing must not cost
/// a noticeable part of extraction. The "w" tag marks this hash; a value stored by an earlier
/// version (plain FNV-1a) never equals it, so such files are indexed again once.
enum ContentHash {
    static func of(_ bytes: [UInt8]) -> String {
        var mix = FingerprintMix(seed: UInt64(bytes.count))
        bytes.withUnsafeBytes { raw in
            let words = raw.count / 8
            for k in 0..<words {
                mix.add(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: k * 8, as: UInt64.self)))
            }
            var tail: UInt64 = 0
            for (shift, byte) in raw[(words * 8)...].enumerated() { tail |= UInt64(byte) << UInt64(shift * 8) }
            mix.addLast(tail)
        }
        return "w" + String(mix.value, radix: 16) + ":\(bytes.count)"
    }
}

final class ProgressCounter: @unchecked Sendable {
    private var done = 0
    private var bytes = 0
    private let lock = NSLock()
    func add(_ size: Int) -> (Int, Int) {
        lock.lock(); defer { lock.unlock() }
        done += 1; bytes += size
        return (done, bytes)
    }
}
