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
        var value = value
        value.withUTF8 { bytes.append(contentsOf: $0) }
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
        var value = value
        value.withUTF8 { utf8 in
            if utf8.contains(where: { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 }) {
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

    /// Appends `[...]` with one element per item.
    public mutating func array<Item>(_ items: [Item], _ write: (inout JSONBytes, Item) -> Void) {
        raw("[")
        for (index, item) in items.enumerated() {
            if index > 0 { raw(",") }
            write(&self, item)
        }
        raw("]")
    }

    /// Appends a decimal integer.
    public mutating func integer(_ value: Int) {
        if value < 0 { bytes.append(0x2D) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(0x30 + magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for k in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[k]) }
        }
    }
}

extension ExtractedDocument {
    /// Appends ``json`` to `out`, byte for byte the same.
    public func writeJSON(into out: inout JSONBytes) {
        out.raw("{\"source\":")
        out.string(source)
        out.raw(",\"symbol\":")
        out.optional(symbol)
        out.raw(",\"language\":")
        out.string(language.rawValue)
        out.raw(",\"date\":")
        out.optional(date)
        out.raw(",\"title\":")
        out.optional(title)
        out.raw(",\"references\":")
        out.array(references) { out, reference in reference.writeJSON(into: &out) }
        out.raw(",\"diagnostics\":")
        out.array(diagnostics) { out, diagnostic in
            out.raw("{\"problem\":")
            out.string(diagnostic.problem.rawValue)
            out.raw(",\"offset\":")
            out.integer(diagnostic.offset)
            out.raw(",\"message\":")
            out.string(diagnostic.message)
            out.raw("}")
        }
        out.raw("}")
    }
}

extension Reference {
    /// Appends ``json`` to `out`, byte for byte the same.
    public func writeJSON(into out: inout JSONBytes) {
        out.write(atMost: jsonRoom) { out in
            out.raw("{\"target\":")
            out.string(target)
            out.raw(",\"kind\":")
            out.string(kind.rawValue)
            out.raw(",\"relation\":")
            out.string(relation.rawValue)
            out.raw(",\"text\":")
            out.string(text)
            out.raw(",\"start\":")
            out.integer(start)
            out.raw(",\"end\":")
            out.integer(end)
            if let footnote { out.raw(",\"footnote\":"); out.integer(footnote) }
            if let anchor { out.raw(",\"anchor\":"); out.integer(anchor) }
            if let anchors {
                out.raw(",\"anchors\":[")
                for (index, anchor) in anchors.enumerated() {
                    if index > 0 { out.raw(",") }
                    out.integer(anchor)
                }
                out.raw("]")
            }
            if let citedDate { out.raw(",\"citedDate\":"); out.string(citedDate) }
            if let page { out.raw(",\"page\":"); out.integer(page) }
            if let aliases {
                out.raw(",\"aliases\":[")
                for (index, alias) in aliases.enumerated() {
                    if index > 0 { out.raw(",") }
                    out.string(alias)
                }
                out.raw("]")
            }
            out.raw("}")
        }
    }

    /// The most bytes ``writeJSON(into:)`` writes: room for every key, then each value at its
    /// longest (strings fully escaped, integers of 20 characters, a comma each in lists).
    private var jsonRoom: Int {
        var room = Self.roomForKeys
        room += JSONCursor.room(forString: target) + JSONCursor.room(forString: kind.rawValue)
        room += JSONCursor.room(forString: relation.rawValue) + JSONCursor.room(forString: text)
        room += 5 * JSONCursor.roomForInteger
        room += (anchors?.count ?? 0) * (JSONCursor.roomForInteger + 1)
        room += citedDate.map(JSONCursor.room(forString:)) ?? 0
        for alias in aliases ?? [] { room += JSONCursor.room(forString: alias) + 1 }
        return room
    }

    /// Every key and bracket of a reference's object (132 bytes), with room to spare.
    private static let roomForKeys = 160
}
