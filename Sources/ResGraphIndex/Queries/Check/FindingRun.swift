import Foundation
import ResGraphGraph

/// A sorted sequence of findings that a merge draws from.
protocol FindingRun {
    /// The run's next finding; nil once it is spent.
    mutating func next() throws -> Finding?
}

/// The last findings, held in memory, in the order of their sorted indices.
struct HeldRun: FindingRun {
    let findings: [Finding]
    let order: [Int]
    var position = 0

    mutating func next() throws -> Finding? {
        guard position < order.count else { return nil }
        defer { position += 1 }
        return findings[order[position]]
    }
}

/// A run in the spill file, read a megabyte at a time.
struct SpilledRun: FindingRun {
    let file: SpillFile
    /// Where in the file `buffer` begins, and where the run ends.
    var bufferStart: Int
    let end: Int
    var remaining: Int
    var buffer: [UInt8] = []
    var position = 0
    static let chunk = 1 << 20

    init(file: SpillFile, range: Range<Int>, count: Int) {
        self.file = file
        bufferStart = range.lowerBound
        end = range.upperBound
        remaining = count
    }

    mutating func next() throws -> Finding? {
        guard remaining > 0 else { return nil }
        // A finding is decoded whole from the buffer: when the buffer ends inside it, the
        // buffer is read again from where the finding begins, large enough to hold it.
        if FindingCoding.length(in: buffer, at: position).map({ position + $0 > buffer.count }) ?? true {
            bufferStart += position
            position = 0
            try file.read(at: bufferStart, count: min(Self.chunk, end - bufferStart), into: &buffer)
            if let length = FindingCoding.length(in: buffer, at: 0), length > buffer.count, bufferStart + length <= end {
                try file.read(at: bufferStart, count: length, into: &buffer)
            }
        }
        guard let length = FindingCoding.length(in: buffer, at: position), length >= 25, position + length <= buffer.count else {
            throw IndexError(path: file.folderPath, problem: "the temporary file of findings to sort cannot be read back")
        }
        let finding = try FindingCoding.finding(in: buffer, at: position, length: length, spill: file.folderPath)
        position += length
        remaining -= 1
        return finding
    }
}
