import Foundation

/// Two texts ordered by their UTF-8 bytes: SQLite's BINARY collation, and the order Swift
/// gives texts in ASCII.
///
/// ```swift
/// ByteOrder.compare(a, b) < 0   // a comes first ("A/RES/48/113" before "A/RES/48/1130")
/// ```
public enum ByteOrder {
    /// Negative when `a` comes first, positive when `b` does, zero when the bytes are the
    /// same; a text that begins the other comes first.
    @inlinable public static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let common = min(a.count, b.count)
        if common > 0 {
            let order = memcmp(a.baseAddress!, b.baseAddress!, common)
            if order != 0 { return Int(order) }
        }
        return a.count - b.count
    }

    /// Whether `a` and `b` are the same bytes: `compare(a, b) == 0`, told sooner when their
    /// lengths differ.
    @inlinable public static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: [UInt8]) -> Bool {
        a.count == b.count && b.withUnsafeBufferPointer { compare(a, $0) == 0 }
    }
}
