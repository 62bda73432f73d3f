import Foundation
import ResGraphGraph

/// Puts findings in reading order holding at most `limit`, each encoded as bytes as it comes
/// (``RecordBuffer``) and sorted as bytes (``FindingOrder``): up to `limit / 2` are sorted in
/// memory; past that, each `limit / 2` findings are sorted and written as a run to a temporary
/// file, on another thread while the next run fills, and the runs are merged as they are read
/// back, a buffer per run, on another thread while the findings are handed over. A corpus of
/// millions of findings is handed over in order without holding them. The file is removed when
/// the sorter is done.
///
/// The order is ``Finding``'s: file, place, problem, message.
final class FindingSorter: FindingSink {
    /// Findings a run holds: the run being written and the one filling hold at most the limit.
    private let runLimit: Int
    /// The run filling.
    private var held = RecordBuffer()
    /// A run written and emptied, to fill next.
    private var spare: RecordBuffer?
    private var spill: SpillFile?
    /// Where each run written lies in the spill file, and how many findings it holds.
    private var runs: [(bytes: Range<Int>, count: Int)] = []
    /// The run being written, if any.
    private var writing: WorkInFlight<Result<(run: WrittenRun, emptied: RecordBuffer), any Error>>?

    /// The folder of the spill file, once findings were written to it.
    var spillFolder: URL? { spill?.folder }

    /// A sorter that holds at most `limit` findings, spilling to disk past half of it.
    init(limit: Int) { runLimit = limit / 2 }

    /// Takes in one finding.
    func add(_ finding: Finding) throws {
        held.append(finding)
        if held.count > runLimit { try writeRun() }
    }

    /// Takes in the finding that `source` dates `node` `date`, against `disagreement`: written
    /// as bytes, never made.
    func addDateContradiction(source: String, offset: Int?, node: String, date: String, disagreement: DateDisagreement) throws {
        held.appendDateContradiction(source: source, offset: offset, node: node, date: date, disagreement: disagreement)
        if held.count > runLimit { try writeRun() }
    }

    /// Hands over every finding taken in, in reading order.
    func forEachInOrder(_ visit: (Finding) throws -> Void) throws {
        // The findings held are sorted while the run before them is still being written.
        let order = FindingOrder.sort(held)
        try finishWriting()
        guard let spill else {
            let starts = held.starts
            var source = ""
            try held.bytes.withUnsafeBufferPointer { bytes in
                for k in order {
                    let finding = FindingCoding.finding(at: bytes.baseAddress! + starts[k], sourceLike: source)
                    source = finding.source
                    try visit(finding)
                }
            }
            return
        }
        var sources = runs.map { FindingRun(file: spill, range: $0.bytes, count: $0.count) }
        sources.append(FindingRun(held: held.bytes, order: order.map { held.starts[$0] }))
        held = RecordBuffer()
        spare = nil
        // The runs are merged on a thread of their own while `visit` prints what is merged.
        let channel = FindingChannel()
        let merged = DispatchSemaphore(value: 0)
        let merging = MergeInFlight(sources: sources)
        Thread.detachNewThread {
            merging.run(into: channel)
            merged.signal()
        }
        defer { merged.wait() }
        do {
            while let batch = try channel.receive() {
                for finding in batch { try visit(finding) }
            }
        } catch {
            channel.cancel()
            throw error
        }
    }

    /// Hands what is held to a thread that sorts it and writes it to the spill file as a run,
    /// once the run before it is written; the next run fills the buffer that one emptied.
    private func writeRun() throws {
        try finishWriting()
        let file = try spill ?? SpillFile()
        spill = file
        let run = held
        held = spare ?? RecordBuffer()
        spare = nil
        writing = WorkInFlight {
            Result {
                let written = try RunWriting.write(run, to: file)
                run.removeAll()
                return (written, run)
            }
        }
    }

    /// Waits for the run being written, notes where it lies, and keeps its emptied buffer.
    private func finishWriting() throws {
        guard let run = writing else { return }
        writing = nil
        let (written, emptied) = try run.wait().get()
        runs.append(written)
        spare = emptied
    }
}

/// Where a run lies in the spill file, and how many findings it holds.
private typealias WrittenRun = (bytes: Range<Int>, count: Int)

/// A run sorted and written to the spill file on a thread of its own; while it is written,
/// nothing else writes to the file.
private enum RunWriting {
    /// Sorts `run` and appends it to `file`, a megabyte at a time.
    static func write(_ run: RecordBuffer, to file: SpillFile) throws -> WrittenRun {
        let order = FindingOrder.sort(run)
        let starts = run.starts
        var bytes: [UInt8] = []
        var start: Int?, end = 0
        try run.bytes.withUnsafeBufferPointer { records in
            for k in order {
                let record = records.baseAddress! + starts[k]
                bytes.append(contentsOf: UnsafeBufferPointer(start: record, count: FindingCoding.length(of: record)))
                if bytes.count >= 1 << 20 {
                    end = try file.append(bytes) + bytes.count
                    start = start ?? end - bytes.count
                    bytes.removeAll(keepingCapacity: true)
                }
            }
        }
        end = try file.append(bytes) + bytes.count
        return ((start ?? end - bytes.count)..<end, run.count)
    }
}

/// The merge of sorted runs, done on another thread than the one that made the runs: it owns
/// them, and through them the spill file, until it is done, then lets them go.
private final class MergeInFlight: @unchecked Sendable {
    private var sources: [FindingRun]

    init(sources: [FindingRun]) { self.sources = sources }

    /// Merges the runs into batches sent through `channel`, until all are sent or the
    /// receiver stops; a failure to read a run back is handed to the receiver.
    func run(into channel: FindingChannel) {
        defer { sources = [] }
        do {
            var merge = try RunMerge(runs: sources)
            var batch: [Finding] = []
            batch.reserveCapacity(FindingChannel.batchSize)
            while let finding = try merge.next() {
                batch.append(finding)
                if batch.count == FindingChannel.batchSize {
                    guard channel.send(batch) else { return }
                    batch.removeAll(keepingCapacity: true)
                }
            }
            if !batch.isEmpty, !channel.send(batch) { return }
            channel.finish()
        } catch {
            channel.finish(throwing: error)
        }
    }
}
