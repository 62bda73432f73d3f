import ResGraphExtractor

/// Writes JSON text with keys in a fixed order, as the CLI and exports print it.
public struct JSONWriter {
    /// The text written so far.
    public private(set) var text = ""

    /// Creates an empty writer.
    public init() {}

    /// Appends a JSON string literal for `value`.
    public mutating func string(_ value: String) {
        text += "\""
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            text += value
            text += "\""
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
        }
        text += "\""
    }

    /// Appends a string literal, or `null`.
    public mutating func optional(_ value: String?) {
        if let value { string(value) } else { text += "null" }
    }

    /// Appends raw JSON (a number, `true`, a nested value written elsewhere).
    public mutating func raw(_ json: String) { text += json }

    /// Appends `{"key": value, ...}` with the members in the given order.
    public mutating func object(_ members: [(String, (inout JSONWriter) -> Void)]) {
        text += "{"
        for (index, (key, write)) in members.enumerated() {
            if index > 0 { text += "," }
            string(key)
            text += ":"
            write(&self)
        }
        text += "}"
    }

    /// Appends `[...]` with one element per item.
    public mutating func array<T>(_ items: [T], _ write: (inout JSONWriter, T) -> Void) {
        text += "["
        for (index, item) in items.enumerated() {
            if index > 0 { text += "," }
            write(&self, item)
        }
        text += "]"
    }
}
