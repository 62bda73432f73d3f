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

    /// Appends a JSON string literal for `value`.
    public mutating func string(_ value: String) {
        bytes.append(0x22)
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            for (k, b) in utf8.enumerated() where b == 0x22 || b == 0x5C || b < 0x20 {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<k]))
                switch b {
                case 0x22: bytes += [0x5C, 0x22]
                case 0x5C: bytes += [0x5C, 0x5C]
                case 0x0A: bytes += [0x5C, 0x6E]
                case 0x0D: bytes += [0x5C, 0x72]
                case 0x09: bytes += [0x5C, 0x74]
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    bytes += [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]]
                }
                runStart = k + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(0x22)
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
            out.raw(",\"anchors\":")
            out.array(anchors) { $0.integer($1) }
        }
        if let citedDate { out.raw(",\"citedDate\":"); out.string(citedDate) }
        if let page { out.raw(",\"page\":"); out.integer(page) }
        if let aliases {
            out.raw(",\"aliases\":")
            out.array(aliases) { $0.string($1) }
        }
        out.raw("}")
    }
}
