import Dispatch
import Foundation
import ResGraphExtractor
import ResGraphGraph
import ResGraphOutput
import ResGraphReader

/// `check`'s table on standard output: `file:line:column: problem: message`, one line per
/// finding, paths shown from the current folder.
///
/// Findings come a batch at a time to another thread, which reads the batch's files for
/// their lines and columns (on all cores) and prints it while the next batch is being found; at most
/// ``batchesHeld`` batches wait, so memory stays flat however many findings there are.
///
/// ```swift
/// let table = FindingTable(folder: FileManager.default.currentDirectoryPath)
/// for finding in findings { table.add(finding) }
/// table.finish()   // every line printed
/// ```
final class FindingTable: @unchecked Sendable {
    /// Findings whose places are worked out together.
    static let batchSize = 4_096
    /// Batches handed over and not yet printed, at most.
    static let batchesHeld = 2

    private let folder: String
    private var pending: [Finding] = []
    private let printing = DispatchQueue(label: "resgraph.check.table")
    private let room = DispatchSemaphore(value: FindingTable.batchesHeld)
    /// A batch's files are asked of the disk as it is handed over, while the batches before it
    /// are printed.
    private let ahead = ReadAhead()

    /// A table whose paths are shown relative to `folder`, which is also taken out of the
    /// paths that messages name.
    init(folder: String) {
        self.folder = folder
        pending.reserveCapacity(Self.batchSize)
    }

    /// Adds a finding; it is printed after those added before it.
    func add(_ finding: Finding) {
        pending.append(finding)
        if pending.count == Self.batchSize { handOver() }
    }

    /// Prints what is left and returns once every finding added is printed.
    func finish() {
        if !pending.isEmpty { handOver() }
        printing.sync {}
        ahead.stop()
    }

    private func handOver() {
        let batch = pending
        pending.removeAll(keepingCapacity: true)
        var sources: [String] = []
        for finding in batch where finding.offset != nil && finding.source != sources.last { sources.append(finding.source) }
        ahead.warm(sources)
        room.wait()
        printing.async {
            self.print(batch)
            self.room.signal()
        }
    }

    private func print(_ batch: [Finding]) {
        // The batch is cut in as many parts as there are cores, each read and formatted by one.
        let parts = Cores.available
        let lines = Parallel.map(parts) { [folder] part in
            Self.lines(of: batch[batch.count * part / parts..<batch.count * (part + 1) / parts], folder: folder)
        }
        for part in lines { StandardOutput.shared.write(part) }
    }

    /// The table's lines for `findings`, paths shown from `folder`: their files read for the
    /// lines and columns of their places.
    private static func lines(of findings: ArraySlice<Finding>, folder: String) -> [UInt8] {
        let places = SourcePlaces.of(findings.compactMap { f in f.offset.map { (f.source, $0) } })
        let here = folder + "/"
        var out = JSONBytes(capacity: findings.count * 200)
        var (shownSource, shown) = ("", "")
        var next = 0
        for f in findings {
            if f.source != shownSource { (shownSource, shown) = (f.source, CanonicalPath.display(f.source, from: folder)) }
            out.text(shown)
            if let offset = f.offset {
                if let (line, column) = places[next] {
                    out.bytes.append(UInt8(ascii: ":"))
                    out.integer(line)
                    out.bytes.append(UInt8(ascii: ":"))
                    out.integer(column)
                } else {
                    out.bytes.append(UInt8(ascii: "@"))
                    out.integer(offset)
                }
                next += 1
            }
            out.bytes.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: " ")])
            out.text(f.problem.rawValue)
            out.bytes.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: " ")])
            // A message names paths as they are: a file name's control characters are written out.
            append(VisibleText.of(f.message), removing: here, to: &out.bytes)
            out.bytes.append(UInt8(ascii: "\n"))
        }
        return out.bytes
    }

    /// Appends `text` without any occurrence of `part` (the current folder before the paths a
    /// message names), searched for as bytes: `memchr` leaps from one place where the part's
    /// first byte stands (a slash, many times in every path) to the next, and the part is
    /// compared only there. Half a million findings are printed this way.
    static func append(_ text: String, removing part: String, to out: inout [UInt8]) {
        var text = text, part = part
        part.withUTF8 { needle in
            text.withUTF8 { haystack in
                guard let needleStart = needle.baseAddress, let base = haystack.baseAddress, !needle.isEmpty else {
                    return out.append(contentsOf: haystack)
                }
                let first = Int32(needleStart.pointee)
                var start = 0, k = 0
                while k + needle.count <= haystack.count,
                      let found = memchr(base + k, first, haystack.count - needle.count + 1 - k) {
                    k = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + k, needleStart, needle.count) == 0 {
                        out.append(contentsOf: UnsafeBufferPointer(start: base + start, count: k - start))
                        k += needle.count
                        start = k
                    } else {
                        k += 1
                    }
                }
                out.append(contentsOf: UnsafeBufferPointer(start: base + start, count: haystack.count - start))
            }
        }
    }
}
