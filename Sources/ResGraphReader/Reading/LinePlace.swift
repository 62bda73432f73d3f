#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A byte offset with its 1-based line and column (in characters), moved forward through a text.
struct LinePlace {
    var offset = 0
    var line = 1
    var column = 1

    /// Moves to `target` (not before `offset`), counting the line ends passed (found with
    /// `memchr`, which reads many bytes a step) and the characters after the last of them.
    mutating func advance(to target: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        guard target > offset, let base = bytes.baseAddress else { return }
        var from = offset
        while let found = memchr(base + from, 0x0A, target - from) {
            line += 1
            column = 1
            from = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
        }
        for k in from..<target where bytes[k] & 0xC0 != 0x80 { column += 1 }
        offset = target
    }
}
