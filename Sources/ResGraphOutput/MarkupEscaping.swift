import ResGraphExtractor

/// Text made safe to stand in XML, HTML or SVG, as element content or a quoted attribute value:
/// cleaned for display (``DisplayText``), with `& < > "` escaped, and `'` too when asked.
///
/// ```swift
/// MarkupEscaping.escape(#"a < "b""#, apostrophe: false)   // "a &lt; &quot;b&quot;"
/// ```
public enum MarkupEscaping {
    /// `text` escaped; most ids and titles need nothing and are returned as cleaned.
    public static func escape(_ text: String, apostrophe: Bool) -> String {
        let clean = DisplayText.clean(text)
        guard clean.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || (apostrophe && $0 == 0x27) })
        else { return clean }
        var out = ""
        out.reserveCapacity(clean.utf8.count + 16)
        for scalar in clean.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'" where apostrophe: out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
