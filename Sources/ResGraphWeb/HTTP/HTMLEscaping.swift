import ResGraphExtractor

/// Text made safe to stand in HTML or SVG, as element content or a quoted attribute value.
///
/// ```swift
/// HTMLEscaping.escape(#"<img onerror="x">"#)   // "&lt;img onerror=&quot;x&quot;&gt;"
/// ```
public enum HTMLEscaping {
    /// `text` with `& < > " '` escaped and control characters made visible-safe.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in DisplayText.clean(text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
