/// Office's markup compatibility (`mc:AlternateContent`): the same content written more than
/// once, as a `mc:Choice` for applications that know a newer markup and a `mc:Fallback` for
/// those that do not. Word writes every text box and shape so (the box's text in `wps:txbx`, and
/// again in VML), and a reader that took both would read the text twice. This filter keeps the
/// first alternative of each and passes the others by, with everything inside them.
///
/// ```swift
/// var alternates = AlternateContent()
/// // in startElement:  guard !alternates.skips(start: tag) else { return }
/// // in endElement:    guard !alternates.skips(end: tag) else { return }
/// // in characters:    guard !alternates.isSkipping else { return }
/// ```
struct AlternateContent {
    /// For each `mc:AlternateContent` open, whether one of its alternatives has been taken.
    private var taken: [Bool] = []
    /// How deep inside an alternative passed by the reader is (0: not in one).
    private var skipped = 0

    /// Whether the reader is inside an alternative passed by.
    var isSkipping: Bool { skipped > 0 }

    /// Whether the element `tag` opens inside what is passed by, or opens an alternative to pass by.
    mutating func skips(start tag: XMLTag) -> Bool {
        if skipped > 0 {
            skipped += 1
            return true
        }
        // The local name first: Word's namespace and this one share their first 34 bytes.
        if tag.isNamed("AlternateContent"), Self.isMarkupCompatibility(tag) {
            taken.append(false)
        } else if tag.isNamed("Choice") || tag.isNamed("Fallback"), !taken.isEmpty, Self.isMarkupCompatibility(tag) {
            if taken[taken.count - 1] {
                skipped = 1
                return true
            }
            taken[taken.count - 1] = true
        }
        return false
    }

    /// Whether the element `tag` closes inside what is passed by, or closes it.
    mutating func skips(end tag: XMLTag) -> Bool {
        if skipped > 0 {
            skipped -= 1
            return true
        }
        if tag.isNamed("AlternateContent"), !taken.isEmpty, Self.isMarkupCompatibility(tag) { taken.removeLast() }
        return false
    }

    private static func isMarkupCompatibility(_ tag: XMLTag) -> Bool {
        XMLTag.equal(tag.namespaceURI, "http://schemas.openxmlformats.org/markup-compatibility/2006")
    }
}
