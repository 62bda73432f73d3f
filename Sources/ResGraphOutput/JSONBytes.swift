import ResGraphExtractor

/// Writes JSON as UTF-8 bytes straight into one buffer: what `extract` prints for millions of
/// references without building a `String` per reference. Strings are copied byte for byte and
/// escaped only where JSON needs it (`"`, `\`, control characters), the same text
/// ``JSONWriter`` writes.
public struct JSONBytes {
    /// The bytes written so far.
    public var bytes: [UInt8] = []

    /// Creates an empty buffer with room for `capacity` bytes.
    public init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    /// Appends raw JSON text (punctuation, a key already quoted).
    @inline(__always) public mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends `value` as it is, unquoted: plain text written into the same buffer (the table
    /// `check` prints).
    @inline(__always) public mutating func text(_ value: String) {
        value.withUTF8InPlace { bytes.append(contentsOf: $0) }
    }

    /// Writes in place: `write` gets a cursor at the end of ``bytes`` with `room` bytes set
    /// aside, and what it stores stays. One reservation for an object of many pieces.
    @inline(__always) mutating func write(atMost room: Int, _ write: (inout JSONCursor) -> Void) {
        let start = bytes.count
        var left = room
        while left > 0 {
            let chunk = min(left, Self.zeros.count)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: Self.zeros[..<chunk]))
            left -= chunk
        }
        let used = bytes.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress.unsafelyUnwrapped + start
            var cursor = JSONCursor(at: base)
            write(&cursor)
            return cursor.position - base
        }
        precondition(used <= room, "JSONBytes.write(atMost:) wrote past its room")
        bytes.removeLast(room - used)
    }

    /// The bytes a reservation is filled with before it is written.
    nonisolated(unsafe) private static let zeros: UnsafeBufferPointer<UInt8> = {
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 4_096)
        buffer.initialize(repeating: 0)
        return UnsafeBufferPointer(buffer)
    }()

    /// Appends a JSON string literal for `value`.
    public mutating func string(_ value: String) {
        value.withUTF8InPlace { utf8 in
            if JSONCursor.plainPrefixCount(utf8) < utf8.count {
                write(atMost: utf8.count * 6 + 2) { $0.string(utf8) }
            } else {
                bytes.append(0x22)
                bytes.append(contentsOf: utf8)
                bytes.append(0x22)
            }
        }
    }

    /// Appends a string literal, or `null`.
    public mutating func optional(_ value: String?) {
        if let value { string(value) } else { raw("null") }
    }

    /// Appends `[...]` with one element per item. Inlinable, so that it is specialized where it
    /// is called: unspecialized, each call looked up generic metadata in the runtime (a tenth of
    /// `export --format json`).
    @inlinable public mutating func array<Item>(_ items: [Item], _ write: (inout JSONBytes, Item) -> Void) {
        bytes.append(UInt8(ascii: "["))
        for index in items.indices {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            write(&self, items[index])
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// Appends a decimal integer.
    public mutating func integer(_ value: Int) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: JSONCursor.roomForInteger) { digits in
            let start = digits.baseAddress.unsafelyUnwrapped
            var cursor = JSONCursor(at: start)
            cursor.integer(value)
            bytes.append(contentsOf: UnsafeBufferPointer(start: start, count: cursor.position - start))
        }
    }
}
