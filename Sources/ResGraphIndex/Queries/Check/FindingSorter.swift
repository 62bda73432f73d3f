import Foundation
import ResGraphGraph

/// Puts findings in reading order with memory bounded: up to `limit` are held and sorted in
/// memory; past it, each `limit` findings are sorted and written as a run to a temporary file,
/// and the runs are merged as they are read back, a buffer per run. A corpus of millions of
/// findings is handed over in order without holding them. The file is removed when the sorter
/// is done.
///
/// The order is ``Finding``'s: file, place, problem, message.
final class FindingSorter {
    private let limit: Int
    private var held: [Finding] = []
    private var spill: SpillFile?
    /// Where each run written lies in the spill file, and how many findings it holds.
    private var runs: [(bytes: Range<Int>, count: Int)] = []

    /// A sorter that spills to disk once it holds more than `limit` findings.
    init(limit: Int) { self.limit = limit }

    /// Takes in one finding.
    func add(_ finding: Finding) throws {
        held.append(finding)
        if held.count > limit { try writeRun() }
    }

    /// Hands over every finding taken in, in reading order.
    func forEachInOrder(_ visit: (Finding) throws -> Void) throws {
        guard let spill else {
            for k in held.readingOrder() { try visit(held[k]) }
            return
        }
        var sources: [any FindingRun] = runs.map { SpilledRun(file: spill, range: $0.bytes, count: $0.count) }
        sources.append(HeldRun(findings: held, order: held.readingOrder()))
        held = []
        var merge = try RunMerge(runs: sources)
        while let finding = try merge.next() { try visit(finding) }
    }

    /// Sorts what is held and writes it to the spill file as a run, a megabyte at a time.
    private func writeRun() throws {
        let file = try spill ?? SpillFile()
        spill = file
        var bytes: [UInt8] = []
        var start: Int?, end = 0
        for k in held.readingOrder() {
            FindingCoding.append(held[k], to: &bytes)
            if bytes.count >= 1 << 20 {
                end = try file.append(bytes) + bytes.count
                start = start ?? end - bytes.count
                bytes.removeAll(keepingCapacity: true)
            }
        }
        end = try file.append(bytes) + bytes.count
        runs.append(((start ?? end - bytes.count)..<end, held.count))
        held = []
    }
}
