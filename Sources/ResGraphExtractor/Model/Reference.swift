/// One place where a document cites something: what it points to, how, and where.
///
/// `start` and `end` are UTF-8 byte offsets into the source file (end exclusive)
/// of ``text``, the matched words. A reference made through a footnote has its span
/// in the footnote body and carries the footnote's number and the offset of the
/// marker whose clause gave it its ``relation``.
public struct Reference: Hashable, Sendable, Codable {
    /// The canonical id of what is cited (`A/RES/48/113`, `UNTS 189/2545`).
    public var target: String
    /// What sort of thing ``target`` is.
    public var kind: ReferenceKind
    /// How the citing clause treats the target.
    public var relation: Relation
    /// The text that was matched, as it stands in the file.
    public var text: String
    /// Byte offset of the first byte of ``text``.
    public var start: Int
    /// Byte offset just past the last byte of ``text``.
    public var end: Int
    /// The footnote that carries the reference, when it stands in a footnote body.
    public var footnote: Int?
    /// Byte offset of the footnote marker that anchors the reference in the text.
    public var anchor: Int?
    /// Every marker of the footnote in a clause of this relation, when there is more than one
    /// (a footnote cited again): byte offsets in text order, the first being ``anchor``.
    public var anchors: [Int]?
    /// Other symbols of the same document, for a document issued under two ("A/55/305-S/2000/809"
    /// has target `A/55/305` and alias `S/2000/809`).
    public var aliases: [String]?
    /// The page (1-based) of the file the reference stands on, for files with pages (PDF).
    public var page: Int?
    /// The date the citing text gives the target ("48/113 of 20 December 1993"), `YYYY-MM-DD`.
    public var citedDate: String?
}

extension Reference {
    /// Creates a reference; see the properties for the meaning of each value.
    public init(
        target: String, kind: ReferenceKind, relation: Relation, text: String,
        start: Int, end: Int, footnote: Int? = nil, anchor: Int? = nil, citedDate: String? = nil, aliases: [String]? = nil
    ) {
        // Through the memberwise initializer (kept by declaring this one in an extension): made
        // field by field, a reference was built in memory, copied out and the original released,
        // a dozen retains and releases for each reference a document makes.
        self.init(target: target, kind: kind, relation: relation, text: text, start: start, end: end, footnote: footnote,
                  anchor: anchor, anchors: nil, aliases: aliases, page: nil, citedDate: citedDate)
    }
}
