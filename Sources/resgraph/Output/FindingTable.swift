import Dispatch
import Foundation
import ResGraphGraph
import ResGraphOutput
import ResGraphReader

/// `check`'s table on standard output: `file:line:column: problem: message`, one line per
/// finding, paths shown from the current folder.
///
/// Findings come a batch at a time to another thread, which reads the batch's files for
/// their lines and columns and prints it while the next batch is being found; at most
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
    // Used only on `printing`: the file of the last line printed, and how it was shown.
    private var shownSource = "", shown = ""

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
    }

    private func handOver() {
        let batch = pending
        pending.removeAll(keepingCapacity: true)
        room.wait()
        printing.async {
            self.print(batch)
            self.room.signal()
        }
    }

    private func print(_ batch: [Finding]) {
        let places = SourcePlaces.of(batch.compactMap { f in f.offset.map { (f.source, $0) } })
        let here = folder + "/"
        // Local copies: a class's stored properties are checked for exclusive access at each
        // use, six times a finding.
        var out = JSONBytes()
        var (shownSource, shown) = (self.shownSource, self.shown)
        defer { (self.shownSource, self.shown) = (shownSource, shown) }
        var next = 0
        for f in batch {
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
            Self.append(f.message, removing: here, to: &out.bytes)
            out.bytes.append(UInt8(ascii: "\n"))
            StandardOutput.shared.take(&out)
        }
        StandardOutput.shared.take(&out, atLeast: 0)
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
