/// What a date a file gives for a cited node contradicts: the node's own date, or (without
/// one) the other dates its citers give. The wording of the date-contradiction finding lives
/// here, as pieces, so that the graph builds it as a string and an index writes it as bytes.
///
/// ```swift
/// let disagreement = DateDisagreement.ownDate("1993-12-20")
/// disagreement.message(source: "a.txt", node: "A/RES/48/113", date: "1994-12-23")
/// // "a.txt dates A/RES/48/113 1994-12-23, but its own text says 1993-12-20"
/// ```
public enum DateDisagreement: Sendable, Equatable {
    /// The node's own text gives this date.
    case ownDate(String)
    /// The node has no date of its own and its citers give these, sorted, joined with ", ".
    case citers(allDates: String)

    /// Hands over the message's pieces in order, for `source` dating `node` `date`.
    @inlinable public func forEachPiece(source: String, node: String, date: String, _ body: (String) -> Void) {
        body(source)
        body(" dates ")
        body(node)
        body(" ")
        body(date)
        switch self {
        case .ownDate(let own):
            body(", but its own text says ")
            body(own)
        case .citers(let all):
            body("; citers disagree (")
            body(all)
            body(")")
        }
    }

    /// The message's length in UTF-8 bytes.
    @inlinable public func messageCount(source: String, node: String, date: String) -> Int {
        var count = 0
        forEachPiece(source: source, node: node, date: date) { count += $0.utf8.count }
        return count
    }

    /// The finding's message, for `source` dating `node` `date`: made at its final size.
    public func message(source: String, node: String, date: String) -> String {
        String(unsafeUninitializedCapacity: messageCount(source: source, node: node, date: date)) { buffer in
            var at = 0
            forEachPiece(source: source, node: node, date: date) { piece in
                var piece = piece
                at += piece.withUTF8 { UnsafeMutableBufferPointer(rebasing: buffer[at...]).initialize(from: $0).1 }
            }
            return at
        }
    }
}
