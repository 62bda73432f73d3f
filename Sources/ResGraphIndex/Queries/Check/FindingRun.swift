import Foundation
import ResGraphGraph

/// A sorted run of findings as records (``FindingCoding``) that a merge draws from: the last
/// run, held whole in memory, or one in the spill file, read a megabyte at a time. A class:
/// the merge compares the current records of two runs millions of times, and copies of a
/// run's buffers and counts would cost more than the comparisons. Its state is used by one
/// thread at a time (the merge's), so it goes without run-time exclusivity checks.
final class FindingRun {
    /// The bytes the current record is in.
    @exclusivity(unchecked) private(set) var buffer: [UInt8]
    /// Where the current record begins in `buffer`.
    @exclusivity(unchecked) private(set) var position = 0
    @exclusivity(unchecked) private var length = 0
    @exclusivity(unchecked) private var remaining: Int
    /// Where a held run's records begin in `buffer`, in order.
    private let order: [Int]
    /// The file a spilled run is read from, where `buffer` begins in it, and where the run ends.
    private let file: SpillFile?
    @exclusivity(unchecked) private var bufferStart: Int
    private let end: Int
    static let chunk = 1 << 20

    /// A run held in memory: records in `records`, beginning at `order` in reading order.
    init(held records: [UInt8], order: [Int]) {
        buffer = records
        self.order = order
        remaining = order.count
        file = nil
        bufferStart = 0
        end = records.count
    }

    /// A run of `count` records written to `file` at `range`.
    init(file: SpillFile, range: Range<Int>, count: Int) {
        buffer = []
        order = []
        remaining = count
        self.file = file
        bufferStart = range.lowerBound
        end = range.upperBound
    }

    /// Moves to the run's next record (the first, the first time); false once the run is spent.
    func advance() throws -> Bool {
        position += length
        length = 0
        guard remaining > 0 else { return false }
        remaining -= 1
        if file == nil { position = order[order.count - remaining - 1] }
        // A record is read whole from the buffer: when the buffer ends inside it, the buffer
        // is read again from where the record begins, large enough to hold it.
        if let file, FindingCoding.length(in: buffer, at: position).map({ position + $0 > buffer.count }) ?? true {
            bufferStart += position
            position = 0
            try file.read(at: bufferStart, count: min(Self.chunk, end - bufferStart), into: &buffer)
            if let whole = FindingCoding.length(in: buffer, at: 0), whole > buffer.count, bufferStart + whole <= end {
                try file.read(at: bufferStart, count: whole, into: &buffer)
            }
        }
        guard let length = FindingCoding.length(in: buffer, at: position),
              FindingCoding.isWellFormed(buffer, at: position, length: length) else { throw unreadable }
        self.length = length
        return true
    }

    /// Whether the current record comes before `other`'s; nil when neither does.
    func precedes(_ other: FindingRun) -> Bool? {
        buffer.withUnsafeBufferPointer { mine in
            other.buffer.withUnsafeBufferPointer { theirs in
                FindingOrder.precedes(mine.baseAddress! + position, theirs.baseAddress! + other.position)
            }
        }
    }

    /// The current record as a finding, whose source is `previous` when it names the same file.
    func finding(sourceLike previous: String) -> Finding {
        buffer.withUnsafeBufferPointer { FindingCoding.finding(at: $0.baseAddress! + position, sourceLike: previous) }
    }

    private var unreadable: IndexError {
        IndexError(path: file?.folderPath ?? "", problem: "the temporary file of findings to sort cannot be read back")
    }
}
