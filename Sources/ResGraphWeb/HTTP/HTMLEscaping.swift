import ResGraphOutput

/// Text made safe to stand in HTML or SVG, as element content or a quoted attribute value.
///
/// ```swift
/// HTMLEscaping.escape(#"<img onerror="x">"#)   // "&lt;img onerror=&quot;x&quot;&gt;"
/// ```
public enum HTMLEscaping {
    /// `text` with `& < > " '` escaped and control characters made visible-safe.
    public static func escape(_ text: String) -> String {
        MarkupEscaping.escape(text, apostrophe: true)
    }
}
