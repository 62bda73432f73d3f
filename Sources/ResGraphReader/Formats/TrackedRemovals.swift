/// Text removed as a tracked change, which Word shows struck through until the change is
/// accepted: a deletion (`w:del`) and the place text was moved from (`w:moveFrom`). A deletion's
/// text is `w:delText`, which the readers pass by anyway, but a move's source keeps its `w:t`,
/// so a paragraph moved in a draft was read twice, in its old place and its new one; some
/// programs write `w:t` in a deletion too. This filter passes both by with everything inside
/// them (text, tabs, breaks, note references), so a file reads as if its changes were accepted,
/// as a `.doc`'s deleted text is read. Used as ``AlternateContent`` is:
///
/// ```swift
/// var removals = TrackedRemovals()
/// // in startElement:  guard !removals.skips(start: tag) else { return }
/// // in endElement:    guard !removals.skips(end: tag) else { return }
/// // in characters:    guard !removals.isSkipping else { return }
/// ```
struct TrackedRemovals {
    /// How deep inside a removal the reader is (0: not in one).
    private var depth = 0

    /// Whether the reader is inside a removal.
    var isSkipping: Bool { depth > 0 }

    /// Whether the element `tag` opens inside a removal, or opens one.
    mutating func skips(start tag: XMLTag) -> Bool {
        if depth > 0 || WordNamespace.isElement(tag, "del") || WordNamespace.isElement(tag, "moveFrom") {
            depth += 1
            return true
        }
        return false
    }

    /// Whether the element `tag` closes inside a removal, or closes it.
    mutating func skips(end tag: XMLTag) -> Bool {
        guard depth > 0 else { return false }
        depth -= 1
        return true
    }
}
